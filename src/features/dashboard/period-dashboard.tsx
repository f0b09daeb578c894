// The leadership dashboard of a period (issue 13, item 2): the period and unit picker (a GET form: the view is its
// URL), the headline indicators with their formulas, the channel mix, units ranked, a unit's offices and procedures
// with links down to the worklist, and the trend over 12 or 36 months (Recharts lines from src/ui/charts, each with
// a data table behind it). Figures from src/server/data/dashboard-period.ts (rollups only).
import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import {
  HEADLINE_INDICATOR_IDS,
  targetStatus,
  type HeadlineIndicator,
  type HeadlineIndicatorId,
} from "@/domain/metrics";
import { DOSSIER_LABELS } from "@/domain/dossier";
import { PARAM as WORKLIST_PARAM, SCOPE_SLUGS, STATUS_ALL_SLUG } from "@/domain/worklist";
import { formatDateVi, PERIOD_PRESETS, PERIOD_SLUGS } from "@/lib/dates";
import {
  PROCESSING_SAMPLE_LIMIT,
  type DashboardRow,
  type PeriodDashboard as Dashboard,
  type TrendPoint,
} from "@/server/data/dashboard-period";
import { monthLabel, toChartRows } from "@/ui/charts/series";
import { TrendLineChart } from "@/ui/charts/trend-line-chart";
import { DataTable, numClass, RowHeader, tdClass } from "@/ui/data-table";
import { Button, Field, FilterForm, DateInput, pillClass, SelectField } from "@/ui/form";
import { Count, Rate } from "@/ui/rate";
import { Section } from "@/ui/section";
import { UnitBreadcrumb } from "@/ui/unit-breadcrumb";
import { DASHBOARD_PARAM, dashboardParams, type DashboardErrors, type DashboardQuery } from "./period-query";

export const TREND_PARAM = "xu-huong";
export const trendMonthsOf = (value: string | undefined): 12 | 36 => (value === "36" ? 36 : 12);

const href = (path: string, params: Record<string, string>) => {
  const query = new URLSearchParams(params).toString();
  return query ? `${path}?${query}` : path;
};

/** The worklist with the filters behind a number: received in the period, deciding unit, office, procedure, channel. */
export function worklistHrefOf(
  period: Dashboard["period"],
  filters: { unitId?: string | null; officeId?: string | null; procedureId?: string | null; channel?: string | null },
): string {
  const params: Record<string, string> = {
    [WORKLIST_PARAM.scope]: SCOPE_SLUGS.unit,
    [WORKLIST_PARAM.status]: STATUS_ALL_SLUG,
    [WORKLIST_PARAM.from]: formatDateVi(period.from),
    [WORKLIST_PARAM.to]: formatDateVi(period.to),
  };
  if (filters.unitId) params[WORKLIST_PARAM.unit] = filters.unitId;
  if (filters.officeId) params[WORKLIST_PARAM.office] = filters.officeId;
  if (filters.procedureId) params[WORKLIST_PARAM.procedure] = filters.procedureId;
  if (filters.channel) params[WORKLIST_PARAM.channel] = filters.channel;
  return href("/ho-so", params);
}

