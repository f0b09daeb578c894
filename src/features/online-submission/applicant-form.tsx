"use client";
// Bước 2: the applicant, with the desk's fields; the server checks them with the desk's rules.
import { useTranslations } from "next-intl";
import type { ApplicantStep } from "@/domain/online-submission";
import { Button, Field, Input, SelectField, StatusMessage, useActionForm } from "@/ui/form";
import { saveApplicantAction } from "./actions";

export function ApplicantForm({ procedureCode, saved }: { procedureCode: string; saved?: ApplicantStep }) {
  const t = useTranslations("onlineSubmission.applicant");
  const {
    state: formState,
    pending: formPending,
    formProps: formFormProps,
    statusRef: formStatusRef,
    fieldError: formFieldError,
  } = useActionForm(saveApplicantAction);
  const required = t("required");
  const text = (
    name: keyof ApplicantStep,
    label: string,
    props: React.ComponentProps<"input"> = {},
    isRequired = true,
  ) => (
    <Field id={name} label={label} required={isRequired ? required : undefined} errors={formFieldError(name)}>
      {(control) => (
        <Input {...control} {...props} name={name} required={isRequired} defaultValue={saved?.[name] ?? ""} />
      )}
    </Field>
  );
  return (
    <form
      {...formFormProps}
      className="max-w-2xl space-y-4"
      aria-labelledby="applicant-title"
      data-testid="applicant-form"
    >
      <h2 id="applicant-title" className="text-xl font-semibold text-brand-700">
        {t("title")}
      </h2>
      <p className="text-sm text-muted">{t("intro")}</p>
      <input type="hidden" name="procedureCode" value={procedureCode} />
      <SelectField
        id="applicantKind"
        name="applicantKind"
        label={t("kind")}
        required={required}
        choices={[
          { value: "CITIZEN", label: t("kindCitizen") },
          { value: "ORGANISATION", label: t("kindOrganisation") },
        ]}
        defaultValue={saved?.applicantKind ?? "CITIZEN"}
        errors={formFieldError("applicantKind")}
      />
      {text("applicantName", t("name"), { autoComplete: "name", maxLength: 200 })}
      {text("applicantIdNumber", t("idNumber"), { inputMode: "numeric", autoComplete: "off", maxLength: 20 })}
      {text("applicantPhone", t("phone"), { type: "tel", autoComplete: "tel", maxLength: 20 })}
      {text("applicantEmail", t("email"), { type: "email", autoComplete: "email", maxLength: 254 }, false)}
      {text("applicantAddress", t("address"), { autoComplete: "street-address", maxLength: 300 })}
      <StatusMessage state={formState} ref={formStatusRef} />
      <Button type="submit" disabled={formPending}>
        {t("next")}
      </Button>
    </form>
  );
}
