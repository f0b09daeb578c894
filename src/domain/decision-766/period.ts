// The period before a scorecard's period, for "thay đổi so với kỳ trước": the whole previous month, quarter, half or
// year of a preset ("this …" runs from its first day to today, "last …" is whole; the predecessor is whole); a custom range of N days
// compares with the N days before it.
import {
  addCalendarDays,
  calendarDaysBetween,
  makeLocalDate,
  parseLocalDate,
  type LocalDate,
  PRESET_MONTHS,
  type PeriodPreset,
} from "@/lib/dates";

export function previousPeriodOf(
  preset: PeriodPreset,
  from: LocalDate,
  to: LocalDate,
): { from: LocalDate; to: LocalDate } {
  if (preset === "custom") {
    const days = calendarDaysBetween(from, to) + 1;
    return { from: addCalendarDays(from, -days), to: addCalendarDays(from, -1) };
  }
  const { year, month } = parseLocalDate(from);
  const index = year * 12 + (month - 1) - PRESET_MONTHS[preset];
  return { from: makeLocalDate(Math.floor(index / 12), (index % 12) + 1, 1), to: addCalendarDays(from, -1) };
}
