"use client";
// The fields of a procedure version, shared by "Công bố phiên bản mới" and "Thêm thủ tục": the announcing decision and
// effective date, the statutory time, fees, online service, postal options, handling office, the documents as
// editable rows and the per-unit offices. Inputs are named by the schema's path (form-data.ts). Rows stack on a phone.
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import type { VersionInput } from "@/domain/catalogue";
import type { Locale } from "@/lib/locale";
import { Button, Field, FieldError, Input, Select, Textarea } from "@/ui/form";
import { vocabularyChoices } from "./labels";
import { PROCESS_STEPS } from "@/domain/dossier/step-budget";
import { VERSION_CHECKBOXES } from "./form-data";

/** A version as the form shows it: dates dd/mm/yyyy, the rest as stored. */
export type VersionDefaults = Omit<VersionInput, "announcementDate" | "effectiveFrom"> & {
  announcementDate: string;
  effectiveFrom: string;
};

type FieldError = (name: string) => string[];

function Fieldset({ legend, children }: { legend: string; children: React.ReactNode }) {
  return (
    <fieldset className="rounded-lg border border-gray-200 bg-white p-4">
      <legend className="px-1 text-base font-semibold">{legend}</legend>
      <div className="grid gap-4 sm:grid-cols-2">{children}</div>
    </fieldset>
  );
}

