// Decision 766 scoring (DECISION-766.md "Conversions" [V]: threshold → max at rate ≥ T else rate × max ÷ T;
// proportional → rate × max; two decimals; zero denominator → N/A). Every expected value below is computed by hand.
import { describe, expect, it } from "vitest";
import {
  bandOf,
  changeOf,
  NO_DOSSIERS_REASON,
  pointsOf,
  rankByTotal,
  SCORECARD_VERSIONS,
  scoreIndicator,
  scoreScorecard,
  VERSION_2022,
  versionInForce,
  versionProblems,
  unallocatedPoints,
  type IndicatorCounts,
} from ".";

const definitionOf = (id: string) => VERSION_2022.indicators.find((row) => row.id === id)!;

// id → [numerator, denominator, expected points, how]
const CASES: [string, number, number, number, string][] = [
  ["1.4", 45, 50, 5.4, "0.9 × 6"],
  ["2.1", 87, 100, 17.4, "0.87 × 20"],
  ["3.1", 7, 10, 1.75, "0.7 < 0.8: 0.7 × 2 ÷ 0.8"],
  ["3.2", 1, 3, 1.33, "1/3 × 4 = 1.333…"],
  ["3.3", 60, 100, 6, "0.6 ≥ 0.5: full"],
  ["3.5b", 1, 2, 1.25, "0.5 < 0.8: 0.5 × 2 ÷ 0.8"],
  ["3.6", 15, 100, 3, "0.15 < 0.3: 0.15 × 6 ÷ 0.3"],
  ["4.1", 2, 3, 4, "2/3 × 6"],
  ["4.2", 80, 100, 4, "exactly the threshold 0.8: full"],
  ["4.3", 1, 7, 0.36, "1/7 × 2 ÷ 0.8 = 0.357…"],
  ["5.1", 9, 10, 4.5, "0.9 × 5"],
  ["5.2", 4, 5, 4, "0.8 × 5"],
  ["5.3", 5, 8, 1.25, "0.625 × 2"],
  ["5.4", 85, 100, 5.67, "0.85 < 0.9: 0.85 × 6 ÷ 0.9 = 5.666…"],
];
const NOT_HELD = ["1.1", "1.2", "1.3", "3.5", "4.4", "4.5a", "4.5b"];

describe("the 2022 table", () => {
  it("adds up: six groups to 100, indicators within their group, bands descending", () => {
    expect(versionProblems(VERSION_2022)).toEqual([]);
    // Số hóa is 22 points but its known indicators (4.1–4.5) carry 6 + 4 + 2 + 4 + 2 + 2 = 20.
    expect(unallocatedPoints(VERSION_2022)).toEqual([{ code: "MDSH", points: 2 }]);
  });

  it("covers every indicator in the cases here, held or not held", () => {
    const covered = new Set([...CASES.map((row) => row[0]), ...NOT_HELD]);
    expect([...covered].sort()).toEqual(VERSION_2022.indicators.map((row) => row.id).sort());
  });

  it("reports a table that does not add up", () => {
    const broken = { ...VERSION_2022, indicators: VERSION_2022.indicators.filter((row) => row.id !== "2.1") };
    expect(versionProblems(broken)).toEqual([]);
    expect(unallocatedPoints(broken)).toEqual([
      { code: "TDGQ", points: 20 },
      { code: "MDSH", points: 2 },
    ]);
    const over = {
      ...VERSION_2022,
      indicators: VERSION_2022.indicators.map((row) => (row.id === "2.1" ? { ...row, max: 21 } : row)),
    };
    expect(versionProblems(over)).toContain(
      "Nhóm «Tiến độ giải quyết»: các chỉ số cộng lại 21 điểm, vượt điểm tối đa của nhóm (20).",
    );
  });

  it("picks the version in force for a day", () => {
    const later = { ...VERSION_2022, id: "later", effectiveFrom: "2026-01-01" };
    expect(versionInForce("2025-12-31", [VERSION_2022, later]).id).toBe("qd766-2022");
    expect(versionInForce("2026-01-01", [VERSION_2022, later]).id).toBe("later");
    expect(versionInForce("2020-01-01", SCORECARD_VERSIONS).id).toBe("qd766-2022");
  });
});

