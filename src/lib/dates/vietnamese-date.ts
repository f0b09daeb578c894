// Dates as a person types them: dd/MM/yyyy. One parser for every input (worklist filter, report period, calendar
// editor), with one rule: d/M/yyyy accepted, a real calendar day, years 2000–2100.
import { z } from "zod";
import { trimmedOrUndefined } from "../search-params";
import { makeLocalDate, type LocalDate } from "./civil";

export const MIN_YEAR = 2000;
export const MAX_YEAR = 2100;

export type DateParseError = "format" | "impossible" | "range";
export type DateParseResult = { ok: true; date: LocalDate } | { ok: false; error: DateParseError };

export interface ParseVietnameseDateOptions {
  /**
   * Also accept "." and "-" between day, month and year (01.05.2026, 1-5-2026), as dates pasted from official
   * notices are written. Default: "/" only, the form the app itself writes in URLs.
   */
  anySeparator?: boolean;
}

const SLASH_DATE_RE = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/;
const ANY_SEPARATOR_DATE_RE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;

/** "dd/MM/yyyy" (also d/M/yyyy; surrounding spaces ignored) → LocalDate, a real calendar day in 2000–2100. */
export function parseVietnameseDate(text: string, options: ParseVietnameseDateOptions = {}): DateParseResult {
  const match = (options.anySeparator ? ANY_SEPARATOR_DATE_RE : SLASH_DATE_RE).exec(text.trim());
  if (!match) return { ok: false, error: "format" };
  const [day, month, year] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return { ok: false, error: "impossible" };
  const date = makeLocalDate(year, month, day);
  // makeLocalDate rolls 30/02 over to 02/03: an impossible date does not survive the round trip.
  if (date !== `${match[3]}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`)
    return { ok: false, error: "impossible" };
  if (year < MIN_YEAR || year > MAX_YEAR) return { ok: false, error: "range" };
  return { ok: true, date };
}

/** The message a date filter shows for any refused date. */
export const INVALID_DATE_FILTER_MESSAGE =
  "Ngày không hợp lệ; xin vui lòng nhập theo dạng dd/mm/yyyy, ví dụ 23/04/2026.";

/** A GET parameter holding a dd/MM/yyyy date: blank → undefined, otherwise parseVietnameseDate or an issue. */
export const vietnameseDateSchema = z.preprocess(
  trimmedOrUndefined,
  z
    .string()
    .transform((value, ctx): LocalDate => {
      const parsed = parseVietnameseDate(value);
      if (!parsed.ok) {
        ctx.addIssue({ code: "custom", message: INVALID_DATE_FILTER_MESSAGE });
        return z.NEVER;
      }
      return parsed.date;
    })
    .optional(),
);
