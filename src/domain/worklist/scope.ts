// Worklist scopes and states (phạm vi, trạng thái): whose dossiers a user sees, which statuses a filter means, the
// deadline instants the quick filters compare with, and what a search text is. Pure rules; the SQL that applies them
// is src/server/data/worklist-sql.ts.
import { addWorkingDays, dueSoonBefore, toLocalDate, type LocalDate, type WorkingCalendar } from "@/domain/calendar";
import {
  ACTIVE_STATUSES,
  ALL_STATUSES,
  PENDING_STATUSES,
  type DossierStatus,
  type ProcessingStep,
  type Role,
} from "@/domain/dossier";
import { foldVietnamese } from "@/lib/vietnamese-text";
import type { QuickFilter, ScopeKey, StatusFilter } from "./filter";

// ─── States ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** A set of states: statuses, and (when steps is not null) only those steps of IN_PROCESSING. */
export interface StateSet {
  statuses: readonly DossierStatus[];
  steps: readonly ProcessingStep[] | null;
}

export function intersectStates(a: StateSet, b: StateSet): StateSet {
  const steps = a.steps && b.steps ? a.steps.filter((step) => b.steps!.includes(step)) : (a.steps ?? b.steps);
  let statuses = a.statuses.filter((status) => b.statuses.includes(status));
  if (steps && steps.length === 0) statuses = statuses.filter((status) => status !== "IN_PROCESSING");
  return { statuses, steps: statuses.includes("IN_PROCESSING") ? steps : null };
}

/** The states a status filter means. */
export function statesOfFilter(status: StatusFilter): StateSet {
  switch (status.kind) {
    case "active":
      return { statuses: ACTIVE_STATUSES, steps: null };
    case "all":
      return { statuses: ALL_STATUSES, steps: null };
    case "status":
      return { statuses: [status.status], steps: status.step ? [status.step] : null };
  }
}

/** The states a quick filter can match at all. */
export function statesOfQuick(quick: QuickFilter): StateSet {
  switch (quick) {
    case "all":
      return { statuses: ALL_STATUSES, steps: null };
    case "dueSoon":
    case "overdue":
    case "apologyDue":
      return { statuses: PENDING_STATUSES, steps: null };
    case "waitingSupplement":
      return { statuses: ["WAITING_SUPPLEMENT"], steps: null };
  }
}

// ─── Scopes ──────────────────────────────────────────────────────────────────────────────────────────────────────

/** The user as the worklist needs them. */
export interface WorklistUser {
  id: string;
  role: Role;
  unitId: string;
  officeId: string | null;
}

/** The scopes each role has, the first being its default. */
export function scopesFor(user: WorklistUser): ScopeKey[] {
  switch (user.role) {
    case "OFFICER":
    case "DEPARTMENT_HEAD":
      return user.officeId ? ["mine", "office"] : [];
    case "RECEPTIONIST":
    case "LEADERSHIP":
      return ["mine", "unit"];
    case "INSPECTOR":
      return ["unit"];
    case "ADMIN":
      return [];
  }
}

/**
 * A resolved scope: one indexed column (or two for a unit: received or deciding), plus the states the scope itself
 * is about ("của tôi" of a head is what awaits their approval).
 */
export type WorklistScope =
  | { kind: "assignee"; userId: string }
  | { kind: "office"; officeId: string; states?: StateSet }
  | { kind: "deciding"; unitId: string; states: StateSet }
  | { kind: "received"; unitId: string; states: StateSet }
  | { kind: "units"; unitIds: readonly string[] };

/**
 * The scope of a user for a scope key, or null when the role does not have it. `readableUnitIds` is the inspector's
 * reach (their unit and the units below, from the auth guard); others read their own unit.
 */
export function resolveScope(
  user: WorklistUser,
  key: ScopeKey | null,
  readableUnitIds: readonly string[] = [user.unitId],
): { key: ScopeKey; scope: WorklistScope } | null {
  const available = scopesFor(user);
  const chosen = key ?? available[0];
  if (!chosen || !available.includes(chosen)) return null;
  const scope = scopeOf(user, chosen, readableUnitIds);
  return scope ? { key: chosen, scope } : null;
}

function scopeOf(user: WorklistUser, key: ScopeKey, readableUnitIds: readonly string[]): WorklistScope | null {
  if (key === "office") return user.officeId ? { kind: "office", officeId: user.officeId } : null;
  if (key === "unit") {
    const unitIds = user.role === "INSPECTOR" || user.role === "LEADERSHIP" ? readableUnitIds : [user.unitId];
    return { kind: "units", unitIds };
  }
  switch (user.role) {
    case "OFFICER":
      return { kind: "assignee", userId: user.id };
    case "DEPARTMENT_HEAD":
      // chờ trưởng phòng duyệt, at the head's own office
      return user.officeId
        ? {
            kind: "office",
            officeId: user.officeId,
            states: { statuses: ["IN_PROCESSING"], steps: ["AWAITING_HEAD_APPROVAL"] },
          }
        : null;
    case "LEADERSHIP":
      // chờ lãnh đạo ký duyệt, of the unit that decides
      return {
        kind: "deciding",
        unitId: user.unitId,
        states: { statuses: ["IN_PROCESSING"], steps: ["AWAITING_LEADER_APPROVAL"] },
      };
    case "RECEPTIONIST":
      // the desk's own to-do: online registrations to check, supplements and payments to record, results to return
      return {
        kind: "received",
        unitId: user.unitId,
        states: {
          statuses: ["REGISTERED_ONLINE", "WAITING_SUPPLEMENT", "WAITING_FINANCIAL", "RESULT_READY"],
          steps: null,
        },
      };
    default:
      return null;
  }
}

// ─── Deadlines ───────────────────────────────────────────────────────────────────────────────────────────────────

/** The instants the deadline filters compare appointmentAt with. */
export interface DeadlineBounds {
  /** quá hạn: appointmentAt < now */
  now: Date;
  /** sắp đến hạn: now ≤ appointmentAt < dueSoonBefore (midnight after the N-th working day from today) */
  dueSoonBefore: Date;
  /** That N-th working day, for the explanation on screen. */
  horizon: LocalDate;
}

/** The rule of classifyPending (src/domain/calendar) as a range on appointmentAt that SQL can use. */
export function deadlineBounds(cal: WorkingCalendar, now: Date, dueSoonWorkingDays: number): DeadlineBounds {
  const horizon = addWorkingDays(cal, toLocalDate(cal, now), dueSoonWorkingDays);
  return { now, horizon, dueSoonBefore: dueSoonBefore(cal, now, dueSoonWorkingDays) };
}

// ─── Text search ─────────────────────────────────────────────────────────────────────────────────────────────────

/** Mã hồ sơ: <unit code>-<yymmdd>-<4 digits>; the start of one ("LLO-2604") is searched as a code prefix. */
const CODE_PREFIX = /^[A-Za-z][A-Za-z0-9]{1,15}-\d[\d-]*$/;
const FULL_CODE = /^[A-Za-z][A-Za-z0-9]{1,15}-\d{6}-\d{4}$/;

export type SearchKind = { kind: "code"; code: string; exact: boolean } | { kind: "name"; folded: string };

export function classifySearch(search: string): SearchKind {
  const text = search.trim();
  if (FULL_CODE.test(text)) return { kind: "code", code: text.toUpperCase(), exact: true };
  if (CODE_PREFIX.test(text)) return { kind: "code", code: text.toUpperCase(), exact: false };
  return { kind: "name", folded: foldVietnamese(text) };
}
