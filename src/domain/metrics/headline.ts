// Headline indicators of the leadership dashboard (issue 13, item 2), from period counts (the daily rollups). Pure.
// Formulas: /work/shared/DOMAIN.md "Classifying and reporting timeliness" (the three on-time formulas, each labelled)
// "Late dossiers: the apology letter" (apology compliance = late dossiers with an apology issued in time ÷ late
// dossiers) and "Online service, payment, post, digitisation" (online share of received dossiers, fully-online share,
// online-payment share of dossiers with fees, postal share, digitisation rate, electronic-result rate), and satisfaction
// (the SIPAS index, src/domain/metrics/sipas.ts; /work/shared/SATISFACTION.md).
import { apologyCompliance } from "./lateness";
import { backlogOnTimeRate, onTimeRate } from "./on-time";
import { ratio } from "./ratio";
import { sipasIndex, type CriterionTally, type RespondentMoments } from "./sipas";
import type { TimelinessCounts } from "./timeliness-counts";

/** What the headline indicators count over a period (a subset of the rollups' RollupCounts). */
export interface PeriodCounts {
  received: number;
  receivedOnline: number;
  receivedPostal: number;
  receivedFullOnline: number;
  receivedWithFee: number;
  paidOnline: number;
  digitised: number;
  electronicResult: number;
  /** Resolved in the period by the report formula's classes. */
  resolved: TimelinessCounts;
  /** Resolved in the period as Decision 766 indicator 2.1 judges them. */
  resolved766: { onTime: number; late: number };
  /** Pending at the start of the period (carried over). */
  pendingAtStart: number;
  /** Pending at the end of the period whose appointment had passed. */
  overdueAtEnd: number;
  /** Of the resolved late (report formula), those whose apology letter was issued in time. */
  resolvedLateTimelyApology: number;
}

/** The indicators counted from the dossier rollups (per unit, office, procedure and month). */
export const ROLLUP_INDICATOR_IDS = [
  "onTimeReport",
  "onTimeBacklog",
  "onTime766",
  "apologyCompliance",
  "onlineShare",
  "fullOnlineShare",
  "onlinePaymentShare",
  "postalShare",
  "digitisation",
  "electronicResult",
] as const;
export type RollupIndicatorId = (typeof ROLLUP_INDICATOR_IDS)[number];

/** Every headline indicator, in display order: the rollups' ones, then satisfaction (from the ratings' rollups). */
export const HEADLINE_INDICATOR_IDS = [...ROLLUP_INDICATOR_IDS, "satisfaction"] as const;
export type HeadlineIndicatorId = (typeof HEADLINE_INDICATOR_IDS)[number];

export interface RollupIndicator {
  id: RollupIndicatorId;
  numerator: number;
  denominator: number;
  /** numerator ÷ denominator, null (N/A) when the denominator is zero. */
  value: number | null;
}

/**
 * Satisfaction: the SIPAS index (share satisfied: the mean over the factors of the share of answers 4–5), which is a
 * mean of means, not one quotient: no numerator; the denominator is the ratings (respondents) behind it. N/A under
 * the minimum sample.
 */
export interface SatisfactionIndicator {
  id: "satisfaction";
  numerator: null;
  denominator: number;
  value: number | null;
}

export type HeadlineIndicator = RollupIndicator | SatisfactionIndicator;

const indicator = (id: RollupIndicatorId, numerator: number, denominator: number): RollupIndicator => ({
  id,
  numerator,
  denominator,
  value: ratio(numerator, denominator),
});

/**
 * Decision 766 indicator 2.1 from counts: on-time finished ÷ (finished, judged by 766, + pending past their appointment
 * at the end of the period). The same verdicts as decision766Timeliness, summed by the rollups.
 */
export function decision766OnTimeRateFromCounts(
  counts: Pick<PeriodCounts, "resolved766" | "overdueAtEnd">,
): number | null {
  return ratio(counts.resolved766.onTime, counts.resolved766.onTime + counts.resolved766.late + counts.overdueAtEnd);
}

/** The ten headline indicators of a period counted by the rollups, in display order. */
export function headlineIndicators(counts: PeriodCounts): RollupIndicator[] {
  const { resolved } = counts;
  const backlogDenominator = counts.received + counts.pendingAtStart;
  const backlogRate = backlogOnTimeRate({
    lateResolved: resolved.late,
    overduePending: counts.overdueAtEnd,
    received: counts.received,
    carriedOver: counts.pendingAtStart,
  });
  const judged766 = counts.resolved766.onTime + counts.resolved766.late + counts.overdueAtEnd;
  return [
    { ...indicator("onTimeReport", resolved.early + resolved.onTime, resolved.resolved), value: onTimeRate(resolved) },
    {
      id: "onTimeBacklog",
      // 100 % − (overdue pending + late resolved) ÷ (received + carried over): the numerator is the complement.
      numerator: backlogDenominator - counts.overdueAtEnd - resolved.late,
      denominator: backlogDenominator,
      value: backlogRate,
    },
    { ...indicator("onTime766", counts.resolved766.onTime, judged766), value: decision766OnTimeRateFromCounts(counts) },
    {
      ...indicator("apologyCompliance", counts.resolvedLateTimelyApology, resolved.late),
      value: apologyCompliance({ late: resolved.late, lateWithTimelyApology: counts.resolvedLateTimelyApology }),
    },
    indicator("onlineShare", counts.receivedOnline, counts.received),
    indicator("fullOnlineShare", counts.receivedFullOnline, counts.received),
    indicator("onlinePaymentShare", counts.paidOnline, counts.receivedWithFee),
    indicator("postalShare", counts.receivedPostal, counts.received),
    indicator("digitisation", counts.digitised, counts.received),
    indicator("electronicResult", counts.electronicResult, resolved.resolved),
  ];
}

/** The satisfaction indicator of a set of ratings, from the inputs of sipasIndex (loadSipasInputs). */
export function satisfactionIndicator(
  inputs: { tallies: readonly CriterionTally[]; respondents: { satisfiedShare: RespondentMoments } },
  minimumSample: number,
): SatisfactionIndicator {
  const index = sipasIndex(inputs.tallies, inputs.respondents.satisfiedShare, { minimumSample });
  return { id: "satisfaction", numerator: null, denominator: index.respondents, value: index.value };
}

/** Channel mix of received dossiers: each channel's count and share of all received (N/A when nothing was received). */
export function channelMix<C extends string>(
  byChannel: readonly { channel: C; received: number }[],
): { channel: C; received: number; share: number | null }[] {
  const total = byChannel.reduce((sum, row) => sum + row.received, 0);
  return byChannel.map((row) => ({ ...row, share: ratio(row.received, total) }));
}

/**
 * Units ranked by a rate, best first; units whose rate is N/A come last (never ranked above a real 0 %), ties share a
 * rank (1, 2, 2, 4), and the order among equals is the given order.
 */
export function rankByRate<T>(rows: readonly T[], rate: (row: T) => number | null): { row: T; rank: number | null }[] {
  const sorted = rows
    .map((row, index) => ({ row, index, value: rate(row) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null)
        return (a.value === null ? 1 : 0) - (b.value === null ? 1 : 0) || a.index - b.index;
      return b.value - a.value || a.index - b.index;
    });
  let previous: number | null = null;
  let previousRank = 0;
  return sorted.map(({ row, value }, position) => {
    if (value === null) return { row, rank: null };
    const rank = value === previous ? previousRank : position + 1;
    previous = value;
    previousRank = rank;
    return { row, rank };
  });
}
