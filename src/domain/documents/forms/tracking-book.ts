// Sổ theo dõi hồ sơ (Thông tư 01/2018/TT-VPCP): the desk's register of every dossier received, one row each, A4
// landscape, at most BOOK_MAX_DAYS days per printed set, split into sheets by rows so the header repeats.
import { addCalendarDays, calendarDaysBetween, formatDateVi, isLocalDate } from "@/domain/calendar";
import { DOSSIER_STATUS_LABELS } from "@/domain/dossier/labels";
import { formatDate, localDateKey, parseVietnameseDate } from "@/lib/dates";
import { BOOK_MAX_DAYS, BOOK_ROWS_PER_SHEET, PAGE_FORMATS, paginate } from "../format";
import type { BookDossier, TrackingBookData } from "../model";
import type { Block, DocumentSpec, TableColumn } from "../spec";
import { headerOf } from "./common";

// Widths: a date column must hold "01/12/2026" on one line at 8.5 pt (about 17 mm of the 277 mm of an A4 landscape
// sheet), so the five date columns take 1.9 of 26 parts (≈ 20 mm) and never wrap ("01/12/202 / 6").
const date = (header: string): TableColumn => ({ header, width: 1.9, align: "center", nowrap: true });
const COLUMNS: readonly TableColumn[] = [
  { header: "STT", width: 0.7, align: "center" },
  { header: "Mã hồ sơ", width: 2.4, nowrap: true },
  { header: "Tên thủ tục hành chính", width: 3 },
  { header: "Số lượng hồ sơ (bộ)", width: 0.9, align: "center" },
  { header: "Tên cá nhân, tổ chức", width: 2 },
  { header: "Địa chỉ, số điện thoại", width: 2.6 },
  { header: "Cơ quan chủ trì giải quyết", width: 2 },
  date("Nhận hồ sơ"),
  date("Hẹn trả kết quả"),
  date("Chuyển hồ sơ đến cơ quan giải quyết"),
  date("Nhận kết quả từ cơ quan giải quyết"),
  date("Trả kết quả cho cá nhân, tổ chức"),
  { header: "Ký nhận", width: 1.3 },
  { header: "Ghi chú", width: 1.6 },
];

const day = (value: Date | null) => (value ? formatDate(value) : "");

/** The row of one dossier; the note names the status while the result has not been handed over. */
export function bookRow(dossier: BookDossier, index: number): string[] {
  return [
    String(index + 1),
    dossier.code,
    dossier.procedureName,
    String(dossier.sets),
    dossier.applicantName,
    `${dossier.applicantAddress}\nĐT: ${dossier.applicantPhone}`,
    dossier.leadOffice,
    day(dossier.receivedAt),
    day(dossier.appointmentAt),
    day(dossier.transferredAt),
    day(dossier.finishedAt),
    day(dossier.returnedAt),
    "",
    dossier.returnedAt ? "" : DOSSIER_STATUS_LABELS[dossier.status],
  ];
}

export type BookPeriod = { from: string; to: string } | { error: string };

/** A day of the period as the form sends it (dd/MM/yyyy, as typed) or as links carry it (yyyy-MM-dd). */
export function parseBookDay(text: string): string | null {
  const value = text.trim();
  if (isLocalDate(value)) return value;
  const parsed = parseVietnameseDate(value);
  return parsed.ok ? parsed.date : null;
}

/**
 * The period asked for with ?tu=&den= (dd/MM/yyyy from the period form, or yyyy-MM-dd from links). Defaults: from the
 * first day of this month to today. At most BOOK_MAX_DAYS days, so one printed set stays a manageable size.
 */
export function parseBookPeriod(from: string | undefined, to: string | undefined, now: Date): BookPeriod {
  const today = localDateKey(now);
  const start = from?.trim() ? parseBookDay(from) : `${today.slice(0, 8)}01`;
  const end = to?.trim() ? parseBookDay(to) : today;
  if (!start || !end) return { error: "Ngày không hợp lệ; xin vui lòng nhập theo dạng dd/mm/yyyy, ví dụ 01/12/2026." };
  const days = calendarDaysBetween(start, end) + 1;
  if (days < 1) return { error: "Ngày bắt đầu phải trước hoặc trùng ngày kết thúc." };
  if (days > BOOK_MAX_DAYS)
    return { error: `Mỗi lần in sổ tối đa ${BOOK_MAX_DAYS} ngày; xin chọn khoảng thời gian ngắn hơn.` };
  return { from: start, to: end };
}

/** The day after `to`: the exclusive end of the period for queries. */
export const periodEndExclusive = (to: string) => addCalendarDays(to, 1);

/** "Sổ theo dõi hồ sơ từ 01/12/2026 đến 05/12/2026": the tab and toolbar title, dates as people read them. */
export const trackingBookTitle = (period: { from: string; to: string }) =>
  `Sổ theo dõi hồ sơ từ ${formatDateVi(period.from)} đến ${formatDateVi(period.to)}`;

export function trackingBookSpec(data: TrackingBookData): DocumentSpec {
  const rows = data.dossiers.map(bookRow);
  const sheets = paginate(rows, BOOK_ROWS_PER_SHEET).map((sheetRows): Block[] => [
    {
      kind: "table",
      columns: COLUMNS,
      rows: sheetRows,
      emptyText: "Không có hồ sơ nào được tiếp nhận trong thời gian này.",
    },
  ]);
  const period = `Từ ngày ${formatDateVi(data.from)} đến ngày ${formatDateVi(data.to)}`;
  return {
    title: trackingBookTitle(data),
    fileName: `so-theo-doi-ho-so-${data.from}-${data.to}`,
    format: PAGE_FORMATS.trackingBook,
    header: headerOf(data.issuer, { date: data.printedAt }),
    heading: "SỔ THEO DÕI HỒ SƠ",
    subheading: [
      period,
      ...(data.officeName ? [`Trích sổ: các hồ sơ do ${data.officeName} giải quyết`] : []),
      `Tổng số: ${data.dossiers.length} hồ sơ`,
    ],
    sheets,
  };
}
