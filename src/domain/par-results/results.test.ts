import { describe, expect, it } from "vitest";
import {
  domainFigures,
  isParHomeAffairs,
  lostCriteria,
  mayReadParRanking,
  mayReadParUnitResult,
  maySeeProvisionalParScore,
  yearComparison,
  type ResultCriterion,
  type ResultNodeScore,
} from ".";

// A two-domain tree with a not-applicable criterion, a penalty and a bonus (PAR-INDEX.md "Rules to support").
const criteria: Record<string, ResultCriterion> = {
  d1: { code: "1", title: "Công tác chỉ đạo", parentId: null, section: "MAIN", kind: "GROUP" },
  c11: { code: "1.1", title: "Kế hoạch cải cách", parentId: "d1", section: "MAIN", kind: "MANUAL" },
  c12: { code: "1.2", title: "Báo cáo đúng hạn", parentId: "d1", section: "MAIN", kind: "MANUAL" },
  d3: { code: "3", title: "Cải cách thủ tục hành chính", parentId: null, section: "MAIN", kind: "GROUP" },
  c310: { code: "3.10", title: "Phản ánh xử lý đúng hạn", parentId: "d3", section: "MAIN", kind: "AUTOMATIC" },
  c33: { code: "3.3", title: "Hồ sơ đúng hạn", parentId: "d3", section: "MAIN", kind: "AUTOMATIC" },
  c34: { code: "3.4", title: "Thư xin lỗi", parentId: "d3", section: "MAIN", kind: "AUTOMATIC" },
  b: { code: "B", title: "Điểm thưởng", parentId: null, section: "BONUS", kind: "GROUP" },
  b1: { code: "B.1", title: "Sáng kiến", parentId: "b", section: "BONUS", kind: "MANUAL" },
  p: { code: "T", title: "Điểm trừ", parentId: null, section: "PENALTY", kind: "GROUP" },
  p1: { code: "T.1", title: "Bị phê bình", parentId: "p", section: "PENALTY", kind: "MANUAL" },
};
const node = (score: number, max: number, applicableMax = max, lost = applicableMax - score, notApplicable = false) =>
  ({ score, max, applicableMax, lost, notApplicable }) satisfies ResultNodeScore;
const byNode: Record<string, ResultNodeScore> = {
  d1: node(7, 10),
  c11: node(5, 5),
  c12: node(2, 5),
  d3: node(4, 6, 5),
  c310: node(1, 1),
  c33: node(3, 4),
  c34: node(0, 1, 0, 0, true),
  b: node(1, 2, 2, 0),
  b1: node(1, 2, 2, 0),
  p: node(1, 1, 1, 1),
  p1: node(1, 1, 1, 1),
};

describe("where a unit lost points", () => {
  it("by domain: the main part's top nodes in code order, percent of the applicable maximum (N/A left out)", () => {
    expect(domainFigures(criteria, byNode)).toEqual([
      expect.objectContaining({ code: "1", score: 7, applicableMax: 10, lost: 3, percent: 70 }),
      // 3.4 not applicable: 6 − 1 = 5 applicable, 4 kept → 80 %.
      expect.objectContaining({ code: "3", score: 4, applicableMax: 5, lost: 1, percent: 80 }),
    ]);
  });

  it("by criterion: leaves below their maximum and penalties taken, never a not-applicable one or a bonus", () => {
    const lost = lostCriteria(criteria, byNode);
    expect(lost.map((row) => [row.code, row.lost, row.domainCode])).toEqual([
      ["1.2", 3, "1"],
      ["3.3", 1, "3"],
      ["T.1", 1, "T"],
    ]);
  });
});

describe("change from last year across a change of the map (AdministrativeUnit.successorId)", () => {
  const map = [
    { id: "new", successorId: null },
    { id: "old1", successorId: "new" },
    { id: "old2", successorId: "new" },
    { id: "renamed", successorId: null },
    { id: "before", successorId: "renamed" },
    { id: "stay", successorId: null },
  ];

  it("the same unit's result first, change in two decimals", () => {
    expect(yearComparison(map[5]!, map, new Map([["stay", 88.4]]), 91.13)).toEqual({
      kind: "same",
      unitId: "stay",
      previousScore: 88.4,
      change: 2.73,
    });
  });

  it("a unit formed from one unit compares with it; from several with results, no comparable year", () => {
    expect(yearComparison(map[3]!, map, new Map([["before", 80]]), 78.5)).toMatchObject({
      kind: "predecessor",
      unitId: "before",
      change: -1.5,
    });
    expect(
      yearComparison(
        map[0]!,
        map,
        new Map([
          ["old1", 90],
          ["old2", 85],
        ]),
        88,
      ),
    ).toEqual({
      kind: "none",
      reason: "merged",
      predecessors: 2,
    });
  });

  it("no result last year, or not scored this year: said so, never a made-up change", () => {
    expect(yearComparison(map[5]!, map, new Map(), 90)).toEqual({ kind: "none", reason: "noResult", predecessors: 0 });
    expect(yearComparison(map[5]!, map, new Map([["stay", null]]), 90)).toMatchObject({ kind: "none" });
    expect(yearComparison(map[5]!, map, new Map([["stay", 70]]), null)).toMatchObject({ kind: "same", change: null });
    // Recorded last year under the unit that continues it.
    expect(yearComparison(map[1]!, map, new Map([["new", 75]]), 80)).toMatchObject({ kind: "successor", change: 5 });
  });
});

describe("who reads a PAR result", () => {
  const town = { unitId: "town", readableUnitIds: ["town", "w1", "w2"] };
  const ward = { unitId: "w1", readableUnitIds: ["w1"] };

  it("the ranking: leadership and home affairs of the owner unit or above", () => {
    expect(mayReadParRanking({ role: "LEADERSHIP", ...town }, "town")).toBe(true);
    expect(mayReadParRanking({ role: "INSPECTOR", ...town }, "town")).toBe(true);
    expect(mayReadParRanking({ role: "LEADERSHIP", ...ward }, "town")).toBe(false);
    expect(mayReadParRanking({ role: "OFFICER", ...town }, "town")).toBe(false);
  });

  it("provisional scores: home affairs of the owner and the unit's own leader only", () => {
    expect(isParHomeAffairs({ role: "INSPECTOR", ...town }, "town")).toBe(true);
    expect(maySeeProvisionalParScore({ role: "INSPECTOR", ...town }, "town", "w2")).toBe(true);
    expect(maySeeProvisionalParScore({ role: "LEADERSHIP", ...town }, "town", "w2")).toBe(false);
    expect(maySeeProvisionalParScore({ role: "LEADERSHIP", ...ward }, "town", "w1")).toBe(true);
    expect(maySeeProvisionalParScore({ role: "LEADERSHIP", ...ward }, "town", "w2")).toBe(false);
    expect(mayReadParUnitResult({ role: "LEADERSHIP", ...ward }, "town", "w1")).toBe(true);
    expect(mayReadParUnitResult({ role: "LEADERSHIP", ...ward }, "town", "w2")).toBe(false);
  });
});
