// A criteria set as a spreadsheet (docs/par-index.md "Import and export"): one row per node, in reading order, with
// the parent's code, so a province's set can be written in Excel and imported. Cells are read leniently (a kind by
// its Vietnamese label, its English label or its code; "Có"/"Không"; a decimal comma), then every row is checked by
// the same field rules as the edit form (checkCriterionFields) and the whole tree by validateParTree. Pure: the ExcelJS
// reading and writing live in src/server/par-index/criteria-sheet-file.ts.
import { foldVietnamese } from "@/lib/vietnamese-text";
import { PAR_LABELS } from "./labels";
import { formatLadder, parseLadderText, validateLadder } from "./ladder";
import { isParMetricKey, PAR_METRIC_KEYS, type ParMetricKey } from "./metrics";
import { buildParTree, flattenParTree, validateParTree, type ParTreeIssue } from "./tree";
import {
  isMetricKind,
  PAR_CRITERION_KINDS,
  PAR_SECTIONS,
  PAR_VALUE_KINDS,
  type LadderStep,
  type ParCriterionKind,
  type ParCriterionNode,
  type ParSection,
  type ParValueKind,
} from "./types";

export const CRITERIA_SHEET = "Bộ tiêu chí";
export const CRITERIA_VALUES_SHEET = "Danh mục giá trị";

export const CRITERIA_COLUMNS = {
  code: { header: "Mã số", width: 10 },
  parentCode: { header: "Mã tiêu chí cha", width: 12 },
  title: { header: "Tên tiêu chí", width: 60 },
  maxPoints: { header: "Điểm tối đa", width: 10 },
  kind: { header: "Loại tiêu chí", width: 24 },
  section: { header: "Phần", width: 14 },
  valueKind: { header: "Giá trị kê khai", width: 14 },
  allowNotApplicable: { header: "Cho phép không áp dụng", width: 12 },
  metric: { header: "Số liệu MotCua", width: 30 },
  ladder: { header: "Thang điểm", width: 24 },
  guidance: { header: "Yêu cầu và tài liệu kiểm chứng", width: 60 },
  scoringNote: { header: "Cách tính điểm", width: 40 },
} as const;
export type CriteriaColumn = keyof typeof CRITERIA_COLUMNS;
export const CRITERIA_COLUMN_KEYS = Object.keys(CRITERIA_COLUMNS) as CriteriaColumn[];

/** A spreadsheet row by header, numbered as the spreadsheet numbers it. */
export interface CriteriaSheetRow {
  row: number;
  cells: Readonly<Record<string, unknown>>;
}

/** One problem: the row (as the spreadsheet numbers it), the column's header and what, in Vietnamese. */
export interface CriteriaRowError {
  row: number;
  column: string;
  message: string;
}

/** The editable fields of one node, before it has an id or a place in the tree. */
export interface CriterionFields {
  code: string;
  title: string;
  maxPoints: number;
  kind: ParCriterionKind;
  section: ParSection;
  valueKind: ParValueKind;
  allowNotApplicable: boolean;
  metric: ParMetricKey | null;
  ladder: LadderStep[] | null;
  guidance: string | null;
  scoringNote: string | null;
}

/** "1", "3.3", "3.3.1", "C.1": letters or digits, parts joined by dots. */
export const CRITERION_CODE = /^[0-9A-Za-zĐđ]{1,10}(\.[0-9A-Za-zĐđ]{1,10}){0,5}$/;

/**
 * The checks of one node's own fields (the edit form and each imported row), by field, in Vietnamese. What depends on
 * the rest of the tree (sums, parents, duplicates) is validateParTree's.
 */
