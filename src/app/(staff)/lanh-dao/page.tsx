import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { EarlyWarnings } from "@/features/dashboard/early-warnings";
import { PerformanceNotes, UnitPerformanceTable } from "@/features/dashboard/unit-performance-table";
import { UNIT_VIEW_PARAM, UnitViewSwitch } from "@/features/dashboard/unit-view-switch";
import { REPORT_YEAR_PARAM, ReportYearSwitch, reportYearOf } from "@/features/dashboard/report-year-switch";
import { SatisfactionSection } from "@/features/satisfaction-report/panel";
import {
  DashboardPicker,
  PeriodDashboardView,
  TREND_PARAM,
  trendMonthsOf,
} from "@/features/dashboard/period-dashboard";
import { dashboardParams, parseDashboardQuery } from "@/features/dashboard/period-query";
import { loadPeriodDashboard } from "@/server/data/dashboard-period";
import { REPORT_UNIT_VIEW_SLUGS, reportUnitViewOf, type ReportUnitView } from "@/domain/organisation";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { DECISION_766_HREF, STAFF_PAGES } from "@/domain/access";
import { readableUnitIds, requireUser } from "@/server/auth/guard";
import type { SessionUser } from "@/server/auth/session-user";
import {
  countAwaitingLeaderApproval,
  currentPeriods,
  getUnitPerformanceByView,
  periodsOf,
} from "@/server/data/dashboard";
import { LoadingSkeleton } from "@/ui/loading-skeleton";
import { PageHeader } from "@/ui/page-header";
import { emptyTimelinessCounts, onTimeRate, sumTimelinessCounts } from "@/domain/metrics";
import { Count, Rate } from "@/ui/rate";
import { Section } from "@/ui/section";
import { StatCard, StatGrid } from "@/ui/stat-card";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("leadership"))("title") };
}

async function LeadershipFigures({ user, view, year }: { user: SessionUser; view: ReportUnitView; year: number }) {
  const unitIds = await readableUnitIds(user);
  const now = new Date();
  const current = currentPeriods(now);
  // A past year is shown whole, with its last quarter.
  const periods = year === current.year ? current : periodsOf(year, 4, now);
  const [t, tRates, report, awaitingApproval] = await Promise.all([
    getTranslations("leadership"),
    getTranslations("rates"),
    // Merged units by either view: under the receiving unit, or under the unit that continues it today.
    getUnitPerformanceByView(unitIds, view, now, periods),
    countAwaitingLeaderApproval(user.unitId),
  ]);
  const own = report.units.find((unit) => unit.unitId === user.unitId);
  const below = report.units.filter((unit) => unit.unitId !== user.unitId);
  const ordered = own ? [own, ...below] : below;
  // The cards add up every unit in scope (a city's own office decides little; its wards do the work). Each dossier
  // has one receiving and one deciding unit, so the sums count none twice, in either view.
  const totals = {
    receivedYear: report.units.reduce((sum, unit) => sum + unit.receivedYear, 0),
    year: report.units.map((unit) => unit.year).reduce(sumTimelinessCounts, emptyTimelinessCounts()),
    pendingOverdue: report.units.reduce((sum, unit) => sum + unit.pendingOverdue, 0),
  };
  const query = { [UNIT_VIEW_PARAM]: REPORT_UNIT_VIEW_SLUGS[view], [REPORT_YEAR_PARAM]: String(report.year) };
  return (
    <>
      {own ? (
        <p className="-mt-4 mb-6 text-sm text-muted">{t("intro", { unit: `${own.kindLabel} ${own.name}` })}</p>
      ) : null}
      <StatGrid label={t("figuresLabel")}>
        <StatCard
          label={t("awaitingApproval")}
          value={<Count value={awaitingApproval} />}
          tone={awaitingApproval > 0 ? "warning" : "neutral"}
          href="/ho-so"
          testId="awaiting-leader-approval"
        />
        <StatCard
          label={t("receivedYear", { year: report.year })}
          value={<Count value={totals.receivedYear} />}
          testId="leader-received-year"
        />
        <StatCard
          label={t("onTimeRateYear", { year: report.year })}
          value={<Rate value={onTimeRate(totals.year)} />}
          hint={tRates("reportFormula")}
          tone="good"
          testId="leader-on-time-rate"
        />
        <StatCard
          label={t("pendingOverdue")}
          value={<Count value={totals.pendingOverdue} />}
          tone={totals.pendingOverdue > 0 ? "danger" : "neutral"}
          testId="leader-overdue"
        />
      </StatGrid>

      <ReportYearSwitch year={report.year} currentYear={current.year} path="/lanh-dao" query={query} />
      <UnitViewSwitch view={view} path="/lanh-dao" query={query} />
      <Section title={t("yearTitle", { year: report.year })} id="year">
        <UnitPerformanceTable
          units={ordered}
          period="year"
          caption={t("yearCaption", { year: report.year })}
          totalLabel={below.length > 0 ? t("total") : undefined}
          testId="leader-year-table"
        />
      </Section>
      <Section title={t("quarterTitle", { quarter: report.quarter, year: report.year })} id="quarter">
        <UnitPerformanceTable
          units={ordered}
          period="quarter"
          caption={t("quarterCaption", { quarter: report.quarter, year: report.year })}
          totalLabel={below.length > 0 ? t("total") : undefined}
          testId="leader-quarter-table"
        />
      </Section>
      <PerformanceNotes />
    </>
  );
}

