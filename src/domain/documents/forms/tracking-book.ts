// Sổ theo dõi hồ sơ (Thông tư 01/2018/TT-VPCP): the desk's register of every dossier received, one row each, A4
// landscape, at most BOOK_MAX_DAYS days per printed set, split into sheets by rows so the header repeats.
import { addCalendarDays, calendarDaysBetween, formatDateVi, isLocalDate } from "@/domain/calendar";
import { DOSSIER_STATUS_LABELS } from "@/domain/dossier/labels";
import { formatDate, localDateKey } from "@/lib/dates";
import { BOOK_MAX_DAYS, BOOK_ROWS_PER_SHEET, PAGE_FORMATS, paginate } from "../format";
import type { BookDossier, TrackingBookData } from "../model";
import type { Block, DocumentSpec, TableColumn } from "../spec";
import { headerOf } from "./common";

const COLUMNS: readonly TableColumn[] = [
  { header: "STT", width: 0.8, align: "center" },
  { header: "Mã hồ sơ", width: 2.6 },
  { header: "Tên thủ tục hành chính", width: 3.2 },
  { header: "Số lượng hồ sơ (bộ)", width: 1.1, align: "center" },
  { header: "Tên cá nhân, tổ chức", width: 2.2 },
  { header: "Địa chỉ, số điện thoại", width: 2.8 },
  { header: "Cơ quan chủ trì giải quyết", width: 2.2 },
  { header: "Nhận hồ sơ", width: 1.5, align: "center" },
  { header: "Hẹn trả kết quả", width: 1.5, align: "center" },
  { header: "Chuyển hồ sơ đến cơ quan giải quyết", width: 1.7, align: "center" },
  { header: "Nhận kết quả từ cơ quan giải quyết", width: 1.7, align: "center" },
  { header: "Trả kết quả cho cá nhân, tổ chức", width: 1.7, align: "center" },
  { header: "Ký nhận", width: 1.5 },
  { header: "Ghi chú", width: 1.8 },
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

/**
 * The period asked for with ?tu=&den= (yyyy-MM-dd). Defaults: from the first day of this month to today. At most
 * BOOK_MAX_DAYS days, so one printed set stays a manageable size.
 */
export function parseBookPeriod(from: string | undefined, to: string | undefined, now: Date): BookPeriod {
  const today = localDateKey(now);
  const start = from || `${today.slice(0, 8)}01`;
  const end = to || today;
  if (!isLocalDate(start) || !isLocalDate(end))
    return { error: "Ngày không hợp lệ; xin nhập theo dạng năm-tháng-ngày (yyyy-MM-dd)." };
  const days = calendarDaysBetween(start, end) + 1;
  if (days < 1) return { error: "Ngày bắt đầu phải trước hoặc trùng ngày kết thúc." };
  if (days > BOOK_MAX_DAYS)
    return { error: `Mỗi lần in sổ tối đa ${BOOK_MAX_DAYS} ngày; xin chọn khoảng thời gian ngắn hơn.` };
  return { from: start, to: end };
}

/** The day after `to`: the exclusive end of the period for queries. */
export const periodEndExclusive = (to: string) => addCalendarDays(to, 1);

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
    title: `Sổ theo dõi hồ sơ ${data.from} – ${data.to}`,
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
