// The filtered worklist as an Excel workbook (.xlsx), built with ExcelJS in the house style of the lateness report
// (src/features/reports/lateness-workbook.ts): a title, the list's name and filters in words, the time it was made,
// then the table with Vietnamese headers and a frozen header. Only the columns the screen shows (code, procedure,
// applicant, dates, state, deadline): nothing else about the applicant. No Next.js, no Prisma.
import ExcelJS from "exceljs";
import { calendarLabelsFor } from "@/domain/calendar";
import { statusWithStepLabel } from "@/domain/dossier";
import type { RowMarker } from "@/domain/worklist";
import { formatDateTime } from "@/lib/dates";

export const WORKLIST_WORKBOOK_TITLE = "DANH SÁCH HỒ SƠ";
export const WORKLIST_COLUMNS = [
  "STT",
  "Mã hồ sơ",
  "Thủ tục",
  "Người nộp",
  "Ngày tiếp nhận",
  "Ngày hẹn trả",
  "Trạng thái",
  "Thời hạn",
] as const;
/** Where the table starts (1-based row of its header). */
export const WORKLIST_HEADER_ROW = 5;

export interface WorkbookRow {
  code: string;
  procedureName: string;
  applicantName: string;
  receivedAt: Date | null;
  appointmentAt: Date | null;
  status: Parameters<typeof statusWithStepLabel>[0];
  processingStep: Parameters<typeof statusWithStepLabel>[1];
  marker: RowMarker;
}

export interface WorklistWorkbookMeta {
  /** "Hồ sơ của phòng — Quá hạn", the list as the screen names it. */
  listName: string;
  /** The filters in words, one string ("Thủ tục: …; Tìm: …"); empty when none. */
  filters: string;
  generatedAt: Date;
  /** The list had more rows than the export holds. */
  truncatedAt: number | null;
}

const labels = calendarLabelsFor("vi");

export function markerText(marker: RowMarker): string {
  if (!marker) return "";
  if (marker.kind === "paused") return "Đang tạm dừng";
  return marker.kind === "pending" ? labels.pending[marker.value] : labels.finished[marker.value];
}

export const worklistFileName = (generatedAt: Date) =>
  `danh-sach-ho-so-${formatDateTime(generatedAt).replace(/[: /]/g, "")}.xlsx`;

export async function buildWorklistWorkbook(rows: readonly WorkbookRow[], meta: WorklistWorkbookMeta): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "MotCua";
  workbook.created = meta.generatedAt;
  workbook.title = WORKLIST_WORKBOOK_TITLE;
  const sheet = workbook.addWorksheet("Danh sách", {
    views: [{ state: "frozen", xSplit: 2, ySplit: WORKLIST_HEADER_ROW }],
    pageSetup: { orientation: "landscape", fitToPage: true, fitToWidth: 1, fitToHeight: 0, paperSize: 9 },
  });
  const width = WORKLIST_COLUMNS.length;
  sheet.columns = [
    { width: 6 },
    { width: 20 },
    { width: 48 },
    { width: 28 },
    { width: 18 },
    { width: 18 },
    { width: 26 },
    { width: 16 },
  ];
  const font = { name: "Times New Roman", size: 12 };
  const note = (rowNumber: number, text: string, extra: Partial<ExcelJS.Font> = {}) => {
    sheet.mergeCells(rowNumber, 1, rowNumber, width);
    const cell = sheet.getCell(rowNumber, 1);
    cell.value = text;
    cell.font = { ...font, ...extra };
    cell.alignment = { wrapText: true, vertical: "middle" };
  };
  note(1, WORKLIST_WORKBOOK_TITLE, { bold: true, size: 14 });
  sheet.getCell(1, 1).alignment = { horizontal: "center", vertical: "middle" };
  note(2, [meta.listName, meta.filters].filter(Boolean).join("; "));
  note(
    3,
    `Lập lúc ${formatDateTime(meta.generatedAt)}; ${rows.length} hồ sơ` +
      (meta.truncatedAt ? ` (danh sách có hơn ${meta.truncatedAt} hồ sơ; xin vui lòng lọc hẹp hơn để xuất đủ)` : ""),
    { color: { argb: "FF555555" }, size: 10 },
  );

  const header = sheet.getRow(WORKLIST_HEADER_ROW);
  header.values = [...WORKLIST_COLUMNS];
  header.eachCell((cell) => {
    cell.font = { ...font, bold: true };
    cell.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE8EEF7" } };
  });
  rows.forEach((row, index) => {
    const line = sheet.addRow([
      index + 1,
      row.code,
      row.procedureName,
      row.applicantName,
      row.receivedAt ? formatDateTime(row.receivedAt) : "",
      row.appointmentAt ? formatDateTime(row.appointmentAt) : "Đang tạm dừng",
      statusWithStepLabel(row.status, row.processingStep, "vi"),
      markerText(row.marker),
    ]);
    line.eachCell((cell) => {
      cell.font = font;
      cell.alignment = { wrapText: true, vertical: "top" };
    });
  });
  const last = WORKLIST_HEADER_ROW + rows.length;
  for (let rowNumber = WORKLIST_HEADER_ROW; rowNumber <= last; rowNumber++) {
    for (let column = 1; column <= width; column++) {
      sheet.getCell(rowNumber, column).border = {
        top: { style: "thin" },
        left: { style: "thin" },
        bottom: { style: "thin" },
        right: { style: "thin" },
      };
    }
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
