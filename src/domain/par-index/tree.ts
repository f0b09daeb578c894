// The criteria tree (domain → criterion → sub-criterion) as data, and the checks a set must pass before an
// evaluation may open on it (PAR-INDEX.md: "the tree is data, versioned per year and level"; DOMAIN.md: 100 points
// over the domains). Every issue names the criterion's code in Vietnamese, for the set's page and the import.
import { validateLadder } from "./ladder";
import { isParMetricKey } from "./metrics";
import { isMetricKind, type ParCriterionNode } from "./types";

export interface ParTreeNode {
  node: ParCriterionNode;
  depth: number;
  children: ParTreeNode[];
}

/** Siblings by position, then code (numerically: "3.10" after "3.9"). */
function compareSiblings(a: ParCriterionNode, b: ParCriterionNode): number {
  return a.position - b.position || a.code.localeCompare(b.code, "vi", { numeric: true });
}

/** The ordered forest; a node whose parent is missing is placed at the top (validateParTree reports it). */
export function buildParTree(nodes: readonly ParCriterionNode[]): ParTreeNode[] {
  const ids = new Set(nodes.map((node) => node.id));
  const byParent = new Map<string | null, ParCriterionNode[]>();
  for (const node of nodes) {
    const key = node.parentId !== null && ids.has(node.parentId) && node.parentId !== node.id ? node.parentId : null;
    byParent.set(key, [...(byParent.get(key) ?? []), node]);
  }
  const seen = new Set<string>();
  const build = (parentId: string | null, depth: number): ParTreeNode[] =>
    (byParent.get(parentId) ?? [])
      .toSorted(compareSiblings)
      .filter((node) => !seen.has(node.id))
      .map((node) => {
        seen.add(node.id);
        return { node, depth, children: build(node.id, depth + 1) };
      });
  return build(null, 0);
}

/** The tree in reading order (depth first), each node with its depth: the rows of the set's table. */
export function flattenParTree(tree: readonly ParTreeNode[]): ParTreeNode[] {
  return tree.flatMap((item) => [item, ...flattenParTree(item.children)]);
}

export type ParTreeIssueKind =
  | "duplicate_code"
  | "empty_code"
  | "empty_title"
  | "missing_parent"
  | "cycle"
  | "bad_max"
  | "group_without_children"
  | "scored_with_children"
  | "section_mismatch"
  | "children_sum"
  | "main_total"
  | "metric_missing"
  | "metric_unknown"
  | "metric_not_allowed"
  | "ladder_missing"
  | "ladder_invalid"
  | "value_kind";

export interface ParTreeIssue {
  kind: ParTreeIssueKind;
  /** The criterion's code; null for an issue of the whole set (the 100-point total). */
  code: string | null;
  message: string;
}

/** Points compared in hundredths: maxima are Decimal(6, 2). */
const cents = (value: number) => Math.round(value * 100);
const pointsText = (value: number) => String(cents(value) / 100).replace(".", ",");

