// The time stamp of the national platforms' messages (payment platform, national portal): yyyyMMddHHmmss, 24-hour,
// Vietnam time (ONLINE-SERVICES.md, "Dates"). One formatter and one strict parser, both framework-free.
import { format } from "date-fns";
import { TZDate, tz } from "@date-fns/tz";
import { APP_TIME_ZONE } from "./format";

const PLATFORM_TIME_RE = /^(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})$/;

/** 20260423143005 for 14:30:05 on 23/04/2026 in Vietnam. */
export const formatPlatformTime = (value: Date): string => format(value, "yyyyMMddHHmmss", { in: tz(APP_TIME_ZONE) });

/** The instant of a yyyyMMddHHmmss stamp read as Vietnam time; null unless it is a real moment. */
export function parsePlatformTime(value: string): Date | null {
  const m = PLATFORM_TIME_RE.exec(value);
  if (!m) return null;
  const [year, month, day, hour, minute, second] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59) return null;
  const instant = new TZDate(year, month - 1, day, hour, minute, second, APP_TIME_ZONE);
  // Rolled over (31/02 → 03/03): not a real day.
  if (instant.getDate() !== day || instant.getMonth() !== month - 1) return null;
  return new Date(instant.getTime());
}
