// The criteria spreadsheet (criteria-sheet.ts): one row per node with its parent's code; a set's export reads back
// as the same tree; every bad cell is named by row and column header; sums only warn.
import { describe, expect, it } from "vitest";
import {
  CRITERIA_COLUMNS,
  checkCriterionFields,
  criteriaRowsToNodes,
  nodesToCriteriaRows,
  SAMPLE_COMMUNE_TREE_2025,
  type CriteriaColumn,
  type CriteriaSheetRow,
} from ".";

const asSheet = (rows: Record<CriteriaColumn, string | number>[]): CriteriaSheetRow[] =>
  rows.map((row, index) => ({
    row: index + 2,
    cells: Object.fromEntries(
      Object.entries(row).map(([key, value]) => [CRITERIA_COLUMNS[key as CriteriaColumn].header, value]),
    ),
  }));

describe("criteria spreadsheet", () => {
  it("reads the sample tree's rows back as the same tree", () => {
    const parsed = criteriaRowsToNodes(asSheet(nodesToCriteriaRows(SAMPLE_COMMUNE_TREE_2025.nodes)));
    expect(parsed.ok).toBe(true);
    if (!parsed.ok) return;
    expect(parsed.warnings).toEqual([]);
    const strip = (nodes: typeof parsed.nodes) =>
      nodes.map(({ position: _position, ...node }) => node).sort((a, b) => a.code.localeCompare(b.code));
    expect(strip(parsed.nodes)).toEqual(strip([...SAMPLE_COMMUNE_TREE_2025.nodes]));
  });

  it("names each bad cell by row and column, and a parent code that is not in the sheet", () => {
    const rows = nodesToCriteriaRows(SAMPLE_COMMUNE_TREE_2025.nodes).slice(0, 3);
    rows[1] = { ...rows[1]!, maxPoints: "hai", kind: "Tự đánh giá (có tài liệu kiểm chứng)" };
    rows[2] = { ...rows[2]!, parentCode: "99", allowNotApplicable: "có lẽ" };
    const parsed = criteriaRowsToNodes(asSheet(rows));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.errors).toEqual([
      { row: 3, column: "Điểm tối đa", message: "Điểm tối đa không hợp lệ: phải lớn hơn 0 và không quá 100." },
      { row: 4, column: "Cho phép không áp dụng", message: "“có lẽ” không hợp lệ: ghi “Có” hoặc “Không”." },
    ]);
    rows[2] = { ...rows[2]!, allowNotApplicable: "Không" };
    rows[1] = { ...rows[1]!, maxPoints: 2 };
    const orphan = criteriaRowsToNodes(asSheet(rows));
    expect(orphan.ok ? [] : orphan.errors).toEqual([
      { row: 4, column: "Mã tiêu chí cha", message: "Không có tiêu chí mang mã 99 trong bảng tính." },
    ]);
  });

  it("warns, without refusing, when a group's children do not add up", () => {
    const rows = nodesToCriteriaRows(SAMPLE_COMMUNE_TREE_2025.nodes).slice(0, 3); // domain 1 with 1.1 and 1.2 only
    const parsed = criteriaRowsToNodes(asSheet(rows));
    expect(parsed.ok && parsed.warnings.map((issue) => [issue.kind, issue.code])).toEqual([
      ["children_sum", "1"],
      ["main_total", null],
    ]);
  });

  it("checks one node's fields as the edit form does", () => {
    const base = { ...SAMPLE_COMMUNE_TREE_2025.nodes.find((node) => node.code === "3.3")! };
    expect(checkCriterionFields(base)).toEqual({});
    expect(checkCriterionFields({ ...base, metric: null, code: "3..3", maxPoints: 1.005 })).toEqual({
      code: expect.stringMatching(/^Mã số không hợp lệ/),
      maxPoints: "Điểm tối đa không hợp lệ: tối đa hai chữ số thập phân.",
      metric: expect.stringMatching(/^Xin vui lòng chọn số liệu/),
    });
    expect(checkCriterionFields({ ...base, ladder: [{ min: 100, points: 9 }] }).ladder).toBe(
      "Thang điểm không hợp lệ: Bậc 1 (từ 100): 9 điểm vượt điểm tối đa 5.",
    );
  });
});
