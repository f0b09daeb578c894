// The spreadsheet layout of the catalogue (docs/catalogue.md, "Import and export"): three sheets, one header row each,
// the same for export and import. Cells are read leniently (a code or its Vietnamese label, "Có"/"Không", a date cell
// or dd/MM/yyyy, "75.000") and then checked by the catalogue's zod schemas, so a spreadsheet row and a JSON entry obey
// the same rules. Pure: the ExcelJS reading and writing live in src/server/catalogue/spreadsheet.ts.
import { z } from "zod";
import { formatDateVi, isLocalDate, makeLocalDate } from "@/lib/dates";
import { foldVietnamese } from "@/lib/vietnamese-text";
import { catalogueEntrySchema, type CatalogueEntry } from "./procedure-schema";

export const SHEETS = {
  procedures: "Thủ tục",
  documents: "Thành phần hồ sơ",
  offices: "Phòng xử lý theo đơn vị",
} as const;
export type SheetName = (typeof SHEETS)[keyof typeof SHEETS] | "JSON";

/** One reported problem: where (sheet, row as the spreadsheet numbers it, column) and what, in Vietnamese. */
export interface RowError {
  sheet: SheetName;
  row: number;
  field: string;
  message: string;
}

type Vocabulary = Readonly<Record<string, string>>;
export const VOCABULARIES = {
  level: { PROVINCE: "Tỉnh", DISTRICT: "Huyện", COMMUNE: "Xã" },
  durationUnit: { WORKING_DAYS: "Ngày làm việc", WORKING_HOURS: "Giờ làm việc", SAME_DAY: "Trong ngày" },
  feeTiming: { BEFORE_INTAKE: "Trước khi tiếp nhận", AFTER_RESULT: "Khi nhận kết quả", EXEMPT: "Miễn" },
  onlineClass: { FULL: "Toàn trình", PARTIAL: "Một phần", NONE: "Không" },
  form: { ORIGINAL: "Bản chính", COPY: "Bản sao", CERTIFIED_COPY: "Bản sao chứng thực" },
} as const satisfies Record<string, Vocabulary>;

type Kind = "text" | "int" | "bool" | "date" | { vocabulary: keyof typeof VOCABULARIES };
interface Column {
  /** The entry's field (dotted path inside the version for version fields). */
  key: string;
  header: string;
  kind: Kind;
  width: number;
}

const col = (key: string, header: string, kind: Kind, width = 16): Column => ({ key, header, kind, width });

/** Sheet "Thủ tục": one row per procedure with its latest version. */
export const PROCEDURE_COLUMNS: readonly Column[] = [
  col("code", "Mã thủ tục", "text", 12),
  col("name", "Tên thủ tục", "text", 50),
  col("fieldCode", "Mã lĩnh vực", "text", 12),
  col("level", "Cấp thực hiện", { vocabulary: "level" }, 12),
  col("active", "Đang áp dụng", "bool", 10),
  col("version.effectiveFrom", "Có hiệu lực từ", "date", 14),
  col("version.announcementNumber", "Số quyết định công bố", "text", 18),
  col("version.announcementDate", "Ngày quyết định", "date", 14),
  col("version.announcementIssuer", "Cơ quan ban hành", "text", 24),
  col("version.durationValue", "Thời hạn giải quyết", "int", 10),
  col("version.durationUnit", "Đơn vị thời hạn", { vocabulary: "durationUnit" }, 14),
  col("version.feeAmount", "Phí (đồng)", "int", 12),
  col("version.chargeAmount", "Lệ phí (đồng)", "int", 12),
  col("version.feeTiming", "Thời điểm nộp phí", { vocabulary: "feeTiming" }, 18),
  col("version.feeNote", "Ghi chú phí, lệ phí", "text", 30),
  col("version.handlingOfficeCode", "Mã phòng xử lý", "text", 12),
  col("version.onlineLevel", "Mức độ (cũ)", "int", 8),
  col("version.onlineClass", "Dịch vụ công trực tuyến", { vocabulary: "onlineClass" }, 14),
  col("version.fullOnlineEligible", "Đủ điều kiện toàn trình", "bool", 10),
  col("version.postalIntakeAllowed", "Tiếp nhận qua bưu chính", "bool", 10),
  col("version.postalReturnAllowed", "Trả kết quả qua bưu chính", "bool", 10),
  col("version.leadershipApproval", "Lãnh đạo phê duyệt", "bool", 10),
  // The step budget of form 05 (src/domain/dossier/step-budget.ts): five percentages, all empty for the default split.
  col("version.stepShares.RECEPTION", "% thời hạn: tiếp nhận, chuyển", "int", 10),
  col("version.stepShares.HANDLING", "% thời hạn: thụ lý", "int", 10),
  col("version.stepShares.REVIEW", "% thời hạn: lãnh đạo phòng", "int", 10),
  col("version.stepShares.SIGNING", "% thời hạn: lãnh đạo ký", "int", 10),
  col("version.stepShares.RETURN", "% thời hạn: trả kết quả", "int", 10),
  col("version.changeNote", "Ghi chú thay đổi", "text", 30),
];

