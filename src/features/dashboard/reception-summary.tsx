import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { ReceptionSummary } from "@/server/data/dashboard";
import { buttonClass } from "@/ui/form";
import { Count } from "@/ui/rate";
import { StatCard, StatGrid } from "@/ui/stat-card";

/** The desk's day at a glance: received today, online registrations to receive, results to return. */
export async function ReceptionSummaryPanel({ summary }: { summary: ReceptionSummary }) {
  const t = await getTranslations("receptionHome");
  return (
    <>
      <StatGrid label={t("figuresLabel")}>
        <StatCard
          label={t("receivedToday")}
          value={<Count value={summary.receivedToday} />}
          hint={t("receivedTodayOnline", { count: summary.receivedTodayOnline })}
          testId="received-today"
        />
        <StatCard
          label={t("onlineWaiting")}
          value={<Count value={summary.onlineWaiting} />}
          hint={t("onlineWaitingHint")}
          tone={summary.onlineWaiting > 0 ? "warning" : "neutral"}
          testId="online-waiting"
        />
        <StatCard
          label={t("resultsReady")}
          value={<Count value={summary.resultsReady} />}
          hint={t("resultsReadyHint")}
          tone={summary.resultsReady > 0 ? "good" : "neutral"}
          testId="results-ready"
        />
        <StatCard
          label={t("pendingOverdue")}
          value={<Count value={summary.pendingOverdue} />}
          hint={t("pendingOverdueHint")}
          tone={summary.pendingOverdue > 0 ? "danger" : "neutral"}
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