export async function DashboardPicker({
  path,
  query,
  errors,
  raw,
  units,
  keep,
}: {
  path: string;
  query: DashboardQuery;
  errors: DashboardErrors;
  raw: { from: string; to: string };
  units: { id: string; name: string }[];
  /** Other parameters of the page kept by the form (the year and view of the tables above). */
  keep: Record<string, string>;
}) {
  const [t, tDashboard] = await Promise.all([
    getTranslations("leadershipDashboard.picker"),
    getTranslations("leadershipDashboard"),
  ]);
  const errorsOf = (key: keyof DashboardErrors) => (errors[key] ? [errors[key]!] : []);
  return (
    <FilterForm action={path} label={t("label")} className="no-print mb-6" testId="dashboard-picker">
      {Object.entries(keep).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4">
        <SelectField
          id="dashboard-preset"
          label={t("preset")}
          errors={errorsOf("preset")}
          errorId="dashboard-error-preset"
          name={DASHBOARD_PARAM.preset}
          defaultValue={PERIOD_SLUGS[query.period.preset]}
          choices={PERIOD_PRESETS.map((preset) => ({ value: PERIOD_SLUGS[preset], label: t(`presets.${preset}`) }))}
        />
        {(["from", "to"] as const).map((key) => (
          <Field
            key={key}
            id={`dashboard-${key}`}
            label={t(key)}
            errors={errorsOf(key)}
            errorId={`dashboard-error-${key}`}
            describedBy={["dashboard-date-hint"]}
          >
            {(control) => (
              <DateInput
                {...control}
                name={DASHBOARD_PARAM[key]}
                defaultValue={raw[key] || (query.period.preset === "custom" ? formatDateVi(query.period[key]) : "")}
              />
            )}
          </Field>
        ))}
        {units.length > 1 ? (
          <SelectField
            id="dashboard-unit"
            label={t("unit")}
            errors={errorsOf("unit")}
            errorId="dashboard-error-unit"
            name={DASHBOARD_PARAM.unit}
            defaultValue={query.unitId ?? ""}
            choices={[
              { value: "", label: tDashboard("allUnits") },
              ...units.map((unit) => ({ value: unit.id, label: unit.name })),
            ]}
          />
        ) : null}
      </div>
      <p id="dashboard-date-hint" className="mt-2 text-xs text-muted">
        {t("dateHint")}
      </p>
      <div className="mt-3">
        <Button type="submit">{t("submit")}</Button>
      </div>
    </FilterForm>
  );
}

async function IndicatorTable({
  indicators,
  targets,
  testId,
}: {
  indicators: HeadlineIndicator[];
  targets: Dashboard["targets"];
  testId: string;
}) {
  const [t, tTarget] = await Promise.all([
    getTranslations("leadershipDashboard.indicators"),
    getTranslations("leadershipDashboard.targets"),
  ]);
  return (
    <DataTable
      caption={t("caption")}
      columns={[
        t("colIndicator"),
        { header: t("colValue"), numeric: true },
        { header: t("colNumerator"), numeric: true },
        { header: t("colDenominator"), numeric: true },
        { header: tTarget("colTarget", { year: targets.year }), numeric: true },
        { header: tTarget("colYearToDate"), numeric: true },
        tTarget("colStatus"),
        t("colFormula"),
      ]}
      testId={testId}
    >
      {indicators.map((row) => (
        <tr key={row.id} data-testid={`indicator-${row.id}`}>
          <RowHeader className="font-medium">{t(`names.${row.id}`)}</RowHeader>
          <td className={numClass} data-testid="indicator-value">
            <Rate value={row.value} />
          </td>
          <td className={numClass}>{row.numerator === null ? "—" : <Count value={row.numerator} />}</td>
          <td className={numClass}>
            <Count value={row.denominator} />
          </td>
          <td className={numClass}>
            {targets.values[row.id] === undefined ? tTarget("none") : <Rate value={targets.values[row.id]!} />}
          </td>
          <td className={numClass}>
            <Rate value={targets.yearToDate.find((item) => item.id === row.id)?.value ?? null} />
          </td>
          <td className={tdClass} data-testid="indicator-status">
            {(() => {
              const status = targetStatus(
                targets.yearToDate.find((item) => item.id === row.id)?.value ?? null,
                targets.values[row.id],
              );
              return status === null ? (
                "—"
              ) : (
                <span className={status === "onTrack" ? "text-green-800" : "text-red-800"}>{tTarget(status)}</span>
              );
            })()}
          </td>
          <td className={`${tdClass} text-sm text-muted`}>{t(`formulas.${row.id}`)}</td>
        </tr>
      ))}
    </DataTable>
  );
}

async function RowsTable({
  rows,
  kind,
  caption,
  dashboard,
  drill,
  testId,
}: {
  rows: DashboardRow[];
  kind: "unit" | "office" | "procedure";
  caption: string;
  dashboard: Dashboard;
  /** The dashboard's URL one level down for a row, or null when it is the last level. */
  drill: ((row: DashboardRow) => string) | null;
  testId: string;
}) {
  const t = await getTranslations("leadershipDashboard.table");
  const nameColumn = { unit: t("colUnit"), office: t("colOffice"), procedure: t("colProcedure") }[kind];
  const filtersOf = (row: DashboardRow) => ({
    unitId: kind === "unit" ? row.id : dashboard.unit?.id,
    officeId: kind === "office" ? row.id || null : dashboard.office?.id,
    procedureId: kind === "procedure" ? row.id : null,
  });
  const value = (row: DashboardRow, id: HeadlineIndicatorId) => row.indicators.find((item) => item.id === id)!.value;
  // The ratings' rollups split by unit and office, not by procedure.
  const withSatisfaction = kind !== "procedure";
  return (
    <>
      <DataTable
        caption={caption}
        columns={[
          { header: t("colRank"), numeric: true },
          nameColumn,
          ...(
            ["colReceived", "colResolved", "colLate", "colOverdue", "colOnTime", "colOnTime766", "colOnline"] as const
          ).map((key) => ({ header: t(key), numeric: true })),
          withSatisfaction && { header: t("colSatisfaction"), numeric: true },
        ]}
        testId={testId}
        empty={rows.length === 0 ? "—" : undefined}
      >
        {rows.map((row) => {
          const name = row.name || (kind === "office" ? t("noOffice") : row.id);
          return (
            <tr key={row.id || "none"} data-testid={`${testId}-row`}>
              <td className={numClass}>{row.rank ?? "—"}</td>
              <RowHeader className="font-medium">
                {drill && (kind !== "office" || row.id) ? (
                  <Link
                    href={drill(row)}
                    className="underline"
                    aria-label={t(kind === "unit" ? "openUnit" : "openOffice", { name })}
                  >
                    {name}
                  </Link>
                ) : (
                  name
                )}
              </RowHeader>
              <td className={numClass}>
                {row.counts.received > 0 && (kind !== "office" || row.id) ? (
                  <Link
                    href={worklistHrefOf(dashboard.period, filtersOf(row))}
                    className="underline"
                    aria-label={t("receivedLink", { count: row.counts.received, name })}
                    data-testid="received-link"
                  >
                    <Count value={row.counts.received} />
                  </Link>
                ) : (
                  <Count value={row.counts.received} />
                )}
              </td>
              <td className={numClass}>
                <Count value={row.counts.resolved.resolved} />
              </td>
              <td className={numClass}>
                <Count value={row.counts.resolved.late} />
              </td>
              <td className={numClass}>
                <Count value={row.counts.overdueAtEnd} />
              </td>
              <td className={numClass}>
                <Rate value={value(row, "onTimeReport")} />
              </td>
              <td className={numClass}>
                <Rate value={value(row, "onTime766")} />
              </td>
              <td className={numClass}>
                <Rate value={value(row, "onlineShare")} />
              </td>
              {withSatisfaction ? (
                <td className={numClass} data-testid="row-satisfaction">
                  <Rate value={row.satisfaction?.value ?? null} />
                </td>
              ) : null}
            </tr>
          );
        })}
      </DataTable>
      <p className="mt-2 text-xs text-muted">{t("rankNote")}</p>
      <p className="mt-1 text-xs text-muted">{t("satisfactionNote")}</p>
    </>
  );
}

/** One indicator's monthly values as a line (0–100 %, src/ui/charts), N/A months left as gaps, the yearly target as a
 * dashed line when one is set; the table behind it follows. */
async function TrendChart({
  id,
  points,
  target,
}: {
  id: HeadlineIndicatorId;
  points: TrendPoint[];
  target?: { value: number; label: string };
}) {
  const [t, tName, format, locale] = await Promise.all([
    getTranslations("leadershipDashboard.trend"),
    getTranslations("leadershipDashboard.indicators.names"),
    getFormatter(),
    getLocale(),
  ]);
  const values = points.map((point) => point.indicators.find((item) => item.id === id)!);
  const name = tName(id);
  const last = points.at(-1);
  const lastValue = values.at(-1)?.value ?? null;
  const percent = (value: number | null) =>
    value === null
      ? "N/A"
      : format.number(value, { style: "percent", minimumFractionDigits: 2, maximumFractionDigits: 2 });
  const label = t("chartLabel", { indicator: name, count: points.length, last: last ? monthLabel(last.month) : "" });
  return (
    <figure className="rounded-lg border border-gray-200 bg-white p-3 break-inside-avoid" data-testid={`trend-${id}`}>
      <figcaption className="text-sm font-semibold">
        {name}: {percent(lastValue)}
      </figcaption>
      <div className="mt-2">
        <TrendLineChart
          rows={toChartRows(
            points,
            (point) => monthLabel(point.month),
            (_, index) => values[index]!.value,
          )}
          label={target ? `${label}; ${target.label}: ${percent(target.value)}` : label}
          seriesName={name}
          format={{ style: "percent", fractionDigits: 2 }}
          locale={locale === "en" ? "en" : "vi"}
          target={target}
        />
      </div>
      <details className="mt-2 text-sm">
        <summary className="cursor-pointer">{t("tableSummary")}</summary>
        <DataTable
          caption={t("caption", { indicator: name })}
          columns={[
            t("colMonth"),
            { header: t("colValue"), numeric: true },
            { header: t("colNumerator"), numeric: true },
            { header: t("colDenominator"), numeric: true },
          ]}
        >
          {points.map((point, index) => (
            <tr key={point.month}>
              <RowHeader>{monthLabel(point.month)}</RowHeader>
              <td className={numClass}>{percent(values[index]!.value)}</td>
              <td className={numClass}>
                {values[index]!.numerator === null ? "—" : format.number(values[index]!.numerator)}
              </td>
              <td className={numClass}>{format.number(values[index]!.denominator)}</td>
            </tr>
          ))}
        </DataTable>
      </details>
    </figure>
  );
}

async function ProcessingTime({ processing }: { processing: Dashboard["processing"] }) {
  const [t, format] = await Promise.all([getTranslations("leadershipDashboard.processing"), getFormatter()]);
  const days = (value: number | null) =>
    value === null
      ? "N/A"
      : t("days", { days: format.number(value, { minimumFractionDigits: 2, maximumFractionDigits: 2 }) });
  return (
    <Section title={t("title")} id="dashboard-processing">
      <DataTable
        caption={t("caption")}
        columns={[
          { header: t("colMedian"), numeric: true },
          { header: t("colP90"), numeric: true },
          { header: t("colCount"), numeric: true },
        ]}
        testId="dashboard-processing"
      >
        <tr>
          <td className={numClass}>{days(processing.median)}</td>
          <td className={numClass}>{days(processing.p90)}</td>
          <td className={numClass}>
            <Count value={processing.count} />
          </td>
        </tr>
      </DataTable>
      <p className="mt-2 text-xs text-muted">
        {t("note", { limit: PROCESSING_SAMPLE_LIMIT })}
        {processing.sampled ? ` ${t("sampled", { limit: PROCESSING_SAMPLE_LIMIT })}` : null}
      </p>
    </Section>
  );
}

export async function PeriodDashboardView({
  dashboard,
  query,
  path,
  keep,
  trendMonths,
  picker,
  scorecardHref,
}: {
  dashboard: Dashboard;
  query: DashboardQuery;
  path: string;
  keep: Record<string, string>;
  trendMonths: 12 | 36;
  picker: React.ReactNode;
  /** The Decision 766 scorecard of the same view, once it exists. */
  scorecardHref?: string;
}) {
  const [t, tChannel] = await Promise.all([
    getTranslations("leadershipDashboard"),
    getTranslations("leadershipDashboard.channels"),
  ]);
  const channelLabels = DOSSIER_LABELS.vi.channel;
  const here = (change: Partial<DashboardQuery>, extra: Record<string, string> = {}) =>
    href(path, { ...keep, ...dashboardParams(query, change), ...extra });
  const exportHref = href("/api/bao-cao/lanh-dao", dashboardParams(query));
  const points = dashboard.trend.slice(-trendMonths);
  return (
    <section aria-labelledby="period-dashboard-title" className="mt-10" data-testid="period-dashboard">
      <h2 id="period-dashboard-title" className="text-xl font-semibold">
        {t("title")}
      </h2>
      <p className="mt-1 text-sm text-muted">
        {t("intro", { from: formatDateVi(dashboard.period.from), to: formatDateVi(dashboard.period.to) })}
      </p>
      <div className="mt-4">{picker}</div>
      <UnitBreadcrumb
        label={t("breadcrumb")}
        allUnitsLabel={t("allUnits")}
        unit={dashboard.unit}
        office={dashboard.office}
        hrefOf={here}
        testId="dashboard-breadcrumb"
      />
      <div className="mt-3 flex flex-wrap gap-3 no-print">
        <a href={exportHref} className={`${pillClass(false)} min-h-11`} data-testid="dashboard-export" download>
          {t("export")}
        </a>
        {/* Slot for the Decision 766 scorecard (/lanh-dao/chi-so-766, built separately): shown once the page passes it. */}
        {scorecardHref ? (
          <Link href={scorecardHref} className={`${pillClass(false)} min-h-11`}>
            {t("d766")}
          </Link>
        ) : null}
      </div>

      <Section title={t("indicators.title")} id="dashboard-indicators">
        <IndicatorTable indicators={dashboard.indicators} targets={dashboard.targets} testId="dashboard-indicators" />
        <p className="mt-2 text-xs text-muted">{t("indicators.notHeld")}</p>
      </Section>

      <ProcessingTime processing={dashboard.processing} />

      <Section title={tChannel("title")} id="dashboard-channels">
        <DataTable
          caption={tChannel("caption")}
          columns={[
            tChannel("colChannel"),
            { header: tChannel("colReceived"), numeric: true },
            { header: tChannel("colShare"), numeric: true },
          ]}
          testId="dashboard-channels"
        >
          {dashboard.channels.map((row) => (
            <tr key={row.channel}>
              <RowHeader>{channelLabels[row.channel]}</RowHeader>
              <td className={numClass}>
                {row.received > 0 ? (
                  <Link
                    href={worklistHrefOf(dashboard.period, {
                      unitId: dashboard.unit?.id,
                      officeId: dashboard.office?.id,
                      channel: row.channel,
                    })}
                    className="underline"
                  >
                    <Count value={row.received} />
                  </Link>
                ) : (
                  <Count value={row.received} />
                )}
              </td>
              <td className={numClass}>
                <Rate value={row.share} />
              </td>
            </tr>
          ))}
        </DataTable>
        <p className="mt-2 text-xs text-muted">{tChannel("note")}</p>
      </Section>

      {dashboard.unit === null ? (
        <Section title={t("units.title")} id="dashboard-units">
          <RowsTable
            rows={dashboard.units}
            kind="unit"
            caption={t("units.caption")}
            dashboard={dashboard}
            drill={(row) => here({ unitId: row.id, officeId: null })}
            testId="dashboard-units"
          />
        </Section>
      ) : null}
      {dashboard.unit !== null && dashboard.office === null ? (
        <Section title={t("offices.title", { unit: dashboard.unit.name })} id="dashboard-offices">
          <RowsTable
            rows={dashboard.offices}
            kind="office"
            caption={t("offices.caption")}
            dashboard={dashboard}
            drill={(row) => here({ unitId: dashboard.unit!.id, officeId: row.id })}
            testId="dashboard-offices"
          />
        </Section>
      ) : null}
      {dashboard.unit !== null ? (
        <Section title={t("procedures.title")} id="dashboard-procedures">
          <RowsTable
            rows={dashboard.procedures}
            kind="procedure"
            caption={t("procedures.caption")}
            dashboard={dashboard}
            drill={null}
            testId="dashboard-procedures"
          />
        </Section>
      ) : null}
      <p className="mt-3 text-xs text-muted">{t("worklistNote")}</p>

      <Section title={t("trend.title")} id="dashboard-trend">
        <nav aria-label={t("trend.title")} className="no-print mb-3">
          <ul className="flex gap-2">
            {([12, 36] as const).map((months) => (
              <li key={months}>
                <Link
                  href={here({}, { [TREND_PARAM]: String(months) })}
                  aria-current={months === trendMonths ? "page" : undefined}
                  className={`${pillClass(months === trendMonths)} min-h-11`}
                  scroll={false}
                >
                  {t(months === 12 ? "trend.months12" : "trend.months36")}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
        <div className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {HEADLINE_INDICATOR_IDS.map((id) => (
            <TrendChart
              key={id}
              id={id}
              points={points}
              target={
                dashboard.targets.values[id] === undefined
                  ? undefined
                  : {
                      value: dashboard.targets.values[id]!,
                      label: t("targets.colTarget", { year: dashboard.targets.year }),
                    }
              }
            />
          ))}
        </div>
      </Section>
    </section>
  );
}
