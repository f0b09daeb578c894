// Labels of the calendar vocabulary, in every interface language: timeliness (tình trạng đúng hạn) of finished and
// pending dossiers, and the kinds of calendar day. Records keyed by the full unions and by every locale, so a value
// or a language without its label is a compile error. Reports and printed documents use the Vietnamese.
import type { Locale } from "@/lib/locale";
import type { CalendarDayKind, FinishedTimeliness, PendingTimeliness } from "./types";

export interface CalendarVocabulary {
  finished: Readonly<Record<FinishedTimeliness, string>>;
  pending: Readonly<Record<PendingTimeliness, string>>;
  /** Short, for tables: "Nghỉ", "Làm bù". */
  dayKind: Readonly<Record<CalendarDayKind, string>>;
  /** Long, for the choice in a form: "Ngày nghỉ (lễ, Tết, nghỉ bù)". */
  dayKindLong: Readonly<Record<CalendarDayKind, string>>;
}

export const CALENDAR_LABELS: Readonly<Record<Locale, CalendarVocabulary>> = {
  vi: {
    finished: { EARLY: "Trước hạn", ON_TIME: "Đúng hạn", LATE: "Quá hạn" },
    pending: { WITHIN: "Trong hạn", DUE_SOON: "Sắp đến hạn", OVERDUE: "Quá hạn" },
    dayKind: { HOLIDAY: "Nghỉ", MAKEUP_WORKDAY: "Làm bù" },
    dayKindLong: { HOLIDAY: "Ngày nghỉ (lễ, Tết, nghỉ bù)", MAKEUP_WORKDAY: "Ngày làm bù" },
  },
  en: {
    finished: { EARLY: "Early", ON_TIME: "On time", LATE: "Late" },
    pending: { WITHIN: "Within deadline", DUE_SOON: "Due soon", OVERDUE: "Overdue" },
    dayKind: { HOLIDAY: "Day off", MAKEUP_WORKDAY: "Make-up" },
    dayKindLong: { HOLIDAY: "Day off (holiday, Tết, compensatory)", MAKEUP_WORKDAY: "Make-up working day" },
  },
};

/** The calendar vocabulary in one language. */
export const calendarLabelsFor = (locale: Locale): CalendarVocabulary => CALENDAR_LABELS[locale];

// Vietnamese, as used in reports and printed documents.
export const FINISHED_TIMELINESS_LABELS = CALENDAR_LABELS.vi.finished;
export const PENDING_TIMELINESS_LABELS = CALENDAR_LABELS.vi.pending;
