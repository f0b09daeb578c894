// Timeliness (tình trạng đúng hạn) of finished and pending dossiers, measured against the appointment.
import { addWorkingDays, endOfOfficeDay, localDateTime, toLocalDate } from "./calendar";
import { addCalendarDays } from "./local-date";
import type { FinishedTimeliness, PendingTimeliness, WorkingCalendar } from "./types";

/**
 * Finished dossier: LATE (quá hạn) if finished after the appointment instant; EARLY (trước hạn) if finished on a local
 * date before the appointment's date; otherwise ON_TIME (đúng hạn: the appointment day, by the appointment time).
 * Finishing exactly at the appointment instant is on time.
 */
export function classifyFinished(cal: WorkingCalendar, appointmentAt: Date, finishedAt: Date): FinishedTimeliness {
  if (finishedAt.getTime() > appointmentAt.getTime()) return "LATE";
  return toLocalDate(cal, finishedAt) < toLocalDate(cal, appointmentAt) ? "EARLY" : "ON_TIME";
}

/**
 * sắp đến hạn: a pending appointment is due soon when its local date is on or before the `dueSoonWorkingDays`-th
 * working day after today, i.e. when it falls before midnight after that day. This instant is the rule's one
 * definition: classifyPending uses it, and so do the SQL filters of worklists, dashboards and warnings.
 */
export function dueSoonBefore(cal: WorkingCalendar, now: Date, dueSoonWorkingDays = 1): Date {
  const horizon = addWorkingDays(cal, toLocalDate(cal, now), dueSoonWorkingDays);
  return localDateTime(cal, addCalendarDays(horizon, 1), "00:00");
}

/**
 * Pending dossier at `now`: OVERDUE (quá hạn) once now is after the appointment instant; DUE_SOON (sắp đến hạn) when
 * the appointment falls before dueSoonBefore(…); else WITHIN (trong hạn).
 */
export function classifyPending(
  cal: WorkingCalendar,
  appointmentAt: Date,
  now: Date,
  dueSoonWorkingDays = 1,
): PendingTimeliness {
  if (now.getTime() > appointmentAt.getTime()) return "OVERDUE";
  return appointmentAt.getTime() < dueSoonBefore(cal, now, dueSoonWorkingDays).getTime() ? "DUE_SOON" : "WITHIN";
}

/**
 * Phiếu xin lỗi (form 04): the latest moment to issue the apology for a dossier that will miss its appointment —
 * close of office on the working day before the appointment's day ("chậm nhất 01 ngày làm việc trước hạn").
 */
export function latestApologyAt(cal: WorkingCalendar, appointmentAt: Date): Date {
  return endOfOfficeDay(cal, addWorkingDays(cal, toLocalDate(cal, appointmentAt), -1));
}

/** Whether an apology issued at `issuedAt` was in time for that appointment. */
export function isApologyInTime(cal: WorkingCalendar, appointmentAt: Date, issuedAt: Date): boolean {
  return issuedAt.getTime() <= latestApologyAt(cal, appointmentAt).getTime();
}
