import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import {
  DashboardPicker,
  PeriodDashboardView,
  TREND_PARAM,
  trendMonthsOf,
} from "@/features/dashboard/period-dashboard";
import { dashboardParams, parseDashboardQuery } from "@/features/dashboard/period-query";
import { DECISION_766_HREF, OFFICE_FIGURES_HREF, STAFF_PAGES } from "@/domain/access";
import { firstParam, type SearchParams } from "@/lib/search-params";
import { requireUser } from "@/server/auth/guard";
import type { SessionUser } from "@/server/auth/session-user";
import { getOfficeHeading } from "@/server/data/dashboard";
import { loadPeriodDashboard } from "@/server/data/dashboard-period";
import { LoadingSkeleton } from "@/ui/loading-skeleton";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("office"))("figuresTitle") };
}

/** The leadership dashboard's period view, scoped to the head's own office (issue 13, item 2: "heads see their office"). */
async function OfficeFigures({
  user,
  officeId,
  params,
}: {
  user: SessionUser;
  officeId: string;
  params: SearchParams;
}) {
  const { query, errors, raw } = parseDashboardQuery(params, new Date());
  const trendMonths = trendMonthsOf(firstParam(params[TREND_PARAM]));
  // The scope is the head's office: a unit or office chosen in the URL is ignored by the loader, never widened.
  const dashboard = await loadPeriodDashboard({ unitIds: [user.unitId], officeId }, query.period, query);
  return (
    <PeriodDashboardView
      dashboard={dashboard}
      query={query}
      path={OFFICE_FIGURES_HREF}
      keep={{}}
      trendMonths={trendMonths}
      scorecardHref={`${DECISION_766_HREF}?${new URLSearchParams(dashboardParams(query)).toString()}`}
      picker={
        <DashboardPicker path={OFFICE_FIGURES_HREF} query={query} errors={errors} raw={raw} units={[]} keep={{}} />
      }
    />
  );
}

export default async function OfficeFiguresPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const user = await requireUser(STAFF_PAGES[OFFICE_FIGURES_HREF], OFFICE_FIGURES_HREF);
  const t = await getTranslations("office");
  const office = user.officeId ? await getOfficeHeading(user.officeId) : null;
  if (!user.officeId || !office) {
    return (
      <>
        <PageHeader title={t("figuresTitle")} />
        <p className="rounded-md border border-amber-600 bg-amber-50 px-4 py-3">{t("noOffice")}</p>
      </>
    );
  }
  const params = await searchParams;
  return (
    <>
      <PageHeader
        title={t("figuresHeading", { office: office.name })}
        description={t("figuresIntro", { unit: office.unitName })}
      />
      <Suspense fallback={<LoadingSkeleton />}>
        <OfficeFigures user={user} officeId={user.officeId} params={params} />
      </Suspense>
    </>
  );
}
