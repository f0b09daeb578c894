// Scoring (PAR-INDEX.md "Rules to support"; scoring.ts header): N/A removes points from the maximum and from every
// ancestor's, bonus adds capped at the bonus section's max, penalty subtracts, rescale to 100 without a survey,
// appraised falls back to self, automatic to the proposed score. Every expected figure is computed by hand.
import { describe, expect, it } from "vitest";
import { DEFAULT_GRADE_BANDS, gradeOf, proposedScore, scoreParEvaluation, validateGradeBands } from ".";
import { answer, onTime, TEST_TREE, testNode } from "./test-tree";

const nodeOf = (code: string) => TEST_TREE.find((node) => node.code === code)!;
const options = { basis: "self" as const, rescaleToHundred: true, gradeBands: DEFAULT_GRADE_BANDS };

// 1.1 = 20, 1.2 = 30, 2.1 on-time 98.5 % → ladder step "98:8" = 8, 2.2.1 = 5, 2.2.2 = 20 → main 83 of 100;
// bonus 2 + 2 = 4 capped at the bonus group's 3; penalty 2.
const ANSWERS = [
  answer("1.1", { declared: "YES", selfScore: 20 }),
  answer("1.2", { declared: "YES", selfScore: 30 }),
  answer("2.1", { metricInput: onTime(98.5) }),
  answer("2.2.1", { numberValue: 85, selfScore: 5 }),
  answer("2.2.2", { declared: "YES", selfScore: 20 }),
  answer("C.1", { declared: "YES", selfScore: 2 }),
  answer("C.2", { declared: "YES", selfScore: 2 }),
  answer("T", { declared: "YES", selfScore: 2 }),
];

describe("proposedScore", () => {
  it("reads an automatic criterion's figure on its ladder", () => {
    expect(proposedScore(nodeOf("2.1"), answer("2.1", { metricInput: onTime(100) }))).toBe(10);
    expect(proposedScore(nodeOf("2.1"), answer("2.1", { metricInput: onTime(98.5) }))).toBe(8);
    expect(proposedScore(nodeOf("2.1"), answer("2.1", { metricInput: onTime(94) }))).toBe(0);
  });

  it("has nothing to propose without a figure", () => {
    expect(proposedScore(nodeOf("2.1"), answer("2.1", { metricInput: onTime(null) }))).toBeNull();
    expect(proposedScore(nodeOf("2.1"), null)).toBeNull();
  });

  it("Có → max, Không → 0 for YES_NO; a NUMBER on its ladder; N/A → null", () => {
    expect(proposedScore(nodeOf("1.2"), answer("1.2", { declared: "YES" }))).toBe(40);
    expect(proposedScore(nodeOf("1.2"), answer("1.2", { declared: "NO" }))).toBe(0);
    expect(proposedScore(nodeOf("2.2.1"), answer("2.2.1", { numberValue: 80 }))).toBe(5);
    expect(proposedScore(nodeOf("2.2.1"), answer("2.2.1", { numberValue: 79.9 }))).toBe(0);
    expect(proposedScore(nodeOf("1.1"), answer("1.1", { declared: "NOT_APPLICABLE" }))).toBeNull();
    expect(proposedScore(nodeOf("1"), answer("1"))).toBeNull();
  });
});

