// What is pushed and how: which history events are the portal's progress steps, which ones change the dossier
// object itself, chunk sizes, the retry schedule, and how to read the portal's answer. Data and pure functions; the
// database trigger (prisma/migrations/20261206100000_portal_sync_trigger) enqueues by the same two lists, and
// tests/integration/national-portal.test.ts checks that the trigger and these lists agree.
import { DOSSIER_COMMAND_TYPES } from "@/domain/dossier";
import { portalAnswerSchema } from "./schema";

/**
 * Progress steps (CapNhatTienDoHoSoMC): the online registration, every command of the state machine (each changes
 * the status or hands the dossier to another desk, office or officer), the approved apology letter (it moves the
 * appointment the citizen sees) and the two postal steps of the result's return. Not pushed: drafts and rejected
 * apology letters (internal), the postal order's technical answers (accepted, failed).
 */
export const PORTAL_PROGRESS_EVENT_TYPES: readonly string[] = [
  "register",
  ...DOSSIER_COMMAND_TYPES,
  "approve_apology",
  "postal_handed_over",
  "postal_delivered",
];

/**
 * Events that re-push the dossier object (DongBoHoSoMC) even without a status change: the appointment moved. Any
 * progress event that changes the status re-pushes it too, and so does a dossier's first progress event.
 */
export const PORTAL_DOSSIER_UPDATE_EVENT_TYPES: readonly string[] = ["approve_apology"];

/** Dossier objects per DongBoHoSoMC request. */
export const DOSSIER_CHUNK = 10;
/** Progress rows per CapNhatTienDoHoSoMC request ("small chunks"). */
export const PROGRESS_CHUNK = 20;

export function chunk<T>(items: readonly T[], size: number): T[][] {
  if (!Number.isInteger(size) || size < 1) throw new Error("chunk size must be a positive integer");
  const chunks: T[][] = [];
  for (let start = 0; start < items.length; start += size) chunks.push(items.slice(start, start + size));
  return chunks;
}

const MINUTE = 60_000;
/**
 * Waits before the next try after a failed one (index = attempts made so far - 1): quick at first, then hourly.
 * 24 tries span about 17 hours, so a portal down for an hour (or a night) loses nothing; after the last try the row
 * is FAILED and waits for "Đồng bộ lại".
 */
export const RETRY_DELAYS_MS: readonly number[] = [
  0.5 * MINUTE,
  1 * MINUTE,
  2 * MINUTE,
  5 * MINUTE,
  10 * MINUTE,
  15 * MINUTE,
  30 * MINUTE,
  ...Array.from({ length: 16 }, () => 60 * MINUTE),
];
export const MAX_ATTEMPTS = RETRY_DELAYS_MS.length + 1;

/** When to try again after `attempts` failed tries; null when none is left. */
export function nextAttemptDelay(attempts: number): number | null {
  if (attempts < 1) return 0;
  return RETRY_DELAYS_MS[attempts - 1] ?? null;
}

export type AnswerReading =
  | { kind: "ok"; message: string }
  /** The portal already has this dossier: send it again as an update (isUpdating = true). */
  | { kind: "exists"; message: string }
  /** Refused with a reason (a field or a code): retrying the same payload will not help. */
  | { kind: "rejected"; code: string; message: string }
  /** Not an answer (HTML, empty, a proxy's error page): a transport failure, retried. */
  | { kind: "garbled"; message: string };

export const ALREADY_EXISTS_MARK = "đã tồn tại";

/** Reads {error_code, message}: "0" OK; a message containing "đã tồn tại" means the dossier exists. */
export function interpretAnswer(body: unknown): AnswerReading {
  const parsed = portalAnswerSchema.safeParse(body);
  if (!parsed.success) return { kind: "garbled", message: "Cổng DVCQG trả lời không đúng định dạng" };
  const { error_code: code, message } = parsed.data;
  if (code === "0") return { kind: "ok", message };
  if (message.normalize("NFC").toLocaleLowerCase("vi").includes(ALREADY_EXISTS_MARK))
    return { kind: "exists", message };
  return { kind: "rejected", code, message: message || `Mã lỗi ${code}` };
}