/** Every problem of a set's tree; empty when an evaluation may open on it. */
export function validateParTree(nodes: readonly ParCriterionNode[]): ParTreeIssue[] {
  const issues: ParTreeIssue[] = [];
  const add = (kind: ParTreeIssueKind, code: string | null, message: string) => issues.push({ kind, code, message });
  const byId = new Map(nodes.map((node) => [node.id, node]));
  const children = new Map<string, ParCriterionNode[]>();
  for (const node of nodes) {
    if (node.parentId !== null) children.set(node.parentId, [...(children.get(node.parentId) ?? []), node]);
  }

  const codes = new Map<string, number>();
  for (const node of nodes) codes.set(node.code.trim(), (codes.get(node.code.trim()) ?? 0) + 1);

  for (const node of nodes) {
    const code = node.code.trim();
    const name = `Tiêu chí ${code || "(chưa có mã)"}`;
    if (!code) add("empty_code", null, `Một tiêu chí (“${node.title}”) chưa có mã số.`);
    else if ((codes.get(code) ?? 0) > 1) add("duplicate_code", code, `${name}: mã số bị trùng trong bộ tiêu chí.`);
    if (!node.title.trim()) add("empty_title", code, `${name}: chưa có tên tiêu chí.`);
    if (!Number.isFinite(node.maxPoints) || node.maxPoints <= 0)
      add("bad_max", code, `${name}: điểm tối đa phải lớn hơn 0.`);

    const parent = node.parentId === null ? null : byId.get(node.parentId);
    if (node.parentId !== null && !parent) add("missing_parent", code, `${name}: không tìm thấy tiêu chí cha.`);
    if (parent && parent.section !== node.section)
      add(
        "section_mismatch",
        code,
        `${name}: phải cùng phần (điểm chính, điểm thưởng, điểm trừ) với tiêu chí ${parent.code}.`,
      );
    if (parent && parent.kind !== "GROUP")
      add(
        "scored_with_children",
        parent.code,
        `Tiêu chí ${parent.code}: là tiêu chí chấm điểm nên không được có tiêu chí con (${code}); hãy đổi thành nhóm.`,
      );

    // A walk up that comes back to the node is a cycle (only possible in hand-built or imported data).
    let cursor = parent;
    for (let steps = 0; cursor && steps <= nodes.length; steps += 1) {
      if (cursor.id === node.id) {
        add("cycle", code, `${name}: tiêu chí cha tạo thành vòng lặp.`);
        break;
      }
      cursor = cursor.parentId === null ? null : byId.get(cursor.parentId);
    }

    const kids = children.get(node.id) ?? [];
    if (node.kind === "GROUP") {
      if (kids.length === 0) add("group_without_children", code, `${name}: là nhóm nhưng chưa có tiêu chí con.`);
      if (node.section === "MAIN" && kids.length > 0) {
        const sum = kids.reduce((total, kid) => total + kid.maxPoints, 0);
        if (cents(sum) !== cents(node.maxPoints))
          add(
            "children_sum",
            code,
            `${name}: tổng điểm tối đa của các tiêu chí con là ${pointsText(sum)}, khác điểm tối đa của nhóm (${pointsText(node.maxPoints)}).`,
          );
      }
      if (node.metric !== null) add("metric_not_allowed", code, `${name}: nhóm không đọc số liệu, hãy bỏ số liệu.`);
      if (node.valueKind !== "NONE") add("value_kind", code, `${name}: nhóm không có giá trị kê khai.`);
      continue;
    }

    if (isMetricKind(node.kind)) {
      if (node.metric === null)
        add("metric_missing", code, `${name}: tiêu chí tự động hoặc khảo sát phải chọn số liệu của MotCua.`);
      else if (!isParMetricKey(node.metric))
        add("metric_unknown", code, `${name}: số liệu “${String(node.metric)}” không hợp lệ.`);
      if (node.ladder === null || node.ladder.length === 0)
        add("ladder_missing", code, `${name}: tiêu chí tự động hoặc khảo sát phải có thang điểm.`);
    } else if (node.metric !== null) {
      add("metric_not_allowed", code, `${name}: chỉ tiêu chí tự động, bán tự động hoặc khảo sát mới đọc số liệu.`);
    }
    if (node.kind === "AUTOMATIC" || node.kind === "SURVEY") {
      if (node.valueKind !== "NONE")
        add(
          "value_kind",
          code,
          `${name}: tiêu chí tự động hoặc khảo sát không có giá trị kê khai (số liệu do MotCua cung cấp).`,
        );
    }
    if (node.ladder !== null && node.ladder.length > 0) {
      for (const problem of validateLadder(node.ladder, node.maxPoints))
        add("ladder_invalid", code, `${name}, thang điểm: ${problem}`);
    }
  }

  const mainTotal = nodes
    .filter((node) => node.parentId === null && node.section === "MAIN")
    .reduce((total, node) => total + node.maxPoints, 0);
  if (cents(mainTotal) !== 10_000)
    add("main_total", null, `Tổng điểm tối đa của các lĩnh vực là ${pointsText(mainTotal)}, phải bằng 100.`);
  return issues;
}

/** The ids of a node and every node below it: a node cannot move under one of these. */
export function descendantIds(nodes: readonly Pick<ParCriterionNode, "id" | "parentId">[], id: string): Set<string> {
  const result = new Set<string>([id]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const node of nodes) {
      if (node.parentId !== null && result.has(node.parentId) && !result.has(node.id)) {
        result.add(node.id);
        grew = true;
      }
    }
  }
  return result;
}
