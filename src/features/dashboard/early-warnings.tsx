import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/server/auth/session-user";
import { DEFAULT_FILTER, warningScopeKey, worklistHref } from "@/domain/worklist";
import { getSetting } from "@/server/data/calendar";
import { warningCounts } from "@/server/data/early-warning";
import { overdueFeedbackCount } from "@/server/data/feedback";
import { atRiskCount } from "@/server/data/finish-estimate";
import { EarlyWarnings as EarlyWarningsPanel } from "@/ui/early-warnings";

/** The early warnings of a role home: counts the user's warnings, then shows them as cards (see src/ui/early-warnings). */
export async function EarlyWarnings({ user }: { user: SessionUser }) {
  const [counts, dueSoonWorkingDays] = await Promise.all([warningCounts(user), getSetting("dueSoonWorkingDays")]);
  return (
    <>
      <EarlyWarningsPanel role={user.role} counts={counts} dueSoonWorkingDays={dueSoonWorkingDays} />
      <AtRiskWarning user={user} />
      <FeedbackWarning user={user} />
    </>
  );
}

/** Nguy cơ trễ hạn (src/server/data/finish-estimate.ts): shown only when some dossier in the user's scope is at risk. */
export async function AtRiskWarning({ user }: { user: SessionUser }) {
  const count = await atRiskCount(user);
  if (!count) return null;
  const t = await getTranslations("worklists.atRisk");
  const scope = warningScopeKey(user.role);
  return (
    <p
      className="mb-6 rounded-md border border-orange-700 bg-orange-50 px-4 py-2 text-sm text-orange-900"
      data-testid="at-risk-warning"
    >
      <strong>{t("warning", { count })}</strong>{" "}
      {scope ? (
        <Link
          href={worklistHref("/ho-so", DEFAULT_FILTER, { scope: scope.key, quick: "all" })}
          className="underline hover:no-underline"
        >
          {t("link")}
        </Link>
      ) : null}
    </p>
  );
}

/** Phản ánh, kiến nghị past a deadline in the user's scope (src/server/data/feedback.ts): shown only when some are. */
export async function FeedbackWarning({ user }: { user: SessionUser }) {
  const overdue = await overdueFeedbackCount(user);
  if (!overdue) return null;
  const t = await getTranslations("feedback.warning");
  return (
    <p
      className="mb-6 rounded-md border border-red-700 bg-red-50 px-4 py-2 text-sm text-red-900"
      data-testid="feedback-warning"
    >
      <strong>{t("overdue", { count: overdue })}</strong>{" "}
      <Link href="/phan-anh?qua-han=co" className="underline hover:no-underline">
        {t("link")}
      </Link>
    </p>
  );
}
