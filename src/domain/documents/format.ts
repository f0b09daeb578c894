// Pure wording and layout helpers shared by the printed forms. Dates go through src/lib/dates.ts (Asia/Ho_Chi_Minh).
import type { DurationUnit } from "@/domain/calendar";
import { formatDate, formatTime } from "@/lib/dates";
import { groupThousands } from "@/lib/numbers";
import type { PageFormat } from "./spec";

/** The one-stop desk as the forms name it (Nghị định 61/2018, Thông tư 01/2018). */
export const RECEPTION_DIVISION = "Bộ phận Tiếp nhận và Trả kết quả";

/**
 * Paper per document. Noto Serif is about 10% wider than Times New Roman, so 10–11 pt here reads like the 12–13 pt
 * Times of the paper forms while keeping the receipt on one A5 page. Form 05's eight-column table does not fit A5
 * at a readable size, so it takes A4.
 */
export const PAGE_FORMATS = {
  receipt: { size: "A5", orientation: "portrait", fontSize: 9.5 },
  supplementRequest: { size: "A5", orientation: "portrait", fontSize: 11 },
  refusal: { size: "A5", orientation: "portrait", fontSize: 11 },
  apologyLetter: { size: "A5", orientation: "portrait", fontSize: 10.5 },
  controlSlip: { size: "A4", orientation: "portrait", fontSize: 10.5 },
  trackingBook: { size: "A4", orientation: "landscape", fontSize: 8.5 },
} as const satisfies Record<string, PageFormat>;

/**
 * Page margins in millimetres, [vertical, horizontal]: 15 mm at the sides as on paper forms, 12 mm at top and bottom
 * on A5 so the receipt with its signatures stays on one sheet, 10 mm on the landscape book to fit 14 columns.
 */
export function pageMarginMm(format: PageFormat): [number, number] {
  if (format.orientation === "landscape") return [10, 10];
  return format.size === "A5" ? [12, 15] : [15, 15];
}

/** The national header's text size: smaller on A5 so "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" stays on one line. */
export const headerFontSize = (format: PageFormat) => (format.size === "A5" ? 7.5 : 11);

/**
 * A header line longer than `maxChars` in two balanced lines ("BỘ PHẬN TIẾP NHẬN VÀ" / "TRẢ KẾT QUẢ"), split at the
 * space nearest the middle, the way agency names are set on narrow forms; shorter lines stay whole.
 */
export function splitHeaderLine(text: string, maxChars = 26): string[] {
  if (text.length <= maxChars) return [text];
  const middle = text.length / 2;
  let best = -1;
  for (let index = text.indexOf(" "); index !== -1; index = text.indexOf(" ", index + 1)) {
    if (best === -1 || Math.abs(index - middle) < Math.abs(best - middle)) best = index;
  }
  return best === -1 ? [text] : [text.slice(0, best), text.slice(best + 1)];
}

/**
 * Rows of the tracking book per A4 landscape sheet (a row wraps to four lines at most); the first sheet also
 * carries the national header and the title, so it holds fewer.
 */
export const BOOK_ROWS_PER_SHEET = { first: 7, next: 10 } as const;
/** The book is printed for at most a month at a time (one "page set"). */
export const BOOK_MAX_DAYS = 31;

/** Vietnamese capitals, including the letters with diacritics ("ủy ban" → "ỦY BAN"). */
export const upperVi = (text: string) => text.normalize("NFC").toLocaleUpperCase("vi");

export interface UnitNaming {
  name: string;
  /** "Phường", "Xã", "Thị xã"… */
  kindLabel: string;
  level: "PROVINCE" | "DISTRICT" | "COMMUNE";
  /** The parent unit's name, for the dateline of a commune-level document. */
  parentName?: string | null;
}

/** "UBND PHƯỜNG LÊ LỢI" */
export const agencyLine = (unit: UnitNaming) => upperVi(`UBND ${unit.kindLabel} ${unit.name}`);

/** "Phường Lê Lợi" */
export const unitDisplayName = (unit: Pick<UnitNaming, "name" | "kindLabel">) => `${unit.kindLabel} ${unit.name}`;

/**
 * Place of the dateline. A ward's documents are dated from the town it belongs to ("Sơn Tây, ngày …"), as the
 * one-stop desks of the source articles print them; a unit without a parent uses its own name.
 */
export const datelinePlace = (unit: UnitNaming) =>
  unit.level === "COMMUNE" && unit.parentName ? unit.parentName : unit.name;

/** 30000 → "30.000 đồng" (dot as thousands separator, the Vietnamese way, whatever the server's locale). */
export const formatVnd = (amount: number): string => `${groupThousands(amount)} đồng`;

/** The fee line of the receipt: "30.000 đồng", or a plain "Không thu phí, lệ phí" when free. */
export function feeText(amount: number, note?: string | null): string {
  const base = amount > 0 ? formatVnd(amount) : "Không thu phí, lệ phí";
  return note ? `${base} (${note})` : base;
}

/** Two digits for counts on forms: "01", "12". */
export const twoDigits = (value: number) => String(value).padStart(2, "0");

/** "09:30, ngày 23/04/2026": the time first, as on Vietnamese slips. */
export const timeAndDate = (value: Date) => `${formatTime(value)}, ngày ${formatDate(value)}`;

/** "05 ngày làm việc", "08 giờ làm việc", "Trong ngày". */
export function durationText(value: number, unit: DurationUnit): string {
  switch (unit) {
    case "WORKING_DAYS":
      return `${twoDigits(value)} ngày làm việc`;
    case "WORKING_HOURS":
      return `${twoDigits(value)} giờ làm việc`;
    case "SAME_DAY":
      return "Trong ngày";
  }
}

/** The public tracking page with both factors, as carried by the receipt's QR code. */
export function trackingUrl(appUrl: string, code: string, trackingKey: string): string {
  const base = appUrl.replace(/\/+$/, "");
  const query = new URLSearchParams({ ma: code, "xac-thuc": trackingKey });
  return `${base}/tra-cuu?${query.toString()}`;
}

/** The tracking page without parameters, printed as text for applicants who type it in. */
export const trackingPageUrl = (appUrl: string) => `${appUrl.replace(/\/+$/, "")}/tra-cuu`;

/** Splits rows into sheets: `first` rows on the first, `next` on each later one; always at least one sheet. */
export function paginate<T>(rows: readonly T[], perSheet: { first: number; next: number }): T[][] {
  if (perSheet.first < 1 || perSheet.next < 1) throw new RangeError("rows per sheet must be ≥ 1");
  const sheets: T[][] = [rows.slice(0, perSheet.first)];
  for (let start = perSheet.first; start < rows.length; start += perSheet.next)
    sheets.push(rows.slice(start, start + perSheet.next));
  return sheets;
}

/** "phieu-tiep-nhan-LLO-260423-0001": ASCII, safe in a Content-Disposition header. */
export function safeFileName(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .replace(/[^A-Za-z0-9._-]+/g, "-")
    .replace(/^-+|-+$/g, "");
}