export function checkCriterionFields(fields: CriterionFields): Partial<Record<keyof CriterionFields, string>> {
  const errors: Partial<Record<keyof CriterionFields, string>> = {};
  if (!CRITERION_CODE.test(fields.code))
    errors.code = "Mã số không hợp lệ: dùng chữ số hoặc chữ cái, các cấp cách nhau bằng dấu chấm (ví dụ 3.3.1).";
  if (!fields.title.trim()) errors.title = "Xin vui lòng nhập tên tiêu chí.";
  else if (fields.title.length > 1000) errors.title = "Tên tiêu chí không hợp lệ: dài quá 1000 ký tự.";
  if (!Number.isFinite(fields.maxPoints) || fields.maxPoints <= 0 || fields.maxPoints > 100)
    errors.maxPoints = "Điểm tối đa không hợp lệ: phải lớn hơn 0 và không quá 100.";
  else if (Math.round(fields.maxPoints * 100) !== fields.maxPoints * 100)
    errors.maxPoints = "Điểm tối đa không hợp lệ: tối đa hai chữ số thập phân.";
  if (fields.kind === "GROUP" && fields.valueKind !== "NONE")
    errors.valueKind = "Giá trị kê khai không hợp lệ: nhóm tiêu chí không có giá trị kê khai.";
  if ((fields.kind === "AUTOMATIC" || fields.kind === "SURVEY") && fields.valueKind !== "NONE")
    errors.valueKind = "Giá trị kê khai không hợp lệ: tiêu chí tự động hoặc khảo sát lấy số liệu từ MotCua.";
  if (isMetricKind(fields.kind)) {
    if (fields.metric === null) errors.metric = "Xin vui lòng chọn số liệu MotCua cho tiêu chí tự động hoặc khảo sát.";
    if (fields.ladder === null) errors.ladder = "Xin vui lòng nhập thang điểm cho tiêu chí tự động hoặc khảo sát.";
  } else if (fields.metric !== null) {
    errors.metric = "Số liệu không hợp lệ: chỉ tiêu chí tự động, bán tự động hoặc khảo sát mới đọc số liệu.";
  }
  if (fields.kind === "GROUP" && fields.ladder !== null)
    errors.ladder = "Thang điểm không hợp lệ: nhóm tiêu chí không có thang điểm.";
  if (fields.ladder !== null && !errors.maxPoints && !errors.ladder) {
    const problems = validateLadder(fields.ladder, fields.maxPoints);
    if (problems.length > 0) errors.ladder = `Thang điểm không hợp lệ: ${problems.join(" ")}`;
  }
  if (fields.guidance !== null && fields.guidance.length > 4000)
    errors.guidance = "Yêu cầu và tài liệu kiểm chứng không hợp lệ: dài quá 4000 ký tự.";
  if (fields.scoringNote !== null && fields.scoringNote.length > 2000)
    errors.scoringNote = "Cách tính điểm không hợp lệ: dài quá 2000 ký tự.";
  return errors;
}

const fold = (value: string) => foldVietnamese(value).trim().toLowerCase().replace(/\s+/g, " ");

/** A vocabulary cell: the code, or its Vietnamese or English label. */
function vocabulary<T extends string>(values: readonly T[], labels: (locale: "vi" | "en") => Record<T, string>) {
  const lookup = new Map<string, T>();
  for (const value of values) {
    lookup.set(fold(value), value);
    lookup.set(fold(labels("vi")[value]), value);
    lookup.set(fold(labels("en")[value]), value);
  }
  return (text: string): T | null => lookup.get(fold(text)) ?? null;
}
const readKind = vocabulary(PAR_CRITERION_KINDS, (locale) => PAR_LABELS[locale].kind);
const readSection = vocabulary(PAR_SECTIONS, (locale) => PAR_LABELS[locale].section);
const readValueKind = vocabulary(PAR_VALUE_KINDS, (locale) => PAR_LABELS[locale].valueKind);
const readMetric = vocabulary(
  PAR_METRIC_KEYS,
  (locale) =>
    Object.fromEntries(PAR_METRIC_KEYS.map((key) => [key, PAR_LABELS[locale].metric[key].name])) as Record<
      ParMetricKey,
      string
    >,
);

const text = (value: unknown): string => (value === null || value === undefined ? "" : String(value).trim());
const headerOf = (column: CriteriaColumn) => CRITERIA_COLUMNS[column].header;

export type CriteriaSheetResult =
  { ok: true; nodes: ParCriterionNode[]; warnings: ParTreeIssue[] } | { ok: false; errors: CriteriaRowError[] };