/** Sheet "Thành phần hồ sơ": one row per document, in order within each procedure. */
export const DOCUMENT_COLUMNS: readonly Column[] = [
  col("procedureCode", "Mã thủ tục", "text", 12),
  col("position", "STT", "int", 6),
  col("name", "Tên giấy tờ", "text", 60),
  col("form", "Hình thức", { vocabulary: "form" }, 18),
  col("count", "Số lượng", "int", 8),
  col("optional", "Không bắt buộc", "bool", 10),
  col("uploadable", "Nộp được bằng tệp", "bool", 10),
];

/** Sheet "Phòng xử lý theo đơn vị": a unit whose handling office differs from "Mã phòng xử lý". */
export const OFFICE_COLUMNS: readonly Column[] = [
  col("procedureCode", "Mã thủ tục", "text", 12),
  col("unitCode", "Mã đơn vị", "text", 12),
  col("officeCode", "Mã phòng xử lý", "text", 14),
];

export const SHEET_COLUMNS = {
  [SHEETS.procedures]: PROCEDURE_COLUMNS,
  [SHEETS.documents]: DOCUMENT_COLUMNS,
  [SHEETS.offices]: OFFICE_COLUMNS,
} as const;

// ─── Writing ─────────────────────────────────────────────────────────────────────────────────────────────────────

export type CellValue = string | number | null;

const writeCell = (value: unknown, kind: Kind): CellValue => {
  if (value === null || value === undefined) return null;
  if (kind === "bool") return value ? "Có" : "Không";
  if (kind === "date") return formatDateVi(String(value));
  if (typeof kind === "object") return (VOCABULARIES[kind.vocabulary] as Vocabulary)[String(value)] ?? String(value);
  return typeof value === "number" ? value : String(value);
};

const pick = (entry: Record<string, unknown>, key: string): unknown =>
  key.split(".").reduce<unknown>((value, part) => (value as Record<string, unknown> | undefined)?.[part], entry);

/** The rows of each sheet for these entries, as cell values in column order. */
export function entriesToSheets(entries: readonly CatalogueEntry[]): Record<keyof typeof SHEETS, CellValue[][]> {
  const procedures: CellValue[][] = [];
  const documents: CellValue[][] = [];
  const offices: CellValue[][] = [];
  for (const entry of entries) {
    procedures.push(PROCEDURE_COLUMNS.map((column) => writeCell(pick(entry, column.key), column.kind)));
    entry.version.documents.forEach((document, i) => {
      const row: Record<string, unknown> = { procedureCode: entry.code, position: i + 1, ...document };
      documents.push(DOCUMENT_COLUMNS.map((column) => writeCell(row[column.key], column.kind)));
    });
    for (const office of entry.version.unitOffices) {
      const row: Record<string, unknown> = { procedureCode: entry.code, ...office };
      offices.push(OFFICE_COLUMNS.map((column) => writeCell(row[column.key], column.kind)));
    }
  }
  return { procedures, documents, offices };
}

// ─── Reading ─────────────────────────────────────────────────────────────────────────────────────────────────────

/** A row as read from a sheet: its number in the spreadsheet and its cells by header. */
export interface SheetRow {
  row: number;
  cells: Readonly<Record<string, unknown>>;
}

const fold = (value: string) => foldVietnamese(value).trim().replace(/\s+/g, " ");
const YES = new Set(["co", "x", "true", "1", "yes"]);
const NO = new Set(["khong", "false", "0", "no", ""]);

/** A cell as the schema expects it; what cannot be read is passed on unchanged, for the schema to name. */
export function readCell(raw: unknown, kind: Kind): unknown {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === ""))
    return kind === "bool" ? false : undefined;
  if (kind === "text") return typeof raw === "number" ? String(raw) : raw;
  if (kind === "int") {
    if (typeof raw === "number") return raw;
    const text = String(raw).trim();
    if (/^\d+$/.test(text) || /^\d{1,3}([.,]\d{3})+$/.test(text)) return Number(text.replace(/[.,]/g, ""));
    return text;
  }
  if (kind === "bool") {
    if (typeof raw === "boolean") return raw;
    const text = fold(String(raw));
    return YES.has(text) ? true : NO.has(text) ? false : String(raw);
  }
  if (kind === "date") {
    // ExcelJS reads a date cell as the instant of midnight UTC of that civil date.
    if (raw instanceof Date) return makeLocalDate(raw.getUTCFullYear(), raw.getUTCMonth() + 1, raw.getUTCDate());
    const text = String(raw).trim();
    const vi = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
    if (vi) {
      const date = `${vi[3]}-${vi[2]!.padStart(2, "0")}-${vi[1]!.padStart(2, "0")}`;
      return isLocalDate(date) ? date : text;
    }
    return text;
  }
  const vocabulary = VOCABULARIES[kind.vocabulary] as Vocabulary;
  const text = String(raw).trim();
  if (text in vocabulary) return text;
  const wanted = fold(text);
  return Object.entries(vocabulary).find(([, label]) => fold(label) === wanted)?.[0] ?? text;
}