/** The dashboard of a period (issue 13, item 2): its own GET parameters, the tables' year and view kept alongside. */
async function PeriodFigures({
  user,
  params,
  keep,
}: {
  user: SessionUser;
  params: SearchParams;
  keep: Record<string, string>;
}) {
  const unitIds = await readableUnitIds(user);
  const { query, errors, raw } = parseDashboardQuery(params, new Date());
  const trendMonths = trendMonthsOf(firstParam(params[TREND_PARAM]));
  const dashboard = await loadPeriodDashboard({ unitIds, officeId: null }, query.period, query);
  return (
    <PeriodDashboardView
      dashboard={dashboard}
      query={query}
      path="/lanh-dao"
      keep={keep}
      trendMonths={trendMonths}
      scorecardHref={`${DECISION_766_HREF}?${new URLSearchParams(dashboardParams(query)).toString()}`}
      picker={
        <DashboardPicker
          path="/lanh-dao"
          query={query}
          errors={errors}
          raw={raw}
          units={dashboard.scopeUnits}
          keep={keep}
        />
      }
    />
  );
}

export default async function LeadershipHomePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser(STAFF_PAGES["/lanh-dao"], "/lanh-dao");
  const params = await searchParams;
  const view = reportUnitViewOf(firstParam(params[UNIT_VIEW_PARAM]));
  const year = reportYearOf(firstParam(params[REPORT_YEAR_PARAM]), currentPeriods().year);
  const t = await getTranslations("leadership");
  return (
    <>
      <PageHeader title={t("title")} />
      <Suspense fallback={<LoadingSkeleton />}>
        <EarlyWarnings user={user} />
      </Suspense>
      <Suspense fallback={<LoadingSkeleton />}>
        <LeadershipFigures user={user} view={view} year={year} />
      </Suspense>
      <Suspense fallback={<LoadingSkeleton />}>
        <PeriodFigures
          user={user}
          params={params}
          keep={{ [UNIT_VIEW_PARAM]: REPORT_UNIT_VIEW_SLUGS[view], [REPORT_YEAR_PARAM]: String(year) }}
        />
      </Suspense>
      <Suspense fallback={<LoadingSkeleton />}>
        <SatisfactionSection user={user} year={year} />
      </Suspense>
    </>
  );
}
