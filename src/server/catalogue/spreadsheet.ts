import "server-only";
// The catalogue as an Excel workbook, written and read with ExcelJS (docs/catalogue.md explains the choice): the
// three sheets of src/domain/catalogue/catalogue-sheets.ts, one header row each. Reading turns each row into cells by
// header (the order of the columns does not matter, unknown columns are ignored); the domain then checks them.
import ExcelJS from "exceljs";
import {
  DOCUMENT_COLUMNS,
  entriesToSheets,
  OFFICE_COLUMNS,
  PROCEDURE_COLUMNS,
  SHEETS,
  type CatalogueEntry,
  type RowError,
  type SheetRow,
} from "@/domain/catalogue";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export async function buildCatalogueWorkbook(entries: readonly CatalogueEntry[], generatedAt: Date): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "MotCua";
  workbook.created = generatedAt;
  const rows = entriesToSheets(entries);
  const add = (name: string, columns: typeof PROCEDURE_COLUMNS, values: (string | number | null)[][]) => {
    const sheet = workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
    sheet.columns = columns.map((column) => ({ header: column.header, key: column.key, width: column.width }));
    sheet.getRow(1).font = { bold: true };
    // Codes such as "1.001612" stay text (Excel would read them as numbers).
    sheet.getColumn(1).numFmt = "@";
    for (const row of values) sheet.addRow(row);
  };
  add(SHEETS.procedures, PROCEDURE_COLUMNS, rows.procedures);
  add(SHEETS.documents, DOCUMENT_COLUMNS, rows.documents);
  add(SHEETS.offices, OFFICE_COLUMNS, rows.offices);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A cell's value as the domain reads it: rich text and formulas flattened, hyperlinks to their text. */
function cellValue(value: ExcelJS.CellValue): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date || typeof value !== "object") return value;
  if ("richText" in value) return value.richText.map((part) => part.text).join("");
  if ("result" in value) return cellValue(value.result as ExcelJS.CellValue);
  if ("text" in value) return value.text;
  return null;
}

/**
 * A sheet's rows below its header row, each as cells by header (columns without a header are ignored), numbered as
 * the spreadsheet numbers them; rows with nothing in them are left out. Shared with the PAR criteria import.
 */
export function rowsByHeader(sheet: ExcelJS.Worksheet): {
  headers: Set<string>;
  rows: { row: number; cells: Record<string, unknown> }[];
} {
  const headers = new Map<number, string>();
  sheet.getRow(1).eachCell((cell, column) => headers.set(column, String(cellValue(cell.value) ?? "").trim()));
  const rows: { row: number; cells: Record<string, unknown> }[] = [];
  sheet.eachRow((row, number) => {
    if (number === 1) return;
    const cells: Record<string, unknown> = {};
    let filled = false;
    row.eachCell((cell, column) => {
      const header = headers.get(column);
      const value = cellValue(cell.value);
      if (!header) return;
      cells[header] = value;
      if (value !== null && String(value).trim() !== "") filled = true;
    });
    if (filled) rows.push({ row: number, cells });
  });
  return { headers: new Set(headers.values()), rows };
}

export type ReadWorkbook =
  | { ok: true; sheets: { procedures: SheetRow[]; documents: SheetRow[]; offices: SheetRow[] } }
  | { ok: false; errors: RowError[] };

/** The rows of each sheet by header; a missing sheet or column is an error of the file, row 1. */
export async function readCatalogueWorkbook(bytes: ArrayBuffer): Promise<ReadWorkbook> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes);
  } catch {
    return {
      ok: false,
      errors: [
        {
          sheet: SHEETS.procedures,
          row: 1,
          field: "(tệp)",
          message: "Tệp không phải bảng tính Excel (.xlsx) đọc được.",
        },
      ],
    };
  }
  const errors: RowError[] = [];
  const read = (
    name: (typeof SHEETS)[keyof typeof SHEETS],
    columns: typeof PROCEDURE_COLUMNS,
    required: boolean,
  ): SheetRow[] => {
    const sheet = workbook.getWorksheet(name);
    if (!sheet) {
      if (required) errors.push({ sheet: name, row: 1, field: "(trang)", message: `Tệp không có trang "${name}".` });
      return [];
    }
    const { headers: present, rows } = rowsByHeader(sheet);
    for (const column of columns)
      if (!present.has(column.header))
        errors.push({ sheet: name, row: 1, field: column.header, message: `Thiếu cột "${column.header}".` });
    return rows;
  };
  const procedures = read(SHEETS.procedures, PROCEDURE_COLUMNS, true);
  const documents = read(SHEETS.documents, DOCUMENT_COLUMNS, true);
  const offices = read(SHEETS.offices, OFFICE_COLUMNS, false);
  if (errors.length > 0) return { ok: false, errors };
  return { ok: true, sheets: { procedures, documents, offices } };
}
