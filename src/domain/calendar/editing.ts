// Pure rules of the calendar editor (lịch làm việc): parsing what the administrator types, checking a new day
// against the calendar, checking office hours, and choosing the statutory days to offer for import. No Next.js, no
// Prisma: shared by the server (actions, data layer) and the client (live hints), and unit-tested on their own.
//
// Decisions (documented for administrators in the screen's help text):
// - A date may hold one entry only. To change an entry, remove it and add it again (two revisions, both audited).
// - A make-up working day (ngày làm bù) must fall on a weekday that has no office hours (normally Saturday/Sunday).
// - A holiday on a day that is already off (a weekend) changes no deadline. It is still worth recording (it is the
//   reason for its compensatory day, as deriveVietnamPublicHolidays keeps it), so it is allowed, but only after the
//   administrator ticks an explicit confirmation; the message suggests the compensatory weekday (nghỉ bù), which must
//   be added as its own entry. A "nghỉ bù" itself is always a normal working weekday, so it needs no confirmation.
import {
  addCalendarDays,
  dayOfWeek,
  deriveVietnamPublicHolidays,
  formatDateVi,
  isLocalDate,
  nextWorkingDayOnOrAfter,
  vietnamOfficialCalendar2025to2027,
  type LocalDate,
  type Weekday,
  type WorkingCalendar,
} from "./index";
import type { CalendarDayKind } from "./types";
import { MAX_YEAR, MIN_YEAR, parseVietnameseDate, type DateParseResult } from "@/lib/dates";

export { MAX_YEAR, MIN_YEAR, type DateParseResult };
/** Years always offered by the year selector, besides the years that have entries. */
export const BASE_YEARS = [2025, 2026, 2027, 2028] as const;

export type { CalendarDayKind };

export const WEEKDAY_NAMES_VI: Record<Weekday, string> = {
  0: "Chủ nhật",
  1: "Thứ Hai",
  2: "Thứ Ba",
  3: "Thứ Tư",
  4: "Thứ Năm",
  5: "Thứ Sáu",
  6: "Thứ Bảy",
};

// ─── Dates and times as typed ────────────────────────────────────────────────────────────────────────────────────

/**
 * A date as the administrator types it: the one dd/MM/yyyy parser of src/lib/dates, also taking "." and "-" as
 * separators (dates copied from official notices are written 01.05.2026).
 */
export const parseCalendarDate = (text: string): DateParseResult => parseVietnameseDate(text, { anySeparator: true });

export function dateErrorMessage(error: "format" | "impossible" | "range", text: string): string {
  if (error === "format") return "Ngày phải theo dạng dd/MM/yyyy, ví dụ 16/02/2026.";
  if (error === "impossible") return `Ngày "${text.trim()}" không có trên lịch. Xin kiểm tra lại ngày và tháng.`;
  return `Chỉ nhận ngày từ năm ${MIN_YEAR} đến năm ${MAX_YEAR}.`;
}

const CLOCK_RE = /^(\d{1,2}):(\d{2})$/;

/** "7:30" → "07:30"; null when it is not a time of day. */
export function normaliseClockTime(text: string): string | null {
  const match = CLOCK_RE.exec(text.trim());
  if (!match) return null;
  const [hours, minutes] = [Number(match[1]), Number(match[2])];
  if (hours > 23 || minutes > 59) return null;
  return `${String(hours).padStart(2, "0")}:${match[2]}`;
}

const minutesOf = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));

/** "Thứ Hai 16/02/2026" */
export function weekdayDateVi(date: LocalDate): string {
  return `${WEEKDAY_NAMES_VI[dayOfWeek(date)]} ${formatDateVi(date)}`;
}

// ─── A new day ───────────────────────────────────────────────────────────────────────────────────────────────────

export interface NewDayInput {
  date: LocalDate;
  kind: CalendarDayKind;
  /** The administrator confirmed recording a holiday that falls on a day off. */
  confirmWeekend: boolean;
}

export interface ExistingEntry {
  kind: CalendarDayKind;
  name: string;
}