function readRow(columns: readonly Column[], cells: SheetRow["cells"]): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const column of columns) {
    const value = readCell(cells[column.header], column.kind);
    const parts = column.key.split(".");
    let target = result;
    for (const part of parts.slice(0, -1)) target = (target[part] ??= {}) as Record<string, unknown>;
    if (value !== undefined) target[parts.at(-1)!] = value;
  }
  return result;
}

/** Where each entry came from, so later checks (database, publish rules) can name the row. */
export interface EntrySource {
  sheet: SheetName;
  row: number;
  /** The column header (spreadsheet) or path (JSON) of a field of the entry, e.g. "version.feeAmount". */
  fieldLabel: (path: string) => string;
  /** Rows of a document (by index in version.documents) and of a unit office (by index in version.unitOffices). */
  documentRows: { sheet: SheetName; row: number }[];
  officeRows: { sheet: SheetName; row: number }[];
}

export interface ParsedCatalogue {
  entries: { entry: CatalogueEntry; source: EntrySource }[];
  errors: RowError[];
}

const headerOf = (columns: readonly Column[], key: string) => columns.find((column) => column.key === key)?.header;

/** The column of a schema path: "version.documents.2.count" → the documents sheet's "Số lượng". */
function locate(
  path: (string | number)[],
  source: Omit<EntrySource, "fieldLabel">,
): { sheet: SheetName; row: number; field: string } {
  const [first, second, third, fourth] = path;
  if (first === "version" && second === "documents" && typeof third === "number") {
    const at = source.documentRows[third] ?? { sheet: SHEETS.documents, row: source.row };
    return { ...at, field: headerOf(DOCUMENT_COLUMNS, String(fourth ?? "name")) ?? String(fourth) };
  }
  if (first === "version" && second === "documents")
    return { sheet: source.sheet, row: source.row, field: SHEETS.documents };
  if (first === "version" && second === "unitOffices" && typeof third === "number") {
    const at = source.officeRows[third] ?? { sheet: SHEETS.offices, row: source.row };
    return { ...at, field: headerOf(OFFICE_COLUMNS, String(fourth ?? "unitCode")) ?? String(fourth) };
  }
  const key = path.join(".");
  return { sheet: source.sheet, row: source.row, field: headerOf(PROCEDURE_COLUMNS, key) ?? key };
}

const issuesToErrors = (issues: readonly z.core.$ZodIssue[], source: Omit<EntrySource, "fieldLabel">): RowError[] =>
  issues.map((issue) => ({ ...locate(issue.path as (string | number)[], source), message: issue.message }));

