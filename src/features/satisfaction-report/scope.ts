// Whose satisfaction a staff member reads: a leader or inspector their units, a head of office their office's ratings
// within the units they may read. The home pages and the export route use the same scope.
import type { SessionUser } from "@/server/auth/session-user";
import { readableUnitIds } from "@/server/auth/guard";
import type { SatisfactionScope } from "@/server/data/satisfaction-report";

export async function satisfactionScopeOf(user: SessionUser): Promise<SatisfactionScope> {
  const unitIds = await readableUnitIds(user);
  return user.role === "DEPARTMENT_HEAD" && user.officeId ? { unitIds, officeId: user.officeId } : { unitIds };
}
