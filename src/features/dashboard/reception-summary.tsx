import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReceptionSummary } from "@/server/data/dashboard";
import { buttonClass } from "@/ui/form";
import { CountCard, StatGrid } from "@/ui/stat-card";

/** The desk's day at a glance: received today, online registrations to receive, results to return. */
export async function ReceptionSummaryPanel({ summary }: { summary: ReceptionSummary }) {
  const t = await getTranslations("receptionHome");
  return (
    <>
      <StatGrid label={t("figuresLabel")}>
        <CountCard
          label={t("receivedToday")}
          count={summary.receivedToday}
          hint={t("receivedTodayOnline", { count: summary.receivedTodayOnline })}
          testId="received-today"
        />
        <CountCard
          label={t("onlineWaiting")}
          count={summary.onlineWaiting}
          hint={t("onlineWaitingHint")}
          alert="warning"
          testId="online-waiting"
        />
        <CountCard
          label={t("resultsReady")}
          count={summary.resultsReady}
          hint={t("resultsReadyHint")}
          alert="good"
          testId="results-ready"
        />
        <CountCard
          label={t("pendingOverdue")}
          count={summary.pendingOverdue}
          hint={t("pendingOverdueHint")}
          alert="danger"
          testId="pending-overdue"
        />
      </StatGrid>
      <p className="mt-6">
        <Link href="/ho-so" className={buttonClass("primary", "md", "inline-block")}>
          {t("openWorklist")}
        </Link>
      </p>
    </>
  );
}
