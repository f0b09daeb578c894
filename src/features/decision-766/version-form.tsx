"use client";
// The administrator's form of a new Decision 766 table version, prefilled with the latest version's numbers: the
// version's name, basis and first day, each group's maximum, each indicator's maximum (and threshold, for those scored
// against one), and the grade bands' lower bounds. Errors of the table as a whole (groups not adding up to 100…) are
// listed above the button; each number's own error sits under it.
import { useTranslations } from "next-intl";
import { editedFieldName, type EditedTable, type ScorecardVersion } from "@/domain/decision-766";
import { Button, DateInput, Field, Input, StatusMessage, useActionForm } from "@/ui/form";
import { addScorecardVersionAction } from "./version-actions";

const asNumber = (value: number) => String(Math.round(value * 100) / 100).replace(".", ",");

export function ScorecardVersionForm({ base, prefill }: { base: ScorecardVersion; prefill: EditedTable }) {
  const t = useTranslations("decision766.versions");
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(addScorecardVersionAction);
  const numberInput = (name: string, value: number, label: string, visibleLabel = false) => (
    <Field
      id={`v766-${name}`}
      label={label}
      errors={fieldError(name)}
      labelClassName={visibleLabel ? undefined : "sr-only"}
      className={visibleLabel ? "flex items-center gap-3" : undefined}
    >
      {(control) => (
        <Input
          {...control}
          name={name}
          inputMode="decimal"
          autoComplete="off"
          defaultValue={asNumber(value)}
          className="w-24 tabular-nums"
        />
      )}
    </Field>
  );
  const tableErrors = fieldError("table");
  return (
    <form {...formProps} aria-label={t("formLabel")} className="rounded-lg border border-gray-200 bg-white p-4">
      <div className="grid gap-4 sm:grid-cols-2">
        <Field id="v766-label" label={t("label")} errors={fieldError("label")}>
          {(control) => <Input {...control} name="label" defaultValue="" autoComplete="off" />}
        </Field>
        <Field
          id="v766-effectiveFrom"
          label={t("effectiveFrom")}
          errors={fieldError("effectiveFrom")}
          hint={t("effectiveFromHint")}
        >
          {(control) => <DateInput {...control} name="effectiveFrom" />}
        </Field>
        <Field id="v766-source" label={t("source")} errors={fieldError("source")} className="sm:col-span-2">
          {(control) => <Input {...control} name="source" defaultValue="" autoComplete="off" />}
        </Field>
      </div>
      {base.groups.map((group) => (
        <fieldset key={group.code} className="mt-6">
          <legend className="font-semibold">{group.name}</legend>
          <div className="mt-2">
            {numberInput(editedFieldName.group(group.code), prefill.groups[group.code], t("groupMax"), true)}
          </div>
          <table className="mt-2 w-full text-sm">
            <caption className="sr-only">{t("indicatorsOf", { group: group.name })}</caption>
            <thead>
              <tr className="text-left">
                <th scope="col" className="py-1 pr-2">
                  {t("colIndicator")}
                </th>
                <th scope="col" className="py-1 pr-2">
                  {t("colMax")}
                </th>
                <th scope="col" className="py-1">
                  {t("colThreshold")}
                </th>
              </tr>
            </thead>
            <tbody>
              {base.indicators
                .filter((row) => row.group === group.code)
                .map((row) => {
                  const edited = prefill.indicators[row.id] ?? { max: row.max, threshold: null };
                  return (
                    <tr key={row.id} className="border-t border-gray-100 align-top">
                      <th scope="row" className="py-2 pr-2 text-left font-normal">
                        {row.id}. {row.name}
                      </th>
                      <td className="py-2 pr-2">
                        {numberInput(editedFieldName.indicatorMax(row.id), edited.max, t("maxOf", { id: row.id }))}
                      </td>
                      <td className="py-2">
                        {row.conversion.kind === "threshold"
                          ? numberInput(
                              editedFieldName.indicatorThreshold(row.id),
                              (edited.threshold ?? row.conversion.threshold) * 100,
                              t("thresholdOf", { id: row.id }),
                            )
                          : t("proportional")}
                      </td>
                    </tr>
                  );
                })}
            </tbody>
          </table>
        </fieldset>
      ))}
      <fieldset className="mt-6">
        <legend className="font-semibold">{t("bands")}</legend>
        <div className="mt-2 grid gap-3 sm:grid-cols-3 lg:grid-cols-5">
          {base.bands.map((band) => (
            <Field
              key={band.id}
              id={`v766-${editedFieldName.band(band.id)}`}
              label={t("bandMin", { band: band.label })}
              errors={fieldError(editedFieldName.band(band.id))}
            >
              {(control) => (
                <Input
                  {...control}
                  name={editedFieldName.band(band.id)}
                  inputMode="decimal"
                  autoComplete="off"
                  defaultValue={asNumber(prefill.bands[band.id] ?? band.min)}
                  className="w-24 tabular-nums"
                />
              )}
            </Field>
          ))}
        </div>
      </fieldset>
      {tableErrors.length > 0 ? (
        <ul id="v766-table-errors" className="mt-4 list-disc pl-5 text-sm text-red-800" data-testid="v766-table-errors">
          {tableErrors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      ) : null}
      <p className="mt-4 text-xs text-muted">{t("hint")}</p>
      <div className="mt-3">
        <Button type="submit" disabled={pending}>
          {t("save")}
        </Button>
        <StatusMessage ref={statusRef} state={state} success={t("saved")} className="mt-2" />
      </div>
    </form>
  );
}
