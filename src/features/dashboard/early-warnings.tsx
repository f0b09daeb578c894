import type { SessionUser } from "@/server/auth/session-user";
import { warningCounts } from "@/server/data/early-warning";
import { EarlyWarnings as EarlyWarningsPanel } from "@/ui/early-warnings";

/** The early warnings of a role home: counts the user's warnings, then shows them as cards (see src/ui/early-warnings). */
export async function EarlyWarnings({ user }: { user: SessionUser }) {
  return <EarlyWarningsPanel role={user.role} counts={await warningCounts(user)} />;
}
