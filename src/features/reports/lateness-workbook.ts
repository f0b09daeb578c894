// The late-dossier report as an Excel workbook (.xlsx), built with ExcelJS: title, period, the formula written out,
// then the table with Vietnamese headers, percent formats, a frozen header and a total row computed from the sums.
// No Next.js, no Prisma: the export route and the tests call it with rows already scoped to the user.
import ExcelJS from "exceljs";
import { formatDateTime } from "@/lib/dates";
import { lateShare } from "@/domain/metrics";
import { latenessTotals, type Grouping, type LatenessRow } from "./lateness-table";
import { formatDateVi, type ReportPeriod } from "@/lib/dates";

export const WORKBOOK_TITLE = "BÁO CÁO HỒ SƠ TRỄ HẠN VÀ XIN LỖI";
export const FORMULA_TEXT =
  "Tỷ lệ xin lỗi đúng quy định = số hồ sơ trễ hạn có phiếu xin lỗi ban hành chậm nhất 01 ngày làm việc trước ngày hẹn ÷ số hồ sơ trễ hạn";
export const RESCHEDULE_NOTE = "Hồ sơ được hẹn lại vẫn tính là trễ hạn so với ngày hẹn ban đầu";
export const SHARE_NOTE =
  "Tỷ lệ trễ hạn = số hồ sơ trễ hạn ÷ số hồ sơ đã giải quyết trong kỳ; N/A: không có hồ sơ để tính (mẫu số bằng 0).";
export const NOT_APPLICABLE = "N/A";
export const EMPTY_TEXT = "Không có hồ sơ nào được giải quyết trong kỳ.";

export const GROUP_HEADERS: Readonly<Record<Grouping, string>> = { unit: "Đơn vị (phường, xã)", office: "Phòng, ban" };
export const COLUMN_HEADERS = [
  "Đã giải quyết",
  "Trễ hạn",
  "Tỷ lệ trễ hạn (% đã giải quyết)",
  "Trễ hạn có xin lỗi đúng hạn",
  "Trễ hạn xin lỗi muộn",
  "Trễ hạn không xin lỗi",
  "Tỷ lệ xin lỗi đúng quy định",
] as const;

export const PERCENT_FORMAT = "0.00%";
const COUNT_FORMAT = "#,##0";

export interface LatenessWorkbookMeta {
  period: ReportPeriod;
  grouping: Grouping;
  /** The issuing unit, e.g. "Phường Sơn Lộc". */
  unitName?: string;
  generatedAt: Date;
}

/** Where the table starts (1-based row of its header), so readers and tests know the layout. */
export const HEADER_ROW = 7;

export const latenessFileName = (period: ReportPeriod) => `bao-cao-tre-han-${period.from}-${period.to}.xlsx`;

export async function buildLatenessWorkbook(rows: readonly LatenessRow[], meta: LatenessWorkbookMeta): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "MotCua";
  workbook.created = meta.generatedAt;
  workbook.title = WORKBOOK_TITLE;
  const sheet = workbook.addWorksheet("Trễ hạn", {
    views: [{ state: "frozen", xSplit: 1, ySplit: HEADER_ROW }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  const width = COLUMN_HEADERS.length + 1;
  sheet.columns = [
    { width: 44 },
    { width: 14 },
    { width: 12 },
    { width: 18 },
    { width: 18 },
    { width: 16 },
    { width: 16 },
    { width: 18 },
  ];

  const note = (rowNumber: number, text: string, font: Partial<ExcelJS.Font> = {}) => {
    sheet.mergeCells(rowNumber, 1, rowNumber, width);
    const cell = sheet.getCell(rowNumber, 1);
    cell.value = text;
    cell.font = { name: "Times New Roman", size: 12, ...font };
    cell.alignment = { wrapText: true, vertical: "middle" };
  };
  note(1, WORKBOOK_TITLE, { bold: true, size: 14 });
  sheet.getCell(1, 1).alignment = { horizontal: "center", vertical: "middle" };
  sheet.getRow(1).height = 24;
  const periodLine = [
    `Kỳ báo cáo: từ ngày ${formatDateVi(meta.period.from)} đến ngày ${formatDateVi(meta.period.to)}`,
    meta.unitName ? `Đơn vị báo cáo: ${meta.unitName}` : null,
    `Nhóm theo: ${GROUP_HEADERS[meta.grouping]}`,
  ];
  note(2, periodLine.filter(Boolean).join("; "));
  note(3, FORMULA_TEXT, { italic: true });
  sheet.getRow(3).height = 32;
  note(4, `${RESCHEDULE_NOTE}. ${SHARE_NOTE}`, { italic: true });
  sheet.getRow(4).height = 32;
  note(5, `Lập lúc ${formatDateTime(meta.generatedAt)}`, { color: { argb: "FF555555" }, size: 10 });

  const header = sheet.getRow(HEADER_ROW);
  header.values = [GROUP_HEADERS[meta.grouping], ...COLUMN_HEADERS];
  header.height = 36;
  header.eachCell((cell) => {
    cell.font = { name: "Times New Roman", size: 12, bold: true };
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
  });

  const rate = (value: number | null) => (value === null ? NOT_APPLICABLE : value);
  const line = (name: string, counts: Omit<LatenessRow, "id" | "name">) => [
    name,
    counts.resolved,
    counts.late,
    rate(lateShare(counts)),
    counts.lateWithTimelyApology,
    counts.lateWithLateApology,
    counts.lateWithoutApology,
    rate(counts.compliance),
  ];
  const dataRows = rows.map((row) => sheet.addRow(line(row.name, row)));
  if (rows.length === 0) {
    const empty = sheet.addRow([EMPTY_TEXT]);
    sheet.mergeCells(empty.number, 1, empty.number, width);
    empty.getCell(1).font = { name: "Times New Roman", size: 12, italic: true };
  }
  const total = sheet.addRow(line("Tổng cộng", latenessTotals(rows)));
  total.font = { name: "Times New Roman", size: 12, bold: true };

  for (const row of [...dataRows, total]) {
    row.eachCell((cell, column) => {
      if (row !== total) cell.font = { name: "Times New Roman", size: 12 };
      if (column === 1) return void (cell.alignment = { wrapText: true, vertical: "top" });
      cell.alignment = { horizontal: "right", vertical: "top" };
      if (typeof cell.value === "number") cell.numFmt = column === 4 || column === 8 ? PERCENT_FORMAT : COUNT_FORMAT;
    });
  }
  for (let rowNumber = HEADER_ROW; rowNumber <= total.number; rowNumber++) {
    for (let column = 1; column <= width; column++) {
      sheet.getCell(rowNumber, column).border = {
        top: { style: "thin" },
        left: { style: "thin" },
        bottom: { style: rowNumber === total.number - 1 ? "medium" : "thin" },
        right: { style: "thin" },
      };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
