"use client";
// "Thêm thủ tục": the national code, name, field and level, and the first version (its decision may already be in
// force: a first version may start on any date).
import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import type { Locale } from "@/lib/locale";
import { Button, Field, Input, SelectField, StatusMessage, useActionForm } from "@/ui/form";
import { createProcedureAction } from "./actions";
import { vocabularyChoices } from "./labels";
import { VersionFields, type VersionDefaults } from "./version-fields";

export function NewProcedureForm({
  fields,
  initial,
}: {
  fields: { code: string; name: string }[];
  initial: VersionDefaults;
}) {
  const t = useTranslations("catalogueAdmin");
  const locale = useLocale() as Locale;
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(createProcedureAction);
  const created = state?.ok ? state.data : undefined;
  return (
    <form {...formProps} aria-label={t("newTitle")} className="space-y-6">
      <fieldset className="rounded-lg border border-gray-200 bg-white p-4">
        <legend className="px-1 text-base font-semibold">{t("procedureLegend")}</legend>
        <div className="grid gap-4 sm:grid-cols-2">
          <Field
            id="p-code"
            label={t("code")}
            required={t("required")}
            hint={t("codeHint")}
            errors={fieldError("code")}
          >
            {(control) => <Input {...control} name="code" autoComplete="off" />}
          </Field>
          <Field id="p-name" label={t("name")} required={t("required")} errors={fieldError("name")}>
            {(control) => <Input {...control} name="name" autoComplete="off" />}
          </Field>
          <SelectField
            id="p-field"
            name="fieldCode"
            label={t("field")}
            required={t("required")}
            choices={fields.map((field) => ({ value: field.code, label: field.name }))}
            defaultValue={fields[0]?.code}
            errors={fieldError("fieldCode")}
          />
          <SelectField
            id="p-level"
            name="level"
            label={t("level")}
            required={t("required")}
            choices={vocabularyChoices(locale, "level")}
            defaultValue="COMMUNE"
            errors={fieldError("level")}
          />
        </div>
      </fieldset>
      <VersionFields initial={initial} fieldError={fieldError} />
      <StatusMessage
        ref={statusRef}
        state={state}
        success={
          created ? (
            <>
              {t("created")}{" "}
              <Link href={`/quan-tri/thu-tuc/${created.code}`} className="underline">
                {t("openProcedure")}
              </Link>
            </>
          ) : null
        }
      />
      <Button type="submit" disabled={pending || Boolean(created)}>
        {pending ? t("saving") : t("createSubmit")}
      </Button>
    </form>
  );
}
