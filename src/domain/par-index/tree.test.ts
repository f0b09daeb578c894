// Tree checks (PAR-INDEX.md: the tree is data, domain → criterion → sub-criterion; DOMAIN.md: 100 points over the
// domains; automatic criteria read a MotCua metric through a ladder). Every issue names the code in Vietnamese.
import { describe, expect, it } from "vitest";
import { buildParTree, flattenParTree, SAMPLE_COMMUNE_TREE_2025, validateParTree, type ParCriterionNode } from ".";
import { TEST_TREE, testNode } from "./test-tree";

const replace = (code: string, changes: Partial<ParCriterionNode>) =>
  TEST_TREE.map((node) => (node.code === code ? { ...node, ...changes } : node));
const kinds = (nodes: ParCriterionNode[]) => validateParTree(nodes).map((issue) => [issue.kind, issue.code]);

describe("buildParTree", () => {
  it("orders siblings by position, then code numerically", () => {
    const nodes = [
      testNode("3", 10, "GROUP"),
      testNode("3.10", 5, "MANUAL", { position: 0 }),
      testNode("3.9", 5, "MANUAL", { position: 0 }),
      testNode("1", 90, "MANUAL", { position: 0 }),
    ];
    const rows = flattenParTree(buildParTree(nodes)).map((row) => [row.node.code, row.depth]);
    expect(rows).toEqual([
      ["1", 0],
      ["3", 0],
      ["3.9", 1],
      ["3.10", 1],
    ]);
  });
});

describe("validateParTree", () => {
  it("finds nothing wrong with the test tree", () => {
    expect(validateParTree(TEST_TREE)).toEqual([]);
  });

  it("reports a duplicate code, naming it", () => {
    const issues = validateParTree([
      ...TEST_TREE,
      testNode("1.2", 1, "MANUAL", { id: "other", parentId: "C", section: "BONUS" }),
    ]);
    expect(issues.filter((issue) => issue.kind === "duplicate_code")).toHaveLength(2);
    expect(issues[0]!.message).toBe("Tiêu chí 1.2: mã số bị trùng trong bộ tiêu chí.");
  });

  it("wants children under a group, none under a scored criterion", () => {
    expect(kinds([...replace("2.2.1", { kind: "GROUP", ladder: null, valueKind: "NONE" })])).toEqual([
      ["group_without_children", "2.2.1"],
    ]);
    expect(kinds(replace("2.2", { kind: "MANUAL" }))).toContainEqual(["scored_with_children", "2.2"]);
  });

  it("wants a main group's children to add up to its maximum, and the domains to 100 (reporting the total)", () => {
    const issues = validateParTree(replace("2.2.2", { maxPoints: 15 }));
    expect(issues.map((issue) => issue.message)).toEqual([
      "Tiêu chí 2.2: tổng điểm tối đa của các tiêu chí con là 25, khác điểm tối đa của nhóm (30).",
    ]);
    const total = validateParTree(replace("2", { maxPoints: 35.5 }));
    expect(total).toContainEqual({
      kind: "main_total",
      code: null,
      message: "Tổng điểm tối đa của các lĩnh vực là 95,5, phải bằng 100.",
    });
  });

  it("lets a bonus group's items add up to more than its cap", () => {
    expect(kinds(TEST_TREE).filter(([kind]) => kind === "children_sum")).toEqual([]);
  });

  it("wants a metric and a sound ladder for automatic and survey criteria", () => {
    expect(kinds(replace("2.1", { metric: null, ladder: null }))).toEqual([
      ["metric_missing", "2.1"],
      ["ladder_missing", "2.1"],
    ]);
    expect(kinds(replace("2.1", { metric: "nope" as never }))).toEqual([["metric_unknown", "2.1"]]);
    const ladder = validateParTree(replace("2.1", { ladder: [{ min: 100, points: 12 }] }));
    expect(ladder.map((issue) => issue.message)).toEqual([
      "Tiêu chí 2.1, thang điểm: Bậc 1 (từ 100): 12 điểm vượt điểm tối đa 10.",
    ]);
    expect(kinds(replace("1.2", { metric: "onTimeRate" }))).toEqual([["metric_not_allowed", "1.2"]]);
  });

  it("wants a child in its parent's section, and a known parent", () => {
    expect(kinds(replace("C.1", { section: "MAIN" }))).toContainEqual(["section_mismatch", "C.1"]);
    expect(kinds(replace("C.1", { parentId: "missing" }))).toContainEqual(["missing_parent", "C.1"]);
  });

  it("reports a cycle", () => {
    expect(kinds(replace("2", { parentId: "2.2" }))).toContainEqual(["cycle", "2"]);
  });
});

describe("the sample commune tree", () => {
  const nodes = SAMPLE_COMMUNE_TREE_2025.nodes;

  it("is a valid tree marked as a sample: 8 domains adding up to 100", () => {
    expect(SAMPLE_COMMUNE_TREE_2025.isSample).toBe(true);
    expect(validateParTree(nodes)).toEqual([]);
    const domains = nodes.filter((node) => node.parentId === null && node.section === "MAIN");
    expect(domains).toHaveLength(8);
    expect(domains.reduce((sum, node) => sum + node.maxPoints, 0)).toBe(100);
  });

  it("scores the survey part on SIPAS and reads every other MotCua figure in the procedure domain", () => {
    expect(nodes.filter((node) => node.kind === "SURVEY").map((node) => node.metric)).toEqual(["sipas"]);
    const procedureMetrics = nodes
      .filter((node) => node.code.startsWith("3.") && node.metric !== null)
      .map((node) => node.metric)
      .sort();
    expect(procedureMetrics).toEqual([
      "apologyCompliance",
      "decision766Score",
      "digitisationShare",
      "eResultShare",
      "feedbackOnTime",
      "fullOnlineShare",
      "onTimeRate",
      "onlinePaymentShare",
      "onlineShare",
    ]);
    const onTime = nodes.find((node) => node.metric === "onTimeRate")!;
    expect(onTime.ladder![0]).toEqual({ min: 100, points: onTime.maxPoints });
    expect(onTime.ladder!.at(-1)!.min).toBe(95); // under 95 % → 0 (PAR-INDEX.md 3.3)
  });

  it("has a bonus section and a penalty item, and guidance on every scored criterion", () => {
    expect(nodes.some((node) => node.section === "BONUS")).toBe(true);
    expect(nodes.some((node) => node.section === "PENALTY" && node.kind !== "GROUP")).toBe(true);
    expect(nodes.filter((node) => node.kind !== "GROUP" && !node.guidance)).toEqual([]);
  });
});
