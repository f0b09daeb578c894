"use client";
// One component's check: a note and two buttons, "Hợp lệ" and "Chưa hợp lệ" (which needs the note). The page
// re-renders with the recorded state after each answer.
import { startTransition, useId, type FormEvent } from "react";
import { useTranslations } from "next-intl";
import { Button, Field, StatusMessage, Textarea, useActionForm } from "@/ui/form";
import { checkComponentAction } from "./actions";

export function ComponentCheckForm({
  dossierId,
  position,
  componentName,
  note,
}: {
  dossierId: string;
  position: number;
  componentName: string;
  note: string | null;
}) {
  const t = useTranslations("onlineQueue.check");
  const id = useId();
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(checkComponentAction);
  // The pressed button says which mark: FormData of the form plus its submitter.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => formProps.action(formData));
  };
  return (
    <form {...formProps} onSubmit={onSubmit} aria-label={componentName} className="mt-3 space-y-2">
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="position" value={position} />
      <Field id={`${id}-note`} label={t("note")} hint={t("noteHint")} errors={fieldError("note")}>
        {(aria) => <Textarea {...aria} name="note" rows={2} defaultValue={note ?? ""} maxLength={500} />}
      </Field>
      <div className="flex flex-wrap gap-2">
        <Button type="submit" name="check" value="VALID" disabled={pending} size="sm">
          {t("markValid")}
        </Button>
        <Button type="submit" name="check" value="INVALID" variant="danger" disabled={pending} size="sm">
          {t("markInvalid")}
        </Button>
      </div>
      <StatusMessage ref={statusRef} state={state} success={t("saved")} />
    </form>
  );
}
