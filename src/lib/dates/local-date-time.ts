// A wall-clock time typed in a form (`<input type="datetime-local">`: "2026-04-23T14:30"), read as Vietnam time, and
// the same form of an instant to pre-fill such an input.
import { format } from "date-fns";
import { TZDate, tz } from "@date-fns/tz";
import { APP_TIME_ZONE } from "./format";

const LOCAL_DATE_TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/;

/** The instant of "yyyy-MM-ddTHH:mm" in Vietnam; null unless it is a real moment. */
export function parseLocalDateTime(value: string): Date | null {
  const m = LOCAL_DATE_TIME_RE.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute] = m.slice(1).map(Number) as [number, number, number, number, number];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59) return null;
  const instant = new TZDate(year, month - 1, day, hour, minute, 0, APP_TIME_ZONE);
  if (instant.getDate() !== day || instant.getMonth() !== month - 1) return null;
  return new Date(instant.getTime());
}

/** "2026-04-23T14:30" for an instant, in Vietnam time. */
export const formatLocalDateTime = (value: Date): string =>
  format(value, "yyyy-MM-dd'T'HH:mm", { in: tz(APP_TIME_ZONE) });
