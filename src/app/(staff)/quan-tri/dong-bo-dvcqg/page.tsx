import type { Metadata } from "next";
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { STAFF_PAGES } from "@/domain/access";
import { CoverageTable, FailureTable } from "@/features/national-portal/sync-overview";
import { ResyncButton } from "@/features/national-portal/resync-button";
import { formatDate, formatDateTime, PERIOD_SLUGS, presetPeriod, type PeriodPreset } from "@/lib/dates";
import { requireUser } from "@/server/auth/guard";
import { getSyncOverview } from "@/server/data/national-portal";
import { PageHeader } from "@/ui/page-header";

export async function generateMetadata(): Promise<Metadata> {
  return { title: (await getTranslations("nationalPortal"))("title") };
}

const PRESETS = ["month", "quarter", "half", "year"] as const satisfies readonly PeriodPreset[];

/** Đồng bộ Cổng DVCQG: coverage per unit and period, the backlog, failures with the portal's reason (ADMIN). */
export default async function NationalPortalSyncPage({
  searchParams,
}: {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  await requireUser(STAFF_PAGES["/quan-tri/dong-bo-dvcqg"], "/quan-tri/dong-bo-dvcqg");
  const params = await searchParams;
  const preset = PRESETS.find((candidate) => PERIOD_SLUGS[candidate] === params.ky) ?? "month";
  const period = presetPeriod(preset, new Date());
  const overview = await getSyncOverview(period);
  const t = await getTranslations("nationalPortal");
  return (
    <>
      <PageHeader title={t("title")} description={t("intro")} />
      <nav aria-label={t("period.label")} className="mb-4">
        <ul className="flex flex-wrap gap-2 text-sm">
          {PRESETS.map((candidate) => (
            <li key={candidate}>
              <Link
                href={`/quan-tri/dong-bo-dvcqg?ky=${PERIOD_SLUGS[candidate]}`}
                aria-current={candidate === preset ? "page" : undefined}
                className={`inline-block rounded-full border px-3 py-1 ${candidate === preset ? "border-brand-700 bg-brand-700 font-semibold text-white" : "border-gray-400 bg-white hover:bg-gray-100"}`}
              >
                {t(`period.${candidate}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <p className="mb-3 text-sm" role="status" data-testid="portal-backlog">
        {t("backlog", {
          pending: overview.pending,
          oldest: overview.oldestPendingAt ? formatDateTime(overview.oldestPendingAt) : "–",
        })}
      </p>
      <section className="mb-8">
        <h2 className="mb-2 text-lg font-semibold">
          {t("coverageTitle", { from: formatDate(period.start), to: formatDate(new Date(period.end.getTime() - 1)) })}
        </h2>
        <p className="mb-3 text-sm text-muted">{t("coverageIntro")}</p>
        <CoverageTable overview={overview} caption={t("coverageCaption")} />
      </section>
      <section>
        <h2 className="mb-2 text-lg font-semibold">{t("failuresTitle", { count: overview.failedTotal })}</h2>
        <p className="mb-3 text-sm text-muted">{t("failuresIntro")}</p>
        {overview.failedTotal > 1 ? (
          <div className="mb-3">
            <ResyncButton label={t("resyncAll", { count: overview.failedTotal })} />
          </div>
        ) : null}
        <FailureTable overview={overview} caption={t("failuresCaption")} />
      </section>
    </>
  );
}
