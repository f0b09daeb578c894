// The desk's home (tiếp nhận và trả kết quả): the day at a glance, each figure the desk acts on a link to its list,
// and the way into the intake form. Every task of the receptionist starts here or from the navigation.
import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { DEFAULT_FILTER, worklistHref } from "@/domain/worklist";
import type { ReceptionSummary } from "@/server/data/dashboard";
import { buttonClass } from "@/ui/form";
import { CountCard, StatGrid } from "@/ui/stat-card";

/** The intake form. */
export const NEW_DOSSIER_HREF = "/tiep-nhan/moi";
/** Online registrations waiting to be checked and received (status Mới đăng ký). */
export const ONLINE_QUEUE_HREF = "/tiep-nhan/truc-tuyen";
/** Results to return: the desk's own list ("của tôi": received at this unit) narrowed to Đã xử lý xong. */
export const RESULTS_READY_HREF = worklistHref("/ho-so", DEFAULT_FILTER, {
  scope: "mine",
  status: { kind: "status", status: "RESULT_READY", step: null },
});

/** The way into the intake form, in the page header so it shows before the figures have loaded. */
export async function NewDossierButton() {
  const t = await getTranslations("reception");
  return (
    <Link href={NEW_DOSSIER_HREF} className={buttonClass("primary", "lg", "inline-block")} data-testid="new-dossier">
      {t("newDossier")}
    </Link>
  );
}

/** The day's figures; "online waiting" and "results to return" open their lists. */
export async function DeskHomePanel({ summary }: { summary: ReceptionSummary }) {
  const t = await getTranslations("reception");
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
          href={ONLINE_QUEUE_HREF}
          alert="warning"
          testId="online-waiting"
        />
        <CountCard
          label={t("resultsReady")}
          count={summary.resultsReady}
          hint={t("resultsReadyHint")}
          href={RESULTS_READY_HREF}
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
        <Link href="/ho-so" className={buttonClass("secondary", "md", "inline-block")}>
          {t("openWorklist")}
        </Link>
      </p>
    </>
  );
}
