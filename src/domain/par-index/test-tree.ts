// A small hand-made tree for the unit tests (not exported from index.ts): 100 points over two domains, a bonus group
// capped at 3 and a penalty item.
import type { ParAnswerInput, ParCriterionNode } from "./types";

export function testNode(
  code: string,
  maxPoints: number,
  kind: ParCriterionNode["kind"],
  extra: Partial<ParCriterionNode> = {},
): ParCriterionNode {
  const cut = code.lastIndexOf(".");
  return {
    id: code,
    parentId: cut < 0 ? null : code.slice(0, cut),
    position: Number(code.split(".").at(-1)) || 0,
    code,
    title: `Tiêu chí ${code}`,
    maxPoints,
    kind,
    section: "MAIN",
    valueKind: kind === "MANUAL" ? "YES_NO" : "NONE",
    allowNotApplicable: false,
    guidance: null,
    scoringNote: null,
    metric: null,
    ladder: null,
    ...extra,
  };
}

export const TEST_TREE: ParCriterionNode[] = [
  testNode("1", 60, "GROUP"),
  testNode("1.1", 20, "MANUAL", { allowNotApplicable: true }),
  testNode("1.2", 40, "MANUAL"),
  testNode("2", 40, "GROUP"),
  testNode("2.1", 10, "AUTOMATIC", {
    metric: "onTimeRate",
    ladder: [
      { min: 100, points: 10 },
      { min: 98, points: 8 },
      { min: 95, points: 5 },
    ],
  }),
  testNode("2.2", 30, "GROUP"),
  testNode("2.2.1", 10, "MANUAL", {
    valueKind: "NUMBER",
    allowNotApplicable: true,
    ladder: [
      { min: 100, points: 10 },
      { min: 80, points: 5 },
    ],
  }),
  testNode("2.2.2", 20, "MANUAL"),
  testNode("C", 3, "GROUP", { section: "BONUS" }),
  testNode("C.1", 2, "MANUAL", { section: "BONUS" }),
  testNode("C.2", 2, "MANUAL", { section: "BONUS" }),
  testNode("T", 5, "MANUAL", { section: "PENALTY" }),
];

export function answer(criterionId: string, fields: Partial<ParAnswerInput> = {}): ParAnswerInput {
  return {
    criterionId,
    declared: null,
    numberValue: null,
    selfScore: null,
    appraisedScore: null,
    metricInput: null,
    ...fields,
  };
}

export function onTime(value: number | null): ParAnswerInput["metricInput"] {
  return {
    metric: "onTimeRate",
    value,
    numerator: value === null ? null : value * 2,
    denominator: value === null ? null : 200,
    unavailableReason: value === null ? "Không có hồ sơ giải quyết trong kỳ." : null,
    readAt: "2026-12-31T10:00:00.000Z",
  };
}