/**
 * The rows as a tree of nodes (ids are the codes), or every problem. Sums (a group's children against its maximum,
 * the domains against 100) do not refuse the import: a set may be imported half-written and finished on screen; they
 * come back as warnings, as the set's page shows them. Everything else refuses, and nothing is written.
 */
export function criteriaRowsToNodes(rows: readonly CriteriaSheetRow[]): CriteriaSheetResult {
  const errors: CriteriaRowError[] = [];
  const nodes: ParCriterionNode[] = [];
  const rowOfCode = new Map<string, number>();
  const positions = new Map<string, number>();
  const parentCodes: { node: ParCriterionNode; parentCode: string; row: number }[] = [];
  if (rows.length === 0)
    return { ok: false, errors: [{ row: 1, column: "(tệp)", message: "Bảng tính không có dòng tiêu chí nào." }] };

  for (const { row, cells } of rows) {
    const cell = (column: CriteriaColumn) => text(cells[headerOf(column)]);
    const fail = (column: CriteriaColumn, message: string) => errors.push({ row, column: headerOf(column), message });
    const before = errors.length;

    const kind = readKind(cell("kind"));
    if (!kind) fail("kind", `Loại tiêu chí “${cell("kind")}” không hợp lệ (xem trang “${CRITERIA_VALUES_SHEET}”).`);
    const section = cell("section") === "" ? "MAIN" : readSection(cell("section"));
    if (!section) fail("section", `Phần “${cell("section")}” không hợp lệ (xem trang “${CRITERIA_VALUES_SHEET}”).`);
    const defaultValueKind: ParValueKind = kind === "MANUAL" ? "YES_NO" : "NONE";
    const valueKind = cell("valueKind") === "" ? defaultValueKind : readValueKind(cell("valueKind"));
    if (!valueKind)
      fail("valueKind", `Giá trị kê khai “${cell("valueKind")}” không hợp lệ (xem trang “${CRITERIA_VALUES_SHEET}”).`);
    const naText = fold(cell("allowNotApplicable"));
    const allowNotApplicable = naText === "co" || naText === "x" || naText === "yes" || naText === "true";
    if (naText !== "" && !allowNotApplicable && !["khong", "no", "false"].includes(naText))
      fail("allowNotApplicable", `“${cell("allowNotApplicable")}” không hợp lệ: ghi “Có” hoặc “Không”.`);
    const metric = cell("metric") === "" ? null : readMetric(cell("metric"));
    if (cell("metric") !== "" && (metric === null || !isParMetricKey(metric)))
      fail("metric", `Số liệu “${cell("metric")}” không hợp lệ (xem trang “${CRITERIA_VALUES_SHEET}”).`);
    let ladder: LadderStep[] | null = null;
    if (cell("ladder") !== "") {
      const parsed = parseLadderText(cell("ladder"));
      if (parsed.ok) ladder = parsed.ladder;
      else fail("ladder", `Thang điểm ${parsed.message}`);
    }
    const maxText = cell("maxPoints").replace(",", ".");
    const maxPoints = maxText === "" ? Number.NaN : Number(maxText);
    if (maxText === "") fail("maxPoints", "Xin vui lòng nhập điểm tối đa.");
    if (errors.length > before) continue;

    const fields: CriterionFields = {
      code: cell("code"),
      title: cell("title"),
      maxPoints,
      kind: kind!,
      section: section!,
      valueKind: valueKind!,
      allowNotApplicable,
      metric,
      ladder,
      guidance: cell("guidance") || null,
      scoringNote: cell("scoringNote") || null,
    };
    for (const [field, message] of Object.entries(checkCriterionFields(fields))) fail(field as CriteriaColumn, message); // the fields are named as the columns
    if (errors.length > before) continue;
    if (rowOfCode.has(fields.code)) {
      fail("code", `Mã số ${fields.code} đã có ở dòng ${rowOfCode.get(fields.code)}.`);
      continue;
    }
    rowOfCode.set(fields.code, row);
    const parentCode = cell("parentCode") || null;
    const position = (positions.get(parentCode ?? "") ?? 0) + 1;
    positions.set(parentCode ?? "", position);
    const node: ParCriterionNode = { id: fields.code, parentId: parentCode, position, ...fields };
    nodes.push(node);
    if (parentCode !== null) parentCodes.push({ node, parentCode, row });
  }
  for (const { parentCode, row } of parentCodes) {
    if (!rowOfCode.has(parentCode))
      errors.push({
        row,
        column: headerOf("parentCode"),
        message: `Không có tiêu chí mang mã ${parentCode} trong bảng tính.`,
      });
  }
  if (errors.length > 0) return { ok: false, errors: errors.toSorted((a, b) => a.row - b.row) };

  const WARNINGS = new Set<ParTreeIssue["kind"]>(["children_sum", "main_total"]);
  const issues = validateParTree(nodes);
  const columnOfIssue: Partial<Record<ParTreeIssue["kind"], CriteriaColumn>> = {
    duplicate_code: "code",
    empty_code: "code",
    empty_title: "title",
    missing_parent: "parentCode",
    cycle: "parentCode",
    bad_max: "maxPoints",
    group_without_children: "kind",
    scored_with_children: "kind",
    section_mismatch: "section",
    metric_missing: "metric",
    metric_unknown: "metric",
    metric_not_allowed: "metric",
    ladder_missing: "ladder",
    ladder_invalid: "ladder",
    value_kind: "valueKind",
  };
  const refusals = issues
    .filter((issue) => !WARNINGS.has(issue.kind))
    .map((issue) => ({
      row: (issue.code !== null ? rowOfCode.get(issue.code) : undefined) ?? 1,
      column: headerOf(columnOfIssue[issue.kind] ?? "code"),
      message: issue.message,
    }));
  if (refusals.length > 0) return { ok: false, errors: refusals.toSorted((a, b) => a.row - b.row) };
  return { ok: true, nodes, warnings: issues.filter((issue) => WARNINGS.has(issue.kind)) };
}

