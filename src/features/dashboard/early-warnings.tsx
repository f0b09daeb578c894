import Link from "next/link";
import { getTranslations } from "next-intl/server";
import type { SessionUser } from "@/server/auth/session-user";
import { getSetting } from "@/server/data/calendar";
import { warningCounts } from "@/server/data/early-warning";
import { overdueFeedbackCount } from "@/server/data/feedback";
import { EarlyWarnings as EarlyWarningsPanel } from "@/ui/early-warnings";

/** The early warnings of a role home: counts the user's warnings, then shows them as cards (see src/ui/early-warnings). */
export async function EarlyWarnings({ user }: { user: SessionUser }) {
  const [counts, dueSoonWorkingDays] = await Promise.all([warningCounts(user), getSetting("dueSoonWorkingDays")]);
  return (
    <>
      <EarlyWarningsPanel role={user.role} counts={counts} dueSoonWorkingDays={dueSoonWorkingDays} />
      <FeedbackWarning user={user} />
    </>
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