describe("scoreParEvaluation", () => {
  it("adds the main part, the capped bonus and subtracts the penalty", () => {
    const result = scoreParEvaluation(TEST_TREE, ANSWERS, options);
    expect(result.main).toEqual({ score: 83, max: 100, applicableMax: 100 });
    expect(result.bonus).toEqual({ score: 3, max: 3, applicableMax: 3 });
    expect(result.penalty).toEqual({ score: 2, max: 5, applicableMax: 5 });
    expect(result.total).toBe(84); // 83 + 3 − 2
    expect(result.score100).toBe(84); // 84 ÷ 100 × 100
    expect(result.rescaled).toBe(true);
    expect(result.grade).toBe("Tốt");
    expect(result.byNode["2"]).toEqual({ score: 33, max: 40, applicableMax: 40, lost: 7, notApplicable: false });
    expect(result.byNode["1.2"]!.lost).toBe(10);
    expect(result.byNode["T"]!.lost).toBe(2); // the points taken off
    expect(result.byNode["C"]!.lost).toBe(0);
  });

  it("takes a not-applicable criterion out of its maximum and its ancestors' maxima", () => {
    const answers = ANSWERS.map((row) =>
      row.criterionId === "2.2.1" ? answer("2.2.1", { declared: "NOT_APPLICABLE", selfScore: 5 }) : row,
    );
    const result = scoreParEvaluation(TEST_TREE, answers, options);
    expect(result.byNode["2.2.1"]).toEqual({ score: 0, max: 10, applicableMax: 0, lost: 0, notApplicable: true });
    expect(result.byNode["2.2"]).toEqual({ score: 20, max: 30, applicableMax: 20, lost: 0, notApplicable: false });
    expect(result.byNode["2"]!.applicableMax).toBe(30);
    expect(result.main).toEqual({ score: 78, max: 100, applicableMax: 90 });
    expect(result.total).toBe(79); // 78 + 3 − 2
    expect(result.score100).toBe(87.78); // 79 ÷ 90 × 100 = 87.777…, half up
    expect(scoreParEvaluation(TEST_TREE, answers, { ...options, rescaleToHundred: false }).score100).toBe(79);
  });

  it("ignores N/A where the criterion does not allow it", () => {
    const answers = ANSWERS.map((row) =>
      row.criterionId === "1.2" ? answer("1.2", { declared: "NOT_APPLICABLE", selfScore: 30 }) : row,
    );
    const result = scoreParEvaluation(TEST_TREE, answers, options);
    expect(result.byNode["1.2"]!.notApplicable).toBe(false);
    expect(result.main.applicableMax).toBe(100);
    expect(result.total).toBe(84);
  });

  it("does not rescale when the main part has a survey criterion", () => {
    // 1.2 becomes a SURVEY criterion on SIPAS, 40 points: 92 % → ladder "90:36" = 36.
    const tree = TEST_TREE.map((node) =>
      node.code === "1.2"
        ? testNode("1.2", 40, "SURVEY", {
            metric: "sipas",
            ladder: [
              { min: 95, points: 40 },
              { min: 90, points: 36 },
            ],
          })
        : node,
    );
    const answers = [
      ...ANSWERS.filter((row) => row.criterionId !== "1.2" && row.criterionId !== "2.2.1"),
      answer("1.2", { metricInput: { ...onTime(92)!, metric: "sipas" } }),
      answer("2.2.1", { declared: "NOT_APPLICABLE" }),
    ];
    const result = scoreParEvaluation(tree, answers, options);
    expect(result.hasSurvey).toBe(true);
    expect(result.rescaled).toBe(false);
    // 20 + 36 + 8 + 0 (N/A) + 20 = 84 of an applicable 90; + 3 − 2 = 85, not rescaled.
    expect(result.main).toEqual({ score: 84, max: 100, applicableMax: 90 });
    expect(result.score100).toBe(85);
  });

  it("appraised: the appraised score, else the self score, else (automatic only) the proposed score", () => {
    const answers = [
      answer("1.1", { selfScore: 20 }),
      answer("1.2", { selfScore: 30, appraisedScore: 25 }),
      answer("2.1", { metricInput: onTime(100) }), // nothing set: proposed 10
      answer("2.2.1", { numberValue: 100 }), // manual, nothing set: 0 (the unit proposes, MotCua does not)
      answer("2.2.2", { selfScore: 20, appraisedScore: 0 }),
    ];
    const appraised = scoreParEvaluation(TEST_TREE, answers, { ...options, basis: "appraised" });
    expect(appraised.main.score).toBe(55); // 20 + 25 + 10 + 0 + 0
    const self = scoreParEvaluation(TEST_TREE, answers, options);
    expect(self.main.score).toBe(80); // 20 + 30 + 10 + 0 + 20
    // An automatic criterion appraised down keeps the appraisal.
    const down = [
      ...answers.filter((row) => row.criterionId !== "2.1"),
      answer("2.1", { metricInput: onTime(100), appraisedScore: 5 }),
    ];
    expect(scoreParEvaluation(TEST_TREE, down, { ...options, basis: "appraised" }).main.score).toBe(50);
  });

  it("holds a score within 0 … max and scores a missing answer 0", () => {
    const result = scoreParEvaluation(
      TEST_TREE,
      [answer("1.1", { selfScore: 25 }), answer("1.2", { selfScore: -3 })],
      options,
    );
    expect(result.byNode["1.1"]!.score).toBe(20);
    expect(result.byNode["1.2"]!.score).toBe(0);
    expect(result.main.score).toBe(20);
    expect(result.score100).toBe(20);
    expect(result.grade).toBe("Yếu");
  });

  it("rounds only the final figures, half up", () => {
    // 1.1 = 0.335 and 1.2 = 0.335: 0.67 exactly; rounding each first would give 0.34 + 0.34 = 0.68.
    const answers = [answer("1.1", { selfScore: 0.335 }), answer("1.2", { selfScore: 0.335 })];
    const result = scoreParEvaluation(TEST_TREE, answers, options);
    expect(result.main.score).toBe(0.67);
    expect(result.byNode["1.1"]!.score).toBe(0.34);
  });

  it("has no 100-point score when nothing in the main part applies", () => {
    const tree = [testNode("1", 10, "GROUP"), testNode("1.1", 10, "MANUAL", { allowNotApplicable: true })];
    const result = scoreParEvaluation(tree, [answer("1.1", { declared: "NOT_APPLICABLE" })], options);
    expect(result.score100).toBeNull();
    expect(result.grade).toBeNull();
    expect(result.byNode["1"]!.notApplicable).toBe(true);
  });
});

describe("grade bands", () => {
  it("gives the first band reached, highest first (illustrative defaults)", () => {
    expect(gradeOf(90, DEFAULT_GRADE_BANDS)).toBe("Xuất sắc");
    expect(gradeOf(89.99, DEFAULT_GRADE_BANDS)).toBe("Tốt");
    expect(gradeOf(70, DEFAULT_GRADE_BANDS)).toBe("Khá");
    expect(gradeOf(50, DEFAULT_GRADE_BANDS)).toBe("Trung bình");
    expect(gradeOf(49.99, DEFAULT_GRADE_BANDS)).toBe("Yếu");
    expect(gradeOf(-1, DEFAULT_GRADE_BANDS)).toBeNull();
    expect(gradeOf(null, DEFAULT_GRADE_BANDS)).toBeNull();
  });

  it("checks bands: names, 0–100, descending, no repeats", () => {
    expect(validateGradeBands(DEFAULT_GRADE_BANDS)).toEqual([]);
    expect(
      validateGradeBands([
        { label: "A", min: 80 },
        { label: "A", min: 90 },
        { label: " ", min: 120 },
      ]),
    ).toEqual([
      "Mức 2 (“A”): tên mức bị trùng.",
      "Mức 2 (“A”): điểm từ phải thấp hơn mức trên (80).",
      "Mức 3: chưa có tên mức xếp loại.",
      "Mức 3: điểm từ phải trong khoảng 0–100.",
      "Mức 3: điểm từ phải thấp hơn mức trên (90).",
    ]);
    expect(validateGradeBands([])).toEqual(["Chưa có mức xếp loại nào."]);
  });
});
