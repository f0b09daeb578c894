// Types of the working-day engine (lịch làm việc). Pure data: no Next.js, no Prisma, no Node-only APIs.

/** Civil date "yyyy-MM-dd" in the calendar's zone (Asia/Ho_Chi_Minh). Compare as strings. */
export type LocalDate = string;

/** Wall-clock time "HH:mm" in the calendar's zone. */
export type ClockTime = string;

/** 0 = Sunday … 6 = Saturday, as Date#getDay. */
export type Weekday = 0 | 1 | 2 | 3 | 4 | 5 | 6;

/** giờ hành chính: one office window, [start, end) on the same day. */
export interface OfficeWindow {
  start: ClockTime;
  end: ClockTime;
}

/** One dated entry of the calendar: a day off or a make-up working day. */
export interface CalendarDayEntry {
  date: LocalDate;
  name: string;
  /** Where the entry comes from or what to verify (e.g. the announcing document). */
  notice?: string;
}

/** ngày làm bù: a weekend day worked in exchange for a bridge day off. Default hours = Monday's. */
export type MakeUpWorkday = CalendarDayEntry & { hours?: OfficeWindow[] };

/**
 * lịch làm việc: one stored revision of the working calendar. Treat a value as an immutable snapshot:
 * the engine caches per-day lookups on the object, so build a new object for a new revision.
 */
export interface WorkingCalendar {
  /** Which stored calendar revision this snapshot is; every deadline records it. */
  revision: number;
  /** Always "Asia/Ho_Chi_Minh" in practice, but every date boundary reads it from here. */
  timeZone: string;
  /** 0 = Sunday; [] = not a working weekday. */
  weekHours: Record<Weekday, OfficeWindow[]>;
  /** ngày nghỉ: public holidays, compensatory days off, Tết bridge days. A holiday wins over a make-up day. */
  holidays: CalendarDayEntry[];
  /** ngày làm bù: weekend days worked; hours default to Monday's. */
  makeUpWorkdays: MakeUpWorkday[];
  /** giờ chốt: afternoon cut-off for same-day handling, default "15:00". */
  cutoff: ClockTime;
}

/** Unit of a statutory processing time (thời hạn giải quyết). */
export type DurationUnit = "WORKING_DAYS" | "WORKING_HOURS" | "SAME_DAY";

/** thời hạn giải quyết theo quy định. SAME_DAY ("trong ngày") ignores value. */
export interface StatutoryDuration {
  value: number;
  unit: DurationUnit;
}

/** tạm dừng: a pause of the clock (supplement, financial obligation, verification). end null = still open. */
export interface PauseInterval {
  start: Date;
  end: Date | null;
  reason?: string;
}

/** Outcome of computeAppointment. */
export type AppointmentResult =
  | {
      kind: "scheduled";
      /** ngày hẹn trả: the appointment, pauses added back. */
      appointmentAt: Date;
      /** The appointment before pauses. */
      baseAppointmentAt: Date;
      /** Office time covered by the (merged) pauses. */
      pausedWorkingMs: number;
      /** Days off that fell on would-be working weekdays between receipt and appointment (not ordinary weekends). */
      skippedDays: CalendarDayEntry[];
      /** Vietnamese sentence explaining the computation. */
      explanation: string;
      calendarRevision: number;
    }
  | {
      /** đang tạm dừng: an open pause, no appointment yet. */
      kind: "paused";
      since: Date;
      explanation: string;
      calendarRevision: number;
    };

/** trước hạn / đúng hạn / quá hạn */
export type FinishedTimeliness = "EARLY" | "ON_TIME" | "LATE";

/** trong hạn / sắp đến hạn / quá hạn */
export type PendingTimeliness = "WITHIN" | "DUE_SOON" | "OVERDUE";

/** An entry of the calendar: a day off (lễ, Tết, nghỉ bù) or a make-up working day (làm bù). */
export type CalendarDayKind = "HOLIDAY" | "MAKEUP_WORKDAY";