describe("points of each indicator", () => {
  it.each(CASES)("%s: %i ÷ %i → %d points (%s)", (id, numerator, denominator, expected) => {
    const score = scoreIndicator(definitionOf(id), { numerator, denominator });
    expect(score.points).toBe(expected);
    expect(score.notApplicable).toBeNull();
  });

  it.each(NOT_HELD)("%s is not held by MotCua: N/A with the reason, even with counts", (id) => {
    const score = scoreIndicator(definitionOf(id), { numerator: 1, denominator: 1 });
    expect(score.points).toBeNull();
    expect(score.notApplicable).toBe((definitionOf(id).input as { reason: string }).reason);
    expect(score.notApplicable).not.toBe("");
  });

  it("a zero denominator is N/A, never 0 or full points", () => {
    const score = scoreIndicator(definitionOf("2.1"), { numerator: 0, denominator: 0 });
    expect(score).toMatchObject({ points: null, rate: null, notApplicable: NO_DOSSIERS_REASON });
  });
});

describe("conversions", () => {
  it("threshold: full at and above T, proportional to T below it (not a constant 0.8 × max)", () => {
    const conversion = { kind: "threshold", threshold: 0.5 } as const;
    expect(pointsOf(0.5, 6, conversion)).toBe(6);
    expect(pointsOf(0.9, 6, conversion)).toBe(6);
    expect(pointsOf(0.49, 6, conversion)).toBe(5.88);
    expect(pointsOf(0.1, 6, conversion)).toBe(1.2);
    expect(pointsOf(0, 6, conversion)).toBe(0);
  });

  it("proportional: rate × max, two decimals, bounded to [0, 1]", () => {
    expect(pointsOf(0.12345, 20, { kind: "proportional" })).toBe(2.47);
    expect(pointsOf(0.005, 1, { kind: "proportional" })).toBe(0.01);
    expect(pointsOf(1.2, 4, { kind: "proportional" })).toBe(4);
  });
});

describe("the whole scorecard", () => {
  const counts: Record<string, IndicatorCounts | null> = Object.fromEntries(
    CASES.map(([id, numerator, denominator]) => [id, { numerator, denominator }]),
  );

  it("sums groups, leaves N/A out of points and maximum, rescales to 100 and grades", () => {
    const card = scoreScorecard(VERSION_2022, counts);
    expect(card.groups.map((group) => [group.code, group.points, group.countedMax])).toEqual([
      ["CKMB", 5.4, 6],
      ["TDGQ", 17.4, 20],
      ["ONLINE", 9.08, 12],
      ["TTTT", 4.25, 8],
      ["MDSH", 8.36, 12],
      ["MDHL", 15.42, 18],
    ]);
    expect(card.earned).toBe(59.91);
    expect(card.countedMax).toBe(76);
    // 59.91 ÷ 76 × 100 = 78.8289…
    expect(card.total).toBe(78.83);
    expect(card.band?.label).toBe("Khá");
  });

  it("with nothing counted the total and band are N/A", () => {
    const card = scoreScorecard(VERSION_2022, {});
    expect(card.total).toBeNull();
    expect(card.band).toBeNull();
    expect(card.groups.every((group) => group.indicators.every((row) => row.notApplicable))).toBe(true);
  });
});

describe("bands, change and ranking", () => {
  it.each([
    [100, "Xuất sắc"],
    [90, "Xuất sắc"],
    [89.99, "Tốt"],
    [80, "Tốt"],
    [79.99, "Khá"],
    [70, "Khá"],
    [69.99, "Trung bình"],
    [50, "Trung bình"],
    [49.99, "Yếu"],
    [0, "Yếu"],
  ])("%d → %s", (total, label) => {
    expect(bandOf(total, VERSION_2022.bands)?.label).toBe(label);
  });

  it("marks the lower bands as assumptions", () => {
    expect(VERSION_2022.bands.filter((band) => band.assumed).map((band) => band.label)).toEqual([
      "Khá",
      "Trung bình",
      "Yếu",
    ]);
  });

  it("change from the previous period in two decimals, N/A when either is N/A", () => {
    expect(changeOf(76.76, 70.5)).toBe(6.26);
    expect(changeOf(70.1, 76.76)).toBe(-6.66);
    expect(changeOf(null, 70)).toBeNull();
    expect(changeOf(70, null)).toBeNull();
  });

  it("ranks by total, ties share a rank, N/A last", () => {
    const ranked = rankByTotal(
      [
        { id: "a", total: 80 },
        { id: "b", total: null },
        { id: "c", total: 90 },
        { id: "d", total: 80 },
      ],
      (row) => row.total,
    );
    expect(ranked.map(({ row, rank }) => [row.id, rank])).toEqual([
      ["c", 1],
      ["a", 2],
      ["d", 2],
      ["b", null],
    ]);
  });
});
