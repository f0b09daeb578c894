"use client";
// The citizen's upload answering form 02: one file input per component the notice names. Works on a phone: large
// touch targets, native file pickers (camera or files). The server checks every file by its content.
import { useTranslations } from "next-intl";
import { ACCEPT_ATTRIBUTE } from "@/domain/files";
import { Button, Field, StatusMessage, useActionForm } from "@/ui/form";
import { answerIntakeSupplementAction } from "./intake-supplement-action";

export function IntakeSupplementForm({
  code,
  factor,
  components,
}: {
  code: string;
  factor: string;
  components: { position: number; name: string; note: string | null }[];
}) {
  const t = useTranslations("tracking.supplement");
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(answerIntakeSupplementAction);
  const done = state?.ok && state.data ? state.data : null;
  return (
    <form {...formProps} encType="multipart/form-data" className="mt-4 space-y-4" data-testid="intake-supplement-form">
      <input type="hidden" name="code" value={code} />
      <input type="hidden" name="factor" value={factor} />
      {components.map((component) => {
        const id = `supplement-file-${component.position}`;
        return (
          <Field
            key={component.position}
            id={id}
            label={t("fileLabel", { name: component.name })}
            hint={[component.note ? t("note", { note: component.note }) : null, t("fileHint")]
              .filter(Boolean)
              .join(" ")}
            errors={fieldError(`files.${component.position}`)}
          >
            {(aria) => (
              <input
                {...aria}
                type="file"
                name={`files.${component.position}`}
                multiple
                accept={ACCEPT_ATTRIBUTE}
                disabled={Boolean(done)}
                className="mt-1 block w-full min-h-11 text-base"
              />
            )}
          </Field>
        );
      })}
      <Button type="submit" size="lg" disabled={pending || Boolean(done)} className="min-h-11">
        {pending ? t("pending") : t("submit")}
      </Button>
      <StatusMessage
        ref={statusRef}
        state={state}
        success={done ? t("done", { files: done.files, number: done.noticeNumber }) : null}
      />
    </form>
  );
}
