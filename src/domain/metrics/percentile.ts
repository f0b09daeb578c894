// Processing time statistics (DOMAIN.md "Classifying and reporting timeliness": median and 90th-percentile processing
// time in working days). Pure.

/**
 * The p-th quantile (0 ≤ p ≤ 1) by linear interpolation between the closest ranks, as PostgreSQL's percentile_cont:
 * position p × (n − 1) in the sorted values. null for no values.
 */
export function percentileCont(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  if (!(p >= 0 && p <= 1)) throw new RangeError("p must be between 0 and 1");
  const sorted = [...values].sort((a, b) => a - b);
  const position = p * (sorted.length - 1);
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  return sorted[lower]! + (sorted[upper]! - sorted[lower]!) * (position - lower);
}

/** Median and 90th percentile of processing times (working days), with how many dossiers they are taken from. */
export function processingTimeSummary(workingDays: readonly number[]): {
  count: number;
  median: number | null;
  p90: number | null;
} {
  return { count: workingDays.length, median: percentileCont(workingDays, 0.5), p90: percentileCont(workingDays, 0.9) };
}
