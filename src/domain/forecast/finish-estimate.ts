// Nguy cơ trễ hạn (issue 13 item 4): an early warning that comes before "sắp đến hạn". For a pending dossier, an
// estimate of when it will finish, learned from finished dossiers of the same procedure and office, and a flag when
// that estimate passes the appointment. Pure.
//
// Method. Each finished dossier gives, for every step it entered (form 05's steps, PROCESS_STEPS), one sample: the
// office time (workingTimeBetween: nights, days off and holidays skipped) from entering the step to finishing. The
// samples are grouped by (procedure, office, step); a group with fewer than `minSample` samples falls back to
// (procedure, step), then (office, step), then (step) over the whole unit. The step is kept at every level: time left
// from the reception is not time left from the signing.
//
// A pending dossier at step S, entered at t, having already spent e = office time from t to now in that step, is
// estimated to finish at t + Q, Q the `quantile` (default the 80th percentile, linear interpolation as
// percentileCont) of the group's samples that are at least e (the dossiers that were still unfinished after as long).
// When no sample is that long the dossier is already past everything seen: the estimate counts Q of the whole group
// again from now (a conservative restart). The estimate is never before now.
//
// At risk (nguy cơ trễ hạn) = estimate strictly after the appointment AND the dossier not already overdue (now ≤
// appointment; an overdue dossier has its own warning). An estimate exactly at the appointment is on time, as a
// dossier finishing exactly at its appointment is on time (classifyFinished).
//
// Paused dossiers (waiting for a supplement or for a financial obligation) get no estimate: the appointment moves by
// the pause, which is not yet known. The samples themselves include any pause their dossier had (office time from
// the step to the finish), which makes the estimate err on the late side for procedures that often pause.
import { addWorkingTime, workingTimeBetween, type WorkingCalendar } from "@/domain/calendar";
import type { ProcessStep } from "@/domain/dossier/step-budget";
import { percentileCont } from "@/domain/metrics/percentile";

export interface FinishEstimateOptions {
  /** Quantile of the remaining time (0–1); 0.8 by default. */
  quantile: number;
  /** Fewest samples a group must have to be used; below it the next, wider group is tried. 5 by default. */
  minSample: number;
}

export const DEFAULT_FINISH_ESTIMATE_OPTIONS: FinishEstimateOptions = { quantile: 0.8, minSample: 5 };

/** A finished dossier's history: when it entered each step (a step re-entered after a send-back counts again). */
export interface FinishedHistory {
  procedureId: string;
  officeId: string | null;
  steps: readonly { step: ProcessStep; enteredAt: Date }[];
  finishedAt: Date;
}

/** Which group an estimate came from, widest last. */
export type EstimateLevel = "procedure-office" | "procedure" | "office" | "unit";

export interface RemainingModel {
  readonly groups: ReadonlyMap<string, readonly number[]>;
  readonly options: FinishEstimateOptions;
}

const key = (procedureId: string | null, officeId: string | null, step: ProcessStep) =>
  `${procedureId ?? ""}\u0000${officeId ?? ""}\u0000${step}`;

/** One step entry of a finished dossier: the office time (ms) from entering the step to finishing. */
export interface RemainingSample {
  procedureId: string;
  officeId: string | null;
  step: ProcessStep;
  remainingMs: number;
}

/** The samples of the finished dossiers (a step entry after the finish, which bad data could hold, gives none). */
export function remainingSamples(cal: WorkingCalendar, history: readonly FinishedHistory[]): RemainingSample[] {
  return history.flatMap((dossier) =>
    dossier.steps
      .filter(({ enteredAt }) => enteredAt.getTime() <= dossier.finishedAt.getTime())
      .map(({ step, enteredAt }) => ({
        procedureId: dossier.procedureId,
        officeId: dossier.officeId,
        step,
        remainingMs: workingTimeBetween(cal, enteredAt, dossier.finishedAt),
      })),
  );
}

/** Groups the samples by (procedure, office, step), (procedure, step), (office, step) and (step). */
export function modelFromSamples(
  samples: Iterable<RemainingSample>,
  options: Partial<FinishEstimateOptions> = {},
): RemainingModel {
  const opts = { ...DEFAULT_FINISH_ESTIMATE_OPTIONS, ...options };
  if (!(opts.quantile >= 0 && opts.quantile <= 1)) throw new RangeError("quantile must be between 0 and 1");
  if (!(Number.isInteger(opts.minSample) && opts.minSample >= 1))
    throw new RangeError("minSample must be a whole number ≥ 1");
  const groups = new Map<string, number[]>();
  const push = (k: string, v: number) => {
    const list = groups.get(k);
    if (list) list.push(v);
    else groups.set(k, [v]);
  };
  for (const { procedureId, officeId, step, remainingMs } of samples) {
    // A dossier in no office has no (procedure, office) group: its (procedure) group is the one it counts once in.
    if (officeId !== null) push(key(procedureId, officeId, step), remainingMs);
    push(key(procedureId, null, step), remainingMs);
    if (officeId !== null) push(key(null, officeId, step), remainingMs);
    push(key(null, null, step), remainingMs);
  }
  for (const list of groups.values()) list.sort((a, b) => a - b);
  return { groups, options: opts };
}

