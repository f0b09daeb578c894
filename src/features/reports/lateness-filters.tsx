import { getTranslations } from "next-intl/server";
import { GROUPING_SLUGS, GROUPINGS, PARAM, SORT_SLUGS, SORTS, type ParsedLatenessQuery } from "./lateness-table";
import { PERIOD_PRESETS, PERIOD_SLUGS } from "@/lib/dates";

const inputClass = "mt-1 w-full rounded-md border border-gray-500 bg-white px-3 py-2 text-sm aria-[invalid=true]:border-red-700";
const labelClass = "block text-sm font-semibold";

/** The report's GET form: submitting builds the shareable URL; it works without JavaScript. */
export async function LatenessFilters({ path, parsed }: { path: string; parsed: ParsedLatenessQuery }) {
  const t = await getTranslations("reports.lateness.filters");
  const { query, errors, raw } = parsed;
  const errorId = (key: keyof typeof errors) => (errors[key] ? `report-error-${key}` : undefined);
  const fieldError = (key: keyof typeof errors) =>
    errors[key] ? (
      <p id={`report-error-${key}`} className="mt-1 text-sm text-red-800">
        {errors[key]}
      </p>
    ) : null;
  const describedBy = (...ids: (string | undefined)[]) => ids.filter(Boolean).join(" ") || undefined;
  return (
    <form action={path} method="get" aria-label={t("label")} className="no-print mb-6 rounded-lg border border-gray-200 bg-white p-4 shadow-sm" data-testid="lateness-filters">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <div>
          <label htmlFor="report-preset" className={labelClass}>
            {t("preset")}
          </label>
          <select
            id="report-preset"
            name={PARAM.preset}
            defaultValue={PERIOD_SLUGS[query.period.preset]}
            aria-describedby={errorId("preset")}
            aria-invalid={errors.preset ? true : undefined}
            className={inputClass}
          >
            {PERIOD_PRESETS.map((preset) => (
              <option key={preset} value={PERIOD_SLUGS[preset]}>
                {t(`presets.${preset}`)}
              </option>
            ))}
          </select>
          {fieldError("preset")}
        </div>
        <div>
          <label htmlFor="report-from" className={labelClass}>
            {t("from")}
          </label>
          <input
            id="report-from"
            name={PARAM.from}
            type="text"
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            autoComplete="off"
            maxLength={10}
            defaultValue={raw.from}
            aria-describedby={describedBy("report-date-hint", errorId("from"))}
            aria-invalid={errors.from ? true : undefined}
            className={inputClass}
          />
          {fieldError("from")}
        </div>
        <div>
          <label htmlFor="report-to" className={labelClass}>
            {t("to")}
          </label>
          <input
            id="report-to"
            name={PARAM.to}
            type="text"
            inputMode="numeric"
            placeholder="dd/mm/yyyy"
            autoComplete="off"
            maxLength={10}
            defaultValue={raw.to}
            aria-describedby={describedBy("report-date-hint", errorId("to"))}
            aria-invalid={errors.to ? true : undefined}
            className={inputClass}
          />
          {fieldError("to")}
        </div>
        <div>
          <label htmlFor="report-grouping" className={labelClass}>
            {t("grouping")}
          </label>
          <select id="report-grouping" name={PARAM.grouping} defaultValue={GROUPING_SLUGS[query.grouping]} aria-describedby={errorId("grouping")} className={inputClass}>
            {GROUPINGS.map((grouping) => (
              <option key={grouping} value={GROUPING_SLUGS[grouping]}>
                {t(`groupings.${grouping}`)}
              </option>
            ))}
          </select>
          {fieldError("grouping")}
        </div>
        <div>
          <label htmlFor="report-sort" className={labelClass}>
            {t("sort")}
          </label>
          <select id="report-sort" name={PARAM.sort} defaultValue={SORT_SLUGS[query.sort]} aria-describedby={errorId("sort")} className={inputClass}>
            {SORTS.map((sort) => (
              <option key={sort} value={SORT_SLUGS[sort]}>
                {t(`sorts.${sort}`)}
              </option>
            ))}
          </select>
          {fieldError("sort")}
        </div>
      </div>
      <p id="report-date-hint" className="mt-2 text-xs text-muted">
        {t("dateHint")}
      </p>
      <div className="mt-3">
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 text-sm font-semibold text-white hover:bg-brand-600 focus-visible:outline-2 focus-visible:outline-offset-2">
          {t("submit")}
        </button>
      </div>
    </form>
  );
}
