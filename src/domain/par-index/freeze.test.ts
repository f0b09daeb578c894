// Frozen results (PAR-INDEX.md: "inputs of automatic criteria frozen when the evaluation is finalised"; issue 14:
// "a later correction of data does not silently change a published score").
import { describe, expect, it } from "vitest";
import { DEFAULT_GRADE_BANDS, frozenResult, readFrozenResult, readFrozenResultOrNull, scoreParEvaluation } from ".";
import { answer, onTime, TEST_TREE } from "./test-tree";

const SET = {
  id: "set-2025",
  year: 2025,
  level: "COMMUNE" as const,
  name: "Bộ tiêu chí 2025",
  rescaleToHundred: true,
  gradeBands: [...DEFAULT_GRADE_BANDS],
};

const answers = () => [
  answer("1.1", { selfScore: 20 }),
  answer("1.2", { selfScore: 40, appraisedScore: 30 }),
  answer("2.1", { metricInput: onTime(98.5) }),
  answer("2.2.1", { numberValue: 100, selfScore: 10 }),
  answer("2.2.2", { selfScore: 20 }),
];

describe("frozenResult", () => {
  it("stores the appraised totals, the self totals, the figures as read with their step, and the rules", () => {
    const frozen = frozenResult({
      set: SET,
      nodes: TEST_TREE,
      answers: answers(),
      frozenAt: "2026-01-15T03:00:00.000Z",
    });
    // 20 + 30 + 8 (98.5 % → "98:8") + 10 + 20 = 88; self 20 + 40 + 8 + 10 + 20 = 98.
    expect(frozen.total).toBe(88);
    expect(frozen.score100).toBe(88);
    expect(frozen.grade).toBe("Tốt");
    expect(frozen.self).toEqual({ total: 98, score100: 98 });
    expect(frozen.metricInputs["2.1"]).toMatchObject({ metric: "onTimeRate", value: 98.5, stepIndex: 1, points: 8 });
    expect(frozen.rules).toEqual({
      setId: "set-2025",
      year: 2025,
      level: "COMMUNE",
      name: "Bộ tiêu chí 2025",
      rescaleToHundred: true,
      gradeBands: SET.gradeBands,
    });
    expect(frozen.criteria["2.2.1"]).toEqual({
      code: "2.2.1",
      title: "Tiêu chí 2.2.1",
      parentId: "2.2",
      section: "MAIN",
      kind: "MANUAL",
    });
  });

  it("does not move when a metric input or the grade bands change after freezing", () => {
    const live = answers();
    const stored = JSON.parse(
      JSON.stringify(frozenResult({ set: SET, nodes: TEST_TREE, answers: live, frozenAt: "2026-01-15T03:00:00.000Z" })),
    ) as unknown;
    const inMemory = frozenResult({ set: SET, nodes: TEST_TREE, answers: live, frozenAt: "2026-01-15T03:00:00.000Z" });

    // A later correction of the on-time figure (98.5 % → 100 %) and new bands.
    live[2]!.metricInput!.value = 100;
    SET.gradeBands[1] = { label: "Tốt", min: 95 };

    // Scoring live data now gives a different figure…
    expect(
      scoreParEvaluation(TEST_TREE, live, { basis: "appraised", rescaleToHundred: true, gradeBands: SET.gradeBands })
        .total,
    ).toBe(90);
    // …but the frozen result, stored or in memory, keeps what was read then.
    for (const result of [readFrozenResult(stored), inMemory]) {
      expect(result.total).toBe(88);
      expect(result.grade).toBe("Tốt");
      expect(result.rules.gradeBands[1]).toEqual({ label: "Tốt", min: 80 });
      expect(result.metricInputs["2.1"]!.value).toBe(98.5);
      expect(result.byNode["2.1"]!.score).toBe(8);
    }
  });

  it("refuses JSON that is not a frozen result", () => {
    expect(() => readFrozenResult({ total: 88 })).toThrow();
    expect(readFrozenResultOrNull(null)).toBeNull();
  });
});
