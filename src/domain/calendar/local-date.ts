// Civil-date arithmetic on "yyyy-MM-dd" strings lives in src/lib/dates (the one home of Vietnamese civil dates); the
// engine re-exports it as part of its API and adds what is calendar-specific: weekdays and clock times.
import { localDateUtcMs } from "@/lib/dates";
import type { ClockTime, LocalDate, Weekday } from "./types";

export {
  addCalendarDays,
  calendarDaysBetween,
  formatDateVi,
  formatDayMonthVi,
  isLocalDate,
  makeLocalDate,
  parseLocalDate,
  type DateParts,
} from "@/lib/dates";

const CLOCK_TIME_RE = /^([01]\d|2[0-3]):([0-5]\d)$/;

export function dayOfWeek(date: LocalDate): Weekday {
  return new Date(localDateUtcMs(date)).getUTCDay() as Weekday;
}

/** Minutes since midnight; throws RangeError unless "HH:mm" (00:00–23:59). */
export function parseClockTime(time: ClockTime): number {
  const m = CLOCK_TIME_RE.exec(time);
  if (!m) throw new RangeError(`Invalid ClockTime "${time}" (expected HH:mm)`);
  return Number(m[1]) * 60 + Number(m[2]);
}
