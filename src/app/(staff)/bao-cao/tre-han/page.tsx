import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { ComplianceChart } from "@/features/reports/compliance-chart";
import { LatenessFilters } from "@/features/reports/lateness-filters";
import { LatenessReportTable } from "@/features/reports/lateness-report-table";
import { loadLatenessReport } from "@/features/reports/lateness-data";
import {
  LATENESS_EXPORT_PATH,
  LATENESS_REPORT_PATH,
  latenessHref,
  latenessQueryString,
  parseLatenessQuery,
  type LatenessQuery,
  type SearchParams,
} from "@/features/reports/lateness-table";
import { formatDateVi } from "@/lib/dates";
import { LatenessWarnings } from "@/features/reports/warning-lists";
import { STAFF_PAGES } from "@/domain/access";
import { requireUser } from "@/server/auth/guard";
import type { SessionUser } from "@/server/auth/session-user";
import { LoadingSkeleton } from "@/ui/loading-skeleton";
import { PageHeader } from "@/ui/page-header";
import { Section } from "@/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("reports.lateness"))("metaTitle") };
}

async function LatenessFigures({ user, query }: { user: SessionUser; query: LatenessQuery }) {
  const [t, tGroup, report] = await Promise.all([
    getTranslations("reports.lateness"),
    getTranslations("reports.lateness.filters.groupings"),
    loadLatenessReport(user, query),
  ]);
  const grouping = tGroup(query.grouping).toLowerCase();
  const from = formatDateVi(query.period.from);
  const to = formatDateVi(query.period.to);
  const role = user.role as (typeof STAFF_PAGES)["/bao-cao/tre-han"][number];
  return (
    <>
      <p className="-mt-2 mb-4 text-sm text-muted">{t(`scope.${role}`, { unit: report.unitName })}</p>
      <div className="rounded-lg border border-blue-200 bg-blue-50 p-4 text-sm" data-testid="formula-note">
        <p className="font-semibold">{t("periodLine", { from, to })}</p>
        <p className="mt-2">
          <strong>{t("formulaTitle")}:</strong> {t("formula")}.
        </p>
        <p className="mt-1">{t("rescheduleNote")}.</p>
        <p className="mt-1 text-muted">{t("shareNote")}</p>
      </div>

      <div className="mt-6">
        <ComplianceChart rows={report.rows} grouping={query.grouping} headingId="compliance-chart-title" />
      </div>

      <Section title={t("tableTitle", { grouping })} id="lateness-table">
        <LatenessReportTable
          rows={report.rows}
          totals={report.totals}
          query={query}
          path={LATENESS_REPORT_PATH}
          caption={t("caption", { grouping, from, to })}
        />
      </Section>
    </>
  );
}

export default async function LatenessReportPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const [params, t] = await Promise.all([searchParams, getTranslations("reports.lateness")]);
  const parsed = parseLatenessQuery(params, new Date());
  const user = await requireUser(STAFF_PAGES["/bao-cao/tre-han"], latenessHref(LATENESS_REPORT_PATH, parsed.query));
  const exportQuery = latenessQueryString(parsed.query);
  const errors = Object.values(parsed.errors).filter(Boolean);
  return (
    <>
      <PageHeader title={t("title")} description={t("description")}>
        <a
          href={exportQuery ? `${LATENESS_EXPORT_PATH}?${exportQuery}` : LATENESS_EXPORT_PATH}
          download
          className="no-print rounded-md border border-gray-500 bg-white px-3 py-2 text-sm font-semibold hover:bg-gray-100"
          data-testid="lateness-export"
        >
          {t("export")}
        </a>
      </PageHeader>
      <LatenessFilters path={LATENESS_REPORT_PATH} parsed={parsed} />
      {errors.length > 0 ? (
        <div role="alert" className="mb-4 rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900">
          <p className="font-semibold">{t("filters.errorsTitle")}</p>
          <ul className="mt-1 list-disc pl-5">
            {errors.map((error) => (
              <li key={error}>{error}</li>
            ))}
          </ul>
        </div>
      ) : null}
      <Suspense key={exportQuery} fallback={<LoadingSkeleton />}>
        <LatenessFigures user={user} query={parsed.query} />
      </Suspense>
      <Section title={t("warnings.title")} id="warnings">
        <Suspense fallback={<LoadingSkeleton />}>
          <LatenessWarnings user={user} />
        </Suspense>
      </Section>
    </>
  );
}
