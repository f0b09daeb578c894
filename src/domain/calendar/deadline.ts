// Appointments (ngày hẹn trả kết quả), pauses (tạm dừng) and the Vietnamese explanation of each computation.
import {
  addWorkingDays,
  addWorkingTime,
  endOfOfficeDay,
  formatLocal,
  holidayOn,
  isWorkingDay,
  makeUpWorkdayOn,
  officeWindowsOn,
  standardWorkingDayMs,
  toLocalDate,
  toLocalMinutes,
  workingTimeBetween,
} from "./calendar";
import { addCalendarDays, dayOfWeek, formatDateVi, formatDayMonthVi, parseClockTime } from "./local-date";
import type {
  AppointmentResult,
  CalendarDayEntry,
  LocalDate,
  PauseInterval,
  StatutoryDuration,
  WorkingCalendar,
} from "./types";

const HOUR_MS = 3_600_000;

/** A pause after merging: overlapping or touching pauses become one; end null = still open. */
export interface MergedPause {
  start: Date;
  end: Date | null;
  reasons: string[];
}

/**
 * Merges overlapping or touching pauses (an open pause swallows every later one) and clips them to start no earlier
 * than `notBefore` (the receipt: the clock cannot be paused before it starts). Throws RangeError on end < start.
 */
export function mergePauses(pauses: readonly PauseInterval[], notBefore?: Date): MergedPause[] {
  const floor = notBefore?.getTime() ?? Number.NEGATIVE_INFINITY;
  const items = pauses
    .map((p) => {
      const start = p.start.getTime();
      const end = p.end === null ? Number.POSITIVE_INFINITY : p.end.getTime();
      if (Number.isNaN(start) || Number.isNaN(end)) throw new RangeError("Invalid pause instant");
      if (end < start) throw new RangeError("A pause ends before it starts");
      return { start: Math.max(start, floor), end, reason: p.reason };
    })
    // A pause of zero length (or wholly before receipt) covers no time.
    .filter((p) => p.end > p.start)
    .sort((a, b) => a.start - b.start);
  const merged: { start: number; end: number; reasons: string[] }[] = [];
  for (const p of items) {
    const last = merged.at(-1);
    if (last && p.start <= last.end) {
      last.end = Math.max(last.end, p.end);
      if (p.reason && !last.reasons.includes(p.reason)) last.reasons.push(p.reason);
    } else {
      merged.push({ start: p.start, end: p.end, reasons: p.reason ? [p.reason] : [] });
    }
  }
  return merged.map((p) => ({
    start: new Date(p.start),
    end: Number.isFinite(p.end) ? new Date(p.end) : null,
    reasons: p.reasons,
  }));
}

interface BaseAppointment {
  at: Date;
  /** The phrase opening the explanation. */
  lead: string;
}

function baseAppointment(cal: WorkingCalendar, receivedAt: Date, duration: StatutoryDuration): BaseAppointment {
  const receiptDate = toLocalDate(cal, receivedAt);
  switch (duration.unit) {
    case "WORKING_DAYS": {
      // Civil Code 2015 Art. 147–148: the receipt day is not counted; due at close of the Nth working day after it.
      if (!Number.isInteger(duration.value) || duration.value < 1) {
        throw new RangeError(`WORKING_DAYS needs a whole number ≥ 1, got ${duration.value}`);
      }
      const dueDate = addWorkingDays(cal, receiptDate, duration.value);
      return {
        at: endOfOfficeDay(cal, dueDate),
        lead: `${duration.value} ngày làm việc kể từ ${formatDateVi(receiptDate)}`,
      };
    }
    case "SAME_DAY": {
      // trong ngày: close of the receipt day; after the cut-off, after close, or on a day off → close of the next working day.
      const receivedText = formatLocal(cal, receivedAt, "HH:mm dd/MM/yyyy");
      const minutes = toLocalMinutes(cal, receivedAt);
      let reason: string | null = null;
      if (!isWorkingDay(cal, receiptDate)) reason = "vào ngày nghỉ";
      else if (minutes > parseClockTime(cal.cutoff)) reason = `sau giờ chốt ${cal.cutoff}`;
      else if (receivedAt.getTime() >= endOfOfficeDay(cal, receiptDate).getTime()) reason = "sau giờ làm việc";
      if (reason === null) {
        return { at: endOfOfficeDay(cal, receiptDate), lead: `trong ngày, tiếp nhận ${receivedText}` };
      }
      return {
        at: endOfOfficeDay(cal, addWorkingDays(cal, receiptDate, 1)),
        lead: `trong ngày, tiếp nhận ${receivedText} ${reason} nên tính sang ngày làm việc tiếp theo`,
      };
    }
    case "WORKING_HOURS": {
      // N office hours from the receipt moment; outside the windows the clock starts at the next opening.
      if (!Number.isFinite(duration.value) || duration.value <= 0) {
        throw new RangeError(`WORKING_HOURS needs a positive number, got ${duration.value}`);
      }
      return {
        at: addWorkingTime(cal, receivedAt, Math.round(duration.value * HOUR_MS)),
        lead: `${formatNumberVi(duration.value)} giờ làm việc kể từ ${formatLocal(cal, receivedAt, "HH:mm dd/MM/yyyy")}`,
      };
    }
    default: {
      const unit: never = duration.unit;
      throw new RangeError(`Unknown duration unit ${String(unit)}`);
    }
  }
}

/**
 * Computes the appointment (ngày hẹn trả kết quả) of a dossier received at `receivedAt`:
 * the statutory base appointment, then moved forward by the office time the merged pauses covered
 * (addWorkingTime from the base appointment, so a 17:00 base rolls into the next working day's first window).
 * Any open pause (end null) → kind "paused", no appointment yet.
 */