/** Reads the three sheets into entries; every row that breaks a rule is reported, none is skipped silently. */
export function parseSheets(sheets: {
  procedures: readonly SheetRow[];
  documents: readonly SheetRow[];
  offices: readonly SheetRow[];
}): ParsedCatalogue {
  const errors: RowError[] = [];
  const documentsByCode = new Map<string, { row: number; value: Record<string, unknown> }[]>();
  const officesByCode = new Map<string, { row: number; value: Record<string, unknown> }[]>();
  const procedureCodes = new Set(
    sheets.procedures.map((row) => String(readCell(row.cells["Mã thủ tục"], "text") ?? "").trim()),
  );

  const group = (
    rows: readonly SheetRow[],
    columns: readonly Column[],
    sheet: SheetName,
    into: Map<string, { row: number; value: Record<string, unknown> }[]>,
  ) => {
    for (const row of rows) {
      const value = readRow(columns, row.cells);
      const code = typeof value.procedureCode === "string" ? value.procedureCode.trim() : "";
      if (!code) {
        errors.push({ sheet, row: row.row, field: "Mã thủ tục", message: "Xin vui lòng nhập mã thủ tục." });
        continue;
      }
      if (!procedureCodes.has(code)) {
        errors.push({
          sheet,
          row: row.row,
          field: "Mã thủ tục",
          message: `Thủ tục ${code} không có trên trang "${SHEETS.procedures}".`,
        });
        continue;
      }
      into.set(code, [...(into.get(code) ?? []), { row: row.row, value }]);
    }
  };
  group(sheets.documents, DOCUMENT_COLUMNS, SHEETS.documents, documentsByCode);
  group(sheets.offices, OFFICE_COLUMNS, SHEETS.offices, officesByCode);

  const entries: ParsedCatalogue["entries"] = [];
  const seen = new Map<string, number>();
  for (const row of sheets.procedures) {
    const value = readRow(PROCEDURE_COLUMNS, row.cells);
    // Five empty step-budget cells: no budget of its own (the default split), not five missing numbers.
    const versionCells = value.version as Record<string, unknown> | undefined;
    if (versionCells?.stepShares && Object.keys(versionCells.stepShares).length === 0) delete versionCells.stepShares;
    const code = typeof value.code === "string" ? value.code.trim() : "";
    if (code && seen.has(code)) {
      errors.push({
        sheet: SHEETS.procedures,
        row: row.row,
        field: "Mã thủ tục",
        message: `Mã thủ tục ${code} trùng với dòng ${seen.get(code)}.`,
      });
      continue;
    }
    if (code) seen.set(code, row.row);
    const documents = [...(documentsByCode.get(code) ?? [])].sort(
      (a, b) => Number(a.value.position ?? 0) - Number(b.value.position ?? 0) || a.row - b.row,
    );
    const positions = new Map<unknown, number>();
    for (const document of documents) {
      const position = document.value.position;
      if (typeof position !== "number" || !Number.isInteger(position) || position < 1)
        errors.push({
          sheet: SHEETS.documents,
          row: document.row,
          field: "STT",
          message: "STT phải là số nguyên từ 1.",
        });
      else if (positions.has(position))
        errors.push({
          sheet: SHEETS.documents,
          row: document.row,
          field: "STT",
          message: `STT ${position} trùng với dòng ${positions.get(position)}.`,
        });
      else positions.set(position, document.row);
    }
    const offices = officesByCode.get(code) ?? [];
    const version = (value.version ?? {}) as Record<string, unknown>;
    version.documents = documents.map(
      ({ value: { procedureCode: _code, position: _position, ...document } }) => document,
    );
    version.unitOffices = offices.map(({ value: { procedureCode: _code, ...office } }) => office);
    const source = {
      sheet: SHEETS.procedures as SheetName,
      row: row.row,
      documentRows: documents.map((document) => ({ sheet: SHEETS.documents as SheetName, row: document.row })),
      officeRows: offices.map((office) => ({ sheet: SHEETS.offices as SheetName, row: office.row })),
    };
    const parsed = catalogueEntrySchema.safeParse({ ...value, version });
    if (!parsed.success) {
      errors.push(...issuesToErrors(parsed.error.issues, source));
      continue;
    }
    entries.push({
      entry: parsed.data,
      source: {
        ...source,
        fieldLabel: (path) =>
          locate(
            path.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part)),
            source,
          ).field,
      },
    });
  }
  return { entries, errors: sortErrors(errors) };
}

/** A JSON path named as the spreadsheet names it (its column's header), never the code's path (issue 11). */
function jsonField(path: (string | number)[]): string {
  if (path.length === 0) return "(thủ tục)";
  return locate(path, { sheet: "JSON", row: 0, documentRows: [], officeRows: [] }).field;
}

/** Reads a JSON export: each procedure checked by the same schema; errors name the procedure's number in the file. */
export function parseCatalogueJson(procedures: readonly unknown[]): ParsedCatalogue {
  const errors: RowError[] = [];
  const entries: ParsedCatalogue["entries"] = [];
  const seen = new Map<string, number>();
  procedures.forEach((raw, i) => {
    const row = i + 1;
    const parsed = catalogueEntrySchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues)
        errors.push({
          sheet: "JSON",
          row,
          field: jsonField(issue.path as (string | number)[]),
          message: issue.message,
        });
      return;
    }
    if (seen.has(parsed.data.code)) {
      errors.push({
        sheet: "JSON",
        row,
        field: "code",
        message: `Mã thủ tục ${parsed.data.code} trùng với thủ tục thứ ${seen.get(parsed.data.code)}.`,
      });
      return;
    }
    seen.set(parsed.data.code, row);
    const documentRows = parsed.data.version.documents.map(() => ({ sheet: "JSON" as const, row }));
    const officeRows = parsed.data.version.unitOffices.map(() => ({ sheet: "JSON" as const, row }));
    entries.push({
      entry: parsed.data,
      source: { sheet: "JSON", row, fieldLabel: (path) => path, documentRows, officeRows },
    });
  });
  return { entries, errors };
}

const SHEET_ORDER: Record<SheetName, number> = {
  [SHEETS.procedures]: 0,
  [SHEETS.documents]: 1,
  [SHEETS.offices]: 2,
  JSON: 3,
};
export const sortErrors = (errors: RowError[]): RowError[] =>
  [...errors].sort((a, b) => SHEET_ORDER[a.sheet] - SHEET_ORDER[b.sheet] || a.row - b.row);
