// Status groups: the one home of "which statuses count as …". Every list, count, SQL builder and benchmark reads
// these arrays instead of spelling the statuses out again.
import { DOSSIER_STATUSES, type DossierStatus } from "./types";

/** Every status, in the order of the enum. */
export const ALL_STATUSES: readonly DossierStatus[] = DOSSIER_STATUSES;

/** Hồ sơ đang mở: the applicant may still withdraw (Thông tư 03/2025, form 05). */
export const OPEN_STATUSES = [
  "REGISTERED_ONLINE",
  "RECEIVED",
  "IN_PROCESSING",
  "WAITING_SUPPLEMENT",
  "WAITING_FINANCIAL",
] as const satisfies readonly DossierStatus[];

/** Đang giải quyết: the deadline clock runs (or is paused) and no result is ready yet. */
export const PENDING_STATUSES = [
  "RECEIVED",
  "IN_PROCESSING",
  "WAITING_SUPPLEMENT",
  "WAITING_FINANCIAL",
] as const satisfies readonly DossierStatus[];

/**
 * "Đang giải quyết" as the worklist shows it: every status someone at the office still has to act on, i.e. the open
 * statuses plus a result waiting to be handed back (the worklist's default).
 */
export const ACTIVE_STATUSES = [...OPEN_STATUSES, "RESULT_READY"] as const satisfies readonly DossierStatus[];

/** Nothing leaves these. */
export const TERMINAL_STATUSES = [
  "REFUSED",
  "WITHDRAWN",
  "STOPPED",
  "RETURNED",
] as const satisfies readonly DossierStatus[];

/** Reaching one of these sets finishedAt; RESULT_READY's finish time is what timeliness measures. */
export const FINISHED_STATUSES = ["RESULT_READY", "WITHDRAWN", "STOPPED"] as const satisfies readonly DossierStatus[];

export function isOpenStatus(status: DossierStatus): boolean {
  return (OPEN_STATUSES as readonly DossierStatus[]).includes(status);
}

export function isPendingStatus(status: DossierStatus): boolean {
  return (PENDING_STATUSES as readonly DossierStatus[]).includes(status);
}

export function isTerminalStatus(status: DossierStatus): boolean {
  return (TERMINAL_STATUSES as readonly DossierStatus[]).includes(status);
}

export function isFinishingStatus(status: DossierStatus): boolean {
  return (FINISHED_STATUSES as readonly DossierStatus[]).includes(status);
}