export function computeAppointment(
  cal: WorkingCalendar,
  input: { receivedAt: Date; duration: StatutoryDuration; pauses?: PauseInterval[] },
): AppointmentResult {
  const { receivedAt } = input;
  if (Number.isNaN(receivedAt.getTime())) throw new RangeError("Invalid receivedAt");
  const base = baseAppointment(cal, receivedAt, input.duration);
  const pauses = mergePauses(input.pauses ?? [], receivedAt);

  let pausedWorkingMs = 0;
  for (const p of pauses) if (p.end) pausedWorkingMs += workingTimeBetween(cal, p.start, p.end);

  const open = pauses.find((p) => p.end === null);
  if (open) {
    const parts = [base.lead];
    if (pausedWorkingMs > 0) parts.push(`tạm dừng ${formatWorkingDurationVi(cal, pausedWorkingMs)}`);
    const reason = open.reasons.length > 0 ? ` (${open.reasons.join("; ")})` : "";
    parts.push(`đang tạm dừng từ ${formatLocal(cal, open.start, "HH:mm dd/MM/yyyy")}${reason}`, "chưa có ngày hẹn trả");
    return { kind: "paused", since: open.start, explanation: parts.join("; "), calendarRevision: cal.revision };
  }

  const appointmentAt = pausedWorkingMs > 0 ? addWorkingTime(cal, base.at, pausedWorkingMs) : base.at;
  const receiptDate = toLocalDate(cal, receivedAt);
  const appointmentDate = toLocalDate(cal, appointmentAt);
  const skippedDays = skippedDaysBetween(cal, receiptDate, appointmentDate);
  const makeUpDays = makeUpDaysUsed(cal, receiptDate, appointmentDate);

  const parts = [base.lead];
  if (skippedDays.length > 0) parts.push(`nghỉ ${skippedDays.map((d) => formatDayMonthVi(d.date)).join(", ")}`);
  if (makeUpDays.length > 0) parts.push(`làm bù ${makeUpDays.map((d) => formatDayMonthVi(d.date)).join(", ")}`);
  if (pausedWorkingMs > 0) parts.push(`tạm dừng ${formatWorkingDurationVi(cal, pausedWorkingMs)}`);
  parts.push(`hẹn trả ${formatLocal(cal, appointmentAt, "HH:mm dd/MM/yyyy")}`);

  return {
    kind: "scheduled",
    appointmentAt,
    baseAppointmentAt: base.at,
    pausedWorkingMs,
    skippedDays,
    explanation: parts.join("; "),
    calendarRevision: cal.revision,
  };
}

/**
 * Days off strictly between two dates that fell on a weekday which normally has office hours (a Tết day, a
 * compensatory Monday); ordinary weekends, and holidays on them, are not listed.
 */
export function skippedDaysBetween(cal: WorkingCalendar, after: LocalDate, before: LocalDate): CalendarDayEntry[] {
  const out: CalendarDayEntry[] = [];
  for (let d = addCalendarDays(after, 1); d < before; d = addCalendarDays(d, 1)) {
    const holiday = holidayOn(cal, d);
    if (holiday && cal.weekHours[dayOfWeek(d)].length > 0) out.push(holiday);
  }
  return out;
}

/** Make-up working days (ngày làm bù) in (after, through] that were actually worked. */
export function makeUpDaysUsed(cal: WorkingCalendar, after: LocalDate, through: LocalDate): CalendarDayEntry[] {
  const out: CalendarDayEntry[] = [];
  for (let d = addCalendarDays(after, 1); d <= through; d = addCalendarDays(d, 1)) {
    const entry = makeUpWorkdayOn(cal, d);
    if (entry && officeWindowsOn(cal, d).length > 0)
      out.push({ date: entry.date, name: entry.name, ...(entry.notice ? { notice: entry.notice } : {}) });
  }
  return out;
}

/**
 * Office time as Vietnamese text, a day being a standard working day (Monday's office time):
 * 34 200 000 ms with 7.5-hour days → "1 ngày 2 giờ làm việc".
 */
export function formatWorkingDurationVi(cal: WorkingCalendar, ms: number): string {
  const totalMinutes = Math.round(ms / 60_000);
  if (totalMinutes === 0) return ms > 0 ? "dưới 1 phút làm việc" : "0 phút làm việc";
  const dayMinutes = Math.round(standardWorkingDayMs(cal) / 60_000);
  const days = Math.floor(totalMinutes / dayMinutes);
  const rest = totalMinutes - days * dayMinutes;
  const hours = Math.floor(rest / 60);
  const minutes = rest % 60;
  const parts: string[] = [];
  if (days > 0) parts.push(`${days} ngày`);
  if (hours > 0) parts.push(`${hours} giờ`);
  if (minutes > 0) parts.push(`${minutes} phút`);
  return `${parts.join(" ")} làm việc`;
}

/** The statutory duration as Vietnamese text: "5 ngày làm việc", "4 giờ làm việc", "trong ngày". */
export function describeDurationVi(duration: StatutoryDuration): string {
  switch (duration.unit) {
    case "WORKING_DAYS":
      return `${formatNumberVi(duration.value)} ngày làm việc`;
    case "WORKING_HOURS":
      return `${formatNumberVi(duration.value)} giờ làm việc`;
    case "SAME_DAY":
      return "trong ngày";
  }
}

function formatNumberVi(n: number): string {
  return String(n).replace(".", ",");
}
