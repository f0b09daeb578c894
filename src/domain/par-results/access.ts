// Who reads which PAR Index result (issue 14 item 4). The ranking of an evaluation: the leadership and home affairs
// (INSPECTOR) of the unit that owns it or of a unit above it, i.e. whose readable units include the owner. A unit's
// own result: those, and the unit's own leader. Scores not yet finalised (provisional, tạm tính): only home affairs
// of the owner and the unit's own leader; everyone else, and every public page, sees finalised results only.
import { PAR_RANKING_ROLES, type Role } from "@/domain/access";

export interface ParResultViewer {
  role: Role;
  unitId: string;
  /** The units the viewer may read (their own, those below it and those it continues). */
  readableUnitIds: readonly string[];
}

const isRankingRole = (role: Role) => (PAR_RANKING_ROLES as readonly Role[]).includes(role);

/** The evaluation's ranking: leadership or home affairs of the owner unit or above. */
export function mayReadParRanking(viewer: ParResultViewer, ownerUnitId: string): boolean {
  return isRankingRole(viewer.role) && viewer.readableUnitIds.includes(ownerUnitId);
}

/** Home affairs of the owner (or above): appraises, so reads every unit's current state. */
export function isParHomeAffairs(viewer: ParResultViewer, ownerUnitId: string): boolean {
  return viewer.role === "INSPECTOR" && viewer.readableUnitIds.includes(ownerUnitId);
}

/** One unit's result page: whoever reads the ranking, and the unit's own leader. */
export function mayReadParUnitResult(viewer: ParResultViewer, ownerUnitId: string, unitId: string): boolean {
  return mayReadParRanking(viewer, ownerUnitId) || (viewer.role === "LEADERSHIP" && viewer.unitId === unitId);
}

/** Whether the viewer may see a not-yet-finalised unit's current (provisional) score. */
export function maySeeProvisionalParScore(viewer: ParResultViewer, ownerUnitId: string, unitId: string): boolean {
  return isParHomeAffairs(viewer, ownerUnitId) || (viewer.role === "LEADERSHIP" && viewer.unitId === unitId);
}
