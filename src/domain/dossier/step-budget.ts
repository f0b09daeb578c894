// Per-step time budget of a dossier (thời hạn của từng bước): how the working time between the receipt and the
// appointment is shared between the desk, the handling office, the office's head, the deciding authority's leadership
// and the return at the desk. Nghị định 61/2018/NĐ-CP Art. 19 (the desk passes the dossier on the same working day,
// or first thing the next one when received after 15:00), Art. 20 (where several bodies take part, the leading body
// fixes each one's share of the time) and Art. 21 (the result is returned at the appointment); Thông tư
// 01/2018/TT-VPCP form 05 judges each step early / on time / late against its own share.
//
// A procedure version may carry its shares (whole percentages summing to 100, `StepShares`); without them the
// default below applies. Deadlines are always computed from the dossier's CURRENT appointment (a rescheduling by an
// apology letter moves them), skipping nights, days off and pauses, and the last step ends exactly at the appointment.
import {
  addWorkingTime,
  mergePauses,
  standardWorkingDayMs,
  workingTimeBetween,
  type PauseInterval,
  type WorkingCalendar,
} from "@/domain/calendar";

/** The steps of form 05, in order. */
export const PROCESS_STEPS = ["RECEPTION", "HANDLING", "REVIEW", "SIGNING", "RETURN"] as const;
export type ProcessStep = (typeof PROCESS_STEPS)[number];

/** Whole percentages of the working time per step; they sum to 100. */
export type StepShares = Readonly<Record<ProcessStep, number>>;

/** Vietnamese names of the steps (printed form 05, catalogue editor, version diff). */
export const PROCESS_STEP_LABELS: Readonly<Record<ProcessStep, string>> = {
  RECEPTION: "Tiếp nhận và chuyển hồ sơ (Bộ phận Một cửa)",
  HANDLING: "Thụ lý, giải quyết (chuyên viên, phòng chuyên môn)",
  REVIEW: "Trình, duyệt kết quả (lãnh đạo phòng)",
  SIGNING: "Ký kết quả (lãnh đạo cơ quan giải quyết)",
  RETURN: "Trả kết quả (Bộ phận Một cửa)",
};

/**
 * The default when a version has no shares: the desk has half a standard working day to pass the dossier on (Art. 19:
 * the same day, or the next morning), and the result is at the desk half a day before the appointment to be returned
 * on time (Art. 21); each of the two is capped at 10% of the window so short procedures keep most of their time for
 * the work. The rest goes 70% to the officer, 15% to the head and 15% to the leadership; when the head signs
 * (no leadership approval) the head's step takes the leadership's 15%.
 */
export const DEFAULT_STEP_BUDGET = {
  deskShareCap: 0.1,
  deskDays: 0.5,
  handling: 0.7,
  review: 0.15,
  signing: 0.15,
} as const;

/** Checks stored shares: every step a whole number 0–100, summing to 100. Anything else reads as "no shares". */
export function parseStepShares(value: unknown): StepShares | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  let sum = 0;
  const shares = {} as Record<ProcessStep, number>;
  for (const step of PROCESS_STEPS) {
    const share = record[step];
    if (typeof share !== "number" || !Number.isInteger(share) || share < 0 || share > 100) return null;
    shares[step] = share;
    sum += share;
  }
  return sum === 100 ? shares : null;
}

/** "10% / 60% / 15% / 10% / 5%" for the diff and the export. */
export const formatStepShares = (shares: StepShares | null): string =>
  shares ? PROCESS_STEPS.map((step) => `${shares[step]}%`).join(" / ") : "Mặc định";

export interface StepBudgetInput {
  receivedAt: Date;
  /** The dossier's current appointment (after any rescheduling). */
  appointmentAt: Date;
  /** Pauses of the clock; an open one should be closed by the caller at the moment considered. */
  pauses?: readonly PauseInterval[];
  shares: StepShares | null;
  /** Whether the deciding authority's leadership signs (else the head signs and there is no separate step). */
  leadershipApproval: boolean;
}

export interface StepDeadline {
  step: ProcessStep;
  /** When the step may start at the earliest: the previous step's deadline (the receipt for the first). */
  startsAt: Date;
  dueAt: Date;
  /** Office time allotted, in ms (pauses excluded). */
  workingMs: number;
}

const MINUTE = 60_000;

/** The steps that apply: without leadership approval the head signs, and SIGNING's share joins REVIEW. */
export const stepsFor = (leadershipApproval: boolean): ProcessStep[] =>
  PROCESS_STEPS.filter((step) => leadershipApproval || step !== "SIGNING");

