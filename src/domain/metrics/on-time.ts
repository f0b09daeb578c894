// The on-time rate under each labelled formula. Formulas differ between reports, so every figure names the one it
// uses (FORMULAS[id].label); later indices (Decision 766's full index, SIPAS, PAR Index) add formulas here.
import { ratio } from "./ratio";
import type { TimelinessCounts } from "./timeliness-counts";

/** Report formula: (early + on time) ÷ dossiers resolved in the period. */
export function onTimeRate(counts: Pick<TimelinessCounts, "resolved" | "early" | "onTime">): number | null {
  return ratio(counts.early + counts.onTime, counts.resolved);
}

/** What the backlog-inclusive formula counts. */
export interface BacklogCounts {
  /** Late dossiers resolved in the period. */
  lateResolved: number;
  /** Dossiers still pending at the end of the period whose appointment has passed. */
  overduePending: number;
  /** Dossiers received in the period. */
  received: number;
  /** Dossiers pending at the start of the period (carried over). */
  carriedOver: number;
}

/** Backlog-inclusive late rate: (overdue pending + late resolved) ÷ (received in the period + carried over). */
export function backlogLateRate(counts: BacklogCounts): number | null {
  return ratio(counts.overduePending + counts.lateResolved, counts.received + counts.carriedOver);
}

/** Backlog-inclusive on-time rate: 100 % − the backlog-inclusive late rate. */
export function backlogOnTimeRate(counts: BacklogCounts): number | null {
  const late = backlogLateRate(counts);
  return late === null ? null : 1 - late;
}

/** One dossier as Decision 766 indicator 2.1 judges it at the end of a period. */
export interface Decision766Dossier {
  /** When processing ended, or null while still pending at the end of the period. */
  finishedAt: Date | null;
  /** The appointment with paused time added back (the stored appointment), null while paused. */
  appointmentAt: Date | null;
  /** How many supplement requests the dossier received. */
  supplementRequests: number;
}

/**
 * Decision 766 indicator 2.1: on time if processing ended by the appointment (paused time removed); more than one
 * supplement request counts as late; a dossier still pending past its appointment at the end of the period counts as
 * late. A pending dossier not yet due is not counted ("notCounted").
 */
export function decision766Timeliness(dossier: Decision766Dossier, periodEnd: Date): "onTime" | "late" | "notCounted" {
  if (dossier.finishedAt === null) {
    return dossier.appointmentAt !== null && dossier.appointmentAt < periodEnd ? "late" : "notCounted";
  }
  if (dossier.supplementRequests > 1) return "late";
  return dossier.appointmentAt === null || dossier.finishedAt <= dossier.appointmentAt ? "onTime" : "late";
}

/** Decision 766 indicator 2.1: on-time dossiers ÷ counted dossiers (finished, or pending past their appointment). */
export function decision766OnTimeRate(dossiers: readonly Decision766Dossier[], periodEnd: Date): number | null {
  let onTime = 0;
  let counted = 0;
  for (const dossier of dossiers) {
    const verdict = decision766Timeliness(dossier, periodEnd);
    if (verdict === "notCounted") continue;
    counted++;
    if (verdict === "onTime") onTime++;
  }
  return ratio(onTime, counted);
}

export const ON_TIME_FORMULA_IDS = ["report", "backlogInclusive", "decision766"] as const;
export type OnTimeFormulaId = (typeof ON_TIME_FORMULA_IDS)[number];

/** A labelled formula: its id (for messages and URLs), its Vietnamese label, and how it computes the rate. */
export interface Formula<Input> {
  id: OnTimeFormulaId;
  label: string;
  compute: (input: Input) => number | null;
}

export const ON_TIME_FORMULAS = {
  report: { id: "report", label: "Công thức báo cáo", compute: onTimeRate },
  backlogInclusive: { id: "backlogInclusive", label: "Tính cả hồ sơ tồn", compute: backlogOnTimeRate },
  decision766: {
    id: "decision766",
    label: "Quyết định 766, chỉ số 2.1",
    compute: ({ dossiers, periodEnd }: { dossiers: readonly Decision766Dossier[]; periodEnd: Date }) =>
      decision766OnTimeRate(dossiers, periodEnd),
  },
} as const satisfies { [K in OnTimeFormulaId]: Formula<never> & { id: K } };
