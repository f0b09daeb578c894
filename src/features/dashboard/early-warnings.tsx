import type { SessionUser } from "@/server/auth/session-user";
import { getSetting } from "@/server/data/calendar";
import { warningCounts } from "@/server/data/early-warning";
import { EarlyWarnings as EarlyWarningsPanel } from "@/ui/early-warnings";

/** The early warnings of a role home: counts the user's warnings, then shows them as cards (see src/ui/early-warnings). */
export async function EarlyWarnings({ user }: { user: SessionUser }) {
  const [counts, dueSoonWorkingDays] = await Promise.all([warningCounts(user), getSetting("dueSoonWorkingDays")]);
  return <EarlyWarningsPanel role={user.role} counts={counts} dueSoonWorkingDays={dueSoonWorkingDays} />;
}
