// Civil-date arithmetic on "yyyy-MM-dd" strings. A LocalDate has no zone of its own, so plain UTC Date maths is
// exact here; only turning a LocalDate + ClockTime into an instant needs the calendar's zone (see calendar.ts).
import type { ClockTime, LocalDate, Weekday } from "./types";

const LOCAL_DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const CLOCK_TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;
const DAY_MS = 86_400_000;

export interface DateParts {
  year: number;
  /** 1–12 */
  month: number;
  day: number;
}

/** Parses and validates a LocalDate; throws RangeError on "2026-02-30" or a wrong shape. */
export function parseLocalDate(date: LocalDate): DateParts {
  const m = LOCAL_DATE_RE.exec(date);
  if (m) {
    const year = Number(m[1]);
    const month = Number(m[2]);
    const day = Number(m[3]);
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (probe.getUTCFullYear() === year && probe.getUTCMonth() === month - 1 && probe.getUTCDate() === day) {
      return { year, month, day };
    }
  }
  throw new RangeError(`Invalid LocalDate "${date}" (expected yyyy-MM-dd)`);
}

export function isLocalDate(value: string): boolean {
  try {
    parseLocalDate(value);
    return true;
  } catch {
    return false;
  }
}

export function makeLocalDate(year: number, month: number, day: number): LocalDate {
  const d = new Date(Date.UTC(year, month - 1, day));
  return utcToLocalDate(d);
}

function utcToLocalDate(d: Date): LocalDate {
  const y = String(d.getUTCFullYear()).padStart(4, "0");
  const m = String(d.getUTCMonth() + 1).padStart(2, "0");
  const day = String(d.getUTCDate()).padStart(2, "0");
  return `${y}-${m}-${day}`;
}

function toUtcMs(date: LocalDate): number {
  const { year, month, day } = parseLocalDate(date);
  return Date.UTC(year, month - 1, day);
}

/** Calendar days, not working days. */
export function addCalendarDays(date: LocalDate, n: number): LocalDate {
  return utcToLocalDate(new Date(toUtcMs(date) + n * DAY_MS));
}

/** Whole calendar days from a to b (b − a). */
export function calendarDaysBetween(a: LocalDate, b: LocalDate): number {
  return Math.round((toUtcMs(b) - toUtcMs(a)) / DAY_MS);
}

export function dayOfWeek(date: LocalDate): Weekday {
  return new Date(toUtcMs(date)).getUTCDay() as Weekday;
}

/** Minutes since midnight; throws RangeError unless "HH:mm" (00:00–23:59). */
export function parseClockTime(time: ClockTime): number {
  const m = CLOCK_TIME_RE.exec(time);
  if (!m) throw new RangeError(`Invalid ClockTime "${time}" (expected HH:mm)`);
  return Number(m[1]) * 60 + Number(m[2]);
}

/** "dd/MM/yyyy" */
export function formatDateVi(date: LocalDate): string {
  const { year, month, day } = parseLocalDate(date);
  return `${pad2(day)}/${pad2(month)}/${year}`;
}

/** "dd/MM" — used in lists of days off inside one explanation. */
export function formatDayMonthVi(date: LocalDate): string {
  const { month, day } = parseLocalDate(date);
  return `${pad2(day)}/${pad2(month)}`;
}

function pad2(n: number): string {
  return String(n).padStart(2, "0");
}