export interface NewDayCheck {
  fieldErrors: Record<string, string[]>;
  /** For a holiday on a day off: the weekday the compensatory day (nghỉ bù) would normally fall on. */
  compensatorySuggestion?: LocalDate;
}

/** Whether the weekday of `date` has office hours in `calendar` (holidays and make-up days aside). */
export const isOrdinaryWorkingWeekday = (calendar: Pick<WorkingCalendar, "weekHours">, date: LocalDate) =>
  calendar.weekHours[dayOfWeek(date)].length > 0;

/** The weekday a holiday on a day off would be compensated on: the next working day after it. */
export function suggestCompensatoryDay(calendar: WorkingCalendar, date: LocalDate): LocalDate {
  return nextWorkingDayOnOrAfter(calendar, addCalendarDays(date, 1));
}

/**
 * Checks a day the administrator wants to add against the calendar being edited (`existing` = the entry already on
 * that date, if any). Returns field errors keyed by form field, empty when the day may be added.
 */
export function checkNewDay(
  calendar: WorkingCalendar,
  input: NewDayInput,
  existing: ExistingEntry | null,
): NewDayCheck {
  const fieldErrors: Record<string, string[]> = {};
  const label = weekdayDateVi(input.date);
  if (existing) {
    const what = existing.kind === "HOLIDAY" ? "ngày nghỉ" : "ngày làm bù";
    fieldErrors.date = [`${label} đã có trong lịch (${what}: ${existing.name}). Xin xóa mục đó trước nếu muốn sửa.`];
    return { fieldErrors };
  }
  const workingWeekday = isOrdinaryWorkingWeekday(calendar, input.date);
  if (input.kind === "MAKEUP_WORKDAY" && workingWeekday) {
    fieldErrors.kind = [
      `${label} vốn là ngày làm việc. Ngày làm bù chỉ đặt vào ngày nghỉ cuối tuần (thường là thứ Bảy).`,
    ];
    return { fieldErrors };
  }
  if (input.kind === "HOLIDAY" && !workingWeekday) {
    const suggestion = suggestCompensatoryDay(calendar, input.date);
    if (!input.confirmWeekend) {
      fieldErrors.confirmWeekend = [
        `${label} vốn là ngày nghỉ cuối tuần nên ghi ngày lễ vào đây không làm thay đổi ngày hẹn. ` +
          `Ngày lễ trùng cuối tuần được nghỉ bù vào ngày làm việc kế tiếp (gợi ý: ${weekdayDateVi(suggestion)}); ngày nghỉ bù cần thêm thành một mục riêng. ` +
          "Đánh dấu ô xác nhận để vẫn ghi lại ngày lễ này.",
      ];
    }
    return { fieldErrors, compensatorySuggestion: suggestion };
  }
  return { fieldErrors };
}

// ─── Office hours ────────────────────────────────────────────────────────────────────────────────────────────────

/** One weekday's windows as typed: "HH:mm" or null (no window). */
export interface DayHoursInput {
  morningStart: string | null;
  morningEnd: string | null;
  afternoonStart: string | null;
  afternoonEnd: string | null;
}

/** Days in the order of the form: Monday first. */
export const WEEKDAYS_MONDAY_FIRST: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 0];

/**
 * Problems of one weekday's hours, keyed by field ("morningEnd", …): a window needs both ends, starts before it ends,
 * and the morning ends no later than the afternoon starts (touching is allowed, overlapping is not).
 */
