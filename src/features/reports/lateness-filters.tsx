import { getTranslations } from "next-intl/server";
import { Button, Field, FilterForm, DateInput, SelectField } from "@/ui/form";
import { GROUPING_SLUGS, GROUPINGS, PARAM, SORT_SLUGS, SORTS, type ParsedLatenessQuery } from "./lateness-table";
import { PERIOD_PRESETS, PERIOD_SLUGS } from "@/lib/dates";

/** The report's GET form: submitting builds the shareable URL; it works without JavaScript. */
export async function LatenessFilters({ path, parsed }: { path: string; parsed: ParsedLatenessQuery }) {
  const t = await getTranslations("reports.lateness.filters");
  const { query, errors, raw } = parsed;
  const errorsOf = (key: keyof typeof errors) => (errors[key] ? [errors[key]] : []);
  const errorIdOf = (key: keyof typeof errors) => `report-error-${key}`;
  return (
    <FilterForm action={path} label={t("label")} className="no-print mb-6" testId="lateness-filters">
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-5">
        <SelectField
          id="report-preset"
          label={t("preset")}
          errors={errorsOf("preset")}
          errorId={errorIdOf("preset")}
          name={PARAM.preset}
          defaultValue={PERIOD_SLUGS[query.period.preset]}
          choices={PERIOD_PRESETS.map((preset) => ({ value: PERIOD_SLUGS[preset], label: t(`presets.${preset}`) }))}
        />
        {(["from", "to"] as const).map((key) => (
          <Field
            key={key}
            id={`report-${key}`}
            label={t(key)}
            errors={errorsOf(key)}
            errorId={errorIdOf(key)}
            describedBy={["report-date-hint"]}
          >
            {(control) => <DateInput {...control} name={PARAM[key]} defaultValue={raw[key]} />}
          </Field>
        ))}
        <SelectField
          id="report-grouping"
          label={t("grouping")}
          errors={errorsOf("grouping")}
          errorId={errorIdOf("grouping")}
          name={PARAM.grouping}
          defaultValue={GROUPING_SLUGS[query.grouping]}
          choices={GROUPINGS.map((grouping) => ({
            value: GROUPING_SLUGS[grouping],
            label: t(`groupings.${grouping}`),
          }))}
        />
        <SelectField
          id="report-sort"
          label={t("sort")}
          errors={errorsOf("sort")}
          errorId={errorIdOf("sort")}
          name={PARAM.sort}
          defaultValue={SORT_SLUGS[query.sort]}
          choices={SORTS.map((sort) => ({ value: SORT_SLUGS[sort], label: t(`sorts.${sort}`) }))}
        />
      </div>
      <p id="report-date-hint" className="mt-2 text-xs text-muted">
        {t("dateHint")}
      </p>
      <div className="mt-3">
        <Button type="submit">{t("submit")}</Button>
      </div>
    </FilterForm>
  );
}