export function VersionFields({ initial, fieldError }: { initial: VersionDefaults; fieldError: FieldError }) {
  const t = useTranslations("catalogueAdmin");
  const locale = useLocale() as Locale;
  const [documentKeys, setDocumentKeys] = useState(() => initial.documents.map((_, i) => i));
  const [officeKeys, setOfficeKeys] = useState(() => initial.unitOffices.map((_, i) => i));
  const [nextKey, setNextKey] = useState(() => Math.max(initial.documents.length, initial.unitOffices.length, 0) + 1);
  const required = t("required");

  const text = (
    name: string,
    label: string,
    value: string | number | null,
    options: { required?: boolean; hint?: string; numeric?: boolean; wide?: boolean } = {},
  ) => (
    <Field
      id={`f-${name}`}
      label={label}
      required={options.required ? required : undefined}
      hint={options.hint}
      errors={fieldError(`version.${name}`)}
      className={options.wide ? "sm:col-span-2" : undefined}
    >
      {(control) => (
        <Input
          {...control}
          name={`version.${name}`}
          defaultValue={value ?? ""}
          inputMode={options.numeric ? "numeric" : undefined}
          autoComplete="off"
        />
      )}
    </Field>
  );
  const select = (name: string, label: string, vocabulary: Parameters<typeof vocabularyChoices>[1], value: string) => (
    <Field id={`f-${name}`} label={label} required={required} errors={fieldError(`version.${name}`)}>
      {(control) => (
        <Select {...control} name={`version.${name}`} defaultValue={value}>
          {vocabularyChoices(locale, vocabulary).map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </Select>
      )}
    </Field>
  );

  const documentAt = (key: number) => initial.documents[key];
  const officeAt = (key: number) => initial.unitOffices[key];
  const addKey = () => {
    const key = nextKey + 1000;
    setNextKey((n) => n + 1);
    return key;
  };

  return (
    <div className="space-y-6">
      <Fieldset legend={t("announcementLegend")}>
        {text("announcementNumber", t("announcementNumber"), initial.announcementNumber, {
          required: true,
          hint: t("announcementNumberHint"),
        })}
        {text("announcementDate", t("announcementDate"), initial.announcementDate, {
          required: true,
          hint: t("dateHint"),
        })}
        {text("announcementIssuer", t("announcementIssuer"), initial.announcementIssuer, { required: true })}
        {text("effectiveFrom", t("effectiveFrom"), initial.effectiveFrom, {
          required: true,
          hint: t("effectiveFromHint"),
        })}
        <Field
          id="f-changeNote"
          label={t("changeNote")}
          errors={fieldError("version.changeNote")}
          className="sm:col-span-2"
        >
          {(control) => (
            <Textarea {...control} name="version.changeNote" rows={2} defaultValue={initial.changeNote ?? ""} />
          )}
        </Field>
      </Fieldset>

      <Fieldset legend={t("termsLegend")}>
        {text("durationValue", t("durationValue"), initial.durationValue, { required: true, numeric: true })}
        {select("durationUnit", t("durationUnit"), "durationUnit", initial.durationUnit)}
        {text("feeAmount", t("feeAmount"), initial.feeAmount, { numeric: true, hint: t("moneyHint") })}
        {text("chargeAmount", t("chargeAmount"), initial.chargeAmount, { numeric: true, hint: t("moneyHint") })}
        {select("feeTiming", t("feeTiming"), "feeTiming", initial.feeTiming)}
        {text("feeNote", t("feeNote"), initial.feeNote)}
        {text("handlingOfficeCode", t("handlingOfficeCode"), initial.handlingOfficeCode, {
          required: true,
          hint: t("handlingOfficeHint"),
        })}
        {select("onlineClass", t("onlineClass"), "onlineClass", initial.onlineClass)}
        {text("onlineLevel", t("onlineLevel"), initial.onlineLevel, {
          required: true,
          numeric: true,
          hint: t("onlineLevelHint"),
        })}
        <div className="space-y-2 sm:col-span-2">
          {VERSION_CHECKBOXES.map((name) => (
            <div key={name}>
              <label className="inline-flex items-center gap-2">
                <input
                  type="checkbox"
                  name={`version.${name}`}
                  defaultChecked={initial[name]}
                  className="size-4"
                  aria-describedby={`f-${name}-error`}
                />
                {t(name)}
              </label>
              <FieldError id={`f-${name}-error`} errors={fieldError(`version.${name}`)} />
            </div>
          ))}
        </div>
      </Fieldset>

      <fieldset className="rounded-lg border border-gray-200 bg-white p-4">
        <legend className="px-1 text-base font-semibold">{t("stepSharesLegend")}</legend>
        <p id="f-stepShares-hint" className="mb-3 text-sm text-muted">
          {t("stepSharesHint")}
        </p>
        <FieldError id="f-stepShares-error" errors={fieldError("version.stepShares")} />
        <div className="grid gap-3 sm:grid-cols-5">
          {PROCESS_STEPS.map((step) => (
            <Field
              key={step}
              id={`f-stepShares-${step}`}
              label={t(`stepShare.${step}`)}
              errors={fieldError(`version.stepShares.${step}`)}
              describedBy={["f-stepShares-hint", "f-stepShares-error"]}
            >
              {(control) => (
                <Input
                  {...control}
                  name={`version.stepShares.${step}`}
                  defaultValue={initial.stepShares?.[step] ?? ""}
                  inputMode="numeric"
                  autoComplete="off"
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>

      <fieldset className="rounded-lg border border-gray-200 bg-white p-4">
        <legend className="px-1 text-base font-semibold">{t("documentsLegend")}</legend>
        <p className="mb-3 text-sm text-muted">{t("documentsHint")}</p>
        <FieldError id="f-documents-error" errors={fieldError("version.documents")} />
        <ol className="space-y-4">
          {documentKeys.map((key, i) => {
            const document = documentAt(key);
            const name = (field: string) => `version.documents.${i}.${field}`;
            return (
              <li key={key} className="rounded-md border border-gray-200 p-3" data-testid="document-row">
                <div className="grid gap-3 sm:grid-cols-[minmax(0,3fr)_minmax(0,1fr)_6rem]">
                  <Field id={`d-${key}-name`} label={t("documentName", { n: i + 1 })} errors={fieldError(name("name"))}>
                    {(control) => (
                      <Input {...control} name={name("name")} defaultValue={document?.name ?? ""} autoComplete="off" />
                    )}
                  </Field>
                  <Field id={`d-${key}-form`} label={t("documentForm")} errors={fieldError(name("form"))}>
                    {(control) => (
                      <Select {...control} name={name("form")} defaultValue={document?.form ?? "ORIGINAL"}>
                        {vocabularyChoices(locale, "form").map((choice) => (
                          <option key={choice.value} value={choice.value}>
                            {choice.label}
                          </option>
                        ))}
                      </Select>
                    )}
                  </Field>
                  <Field id={`d-${key}-count`} label={t("documentCount")} errors={fieldError(name("count"))}>
                    {(control) => (
                      <Input
                        {...control}
                        name={name("count")}
                        inputMode="numeric"
                        defaultValue={document?.count ?? 1}
                      />
                    )}
                  </Field>
                </div>
                <div className="mt-2 flex flex-wrap items-center gap-x-6 gap-y-2">
                  <label className="inline-flex items-center gap-2">
                    <input
                      type="checkbox"
                      name={name("optional")}
                      defaultChecked={document?.optional ?? false}
                      className="size-4"
                    />
                    {t("documentOptional")}
                  </label>
                  <label className="inline-flex items-center gap-2">
                    <input
                      type="checkbox"
                      name={name("uploadable")}
                      defaultChecked={document?.uploadable ?? true}
                      className="size-4"
                    />
                    {t("documentUploadable")}
                  </label>
                  <Button
                    variant="link"
                    onClick={() => setDocumentKeys((keys) => keys.filter((k) => k !== key))}
                    aria-label={t("removeDocument", { n: i + 1 })}
                  >
                    {t("remove")}
                  </Button>
                </div>
              </li>
            );
          })}
        </ol>
        <Button
          variant="secondary"
          size="sm"
          className="mt-3"
          onClick={() => setDocumentKeys((keys) => [...keys, addKey()])}
        >
          {t("addDocument")}
        </Button>
      </fieldset>

      <fieldset className="rounded-lg border border-gray-200 bg-white p-4">
        <legend className="px-1 text-base font-semibold">{t("officesLegend")}</legend>
        <p className="mb-3 text-sm text-muted">{t("officesHint")}</p>
        <ul className="space-y-3">
          {officeKeys.map((key, i) => {
            const office = officeAt(key);
            const name = (field: string) => `version.unitOffices.${i}.${field}`;
            return (
              <li key={key} className="grid items-end gap-3 sm:grid-cols-[1fr_1fr_auto]">
                <Field id={`o-${key}-unit`} label={t("unitCode")} errors={fieldError(name("unitCode"))}>
                  {(control) => (
                    <Input
                      {...control}
                      name={name("unitCode")}
                      defaultValue={office?.unitCode ?? ""}
                      autoComplete="off"
                    />
                  )}
                </Field>
                <Field id={`o-${key}-office`} label={t("officeCode")} errors={fieldError(name("officeCode"))}>
                  {(control) => (
                    <Input
                      {...control}
                      name={name("officeCode")}
                      defaultValue={office?.officeCode ?? ""}
                      autoComplete="off"
                    />
                  )}
                </Field>
                <Button
                  variant="link"
                  className="mb-2"
                  onClick={() => setOfficeKeys((keys) => keys.filter((k) => k !== key))}
                  aria-label={t("removeOffice", { n: i + 1 })}
                >
                  {t("remove")}
                </Button>
              </li>
            );
          })}
        </ul>
        <Button
          variant="secondary"
          size="sm"
          className="mt-3"
          onClick={() => setOfficeKeys((keys) => [...keys, addKey()])}
        >
          {t("addOffice")}
        </Button>
      </fieldset>
    </div>
  );
}
