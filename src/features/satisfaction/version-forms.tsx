"use client";
// The administrator's two forms on a questionnaire version's page: a new draft copied from this version (its criteria
// texts editable, codes kept), and, for a draft, putting it in force after a confirmation.
import { useRouter } from "next/navigation";
import { useEffect } from "react";
import { useTranslations } from "next-intl";
import { Button, Input, StatusMessage, useActionForm } from "@/ui/form";
import { activateQuestionnaireVersionAction, createQuestionnaireVersionAction } from "./admin-actions";

export function NewVersionForm({
  versionId,
  criteria,
}: {
  versionId: string;
  criteria: { id: string; code: string; text: string; factorName: string }[];
}) {
  const t = useTranslations("satisfaction.admin");
  const router = useRouter();
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(createQuestionnaireVersionAction);
  const created = state?.ok && state.data ? state.data : null;
  useEffect(() => {
    if (created) router.push(`/quan-tri/phieu-danh-gia/${created.versionId}`);
  }, [created, router]);
  return (
    <form {...formProps} className="space-y-3" data-testid="new-version-form">
      <input type="hidden" name="versionId" value={versionId} />
      <p className="text-sm text-muted">{t("newVersionHint")}</p>
      {criteria.map((criterion) => (
        <div key={criterion.id}>
          <label htmlFor={`text_${criterion.id}`} className="block text-sm font-medium">
            {t("criterionText", { code: criterion.code })} · {criterion.factorName}
          </label>
          <Input
            id={`text_${criterion.id}`}
            name={`text_${criterion.id}`}
            defaultValue={criterion.text}
            maxLength={300}
            required
            className="mt-1 w-full"
            aria-invalid={fieldError(`texts.${criterion.id}`).length > 0 || undefined}
          />
        </div>
      ))}
      <div>
        <label htmlFor="version-note" className="block text-sm font-medium">
          {t("note")}
        </label>
        <Input id="version-note" name="note" maxLength={500} className="mt-1 w-full" />
      </div>
      <Button type="submit" disabled={pending}>
        {t("createDraft")}
      </Button>
      <StatusMessage
        ref={statusRef}
        state={state}
        success={created ? t("created", { version: created.version }) : null}
      />
    </form>
  );
}

export function ActivateVersionForm({ versionId, version }: { versionId: string; version: number }) {
  const t = useTranslations("satisfaction.admin");
  const { state, pending, formProps, statusRef } = useActionForm(activateQuestionnaireVersionAction);
  const done = state?.ok && state.data ? state.data : null;
  return (
    <form
      {...formProps}
      onSubmit={(event) => {
        if (!window.confirm(t("activateConfirm", { version }))) {
          event.preventDefault();
          return;
        }
        formProps.onSubmit(event);
      }}
      data-testid="activate-version-form"
    >
      <input type="hidden" name="versionId" value={versionId} />
      <Button type="submit" disabled={pending || Boolean(done)}>
        {t("activate")}
      </Button>
      <StatusMessage ref={statusRef} state={state} success={done ? t("activated", { version: done.version }) : null} />
    </form>
  );
}
