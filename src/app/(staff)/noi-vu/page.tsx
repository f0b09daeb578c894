import type { Metadata } from "next";
import { Suspense } from "react";
import { getTranslations } from "next-intl/server";
import { PerformanceNotes, UnitPerformanceTable } from "@/features/dashboard/unit-performance-table";
import { UnitSatisfactionSection } from "@/features/satisfaction-report/panel";
import { STAFF_PAGES } from "@/domain/access";
import { readableUnitIds, requireUser } from "@/server/auth/guard";
import type { SessionUser } from "@/server/auth/session-user";
import { onTimeRate } from "@/domain/metrics";
import { currentPeriods, getUnitPerformanceByView } from "@/server/data/dashboard";
import { LoadingSkeleton } from "@/ui/loading-skeleton";
import { PageHeader } from "@/ui/page-header";
import { Section } from "@/ui/section";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("inspection"))("title") };
}

async function Ranking({ user }: { user: SessionUser }) {
  const [t, report] = await Promise.all([
    getTranslations("inspection"),
    // Today's units: a merged ward's figures count under the ward that continues it.
    getUnitPerformanceByView(await readableUnitIds(user), "continuing"),
  ]);
  // Highest on-time rate first; more resolved dossiers break ties; units with nothing resolved (N/A) last.
  const ranking = [...report.units].sort((a, b) => {
    const rateA = onTimeRate(a.year);
    const rateB = onTimeRate(b.year);
    if (rateA === null || rateB === null)
      return rateA === null ? (rateB === null ? a.name.localeCompare(b.name, "vi") : 1) : -1;
    return rateB - rateA || b.year.resolved - a.year.resolved;
  });
  return (
    <>
      <p className="-mt-4 mb-6 text-sm text-muted">{t("intro", { year: report.year })}</p>
      <Section title={t("rankingTitle", { year: report.year })} id="ranking">
        <UnitPerformanceTable
          units={ranking}
          period="year"
          caption={t("rankingCaption", { year: report.year })}
          ranked
          testId="ranking-table"
        />
        <PerformanceNotes />
      </Section>
    </>
  );
}

export default async function InspectionHomePage() {
  const user = await requireUser(STAFF_PAGES["/noi-vu"], "/noi-vu");
  const t = await getTranslations("inspection");
  return (
    <>
      <PageHeader title={t("title")} />
      <Suspense fallback={<LoadingSkeleton />}>
        <Ranking user={user} />
      </Suspense>
      <Suspense fallback={<LoadingSkeleton />}>
        <UnitSatisfactionSection user={user} year={currentPeriods().year} />
      </Suspense>
    </>
  );
}