/** The model learned from finished dossiers: remainingSamples, then modelFromSamples. */
export function buildRemainingModel(
  cal: WorkingCalendar,
  history: readonly FinishedHistory[],
  options: Partial<FinishEstimateOptions> = {},
): RemainingModel {
  return modelFromSamples(remainingSamples(cal, history), options);
}

/** The samples used for a dossier: the narrowest group with at least minSample of them, or null. */
export function remainingSamplesFor(
  model: RemainingModel,
  at: { procedureId: string; officeId: string | null; step: ProcessStep },
): { level: EstimateLevel; samples: readonly number[] } | null {
  const candidates: [EstimateLevel, string | null][] = [
    ["procedure-office", at.officeId === null ? null : key(at.procedureId, at.officeId, at.step)],
    ["procedure", key(at.procedureId, null, at.step)],
    ["office", at.officeId === null ? null : key(null, at.officeId, at.step)],
    ["unit", key(null, null, at.step)],
  ];
  for (const [level, k] of candidates) {
    if (k === null) continue;
    const samples = model.groups.get(k);
    if (samples && samples.length >= model.options.minSample) return { level, samples };
  }
  return null;
}

export interface PendingDossierAt {
  procedureId: string;
  officeId: string | null;
  step: ProcessStep;
  /** When the dossier entered its current step. */
  stepEnteredAt: Date;
  appointmentAt: Date | null;
  /** Whether the deadline clock is stopped (a pause is open). */
  paused: boolean;
}

export type FinishEstimate =
  | { kind: "none"; reason: "paused" | "no-appointment" | "no-history" }
  | {
      kind: "estimate";
      estimatedAt: Date;
      atRisk: boolean;
      level: EstimateLevel;
      sampleSize: number;
    };

/** The estimate for one pending dossier at `now` (see the header for the method). */
export function estimateFinish(
  cal: WorkingCalendar,
  model: RemainingModel,
  dossier: PendingDossierAt,
  now: Date,
): FinishEstimate {
  if (dossier.paused) return { kind: "none", reason: "paused" };
  if (dossier.appointmentAt === null) return { kind: "none", reason: "no-appointment" };
  const found = remainingSamplesFor(model, dossier);
  if (found === null) return { kind: "none", reason: "no-history" };
  const q = model.options.quantile;
  const elapsed = workingTimeBetween(cal, dossier.stepEnteredAt, now);
  const stillOpen = found.samples.filter((ms) => ms >= elapsed);
  let estimatedAt: Date;
  if (stillOpen.length > 0) {
    estimatedAt = addWorkingTime(cal, dossier.stepEnteredAt, percentileCont(stillOpen, q)!);
  } else {
    estimatedAt = addWorkingTime(cal, now, percentileCont(found.samples, q)!);
  }
  if (estimatedAt.getTime() < now.getTime()) estimatedAt = new Date(now);
  const overdue = now.getTime() > dossier.appointmentAt.getTime();
  return {
    kind: "estimate",
    estimatedAt,
    atRisk: !overdue && estimatedAt.getTime() > dossier.appointmentAt.getTime(),
    level: found.level,
    sampleSize: found.samples.length,
  };
}

/**
 * The steps a dossier went through, from its events in order: each event's resulting status and processing step
 * (payload.toStep), read with pendingStep's mapping, gives the step it is in afterwards; a change of step is an
 * entry. `stepOf` is pendingStep (passed in so the caller decides the mapping for unknown statuses).
 */
export function stepEntries(
  events: readonly { at: Date; toStatus: string | null; toStep: string | null }[],
  stepOf: (status: string, processingStep: string | null) => ProcessStep | null,
): { step: ProcessStep; enteredAt: Date }[] {
  const entries: { step: ProcessStep; enteredAt: Date }[] = [];
  let status: string | null = null;
  let processingStep: string | null = null;
  let current: ProcessStep | null = null;
  for (const event of events) {
    if (event.toStatus !== null) {
      if (event.toStatus !== status) processingStep = null;
      status = event.toStatus;
    }
    if (event.toStep !== null) processingStep = event.toStep;
    if (status === null) continue;
    const step = stepOf(status, processingStep);
    if (step !== null && step !== current) entries.push({ step, enteredAt: event.at });
    current = step;
  }
  return entries;
}
