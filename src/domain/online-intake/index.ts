// Tiếp nhận hồ sơ trực tuyến: the desk's queue of online registrations and the rules of checking them (issue 9,
// item 3). Pure: the caller passes rows, the calendar and the clock.
//
// - Intake deadline: `onlineIntakeHours` working hours after submission (8 by default, as one provincial system
//   sets it); past it the registration is "tiếp nhận quá hạn" (ONLINE-SERVICES.md, "Online-service classes").
// - Each submitted component is checked: valid, or invalid with a note saying what is wrong (Nghị định 61/2018
//   Art. 19, as replaced by Nghị định 118/2025: the desk checks completeness and validity before receiving).
// - Receive only when every required component is VALID; ask for a supplement (form 02) naming the components that
//   are invalid; refuse (form 03) with reasons.
// - Pay-before procedures (phí/lệ phí "nộp trước khi tiếp nhận") reach the queue only once paid.
import { addWorkingTime, type WorkingCalendar } from "../calendar";

export const DEFAULT_ONLINE_INTAKE_HOURS = 8;
const HOUR_MS = 3_600_000;

export type ComponentCheck = "PENDING" | "VALID" | "INVALID";
export const COMPONENT_CHECKS = ["PENDING", "VALID", "INVALID"] as const satisfies readonly ComponentCheck[];

/** One component of an online registration as the desk checks it. */
export interface IntakeComponent {
  position: number;
  name: string;
  required: boolean;
  check: ComponentCheck;
  checkNote: string | null;
  /** Current (not superseded) files of this component. */
  fileCount: number;
}

/**
 * Commands on an online registration that only the online intake service carries out (it checks the components,
 * issues form 02 or 03 and transfers at receipt): the generic dossier page offers them through the check page instead.
 */
export const ONLINE_INTAKE_COMMANDS = ["receive", "refuse", "request_intake_supplement"] as const;

export const isOnlineIntakeCommand = (type: string): boolean =>
  (ONLINE_INTAKE_COMMANDS as readonly string[]).includes(type);

// ─── Deadline, age, order ─────────────────────────────────────────────────────────────────────────────────────────

/** When the desk must have received or refused it: `hours` working hours after submission. */
export function computeIntakeDueAt(
  calendar: WorkingCalendar,
  submittedAt: Date,
  hours: number = DEFAULT_ONLINE_INTAKE_HOURS,
): Date {
  return addWorkingTime(calendar, submittedAt, hours * HOUR_MS);
}

/**
 * The deadline the desk is held to: the registration's own (stored at submission, or computed from it), or, for a
 * registration that had to be paid before intake, the one running from the payment when that is later — the desk
 * could not receive it before it was paid.
 */
export function intakeDeadline(
  calendar: WorkingCalendar,
  input: { submittedAt: Date; storedDueAt: Date | null; paidBeforeIntakeAt: Date | null },
  hours: number = DEFAULT_ONLINE_INTAKE_HOURS,
): Date {
  const fromSubmission = input.storedDueAt ?? computeIntakeDueAt(calendar, input.submittedAt, hours);
  if (!input.paidBeforeIntakeAt) return fromSubmission;
  const fromPayment = computeIntakeDueAt(calendar, input.paidBeforeIntakeAt, hours);
  return fromPayment.getTime() > fromSubmission.getTime() ? fromPayment : fromSubmission;
}

/** "Tiếp nhận quá hạn": the deadline has passed (strictly) and the desk has not decided yet. */
export const isIntakeOverdue = (intakeDueAt: Date, now: Date): boolean => now.getTime() > intakeDueAt.getTime();

/** How long the citizen has waited since submitting, in calendar time (what the citizen lives through). */
export interface QueueAge {
  days: number;
  hours: number;
  minutes: number;
}

export function queueAge(submittedAt: Date, now: Date): QueueAge {
  const minutesTotal = Math.max(0, Math.floor((now.getTime() - submittedAt.getTime()) / 60_000));
  return {
    days: Math.floor(minutesTotal / (24 * 60)),
    hours: Math.floor((minutesTotal % (24 * 60)) / 60),
    minutes: minutesTotal % 60,
  };
}

export interface QueueOrderKey {
  code: string;
  submittedAt: Date;
  intakeDueAt: Date;
}