export function checkDayHours(hours: DayHoursInput): Record<keyof DayHoursInput, string[]> {
  const errors: Record<keyof DayHoursInput, string[]> = {
    morningStart: [],
    morningEnd: [],
    afternoonStart: [],
    afternoonEnd: [],
  };
  const windowOk = (start: keyof DayHoursInput, end: keyof DayHoursInput, name: string) => {
    const [from, to] = [hours[start], hours[end]];
    if (from && !to) errors[end].push(`Xin nhập giờ kết thúc ${name}, hoặc để trống cả hai ô nếu không làm ${name}.`);
    else if (!from && to)
      errors[start].push(`Xin nhập giờ bắt đầu ${name}, hoặc để trống cả hai ô nếu không làm ${name}.`);
    else if (from && to && minutesOf(from) >= minutesOf(to))
      errors[end].push(`Giờ kết thúc ${name} phải sau giờ bắt đầu (${from}).`);
    else return true;
    return false;
  };
  const morning = windowOk("morningStart", "morningEnd", "buổi sáng");
  const afternoon = windowOk("afternoonStart", "afternoonEnd", "buổi chiều");
  if (
    morning &&
    afternoon &&
    hours.morningEnd &&
    hours.afternoonStart &&
    minutesOf(hours.morningEnd) > minutesOf(hours.afternoonStart)
  ) {
    errors.afternoonStart.push(`Buổi chiều phải bắt đầu sau khi buổi sáng kết thúc (${hours.morningEnd}).`);
  }
  return errors;
}

export const hasWindows = (hours: DayHoursInput) =>
  Boolean((hours.morningStart && hours.morningEnd) || (hours.afternoonStart && hours.afternoonEnd));

// ─── Statutory days to import ────────────────────────────────────────────────────────────────────────────────────

export interface StatutoryCandidate {
  date: LocalDate;
  kind: CalendarDayKind;
  name: string;
  notice: string;
  /** The day is off anyway (a holiday on a weekend): recorded only as the reason for its compensatory day. */
  offAnyway: boolean;
}

export type StatutorySource = "official" | "derived";

const DERIVED_NOTICE =
  "Bộ luật Lao động 2019, Điều 112; ngày cụ thể suy ra theo quy tắc, cần xác minh theo thông báo chính thức";

/**
 * The days off (and make-up days) the rules give for `year` that the table does not have yet: the checked 2025–2027
 * list for those years, otherwise deriveVietnamPublicHolidays(year).
 */
export function statutoryCandidates(
  year: number,
  calendar: Pick<WorkingCalendar, "weekHours">,
  existingDates: ReadonlySet<LocalDate>,
): { source: StatutorySource; candidates: StatutoryCandidate[] } {
  const official = year >= 2025 && year <= 2027;
  const inYear = (date: LocalDate) => date.startsWith(`${year}-`);
  const entries: { date: LocalDate; kind: CalendarDayKind; name: string; notice?: string }[] = official
    ? (() => {
        const seed = vietnamOfficialCalendar2025to2027();
        return [
          ...seed.holidays.filter((h) => inYear(h.date)).map((h) => ({ ...h, kind: "HOLIDAY" as const })),
          ...seed.makeUpWorkdays.filter((m) => inYear(m.date)).map((m) => ({ ...m, kind: "MAKEUP_WORKDAY" as const })),
        ];
      })()
    : deriveVietnamPublicHolidays(year).map((h) => ({ ...h, kind: "HOLIDAY" as const }));
  const candidates = entries
    .filter((entry) => isLocalDate(entry.date) && !existingDates.has(entry.date))
    .map((entry) => ({
      date: entry.date,
      kind: entry.kind,
      name: entry.name.slice(0, 200),
      notice: (entry.notice ?? DERIVED_NOTICE).slice(0, 300),
      offAnyway: entry.kind === "HOLIDAY" && !isOrdinaryWorkingWeekday(calendar, entry.date),
    }))
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { source: official ? "official" : "derived", candidates };
}

// ─── Years ───────────────────────────────────────────────────────────────────────────────────────────────────────

/** The year in the URL, if it is a whole number in 2000–2100. */
export function parseYearParam(value: string | string[] | undefined): number | null {
  const text = Array.isArray(value) ? value[0] : value;
  if (!text || !/^\d{4}$/.test(text)) return null;
  const year = Number(text);
  return year >= MIN_YEAR && year <= MAX_YEAR ? year : null;
}

/** 2025–2028, the years that have entries, and the chosen one, sorted. */
export function selectableYears(yearsWithEntries: readonly number[], chosen: number): number[] {
  return [...new Set<number>([...BASE_YEARS, ...yearsWithEntries, chosen])].sort((a, b) => a - b);
}
