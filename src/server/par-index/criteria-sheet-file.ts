import "server-only";
// A criteria set as an Excel workbook, written and read with ExcelJS: the layout and the checks are the domain's
// (src/domain/par-index/criteria-sheet.ts); here only the cells. Reading goes by header, so the order of the columns
// does not matter and unknown columns are ignored.
import ExcelJS from "exceljs";
import {
  CRITERIA_COLUMN_KEYS,
  CRITERIA_COLUMNS,
  CRITERIA_SHEET,
  CRITERIA_VALUES_SHEET,
  criteriaValueRows,
  nodesToCriteriaRows,
  type CriteriaRowError,
  type CriteriaSheetRow,
  type ParCriterionNode,
} from "@/domain/par-index";
import { rowsByHeader, XLSX_TYPE } from "@/server/catalogue/spreadsheet";

export { XLSX_TYPE };

export async function buildCriteriaWorkbook(
  set: { name: string; year: number },
  nodes: readonly ParCriterionNode[],
  generatedAt: Date,
): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "MotCua";
  workbook.created = generatedAt;
  workbook.title = set.name;
  const sheet = workbook.addWorksheet(CRITERIA_SHEET, { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = CRITERIA_COLUMN_KEYS.map((key) => ({
    header: CRITERIA_COLUMNS[key].header,
    key,
    width: CRITERIA_COLUMNS[key].width,
  }));
  sheet.getRow(1).font = { bold: true };
  // Codes such as "3.10" stay text (Excel would read 3.10 as the number 3.1).
  sheet.getColumn("code").numFmt = "@";
  sheet.getColumn("parentCode").numFmt = "@";
  for (const row of nodesToCriteriaRows(nodes)) sheet.addRow(row);
  sheet.getColumn("title").alignment = { wrapText: true, vertical: "top" };
  sheet.getColumn("guidance").alignment = { wrapText: true, vertical: "top" };

  const values = workbook.addWorksheet(CRITERIA_VALUES_SHEET);
  values.columns = [
    { header: "Cột", key: "column", width: 28 },
    { header: "Giá trị được nhận", key: "value", width: 60 },
  ];
  values.getRow(1).font = { bold: true };
  for (const [column, value] of criteriaValueRows()) values.addRow([column, value]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

export type ReadCriteriaWorkbook = { ok: true; rows: CriteriaSheetRow[] } | { ok: false; errors: CriteriaRowError[] };

/** The rows of the criteria sheet by header; a missing sheet or required column is an error of row 1. */
export async function readCriteriaWorkbook(bytes: ArrayBuffer): Promise<ReadCriteriaWorkbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    return {
      ok: false,
      errors: [{ row: 1, column: "(tệp)", message: "Tệp không phải bảng tính Excel (.xlsx) đọc được." }],
    };
  }
  const sheet = workbook.getWorksheet(CRITERIA_SHEET) ?? workbook.worksheets[0];
  if (!sheet)
    return { ok: false, errors: [{ row: 1, column: "(trang)", message: `Tệp không có trang “${CRITERIA_SHEET}”.` }] };
  const { headers: present, rows } = rowsByHeader(sheet);
  const required = ["code", "parentCode", "title", "maxPoints", "kind"] as const;
  const missing = required
    .map((key) => CRITERIA_COLUMNS[key].header)
    .filter((header) => !present.has(header))
    .map((header) => ({ row: 1, column: header, message: `Thiếu cột “${header}”.` }));
  if (missing.length > 0) return { ok: false, errors: missing };
  return { ok: true, rows };
}
