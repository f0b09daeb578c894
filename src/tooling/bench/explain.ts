// EXPLAIN (ANALYZE, BUFFERS) of one statement, reduced to what a reader needs: execution time, the indexes used and
// the top of the plan tree.

export interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  "Index Name"?: string;
  "Actual Rows"?: number;
  "Actual Loops"?: number;
  "Actual Total Time"?: number;
  "Shared Hit Blocks"?: number;
  "Shared Read Blocks"?: number;
  "Heap Fetches"?: number;
  "Sort Method"?: string;
  Plans?: PlanNode[];
}

export interface ExplainRoot {
  Plan: PlanNode;
  "Planning Time": number;
  "Execution Time": number;
  JIT?: { Timing?: { Total?: number } };
}

export interface PlanSummary {
  executionMs: number;
  planningMs: number;
  jitMs: number | null;
  indexes: string[];
  /** Relations read by a sequential scan (none is expected on the worklist paths). */
  seqScans: string[];
  lines: string[];
}

export function summarisePlan(root: ExplainRoot, maxLines = 14): PlanSummary {
  const indexes = new Set<string>();
  const seqScans = new Set<string>();
  const lines: string[] = [];
  const visit = (node: PlanNode, depth: number): void => {
    if (node["Index Name"]) indexes.add(node["Index Name"]);
    if (node["Node Type"] === "Seq Scan" && node["Relation Name"]) seqScans.add(node["Relation Name"]);
    if (lines.length < maxLines) {
      const target = node["Index Name"]
        ? ` using ${node["Index Name"]}`
        : node["Relation Name"]
          ? ` on ${node["Relation Name"]}`
          : "";
      const rows =
        node["Actual Rows"] !== undefined
          ? ` rows=${node["Actual Rows"]}${(node["Actual Loops"] ?? 1) > 1 ? `×${node["Actual Loops"]}` : ""}`
          : "";
      const time = node["Actual Total Time"] !== undefined ? ` ${node["Actual Total Time"].toFixed(2)} ms` : "";
      const buffers =
        node["Shared Hit Blocks"] !== undefined
          ? ` buffers hit=${node["Shared Hit Blocks"]} read=${node["Shared Read Blocks"] ?? 0}`
          : "";
      const extra = [
        node["Heap Fetches"] !== undefined ? `heap fetches=${node["Heap Fetches"]}` : "",
        node["Sort Method"] ?? "",
      ]
        .filter(Boolean)
        .join(", ");
      lines.push(
        `${"  ".repeat(depth)}-> ${node["Node Type"]}${target}${rows}${time}${buffers}${extra ? ` (${extra})` : ""}`,
      );
    }
    for (const child of node.Plans ?? []) visit(child, depth + 1);
  };
  visit(root.Plan, 0);
  return {
    executionMs: root["Execution Time"],
    planningMs: root["Planning Time"],
    jitMs: root.JIT?.Timing?.Total ?? null,
    indexes: [...indexes],
    seqScans: [...seqScans],
    lines,
  };
}
