import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { CHANNELS, DOSSIER_STATUSES, PROCESSING_STEPS } from "@/domain/dossier";
import { getDossierLabels } from "@/features/dossier/labels";
import type { FilterChoices } from "@/server/data/worklists";
import { getDomainLabels } from "@/ui/domain-labels";
import {
  PARAM,
  QUICK_SLUGS,
  SCOPE_SLUGS,
  SORT_SLUGS,
  SORTS,
  STATUS_ACTIVE_SLUG,
  STATUS_ALL_SLUG,
  statusParamOf,
  worklistHref,
  type ParsedWorklistParams,
  type WorklistFilter,
} from "@/domain/worklist";

const inputClass = "mt-1 w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-700";
const labelClass = "block text-sm font-semibold";

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
  const [t, labels, dossierLabels] = await Promise.all([getTranslations("worklists"), getDomainLabels(), getDossierLabels()]);
  const errorId = (key: keyof typeof errors) => (errors[key] ? `worklist-error-${key}` : undefined);
  const fieldError = (key: keyof typeof errors) =>
    errors[key] ? (
      <p id={`worklist-error-${key}`} className="mt-1 text-sm text-red-800">
        {errors[key]}
      </p>
    ) : null;
  return (
    <form action={path} method="get" aria-label={t("filters.label")} className="mb-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm" data-testid="worklist-filters">
      {filter.scope ? <input type="hidden" name={PARAM.scope} value={SCOPE_SLUGS[filter.scope]} /> : null}
      {filter.quick !== "all" ? <input type="hidden" name={PARAM.quick} value={QUICK_SLUGS[filter.quick]} /> : null}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <div className="sm:col-span-2">
          <label htmlFor="worklist-search" className={labelClass}>
            {t("filters.search")}
          </label>
          <input
            id="worklist-search"
            name={PARAM.search}
            type="search"
            defaultValue={raw.search}
            maxLength={100}
            aria-describedby={["worklist-search-hint", errorId("search")].filter(Boolean).join(" ")}
            aria-invalid={errors.search ? true : undefined}
            className={inputClass}
          />
          <p id="worklist-search-hint" className="mt-1 text-xs text-muted">
            {t("filters.searchHint")}
          </p>
          {fieldError("search")}
        </div>
        <div>
          <label htmlFor="worklist-status" className={labelClass}>
            {t("filters.status")}
          </label>
          <select
            id="worklist-status"
            name={PARAM.status}
            defaultValue={statusParamOf(filter.status) ?? STATUS_ACTIVE_SLUG}
            aria-describedby={errorId("status")}
            className={inputClass}
          >
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
          </select>
          {fieldError("status")}
        </div>
        <div>
          <label htmlFor="worklist-sort" className={labelClass}>
            {t("filters.sort")}
          </label>
          <select id="worklist-sort" name={PARAM.sort} defaultValue={SORT_SLUGS[filter.sort]} className={inputClass}>
            {SORTS.map((sort) => (
              <option key={sort} value={SORT_SLUGS[sort]}>
                {t(`sort.${sort}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="sm:col-span-2">
          <label htmlFor="worklist-procedure" className={labelClass}>
            {t("filters.procedure")}
          </label>
          <select id="worklist-procedure" name={PARAM.procedure} defaultValue={filter.procedureId ?? ""} className={inputClass}>
            <option value="">{t("filters.any")}</option>
            {choices.procedures.map((procedure) => (
              <option key={procedure.id} value={procedure.id}>
                {procedure.name} ({procedure.code})
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="worklist-field" className={labelClass}>
            {t("filters.field")}
          </label>
          <select id="worklist-field" name={PARAM.field} defaultValue={filter.fieldId ?? ""} className={inputClass}>
            <option value="">{t("filters.any")}</option>
            {choices.fields.map((field) => (
              <option key={field.id} value={field.id}>
                {field.name}
              </option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="worklist-channel" className={labelClass}>
            {t("filters.channel")}
          </label>
          <select id="worklist-channel" name={PARAM.channel} defaultValue={filter.channel ?? ""} className={inputClass}>
            <option value="">{t("filters.any")}</option>
            {CHANNELS.map((channel) => (
              <option key={channel} value={channel}>
                {dossierLabels.channel(channel)}
              </option>
            ))}
          </select>
        </div>
        <fieldset className="sm:col-span-2">
          <legend className={labelClass}>{t("filters.received")}</legend>
          <div className="grid grid-cols-2 gap-3">
            <div>
              <label htmlFor="worklist-from" className="block text-sm">
                {t("filters.from")}
              </label>
              <input
                id="worklist-from"
                name={PARAM.from}
                defaultValue={raw.from}
                inputMode="numeric"
                placeholder="dd/mm/yyyy"
                pattern="\d{1,2}/\d{1,2}/\d{4}"
                aria-describedby={errorId("from")}
                aria-invalid={errors.from ? true : undefined}
                className={inputClass}
              />
              {fieldError("from")}
            </div>
            <div>
              <label htmlFor="worklist-to" className="block text-sm">
                {t("filters.to")}
              </label>
              <input
                id="worklist-to"
                name={PARAM.to}
                defaultValue={raw.to}
                inputMode="numeric"
                placeholder="dd/mm/yyyy"
                pattern="\d{1,2}/\d{1,2}/\d{4}"
                aria-describedby={errorId("to")}
                aria-invalid={errors.to ? true : undefined}
                className={inputClass}
              />
              {fieldError("to")}
            </div>
          </div>
        </fieldset>
        <div className="flex flex-wrap items-end gap-3 sm:col-span-2">
          <button type="submit" className="rounded-md bg-brand-700 px-5 py-2 font-semibold text-white hover:bg-brand-600">
            {t("filters.submit")}
          </button>
          <Link href={worklistHref(path, { ...filter }, { status: { kind: "active" }, procedureId: null, fieldId: null, channel: null, receivedFrom: null, receivedTo: null, search: null, sort: "appointmentAsc", quick: "all" })} className="rounded-md border border-gray-400 px-4 py-2 text-sm hover:bg-gray-100">
            {t("filters.reset")}
          </Link>
        </div>
      </div>
    </form>
  );
}
