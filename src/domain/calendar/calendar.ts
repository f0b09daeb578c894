// Working days and office windows (ngày làm việc, giờ hành chính). Every date boundary is taken in cal.timeZone.
import { TZDate, tz, tzOffset } from "@date-fns/tz";
import { format } from "date-fns";
import { addCalendarDays, dayOfWeek, formatDateVi, isLocalDate, parseClockTime, parseLocalDate } from "./local-date";
import type {
  CalendarDayEntry,
  ClockTime,
  LocalDate,
  MakeUpWorkday,
  OfficeWindow,
  Weekday,
  WorkingCalendar,
} from "./types";

export const VIETNAM_TIME_ZONE = "Asia/Ho_Chi_Minh";

/** Typical ward office hours: 07:30–11:30 and 13:30–17:00. */
export const DEFAULT_OFFICE_WINDOWS: readonly OfficeWindow[] = Object.freeze([
  { start: "07:30", end: "11:30" },
  { start: "13:30", end: "17:00" },
]);

/** giờ chốt tiếp nhận trong ngày */
export const DEFAULT_CUTOFF: ClockTime = "15:00";

// A calendar with no working day for ten years is broken data; stop instead of looping forever.
const MAX_IDLE_DAYS = 3660;

/** Mon–Fri 07:30–11:30 + 13:30–17:00, cut-off 15:00, no holidays, revision 0; `opts` overrides any field. */
export function defaultWorkingCalendar(opts: Partial<WorkingCalendar> = {}): WorkingCalendar {
  const office = (): OfficeWindow[] => DEFAULT_OFFICE_WINDOWS.map((w) => ({ ...w }));
  return {
    revision: 0,
    timeZone: VIETNAM_TIME_ZONE,
    weekHours: { 0: [], 1: office(), 2: office(), 3: office(), 4: office(), 5: office(), 6: [] },
    holidays: [],
    makeUpWorkdays: [],
    cutoff: DEFAULT_CUTOFF,
    ...opts,
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Per-calendar index: date → entry maps and per-day office intervals as epoch ms. Rebuilt when the snapshot's
// arrays or zone are replaced (calendars are meant to be immutable revisions).

interface Interval {
  start: number;
  end: number;
}

interface DayInfo {
  windows: OfficeWindow[];
  intervals: Interval[];
  totalMs: number;
}

interface CalendarIndex {
  holidaysRef: CalendarDayEntry[];
  holidaysLen: number;
  makeUpRef: MakeUpWorkday[];
  makeUpLen: number;
  weekHoursRef: WorkingCalendar["weekHours"];
  timeZone: string;
  holidays: Map<LocalDate, CalendarDayEntry>;
  makeUp: Map<LocalDate, MakeUpWorkday>;
  days: Map<LocalDate, DayInfo>;
}

const indexes = new WeakMap<WorkingCalendar, CalendarIndex>();

function indexOf(cal: WorkingCalendar): CalendarIndex {
  const cached = indexes.get(cal);
  if (
    cached &&
    cached.holidaysRef === cal.holidays &&
    cached.holidaysLen === cal.holidays.length &&
    cached.makeUpRef === cal.makeUpWorkdays &&
    cached.makeUpLen === cal.makeUpWorkdays.length &&
    cached.weekHoursRef === cal.weekHours &&
    cached.timeZone === cal.timeZone
  ) {
    return cached;
  }
  const holidays = new Map<LocalDate, CalendarDayEntry>();
  for (const h of cal.holidays) if (!holidays.has(h.date)) holidays.set(h.date, h);
  const makeUp = new Map<LocalDate, MakeUpWorkday>();
  for (const m of cal.makeUpWorkdays) if (!makeUp.has(m.date)) makeUp.set(m.date, m);
  const index: CalendarIndex = {
    holidaysRef: cal.holidays,
    holidaysLen: cal.holidays.length,
    makeUpRef: cal.makeUpWorkdays,
    makeUpLen: cal.makeUpWorkdays.length,
    weekHoursRef: cal.weekHours,
    timeZone: cal.timeZone,
    holidays,
    makeUp,
    days: new Map(),
  };
  indexes.set(cal, index);
  return index;
}

/** Sorted copy; throws RangeError on a malformed, empty or overlapping window (results would be wrong). */
function normaliseWindows(windows: readonly OfficeWindow[]): OfficeWindow[] {
  const sorted = windows.map((w) => ({ ...w })).sort((a, b) => parseClockTime(a.start) - parseClockTime(b.start));
  let previousEnd = -1;
  for (const w of sorted) {
    const start = parseClockTime(w.start);
    const end = parseClockTime(w.end);
    if (end <= start) throw new RangeError(`Office window ${w.start}–${w.end} ends before it starts`);
    if (start < previousEnd) throw new RangeError(`Office window ${w.start}–${w.end} overlaps the previous one`);
    previousEnd = end;
  }
  return sorted;
}

function dayInfo(cal: WorkingCalendar, date: LocalDate): DayInfo {
  const index = indexOf(cal);
  const cached = index.days.get(date);
  if (cached) return cached;
  let source: readonly OfficeWindow[];
  if (index.holidays.has(date)) {
    parseLocalDate(date);
    source = [];
  } else {
    const makeUp = index.makeUp.get(date);
    // A make-up day without its own hours works Monday's hours (the usual full day).
    source = makeUp ? (makeUp.hours ?? cal.weekHours[1]) : cal.weekHours[dayOfWeek(date)];
  }
  const windows = normaliseWindows(source);
  const intervals = windows.map((w) => ({
    start: zonedEpochMs(cal.timeZone, date, parseClockTime(w.start)),
    end: zonedEpochMs(cal.timeZone, date, parseClockTime(w.end)),
  }));
  const info: DayInfo = { windows, intervals, totalMs: intervals.reduce((s, i) => s + (i.end - i.start), 0) };
  index.days.set(date, info);
  return info;
}

function zonedEpochMs(timeZone: string, date: LocalDate, minutes: number): number {
  const { year, month, day } = parseLocalDate(date);
  const ms = new TZDate(year, month - 1, day, Math.floor(minutes / 60), minutes % 60, timeZone).getTime();
  if (Number.isNaN(ms)) throw new RangeError(`Invalid time zone "${timeZone}"`);
  return ms;
}

function assertInstant(instant: Date, what = "instant"): number {
  const ms = instant instanceof Date ? instant.getTime() : Number.NaN;
  if (Number.isNaN(ms)) throw new RangeError(`Invalid ${what}`);
  return ms;
}

// ---------------------------------------------------------------------------------------------------------------
// Days

/** The holiday entry on that date, if any. */
export function holidayOn(cal: WorkingCalendar, date: LocalDate): CalendarDayEntry | undefined {
  return indexOf(cal).holidays.get(date);
}

/** The make-up working day entry on that date, if any (even if a holiday overrides it). */
export function makeUpWorkdayOn(cal: WorkingCalendar, date: LocalDate): MakeUpWorkday | undefined {
  return indexOf(cal).makeUp.get(date);
}

/** Office windows of a local date, sorted: [] on holidays; a make-up day's own hours or Monday's; else the weekday's. */
export function officeWindowsOn(cal: WorkingCalendar, date: LocalDate): OfficeWindow[] {
  return dayInfo(cal, date).windows.map((w) => ({ ...w }));
}

/** ngày làm việc: a date with at least one office window. */
export function isWorkingDay(cal: WorkingCalendar, date: LocalDate): boolean {
  return dayInfo(cal, date).intervals.length > 0;
}

/** Total office time of a local date in ms (0 on a day off). */
export function officeTimeOn(cal: WorkingCalendar, date: LocalDate): number {
  return dayInfo(cal, date).totalMs;
}

/** The Nth working day after (n > 0) or before (n < 0) a date; n = 0 returns the date itself. */
export function addWorkingDays(cal: WorkingCalendar, date: LocalDate, n: number): LocalDate {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays needs a whole number of days, got ${n}`);
  parseLocalDate(date);
  const step = n > 0 ? 1 : -1;
  let left = Math.abs(n);
  let current = date;
  let idle = 0;
  while (left > 0) {
    current = addCalendarDays(current, step);
    if (isWorkingDay(cal, current)) {
      left--;
      idle = 0;
    } else if (++idle > MAX_IDLE_DAYS) {
      throw new RangeError("The working calendar has no working day within ten years");
    }
  }
  return current;
}

/** The next working day on or after the date. */
export function nextWorkingDayOnOrAfter(cal: WorkingCalendar, date: LocalDate): LocalDate {
  return isWorkingDay(cal, date) ? date : addWorkingDays(cal, date, 1);
}

// ---------------------------------------------------------------------------------------------------------------
// Instants

/** The local date of an instant in the calendar's zone. */
export function toLocalDate(cal: WorkingCalendar, instant: Date): LocalDate {
  const z = new TZDate(assertInstant(instant), cal.timeZone);
  if (Number.isNaN(z.getTime())) throw new RangeError(`Invalid time zone "${cal.timeZone}"`);
  const y = String(z.getFullYear()).padStart(4, "0");
  const m = String(z.getMonth() + 1).padStart(2, "0");
  const d = String(z.getDate()).padStart(2, "0");
  return `${y}-${m}-${d}`;
}

/** Minutes since local midnight of an instant in the calendar's zone. */
export function toLocalMinutes(cal: WorkingCalendar, instant: Date): number {
  const z = new TZDate(assertInstant(instant), cal.timeZone);
  return z.getHours() * 60 + z.getMinutes() + z.getSeconds() / 60 + z.getMilliseconds() / 60_000;
}

/** The instant of a local date and wall-clock time in the calendar's zone. */
export function localDateTime(cal: WorkingCalendar, date: LocalDate, time: ClockTime): Date {
  return new Date(zonedEpochMs(cal.timeZone, date, parseClockTime(time)));
}

/** End of office hours (end of the last window) of a working day; throws RangeError on a day off. */
export function endOfOfficeDay(cal: WorkingCalendar, date: LocalDate): Date {
  const last = dayInfo(cal, date).intervals.at(-1);
  if (!last) throw new RangeError(`${date} is not a working day`);
  return new Date(last.end);
}

/** date-fns `format` in the calendar's zone, e.g. formatLocal(cal, d, "HH:mm dd/MM/yyyy"). */
export function formatLocal(cal: WorkingCalendar, instant: Date, pattern: string): string {
  assertInstant(instant);
  return format(instant, pattern, { in: tz(cal.timeZone) });
}

// ---------------------------------------------------------------------------------------------------------------
// Office time

/** Ms of office time inside [from, to); 0 when to ≤ from. */
export function workingTimeBetween(cal: WorkingCalendar, from: Date, to: Date): number {
  return sumOverDays(cal, from, to, (overlap) => overlap);
}

/**
 * Fractional working days of office time inside [from, to), for median/P90 statistics. Each day's share is
 * measured against that day's own office time, so a full make-up Saturday counts 1 like a full Monday.
 */
export function workingDaysElapsed(cal: WorkingCalendar, from: Date, to: Date): number {
  return sumOverDays(cal, from, to, shareOfDay);
}

/** A stretch of office time as a share of its day's office time (a full day is 1 whatever its hours). */
const shareOfDay = (overlapMs: number, info: DayInfo) => overlapMs / info.totalMs;

/**
 * workingDaysElapsed of many intervals at once (the dashboard's processing-time sample: up to 2,000 dossiers per
 * read). The days between an interval's first and last day are whole days (1 if the office works that day, else 0),
 * so they are counted from running sums over the batch's date range, built once, instead of day by day; the first and
 * last days are measured as workingDaysElapsed measures them. Equal to workingDaysElapsed up to float rounding.
 */
export function workingDaysElapsedMany(cal: WorkingCalendar, intervals: readonly { from: Date; to: Date }[]): number[] {
  const localDate = localDateReader(cal);
  const spans = intervals.map(({ from, to }) => {
    const f = assertInstant(from, "from");
    const t = assertInstant(to, "to");
    return t <= f ? null : { f, t, first: localDate(from), last: localDate(to) };
  });
  let lowest: LocalDate | null = null;
  let highest: LocalDate | null = null;
  for (const span of spans) {
    if (!span) continue;
    if (lowest === null || span.first < lowest) lowest = span.first;
    if (highest === null || span.last > highest) highest = span.last;
  }
  // workingBefore.get(d): working days from `lowest` up to the day before d.
  const workingBefore = new Map<LocalDate, number>();
  if (lowest !== null && highest !== null) {
    let count = 0;
    for (let d = lowest; d <= highest; d = addCalendarDays(d, 1)) {
      workingBefore.set(d, count);
      if (dayInfo(cal, d).totalMs > 0) count += 1;
    }
  }
  const partOfDay = (day: LocalDate, f: number, t: number) => measureDay(dayInfo(cal, day), f, t, shareOfDay);
  return spans.map((span) => {
    if (!span) return 0;
    const { f, t, first, last } = span;
    if (first === last) return partOfDay(first, f, t);
    const between = workingBefore.get(last)! - workingBefore.get(addCalendarDays(first, 1))!;
    return partOfDay(first, f, Infinity) + between + partOfDay(last, -Infinity, t);
  });
}

/**
 * toLocalDate for many instants: the zone's offset read once per UTC day (and the instant shifted by it), falling back
 * to toLocalDate on a day whose offset changes (a daylight-saving switch). Most of workingDaysElapsed's time on a
 * batch was the time-zone conversion of each instant.
 */
function localDateReader(cal: WorkingCalendar): (instant: Date) => LocalDate {
  const DAY = 86_400_000;
  const offsets = new Map<number, number | null>();
  return (instant) => {
    const ms = instant.getTime();
    const utcDay = Math.floor(ms / DAY);
    let offset = offsets.get(utcDay);
    if (offset === undefined) {
      const start = tzOffset(cal.timeZone, new Date(utcDay * DAY));
      const end = tzOffset(cal.timeZone, new Date((utcDay + 1) * DAY - 1));
      offset = start === end && Number.isFinite(start) ? start * 60_000 : null;
      offsets.set(utcDay, offset);
    }
    return offset === null
      ? toLocalDate(cal, instant)
      : (new Date(ms + offset).toISOString().slice(0, 10) as LocalDate);
  };
}

function sumOverDays(
  cal: WorkingCalendar,
  from: Date,
  to: Date,
  measure: (overlapMs: number, info: DayInfo) => number,
): number {
  const f = assertInstant(from, "from");
  const t = assertInstant(to, "to");
  if (t <= f) return 0;
  const last = toLocalDate(cal, to);
  let sum = 0;
  for (let d = toLocalDate(cal, from); d <= last; d = addCalendarDays(d, 1))
    sum += measureDay(dayInfo(cal, d), f, t, measure);
  return sum;
}

/** The measure of [f, t) (epoch ms) inside one day's office windows. */
function measureDay(
  info: DayInfo,
  f: number,
  t: number,
  measure: (overlapMs: number, info: DayInfo) => number,
): number {
  let sum = 0;
  for (const iv of info.intervals) {
    const overlap = Math.min(iv.end, t) - Math.max(iv.start, f);
    if (overlap > 0) sum += measure(overlap, info);
  }
  return sum;
}

/**
 * Moves forward through office windows only, consuming `ms` of office time. Starting outside a window starts at the
 * next opening; a result landing exactly on a window end stays there (17:00, not 07:30 next day). ms = 0 → from.
 */
export function addWorkingTime(cal: WorkingCalendar, from: Date, ms: number): Date {
  const start = assertInstant(from, "from");
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`addWorkingTime moves forward only, got ${ms} ms`);
  if (ms === 0) return new Date(start);
  let remaining = ms;
  let cursor = start;
  let idle = 0;
  for (let d = toLocalDate(cal, from); ; d = addCalendarDays(d, 1)) {
    const { intervals } = dayInfo(cal, d);
    if (intervals.length === 0 && ++idle > MAX_IDLE_DAYS) {
      throw new RangeError("The working calendar has no working day within ten years");
    }
    for (const iv of intervals) {
      if (iv.end <= cursor) continue;
      idle = 0;
      const s = Math.max(iv.start, cursor);
      const available = iv.end - s;
      if (remaining <= available) return new Date(s + remaining);
      remaining -= available;
      cursor = iv.end;
    }
  }
}

/**
 * Length of a standard working day in ms (Monday's office time, else the first weekday that has hours), used to
 * express office time as "N ngày M giờ".
 */
export function standardWorkingDayMs(cal: WorkingCalendar): number {
  const order: Weekday[] = [1, 2, 3, 4, 5, 6, 0];
  for (const wd of order) {
    const minutes = normaliseWindows(cal.weekHours[wd]).reduce(
      (s, w) => s + parseClockTime(w.end) - parseClockTime(w.start),
      0,
    );
    if (minutes > 0) return minutes * 60_000;
  }
  throw new RangeError("The working calendar has no working weekday");
}

// ---------------------------------------------------------------------------------------------------------------
// Validation for the administrator's calendar editor

/** Problems in a calendar, as Vietnamese messages for the administrator; [] when the calendar is usable. */
export function validateWorkingCalendar(cal: WorkingCalendar): string[] {
  const issues: string[] = [];
  if (Number.isNaN(new TZDate(0, cal.timeZone).getTime())) issues.push(`Múi giờ "${cal.timeZone}" không hợp lệ.`);
  try {
    parseClockTime(cal.cutoff);
  } catch {
    issues.push(`Giờ chốt "${cal.cutoff}" không đúng định dạng HH:mm.`);
  }
  const dayNames = ["Chủ nhật", "Thứ Hai", "Thứ Ba", "Thứ Tư", "Thứ Năm", "Thứ Sáu", "Thứ Bảy"];
  let anyWorkingWeekday = false;
  for (const wd of [0, 1, 2, 3, 4, 5, 6] as const) {
    const windows = cal.weekHours[wd];
    if (windows.length > 0) anyWorkingWeekday = true;
    try {
      normaliseWindows(windows);
    } catch {
      issues.push(
        `Giờ làm việc ${dayNames[wd]} không hợp lệ (sai định dạng HH:mm, giờ kết thúc trước giờ bắt đầu hoặc các buổi chồng lấn).`,
      );
    }
  }
  if (!anyWorkingWeekday) issues.push("Lịch không có ngày làm việc nào trong tuần.");
  const seen = new Set<LocalDate>();
  for (const h of cal.holidays) {
    if (!isLocalDate(h.date)) issues.push(`Ngày nghỉ "${h.date}" không đúng định dạng yyyy-MM-dd.`);
    else if (seen.has(h.date)) issues.push(`Ngày nghỉ ${formatDateVi(h.date)} bị khai báo trùng.`);
    seen.add(h.date);
  }
  const holidayDates = new Set(cal.holidays.map((h) => h.date));
  const seenMakeUp = new Set<LocalDate>();
  for (const m of cal.makeUpWorkdays) {
    if (!isLocalDate(m.date)) {
      issues.push(`Ngày làm bù "${m.date}" không đúng định dạng yyyy-MM-dd.`);
      continue;
    }
    if (seenMakeUp.has(m.date)) issues.push(`Ngày làm bù ${formatDateVi(m.date)} bị khai báo trùng.`);
    seenMakeUp.add(m.date);
    if (holidayDates.has(m.date))
      issues.push(`Ngày ${formatDateVi(m.date)} vừa là ngày nghỉ vừa là ngày làm bù; ngày nghỉ được ưu tiên.`);
    if (cal.weekHours[dayOfWeek(m.date)].length > 0)
      issues.push(`Ngày làm bù ${formatDateVi(m.date)} vốn đã là ngày làm việc.`);
    if (m.hours) {
      try {
        normaliseWindows(m.hours);
      } catch {
        issues.push(`Giờ làm việc của ngày làm bù ${formatDateVi(m.date)} không hợp lệ.`);
      }
    }
  }
  return issues;
}
