"use client";
// The public feedback form (phản ánh, kiến nghị), after the contact is verified: the unit, the sender's name, the
// subject and content (plain text), an optional dossier code. The server checks everything again (every error at
// once) and, on success, opens the item's tracking page.
import { useTranslations } from "next-intl";
import { FEEDBACK_LIMITS } from "@/domain/feedback";
import { Button, Field, Input, Select, StatusMessage, Textarea, useActionForm } from "@/ui/form";
import { submitFeedbackAction } from "./actions";

export function FeedbackForm({
  units,
  dossierCode,
}: {
  units: readonly { id: string; name: string }[];
  dossierCode?: string;
}) {
  const t = useTranslations("feedback.form");
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(submitFeedbackAction);
  const required = t("required");
  return (
    <form
      {...formProps}
      className="max-w-2xl space-y-4 rounded-xl border border-gray-200 bg-white p-5"
      data-testid="feedback-form"
    >
      <h2 className="text-xl font-semibold text-brand-700">{t("title")}</h2>
      <p className="text-sm text-muted">{t("intro")}</p>
      <StatusMessage state={state} ref={statusRef} />
      <Field id="unitId" label={t("unit")} required={required} errors={fieldError("unitId")}>
        {(control) => (
          <Select {...control} name="unitId" defaultValue="">
            <option value="">{t("unitChoose")}</option>
            {units.map((unit) => (
              <option key={unit.id} value={unit.id}>
                {unit.name}
              </option>
            ))}
          </Select>
        )}
      </Field>
      <Field id="citizenName" label={t("name")} required={required} errors={fieldError("citizenName")}>
        {(control) => <Input {...control} name="citizenName" autoComplete="name" maxLength={FEEDBACK_LIMITS.name} />}
      </Field>
      <Field id="subject" label={t("subject")} required={required} errors={fieldError("subject")}>
        {(control) => <Input {...control} name="subject" maxLength={FEEDBACK_LIMITS.subject} />}
      </Field>
      <Field
        id="content"
        label={t("content")}
        hint={t("contentHint", { max: FEEDBACK_LIMITS.content })}
        required={required}
        errors={fieldError("content")}
      >
        {(control) => <Textarea {...control} name="content" rows={7} maxLength={FEEDBACK_LIMITS.content} />}
      </Field>
      <Field id="dossierCode" label={t("dossierCode")} hint={t("dossierCodeHint")} errors={fieldError("dossierCode")}>
        {(control) => (
          <Input
            {...control}
            name="dossierCode"
            defaultValue={dossierCode}
            maxLength={40}
            autoCapitalize="characters"
          />
        )}
      </Field>
      <Button type="submit" disabled={pending}>
        {pending ? t("sending") : t("send")}
      </Button>
    </form>
  );
}
