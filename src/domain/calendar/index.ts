// Public API of the working-day engine (lịch làm việc và tính hạn). Pure TypeScript: safe on server and client.
export type {
  AppointmentResult,
  CalendarDayEntry,
  CalendarDayKind,
  ClockTime,
  DurationUnit,
  FinishedTimeliness,
  LocalDate,
  MakeUpWorkday,
  OfficeWindow,
  PauseInterval,
  PendingTimeliness,
  StatutoryDuration,
  Weekday,
  WorkingCalendar,
} from "./types";
export {
  DEFAULT_CUTOFF,
  DEFAULT_OFFICE_WINDOWS,
  VIETNAM_TIME_ZONE,
  addWorkingDays,
  addWorkingTime,
  defaultWorkingCalendar,
  endOfOfficeDay,
  formatLocal,
  holidayOn,
  isWorkingDay,
  localDateTime,
  makeUpWorkdayOn,
  nextWorkingDayOnOrAfter,
  officeTimeOn,
  officeWindowsOn,
  standardWorkingDayMs,
  toLocalDate,
  toLocalMinutes,
  validateWorkingCalendar,
  workingDaysElapsed,
  workingTimeBetween,
} from "./calendar";
export {
  computeAppointment,
  describeDurationVi,
  formatWorkingDurationVi,
  makeUpDaysUsed,
  mergePauses,
  skippedDaysBetween,
  type MergedPause,
} from "./deadline";
export {
  CALENDAR_LABELS,
  FINISHED_TIMELINESS_LABELS,
  PENDING_TIMELINESS_LABELS,
  calendarLabelsFor,
  type CalendarVocabulary,
} from "./labels";
export { classifyFinished, classifyPending, dueSoonBefore, isApologyInTime, latestApologyAt } from "./timeliness";
export { VERIFY_NOTICE, deriveVietnamPublicHolidays, vietnamOfficialCalendar2025to2027 } from "./vietnam-holidays";
export {
  addCalendarDays,
  calendarDaysBetween,
  dayOfWeek,
  formatDateVi,
  formatDayMonthVi,
  isLocalDate,
  makeLocalDate,
  parseClockTime,
  parseLocalDate,
} from "./local-date";
