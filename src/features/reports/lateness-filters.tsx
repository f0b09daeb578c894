import { getTranslations } from "next-intl/server";
import { Button, Field, Input, Select } from "@/ui/form";
import { GROUPING_SLUGS, GROUPINGS, PARAM, SORT_SLUGS, SORTS, type ParsedLatenessQuery } from "./lateness-table";
import { PERIOD_PRESETS, PERIOD_SLUGS } from "@/lib/dates";

/** The report's GET form: submitting builds the shareable URL; it works without JavaScript. */
export async function LatenessFilters({ path, parsed }: { path: string; parsed: ParsedLatenessQuery }) {
  const t = await getTranslations("reports.lateness.filters");
  const { query, errors, raw } = parsed;
  const errorsOf = (key: keyof typeof errors) => (errors[key] ? [errors[key]] : []);
  const errorIdOf = (key: keyof typeof errors) => `report-error-${key}`;
  return (
    <form
      action={path}
      method="get"
      aria-label={t("label")}
      className="no-print mb-6 rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
      data-testid="lateness-filters"
    >
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <Field id="report-preset" label={t("preset")} errors={errorsOf("preset")} errorId={errorIdOf("preset")}>
          {(control) => (
            <Select {...control} name={PARAM.preset} defaultValue={PERIOD_SLUGS[query.period.preset]}>
              {PERIOD_PRESETS.map((preset) => (
                <option key={preset} value={PERIOD_SLUGS[preset]}>
                  {t(`presets.${preset}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        {(["from", "to"] as const).map((key) => (
          <Field
            key={key}
            id={`report-${key}`}
            label={t(key)}
            errors={errorsOf(key)}
            errorId={errorIdOf(key)}
            describedBy={["report-date-hint"]}
          >
            {(control) => (
              <Input
                {...control}
                name={PARAM[key]}
                type="text"
                inputMode="numeric"
                placeholder="dd/mm/yyyy"
                autoComplete="off"
                maxLength={10}
                defaultValue={raw[key]}
              />
            )}
          </Field>
        ))}
        <Field id="report-grouping" label={t("grouping")} errors={errorsOf("grouping")} errorId={errorIdOf("grouping")}>
          {(control) => (
            <Select {...control} name={PARAM.grouping} defaultValue={GROUPING_SLUGS[query.grouping]}>
              {GROUPINGS.map((grouping) => (
                <option key={grouping} value={GROUPING_SLUGS[grouping]}>
                  {t(`groupings.${grouping}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <Field id="report-sort" label={t("sort")} errors={errorsOf("sort")} errorId={errorIdOf("sort")}>
          {(control) => (
            <Select {...control} name={PARAM.sort} defaultValue={SORT_SLUGS[query.sort]}>
              {SORTS.map((sort) => (
                <option key={sort} value={SORT_SLUGS[sort]}>
                  {t(`sorts.${sort}`)}
                </option>
              ))}
            </Select>
          )}
        </Field>
      </div>
      <p id="report-date-hint" className="mt-2 text-xs text-muted">
        {t("dateHint")}
      </p>
      <div className="mt-3">
        <Button type="submit">{t("submit")}</Button>
      </div>
    </form>
  );
}
