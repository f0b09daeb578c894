/** Dossiers resolved (finished with a timeliness fixed) in a period, split by their timeliness. */
export interface TimelinessCounts {
  resolved: number;
  early: number;
  onTime: number;
  late: number;
}

export const emptyTimelinessCounts = (): TimelinessCounts => ({ resolved: 0, early: 0, onTime: 0, late: 0 });

/** Adds `count` dossiers of one timeliness to the counts (mutates and returns them). */
export function addTimeliness(
  counts: TimelinessCounts,
  timeliness: "EARLY" | "ON_TIME" | "LATE",
  count = 1,
): TimelinessCounts {
  counts.resolved += count;
  if (timeliness === "EARLY") counts.early += count;
  else if (timeliness === "ON_TIME") counts.onTime += count;
  else counts.late += count;
  return counts;
}

/** Two sets of counts added (a new object): one unit's figures and another's, e.g. a merged ward into its successor. */
export const sumTimelinessCounts = (a: TimelinessCounts, b: TimelinessCounts): TimelinessCounts => ({
  resolved: a.resolved + b.resolved,
  early: a.early + b.early,
  onTime: a.onTime + b.onTime,
  late: a.late + b.late,
});
