import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CHANNELS, DOSSIER_STATUSES, PROCESSING_STEPS } from "@/domain/dossier";
import type { FilterChoices } from "@/server/data/worklists";
import { getDomainLabels, getDossierLabels } from "@/ui/labels";
import { Button, Field, FilterForm, DateInput, Input, Select, SelectField, buttonClass, labelClass } from "@/ui/form";
import {
  PARAM,
  QUICK_SLUGS,
  SCOPE_SLUGS,
  LOST_766_SLUGS,
  SORT_SLUGS,
  SORTS,
  STATUS_ACTIVE_SLUG,
  STATUS_ALL_SLUG,
  statusParamOf,
  worklistHref,
  type ParsedWorklistParams,
  type WorklistFilter,
} from "@/domain/worklist";

/**
 * GET form of the filters: submitting builds the shareable URL; it works without JavaScript. The scope and quick
 * filter ride along as hidden fields; changing a filter starts again at page 1.
 */
export async function WorklistFilters({
  path,
  filter,
  errors,
  raw,
  choices,
}: {
  path: string;
  filter: WorklistFilter;
  errors: ParsedWorklistParams["errors"];
  raw: ParsedWorklistParams["raw"];
  choices: FilterChoices;
}) {
  const [t, labels, dossierLabels] = await Promise.all([
    getTranslations("worklists"),
    getDomainLabels(),
    getDossierLabels(),
  ]);
  const errorsOf = (key: keyof typeof errors) => (errors[key] ? [errors[key]] : []);
  const errorIdOf = (key: keyof typeof errors) => `worklist-error-${key}`;
  return (
    <FilterForm action={path} label={t("filters.label")} className="mb-4" testId="worklist-filters">
      {filter.scope ? <input type="hidden" name={PARAM.scope} value={SCOPE_SLUGS[filter.scope]} /> : null}
      {filter.quick !== "all" ? <input type="hidden" name={PARAM.quick} value={QUICK_SLUGS[filter.quick]} /> : null}
      {filter.unitId ? <input type="hidden" name={PARAM.unit} value={filter.unitId} /> : null}
      {filter.officeId ? <input type="hidden" name={PARAM.office} value={filter.officeId} /> : null}
      {filter.lost766 ? <input type="hidden" name={PARAM.lost766} value={LOST_766_SLUGS[filter.lost766]} /> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field
          id="worklist-search"
          label={t("filters.search")}
          hint={t("filters.searchHint")}
          errors={errorsOf("search")}
          errorId={errorIdOf("search")}
          className="sm:col-span-2"
        >
          {(control) => (
            <Input {...control} name={PARAM.search} type="search" defaultValue={raw.search} maxLength={100} />
          )}
        </Field>
        <Field
          id="worklist-status"
          label={t("filters.status")}
          errors={errorsOf("status")}
          errorId={errorIdOf("status")}
        >
          {(control) => (
            <Select {...control} name={PARAM.status} defaultValue={statusParamOf(filter.status) ?? STATUS_ACTIVE_SLUG}>
              <option value={STATUS_ACTIVE_SLUG}>{t("filters.statusActive")}</option>
              <option value={STATUS_ALL_SLUG}>{t("filters.statusAll")}</option>
              {DOSSIER_STATUSES.map((status) =>
                status === "IN_PROCESSING" ? (
                  <optgroup key={status} label={labels.status(status)}>
                    <option value={status}>{t("filters.statusAllSteps", { status: labels.status(status) })}</option>
                    {PROCESSING_STEPS.map((step) => (
                      <option key={step} value={`${status}.${step}`}>
                        {labels.step(step)}
                      </option>
                    ))}
                  </optgroup>
                ) : (
                  <option key={status} value={status}>
                    {labels.status(status)}
                  </option>
                ),
              )}
            </Select>
          )}
        </Field>
        <SelectField
          id="worklist-sort"
          label={t("filters.sort")}
          name={PARAM.sort}
          defaultValue={SORT_SLUGS[filter.sort]}
          choices={SORTS.map((sort) => ({ value: SORT_SLUGS[sort], label: t(`sort.${sort}`) }))}
        />
        <SelectField
          id="worklist-procedure"
          label={t("filters.procedure")}
          className="sm:col-span-2"
          name={PARAM.procedure}
          defaultValue={filter.procedureId}
          any={t("filters.any")}
          choices={choices.procedures.map((procedure) => ({
            value: procedure.id,
            label: `${procedure.name} (${procedure.code})`,
          }))}
        />
        {choices.officers.length > 0 ? (
          <SelectField
            id="worklist-officer"
            label={t("filters.officer")}
            name={PARAM.officer}
            defaultValue={filter.assigneeId ?? null}
            any={t("filters.any")}
            choices={choices.officers.map((officer) => ({ value: officer.id, label: officer.name }))}
          />
        ) : null}
        <SelectField
          id="worklist-field"
          label={t("filters.field")}
          name={PARAM.field}
          defaultValue={filter.fieldId}
          any={t("filters.any")}
          choices={choices.fields.map((field) => ({ value: field.id, label: field.name }))}
        />
        <SelectField
          id="worklist-channel"
          label={t("filters.channel")}
          name={PARAM.channel}
          defaultValue={filter.channel}
          any={t("filters.any")}
          choices={CHANNELS.map((channel) => ({ value: channel, label: dossierLabels.channel(channel) }))}
        />
        <fieldset className="sm:col-span-2">
          <legend className={labelClass}>{t("filters.received")}</legend>
          <div className="grid grid-cols-2 gap-3">
            {(["from", "to"] as const).map((key) => (
              <Field
                key={key}
                id={`worklist-${key}`}
                label={t(`filters.${key}`)}
                labelClassName="block text-sm"
                errors={errorsOf(key)}
                errorId={errorIdOf(key)}
              >
                {(control) => (
                  <DateInput {...control} name={PARAM[key]} defaultValue={raw[key]} pattern="\d{1,2}/\d{1,2}/\d{4}" />
                )}
              </Field>
            ))}
          </div>
        </fieldset>
        <div className="flex flex-wrap items-end gap-3 sm:col-span-2">
          <Button type="submit">{t("filters.submit")}</Button>
          <Link
            href={worklistHref(
              path,
              { ...filter },
              {
                status: { kind: "active" },
                procedureId: null,
                unitId: null,
                officeId: null,
                lost766: null,
                assigneeId: null,
                fieldId: null,
                channel: null,
                receivedFrom: null,
                receivedTo: null,
                search: null,
                sort: "appointmentAsc",
                quick: "all",
              },
            )}
            className={buttonClass("secondary", "md", "text-sm")}
          >
            {t("filters.reset")}
          </Link>
        </div>
      </div>
    </FilterForm>
  );
}
