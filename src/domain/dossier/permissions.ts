// Who may see and who may act on a dossier. One place for the scope rules; the state machine's table names them.
import type { Actor, DossierMachineState, Role } from "./types";

/**
 * Where an actor must sit to act on a dossier:
 * - receivedUnit: staff of the unit whose one-stop desk received it (Bộ phận Một cửa nơi tiếp nhận);
 * - decidingUnit: staff of the deciding authority (cơ quan có thẩm quyền giải quyết);
 * - handlingOffice: staff of the office that holds the dossier now;
 * - assignee: the officer it is assigned to, still in the handling office.
 */
export type ScopeRule = "receivedUnit" | "decidingUnit" | "handlingOffice" | "assignee";

/** Roles that only read or administer: they never change a dossier (separation of duties). */
export const NON_ACTING_ROLES = ["ADMIN", "INSPECTOR"] as const satisfies readonly Role[];

export function roleActsOnDossiers(role: Role): boolean {
  return !(NON_ACTING_ROLES as readonly Role[]).includes(role);
}

export function inScope(rule: ScopeRule, dossier: DossierMachineState, actor: Actor): boolean {
  switch (rule) {
    case "receivedUnit":
      return actor.unitId === dossier.receivedUnitId;
    case "decidingUnit":
      return actor.unitId === dossier.decidingUnitId;
    case "handlingOffice":
      return actor.officeId !== null && actor.officeId === dossier.handlingOfficeId;
    case "assignee":
      // Being assigned is not enough once the dossier has moved to another office.
      return (
        dossier.assigneeId !== null &&
        actor.userId === dossier.assigneeId &&
        actor.officeId !== null &&
        actor.officeId === dossier.handlingOfficeId
      );
  }
}

/** Staff-facing explanation when the actor is outside the rule's scope. */
export const OUT_OF_SCOPE_MESSAGES: Readonly<Record<ScopeRule, string>> = {
  receivedUnit:
    "Hồ sơ này được tiếp nhận tại đơn vị khác; chỉ Bộ phận Một cửa nơi tiếp nhận hồ sơ mới thực hiện được thao tác này.",
  decidingUnit: "Hồ sơ này thuộc thẩm quyền giải quyết của đơn vị khác.",
  handlingOffice: "Hồ sơ này hiện không do phòng của ông/bà xử lý.",
  assignee: "Hồ sơ này chưa được phân công cho ông/bà xử lý.",
};

export interface ViewOptions {
  /** Offices that handled the dossier earlier (from its hand-off rows): their head and officers keep read access. */
  pastOfficeIds?: readonly string[];
  /**
   * Administrators see no dossier content by default (personal data, Nghị định 13/2023); a caller may open it for
   * a documented support task.
   */
  adminMayView?: boolean;
}

/**
 * Read scope. The caller decides wider inspection scopes (an inspector of a province over its communes) before
 * asking; here an inspector reads dossiers of their own unit only.
 */
export function canView(dossier: DossierMachineState, actor: Actor, options: ViewOptions = {}): boolean {
  switch (actor.role) {
    case "ADMIN":
      return options.adminMayView === true;
    case "RECEPTIONIST":
    case "LEADERSHIP":
    case "INSPECTOR":
      return actor.unitId === dossier.receivedUnitId || actor.unitId === dossier.decidingUnitId;
    case "DEPARTMENT_HEAD":
    case "OFFICER":
      return (
        actor.officeId !== null &&
        (actor.officeId === dossier.handlingOfficeId || (options.pastOfficeIds ?? []).includes(actor.officeId))
      );
  }
}

/** Roles that oversee the units below theirs (lãnh đạo, and the home-affairs inspector of Phòng/Sở Nội vụ). */
export const OVERSIGHT_ROLES = ["LEADERSHIP", "INSPECTOR"] as const satisfies readonly Role[];

export function isOversightRole(role: Role): boolean {
  return (OVERSIGHT_ROLES as readonly Role[]).includes(role);
}

/**
 * Oversight read ("xem giám sát"): a leader or inspector reads, never acts on, a dossier received or decided by a
 * unit of their reach that is not their own. `overseenUnitIds` is that reach, decided on the server from the unit
 * tree (their unit, the units below it and the units theirs continues: unitTreeAndPredecessorIds). It grants reading
 * only: the commands keep asking canView and the state machine's scope rules, which stay at the actor's own unit, so
 * every command on such a dossier is refused.
 */
export function isOversightRead(
  dossier: DossierMachineState,
  actor: Actor,
  overseenUnitIds: readonly string[],
  options: ViewOptions = {},
): boolean {
  if (!isOversightRole(actor.role) || canView(dossier, actor, options)) return false;
  return overseenUnitIds.includes(dossier.receivedUnitId) || overseenUnitIds.includes(dossier.decidingUnitId);
}
