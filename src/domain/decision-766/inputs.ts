// From MotCua's counts to each indicator's numerator and denominator (the 2022 table's definitions, versions.ts).
// Pure: the counts come from src/server/data/decision-766.ts (rollups, feedback, ratings, portal sync, catalogue).
import type { IndicatorCounts } from "./score";

export interface ScorecardInputs {
  /** Received in the period (valid receipt), of them online, with a fee, paid online, digitised, reusing data. */
  received: number;
  receivedOnline: number;
  receivedWithFee: number;
  paidOnline: number;
  digitised: number;
  dataReused: number;
  /** Received in the period and synced to the national portal (its dossier message answered OK). */
  synced: number;
  /** Finished in the period, judged by indicator 2.1 (late: after the appointment, or more than one supplement). */
  resolved766OnTime: number;
  resolved766Late: number;
  /** Still open at the end of the period, and of them past their appointment. */
  pendingAtEnd: number;
  overdueAtEnd: number;
  /** Finished in the period with a result, and of them with an electronic result. */
  resolved: number;
  electronicResult: number;
  /** Finished in the period (as resolved766) with a feedback item about it or a dislike rating. */
  resolvedWithComplaintOrDislike: number;
  /** Procedures of the unit's levels in force at the end of the period; of them offered online; of those with ≥ 1 online dossier. */
  procedures: number;
  onlineProcedures: number;
  onlineProceduresUsed: number;
  /** Procedures with ≥ 1 fee dossier received in the period; of them with ≥ 1 paid online. */
  feeProcedures: number;
  feeProceduresPaidOnline: number;
  /** Feedback (PAKN) received in the period (src/domain/feedback group5Counts). */
  feedback: { received: number; classified: number; handledOnTime: number; handledLate: number; satisfactory: number };
}

export const emptyScorecardInputs = (): ScorecardInputs => ({
  received: 0,
  receivedOnline: 0,
  receivedWithFee: 0,
  paidOnline: 0,
  digitised: 0,
  dataReused: 0,
  synced: 0,
  resolved766OnTime: 0,
  resolved766Late: 0,
  pendingAtEnd: 0,
  overdueAtEnd: 0,
  resolved: 0,
  electronicResult: 0,
  resolvedWithComplaintOrDislike: 0,
  procedures: 0,
  onlineProcedures: 0,
  onlineProceduresUsed: 0,
  feeProcedures: 0,
  feeProceduresPaidOnline: 0,
  feedback: { received: 0, classified: 0, handledOnTime: 0, handledLate: 0, satisfactory: 0 },
});

/** Field-wise sum (a unit's inputs with its children's). Procedure counts are not additive: pass them separately. */
export function addScorecardInputs(a: ScorecardInputs, b: ScorecardInputs): ScorecardInputs {
  const out = emptyScorecardInputs();
  for (const key of Object.keys(out) as (keyof ScorecardInputs)[]) {
    if (key === "feedback") continue;
    (out[key] as number) = (a[key] as number) + (b[key] as number);
  }
  for (const key of Object.keys(out.feedback) as (keyof ScorecardInputs["feedback"])[]) {
    out.feedback[key] = a.feedback[key] + b.feedback[key];
  }
  return out;
}

const pair = (numerator: number, denominator: number): IndicatorCounts => ({ numerator, denominator });

/**
 * Numerator and denominator of every held indicator. 2.1 follows rule 2.1: dossiers finished in the period judged by
 * their end of processing, and those still open at its end judged at its end (late when past the appointment).
 * 3.3 multiplies the online share by the sync rate (online ÷ received × synced ÷ received), so its numerator may be
 * fractional. 5.4: finished − late − with a complaint or dislike (each subtracted, never below 0).
 */
export function indicatorCountsOf(inputs: ScorecardInputs): Record<string, IndicatorCounts> {
  const resolved766 = inputs.resolved766OnTime + inputs.resolved766Late;
  const syncRate = inputs.received > 0 ? inputs.synced / inputs.received : 0;
  return {
    "1.4": pair(inputs.synced, inputs.received),
    "2.1": pair(
      inputs.resolved766OnTime + inputs.pendingAtEnd - inputs.overdueAtEnd,
      resolved766 + inputs.pendingAtEnd,
    ),
    "3.1": pair(inputs.onlineProcedures, inputs.procedures),
    "3.2": pair(inputs.onlineProceduresUsed, inputs.onlineProcedures),
    "3.3": pair(Math.round(inputs.receivedOnline * syncRate * 100) / 100, inputs.received),
    "3.5b": pair(inputs.feeProceduresPaidOnline, inputs.feeProcedures),
    "3.6": pair(inputs.paidOnline, inputs.receivedWithFee),
    "4.1": pair(inputs.electronicResult, inputs.resolved),
    "4.2": pair(inputs.digitised, inputs.received),
    "4.3": pair(inputs.dataReused, inputs.received),
    "5.1": pair(inputs.feedback.classified, inputs.feedback.received),
    "5.2": pair(inputs.feedback.handledOnTime, inputs.feedback.handledOnTime + inputs.feedback.handledLate),
    "5.3": pair(inputs.feedback.satisfactory, inputs.feedback.received),
    "5.4": pair(Math.max(0, resolved766 - inputs.resolved766Late - inputs.resolvedWithComplaintOrDislike), resolved766),
  };
}

/** How many dossiers an indicator lost points on, where a worklist can list them (2.1: late or overdue at the end). */
export function lostDossiersOf(inputs: ScorecardInputs): Partial<Record<string, number>> {
  return {
    "1.4": inputs.received - inputs.synced,
    "2.1": inputs.resolved766Late + inputs.overdueAtEnd,
    "3.6": inputs.receivedWithFee - inputs.paidOnline,
    "4.1": inputs.resolved - inputs.electronicResult,
    "4.2": inputs.received - inputs.digitised,
    "4.3": inputs.received - inputs.dataReused,
  };
}