/** Each step's office time in ms, summing to `total` (boundaries on whole minutes). */
export function allotWorkingTime(
  cal: WorkingCalendar,
  total: number,
  shares: StepShares | null,
  leadershipApproval: boolean,
): Record<ProcessStep, number> {
  const steps = stepsFor(leadershipApproval);
  const weights: Record<ProcessStep, number> = { RECEPTION: 0, HANDLING: 0, REVIEW: 0, SIGNING: 0, RETURN: 0 };
  if (shares) {
    for (const step of PROCESS_STEPS) weights[step] = shares[step];
    if (!leadershipApproval) {
      weights.REVIEW += weights.SIGNING;
      weights.SIGNING = 0;
    }
  } else {
    const desk = Math.min(
      DEFAULT_STEP_BUDGET.deskDays * standardWorkingDayMs(cal),
      DEFAULT_STEP_BUDGET.deskShareCap * total,
    );
    const rest = total - 2 * desk;
    weights.RECEPTION = desk;
    weights.RETURN = desk;
    weights.HANDLING = rest * DEFAULT_STEP_BUDGET.handling;
    weights.REVIEW = rest * (DEFAULT_STEP_BUDGET.review + (leadershipApproval ? 0 : DEFAULT_STEP_BUDGET.signing));
    weights.SIGNING = leadershipApproval ? rest * DEFAULT_STEP_BUDGET.signing : 0;
  }
  const weightSum = steps.reduce((sum, step) => sum + weights[step], 0);
  const result: Record<ProcessStep, number> = { RECEPTION: 0, HANDLING: 0, REVIEW: 0, SIGNING: 0, RETURN: 0 };
  if (total <= 0 || weightSum <= 0) return result;
  // Cumulative boundaries rounded to the minute, so the parts add up to the whole exactly.
  let cumulative = 0;
  let previous = 0;
  steps.forEach((step, i) => {
    cumulative += weights[step];
    const boundary = i === steps.length - 1 ? total : Math.round((total * cumulative) / weightSum / MINUTE) * MINUTE;
    const clamped = Math.min(total, Math.max(previous, boundary));
    result[step] = clamped - previous;
    previous = clamped;
  });
  return result;
}

/**
 * Splits the dossier's window [receipt, current appointment] into consecutive step deadlines. Office time only
 * counts (nights, days off and the lunch break are skipped, by the working-day engine), and time inside a pause
 * counts for no step: a deadline after a pause moves by the pause. The last step ends exactly at the appointment.
 */
export function splitStepDeadlines(cal: WorkingCalendar, input: StepBudgetInput): StepDeadline[] {
  const { receivedAt, appointmentAt } = input;
  const pauses = mergePauses(input.pauses ?? [], receivedAt)
    .map((pause) => ({ start: pause.start, end: pause.end ?? appointmentAt }))
    .filter((pause) => pause.start < appointmentAt);
  const paused = pauses.reduce(
    (sum, pause) => sum + workingTimeBetween(cal, pause.start, pause.end < appointmentAt ? pause.end : appointmentAt),
    0,
  );
  const total = Math.max(0, workingTimeBetween(cal, receivedAt, appointmentAt) - paused);
  const allotted = allotWorkingTime(cal, total, input.shares, input.leadershipApproval);
  const steps = stepsFor(input.leadershipApproval);
  const deadlines: StepDeadline[] = [];
  const clock = pausedClock(cal, receivedAt, pauses);
  let startsAt = receivedAt;
  steps.forEach((step, i) => {
    const last = i === steps.length - 1;
    let dueAt = last || total === 0 ? appointmentAt : clock(allotted[step]);
    if (dueAt > appointmentAt) dueAt = appointmentAt;
    deadlines.push({ step, startsAt, dueAt, workingMs: allotted[step] });
    startsAt = dueAt;
  });
  return deadlines;
}

/**
 * A cursor through office time that does not run inside pauses: each call moves it on by `ms` and returns where it
 * stands. Moving step by step scans the calendar once for the whole window instead of once per step.
 */
function pausedClock(cal: WorkingCalendar, from: Date, pauses: readonly { start: Date; end: Date }[]) {
  let at = from;
  let next = 0;
  return (ms: number): Date => {
    let left = ms;
    while (next < pauses.length) {
      const pause = pauses[next]!;
      if (pause.end <= at) {
        next += 1;
        continue;
      }
      const before = pause.start > at ? workingTimeBetween(cal, at, pause.start) : 0;
      if (before >= left) break;
      left -= before;
      at = pause.end;
      next += 1;
    }
    at = addWorkingTime(cal, at, left);
    return at;
  };
}

/** The step a dossier's state waits on, or null when no step is pending (returned, refused, withdrawn, stopped). */
export function pendingStep(status: string, processingStep: string | null): ProcessStep | null {
  switch (status) {
    case "REGISTERED_ONLINE":
    case "RECEIVED":
      return "RECEPTION";
    case "IN_PROCESSING":
      return processingStep === "AWAITING_HEAD_APPROVAL"
        ? "REVIEW"
        : processingStep === "AWAITING_LEADER_APPROVAL"
          ? "SIGNING"
          : "HANDLING";
    case "WAITING_SUPPLEMENT":
    case "WAITING_FINANCIAL":
      return "HANDLING";
    case "RESULT_READY":
      return "RETURN";
    default:
      return null;
  }
}