/** The most urgent first: earliest intake deadline (so overdue ones lead), then earliest submission, then code. */
export function compareQueueRows(a: QueueOrderKey, b: QueueOrderKey): number {
  return (
    a.intakeDueAt.getTime() - b.intakeDueAt.getTime() ||
    a.submittedAt.getTime() - b.submittedAt.getTime() ||
    a.code.localeCompare(b.code)
  );
}

// ─── Pay before intake ───────────────────────────────────────────────────────────────────────────────────────────

export type FeeTiming = "BEFORE_INTAKE" | "AFTER_RESULT" | "EXEMPT";

/**
 * Whether a registration belongs in the desk's queue: a procedure whose phí or lệ phí must be paid before intake
 * waits for a PAID payment request; every other registration enters at once.
 */
export function entersIntakeQueue(input: { feeTiming: FeeTiming; amountDue: number; paid: boolean }): boolean {
  if (input.feeTiming !== "BEFORE_INTAKE" || input.amountDue <= 0) return true;
  return input.paid;
}

// ─── Component checks and the three decisions ────────────────────────────────────────────────────────────────────

export const CHECK_NOTE_MAX = 500;

/**
 * Why a component check cannot be recorded, or null: an INVALID mark needs a note (it becomes a line of form 02, so
 * the citizen must learn what is wrong); a VALID mark needs a file the officer could open.
 */
export function componentCheckProblem(
  component: Pick<IntakeComponent, "fileCount">,
  check: Exclude<ComponentCheck, "PENDING">,
  note: string | null,
): string | null {
  if (check === "INVALID" && (note === null || note.trim().length < 5))
    return "Xin vui lòng ghi rõ thành phần này chưa hợp lệ ở điểm nào (ít nhất 5 ký tự), để công dân biết cần bổ sung gì.";
  if (check === "VALID" && component.fileCount === 0)
    return "Thành phần này chưa có tệp nào nên chưa thể xác nhận hợp lệ; xin vui lòng đánh dấu chưa hợp lệ và yêu cầu bổ sung.";
  return null;
}

export interface IntakeReadiness {
  /** Every required component is VALID. */
  canReceive: boolean;
  /** At least one component is INVALID: there is something to ask for. */
  canRequestSupplement: boolean;
  /** Required components not yet marked VALID (pending or invalid), for the refusal message of "receive". */
  blocking: IntakeComponent[];
  invalid: IntakeComponent[];
  pending: IntakeComponent[];
}

export function intakeReadiness(components: readonly IntakeComponent[]): IntakeReadiness {
  const blocking = components.filter((component) => component.required && component.check !== "VALID");
  const invalid = components.filter((component) => component.check === "INVALID");
  const pending = components.filter((component) => component.check === "PENDING");
  return {
    canReceive: components.length > 0 && blocking.length === 0,
    canRequestSupplement: invalid.length > 0,
    blocking,
    invalid,
    pending,
  };
}

/** Why "receive" is refused, in Vietnamese, or null when it may go ahead. */
export function receiveProblem(components: readonly IntakeComponent[]): string | null {
  const readiness = intakeReadiness(components);
  if (readiness.canReceive) return null;
  if (components.length === 0) return "Hồ sơ không có thành phần nào để kiểm tra; chưa thể tiếp nhận.";
  const names = readiness.blocking.map((component) => component.name).join("; ");
  return `Chỉ tiếp nhận khi mọi thành phần bắt buộc đã được xác nhận hợp lệ. Còn: ${names}.`;
}

/** Why "request supplement" is refused, or null: form 02 must name at least one invalid component. */
export function supplementProblem(components: readonly IntakeComponent[]): string | null {
  return intakeReadiness(components).canRequestSupplement
    ? null
    : "Xin vui lòng đánh dấu chưa hợp lệ (kèm ghi chú) ít nhất một thành phần cần bổ sung trước khi gửi phiếu yêu cầu bổ sung.";
}

/** The lines of form 02: each invalid component with what is wrong, e.g. "Tờ khai: ảnh bị mờ". */
export function supplementLines(components: readonly IntakeComponent[]): string[] {
  return intakeReadiness(components).invalid.map((component) =>
    component.checkNote?.trim() ? `${component.name}: ${component.checkNote.trim()}` : component.name,
  );
}

/** Positions the citizen may upload to when answering form 02: the components it named. */
export const supplementPositions = (components: readonly IntakeComponent[]): number[] =>
  intakeReadiness(components).invalid.map((component) => component.position);
