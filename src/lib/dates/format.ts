// Instants as a person reads them: Vietnamese formats (dd/MM/yyyy) in Asia/Ho_Chi_Minh, whatever the server's own
// time zone, and the instants where a Vietnamese calendar day starts. Stored instants are UTC; only display and
// calendar-day boundaries use the zone.
import { format } from "date-fns";
import { TZDate, tz } from "@date-fns/tz";
import { parseLocalDate, type LocalDate } from "./civil";

export const APP_TIME_ZONE = "Asia/Ho_Chi_Minh";
const inVietnam = tz(APP_TIME_ZONE);

type DateInput = Date | string | number;
const toDate = (value: DateInput) => (value instanceof Date ? value : new Date(value));

/** 23/04/2026 */
export const formatDate = (value: DateInput) => format(toDate(value), "dd/MM/yyyy", { in: inVietnam });
/** 17:00 23/04/2026 (time first, as on Vietnamese appointment slips) */
export const formatDateTime = (value: DateInput) => format(toDate(value), "HH:mm dd/MM/yyyy", { in: inVietnam });
/** 17:00 */
export const formatTime = (value: DateInput) => format(toDate(value), "HH:mm", { in: inVietnam });
/** "ngày 23 tháng 04 năm 2026", the dateline of administrative documents */
export const formatDocumentDate = (value: DateInput) =>
  format(toDate(value), "'ngày' dd 'tháng' MM 'năm' yyyy", { in: inVietnam });
/** yyyy-MM-dd of the Vietnamese calendar day containing the instant */
export const localDateKey = (value: DateInput) => format(toDate(value), "yyyy-MM-dd", { in: inVietnam });

/** 00:00 of a Vietnamese calendar day (Asia/Ho_Chi_Minh), as an instant. */
export function startOfVietnamDay(date: LocalDate): Date {
  const { year, month, day } = parseLocalDate(date);
  return new Date(new TZDate(year, month - 1, day, APP_TIME_ZONE).getTime());
}

/** 00:00 of the Vietnamese calendar day containing the instant ("today" of a dashboard counted from `now`). */
export const startOfVietnamDayOf = (value: DateInput): Date => startOfVietnamDay(localDateKey(value));