/** The nodes as spreadsheet rows in reading order, by column key; vocabulary in Vietnamese. */
export function nodesToCriteriaRows(nodes: readonly ParCriterionNode[]): Record<CriteriaColumn, string | number>[] {
  const vi = PAR_LABELS.vi;
  const codeOf = new Map(nodes.map((node) => [node.id, node.code]));
  return flattenParTree(buildParTree(nodes)).map(({ node }) => ({
    code: node.code,
    parentCode: node.parentId === null ? "" : (codeOf.get(node.parentId) ?? ""),
    title: node.title,
    maxPoints: node.maxPoints,
    kind: vi.kind[node.kind],
    section: vi.section[node.section],
    valueKind: vi.valueKind[node.valueKind],
    allowNotApplicable: node.allowNotApplicable ? "Có" : "Không",
    metric: node.metric === null ? "" : vi.metric[node.metric].name,
    ladder: node.ladder === null ? "" : formatLadder(node.ladder),
    guidance: node.guidance ?? "",
    scoringNote: node.scoringNote ?? "",
  }));
}

/** The "Danh mục giá trị" sheet: each vocabulary column with the values it accepts. */
export function criteriaValueRows(): [string, string][] {
  const vi = PAR_LABELS.vi;
  return [
    ...PAR_CRITERION_KINDS.map((kind): [string, string] => [headerOf("kind"), vi.kind[kind]]),
    ...PAR_SECTIONS.map((section): [string, string] => [headerOf("section"), vi.section[section]]),
    ...PAR_VALUE_KINDS.map((value): [string, string] => [headerOf("valueKind"), vi.valueKind[value]]),
    [headerOf("allowNotApplicable"), "Có"],
    [headerOf("allowNotApplicable"), "Không"],
    ...PAR_METRIC_KEYS.map((key): [string, string] => [headerOf("metric"), vi.metric[key].name]),
    [headerOf("ladder"), "ngưỡng:điểm; … từ ngưỡng cao xuống thấp, ví dụ “100:3; 98:2; 95:1”"],
  ];
}
