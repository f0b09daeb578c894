import "server-only";
// The reader of a PAR Index result: role, unit and the units they may read (the same reach as every report).
import type { ParResultViewer } from "@/domain/par-results";
import { readableUnitIds } from "@/server/auth/guard";
import type { SessionUser } from "@/server/auth/session-user";

export async function parViewerOf(user: SessionUser): Promise<ParResultViewer> {
  return { role: user.role, unitId: user.unitId, readableUnitIds: await readableUnitIds(user) };
}
