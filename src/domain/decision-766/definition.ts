// Decision 766/QĐ-TTg (23/6/2022) scorecard: the format of a version of the indicator table (../../../docs/decision-766.md).
// The official appendix was not found; the table is kept as versioned data (versions.ts) so a corrected or newer
// version is a new entry, never an edit of the scoring code. Every result is an estimate ("ước tính — đối chiếu với
// Cổng DVCQG").

export const GROUP_CODES = ["CKMB", "TDGQ", "ONLINE", "TTTT", "MDSH", "MDHL"] as const;
export type GroupCode = (typeof GROUP_CODES)[number];

/**
 * How a rate becomes points (DECISION-766.md, "Conversions" [V]): a threshold indicator scores `max` when the rate is
 * at least T, else rate × max ÷ T; a proportional one scores rate × max.
 */
export type Conversion = { kind: "threshold"; threshold: number } | { kind: "proportional" };

/** How sure the public sources are of a row: [V] read in a source, [V-2] secondary, [?] unconfirmed or conflicting. */
export type Certainty = "V" | "V-2" | "?";

/** Where MotCua takes an indicator's numerator and denominator from, or why it cannot. */
export type IndicatorInput = { held: true; source: string } | { held: false; reason: string };

export interface IndicatorDefinition {
  id: string;
  /** Vietnamese name, as shown. */
  name: string;
  group: GroupCode;
  max: number;
  conversion: Conversion;
  numerator: string;
  denominator: string;
  input: IndicatorInput;
  certainty: Certainty;
  /** What is uncertain or approximated, shown under the table. */
  note?: string;
}

export interface GroupDefinition {
  code: GroupCode;
  name: string;
  max: number;
}

/** A grade band: a converted total of at least `min` (out of 100) earns it. `assumed`: not confirmed by a source. */
export interface GradeBand {
  id: "excellent" | "good" | "fair" | "average" | "weak";
  label: string;
  min: number;
  assumed: boolean;
}

export interface ScorecardVersion {
  id: string;
  label: string;
  /** The first day (yyyy-MM-dd) the version scores; the version in force for a period is the latest started by its end. */
  effectiveFrom: string;
  source: string;
  groups: readonly GroupDefinition[];
  indicators: readonly IndicatorDefinition[];
  /** Highest first. */
  bands: readonly GradeBand[];
}

/**
 * Checks a version's arithmetic: groups add up to 100, indicators never exceed their group (they may fall short when
 * the sources leave points unallocated: see unallocatedPoints), bands descend, thresholds in (0, 1].
 */
export function versionProblems(version: ScorecardVersion): string[] {
  const problems: string[] = [];
  const points = (value: number) => String(Math.round(value * 100) / 100).replace(".", ",");
  const total = version.groups.reduce((sum, group) => sum + group.max, 0);
  if (Math.abs(total - 100) > 1e-9) problems.push(`Tổng điểm tối đa của các nhóm là ${points(total)}, phải bằng 100.`);
  for (const group of version.groups) {
    const sum = version.indicators.filter((row) => row.group === group.code).reduce((acc, row) => acc + row.max, 0);
    if (sum - group.max > 1e-9) {
      problems.push(
        `Nhóm «${group.name}»: các chỉ số cộng lại ${points(sum)} điểm, vượt điểm tối đa của nhóm (${points(group.max)}).`,
      );
    }
  }
  const ids = new Set<string>();
  for (const row of version.indicators) {
    if (ids.has(row.id)) problems.push(`Chỉ số ${row.id} xuất hiện hai lần.`);
    ids.add(row.id);
    if (!version.groups.some((group) => group.code === row.group))
      problems.push(`Chỉ số ${row.id}: nhóm không có trong bảng.`);
    if (row.conversion.kind === "threshold" && !(row.conversion.threshold > 0 && row.conversion.threshold <= 1)) {
      problems.push(`Chỉ số ${row.id}: ngưỡng phải lớn hơn 0% và không quá 100%.`);
    }
  }
  for (let index = 1; index < version.bands.length; index++) {
    if (version.bands[index]!.min >= version.bands[index - 1]!.min) {
      problems.push("Mức xếp loại phải giảm dần: mỗi mức thấp hơn mức đứng trên nó.");
      break;
    }
  }
  return problems;
}

/** Points of a group that no known indicator carries (the 2022 table: 2 of Số hóa's 22). They are never counted. */
export function unallocatedPoints(version: ScorecardVersion): { code: GroupCode; points: number }[] {
  return version.groups
    .map((group) => ({
      code: group.code,
      points:
        group.max - version.indicators.filter((row) => row.group === group.code).reduce((acc, row) => acc + row.max, 0),
    }))
    .filter((row) => row.points > 1e-9);
}
