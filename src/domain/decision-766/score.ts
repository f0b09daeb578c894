// Scoring a Decision 766 scorecard (DECISION-766.md "Conversions" [V]): pure, from counts.
//
// N/A rule (the choice shown on screen): an indicator without input or with a zero denominator is shown as N/A with
// its reason and NOT counted: its points leave both the points earned and the maximum. The total on 100 is then
// RESCALED — earned ÷ maximum of the counted indicators × 100 — so units missing the same inputs compare fairly and
// the grade band reads on the usual 100-point scale. The raw earned / counted maximum is shown beside it.
import type { Conversion, GradeBand, GroupCode, IndicatorDefinition, ScorecardVersion } from "./definition";

/** Two decimals, half away from zero (points are never negative). */
export const round2 = (value: number): number => Math.round((value + Number.EPSILON) * 100) / 100;

/** Points of a rate (0–1) under a conversion: threshold → max when rate ≥ T else rate × max ÷ T; proportional → rate × max. */
export function pointsOf(rate: number, max: number, conversion: Conversion): number {
  const bounded = Math.min(1, Math.max(0, rate));
  if (conversion.kind === "threshold") {
    return round2(bounded >= conversion.threshold ? max : (bounded * max) / conversion.threshold);
  }
  return round2(bounded * max);
}

/** An indicator's counts; null when MotCua holds no input for it (the reason comes from the definition). */
export interface IndicatorCounts {
  numerator: number;
  denominator: number;
}

export interface IndicatorScore {
  definition: IndicatorDefinition;
  numerator: number | null;
  denominator: number | null;
  rate: number | null;
  points: number | null;
  /** Why the indicator is N/A (null when it is scored). */
  notApplicable: string | null;
}

export interface GroupScore {
  code: GroupCode;
  name: string;
  max: number;
  /** Maximum of the counted indicators of the group. */
  countedMax: number;
  points: number;
  indicators: IndicatorScore[];
}

export interface Scorecard {
  versionId: string;
  groups: GroupScore[];
  /** Points earned over the counted indicators. */
  earned: number;
  /** Sum of the counted indicators' maxima. */
  countedMax: number;
  /** earned ÷ countedMax × 100, two decimals; null when nothing can be counted. */
  total: number | null;
  band: GradeBand | null;
}

export const NO_DOSSIERS_REASON = "Không có số liệu trong kỳ (mẫu số bằng 0).";

export function scoreIndicator(
  definition: IndicatorDefinition,
  counts: IndicatorCounts | null | undefined,
): IndicatorScore {
  if (!definition.input.held || !counts) {
    return {
      definition,
      numerator: null,
      denominator: null,
      rate: null,
      points: null,
      notApplicable: definition.input.held ? NO_DOSSIERS_REASON : definition.input.reason,
    };
  }
  if (counts.denominator <= 0) {
    return {
      definition,
      numerator: counts.numerator,
      denominator: counts.denominator,
      rate: null,
      points: null,
      notApplicable: NO_DOSSIERS_REASON,
    };
  }
  const rate = counts.numerator / counts.denominator;
  return {
    definition,
    numerator: counts.numerator,
    denominator: counts.denominator,
    rate,
    points: pointsOf(rate, definition.max, definition.conversion),
    notApplicable: null,
  };
}

export function bandOf(total: number | null, bands: readonly GradeBand[]): GradeBand | null {
  if (total === null) return null;
  return bands.find((band) => total >= band.min) ?? null;
}

/** The scorecard of one unit and period from its indicators' counts (missing ids are N/A). */
export function scoreScorecard(
  version: ScorecardVersion,
  counts: Readonly<Record<string, IndicatorCounts | null>>,
): Scorecard {
  const groups = version.groups.map((group): GroupScore => {
    const indicators = version.indicators
      .filter((row) => row.group === group.code)
      .map((row) => scoreIndicator(row, counts[row.id]));
    const counted = indicators.filter((row) => row.points !== null);
    return {
      code: group.code,
      name: group.name,
      max: group.max,
      countedMax: counted.reduce((sum, row) => sum + row.definition.max, 0),
      points: round2(counted.reduce((sum, row) => sum + row.points!, 0)),
      indicators,
    };
  });
  const earned = round2(groups.reduce((sum, group) => sum + group.points, 0));
  const countedMax = groups.reduce((sum, group) => sum + group.countedMax, 0);
  const total = countedMax > 0 ? round2((earned / countedMax) * 100) : null;
  return { versionId: version.id, groups, earned, countedMax, total, band: bandOf(total, version.bands) };
}

/** Change of a total from the previous period, two decimals; null when either is N/A. */
export function changeOf(current: number | null, previous: number | null): number | null {
  return current === null || previous === null ? null : round2(current - previous);
}

/** Rank units by total, highest first; equal totals share a rank; N/A last without a rank. */
export function rankByTotal<T>(
  rows: readonly T[],
  totalOf: (row: T) => number | null,
): { row: T; rank: number | null }[] {
  const sorted = [...rows].sort((a, b) => (totalOf(b) ?? -1) - (totalOf(a) ?? -1));
  let lastTotal: number | null = null;
  let lastRank = 0;
  return sorted.map((row, index) => {
    const total = totalOf(row);
    if (total === null) return { row, rank: null };
    if (total !== lastTotal) {
      lastRank = index + 1;
      lastTotal = total;
    }
    return { row, rank: lastRank };
  });
}
