// Report periods (kỳ báo cáo): presets counted in Vietnamese calendar days (Asia/Ho_Chi_Minh) and a custom range typed as
// dd/MM/yyyy. Pure: no Next.js, no Prisma. A period is inclusive of both days for people and half-open [start, end) for
// queries, so "tháng 5" is 01/05 00:00 (+07:00) up to, not including, the next day after its last day.
import { z } from "zod";
import { trimmedOrUndefined } from "../search-params";
import { addCalendarDays, calendarDaysBetween, makeLocalDate, parseLocalDate, type LocalDate } from "./civil";
import { localDateKey, startOfVietnamDay } from "./format";
import { vietnameseDateSchema } from "./vietnamese-date";

/**
 * Tháng này, tháng trước, quý này, quý trước, 6 tháng (nửa năm) này, năm nay, năm trước, tùy chọn. "This …" runs from
 * its first day up to today; "last …" is the whole closed period before it (what a monthly or yearly report covers).
 */
export const PERIOD_PRESETS = [
  "month",
  "lastMonth",
  "quarter",
  "lastQuarter",
  "half",
  "year",
  "lastYear",
  "custom",
] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export const PERIOD_SLUGS: Readonly<Record<PeriodPreset, string>> = {
  month: "thang",
  lastMonth: "thang-truoc",
  quarter: "quy",
  lastQuarter: "quy-truoc",
  half: "nua-nam",
  year: "nam",
  lastYear: "nam-truoc",
  custom: "tuy-chon",
};

/** The months a preset spans: a month, a quarter, a half-year or a year (each divides 12, so periods align to January). */
export const PRESET_MONTHS: Readonly<Record<Exclude<PeriodPreset, "custom">, 1 | 3 | 6 | 12>> = {
  month: 1,
  lastMonth: 1,
  quarter: 3,
  lastQuarter: 3,
  half: 6,
  year: 12,
  lastYear: 12,
};

const CLOSED_PRESETS: ReadonlySet<PeriodPreset> = new Set(["lastMonth", "lastQuarter", "lastYear"]);

/** The longest custom range: three years of days. */
export const MAX_PERIOD_DAYS = 3 * 366;

export interface ReportPeriod {
  preset: PeriodPreset;
  /** First day, inclusive (yyyy-MM-dd, Vietnamese calendar day). */
  from: LocalDate;
  /** Last day, inclusive. */
  to: LocalDate;
  /** 00:00 in Asia/Ho_Chi_Minh of `from`. */
  start: Date;
  /** 00:00 in Asia/Ho_Chi_Minh of the day after `to` (exclusive bound). */
  end: Date;
}

export function periodOf(preset: PeriodPreset, from: LocalDate, to: LocalDate): ReportPeriod {
  return { preset, from, to, start: startOfVietnamDay(from), end: startOfVietnamDay(addCalendarDays(to, 1)) };
}

/**
 * A preset period (Vietnamese calendar): "this …" from its first day up to and including today, "last …" the whole
 * period before it.
 */
export function presetPeriod(preset: Exclude<PeriodPreset, "custom">, now: Date): ReportPeriod {
  const today = localDateKey(now);
  const { year, month } = parseLocalDate(today);
  const span = PRESET_MONTHS[preset];
  const thisMonth = year * 12 + (month - 1);
  const currentStart = thisMonth - (thisMonth % span);
  const dayOf = (monthIndex: number) => makeLocalDate(Math.floor(monthIndex / 12), (monthIndex % 12) + 1, 1);
  if (CLOSED_PRESETS.has(preset)) {
    return periodOf(preset, dayOf(currentStart - span), addCalendarDays(dayOf(currentStart), -1));
  }
  return periodOf(preset, dayOf(currentStart), today);
}

export const presetSchema = z.preprocess(
  trimmedOrUndefined,
  z
    .string()
    .refine((value) => Object.values(PERIOD_SLUGS).includes(value), { error: "Kỳ báo cáo không hợp lệ." })
    .transform((value) => PERIOD_PRESETS.find((preset) => PERIOD_SLUGS[preset] === value)!)
    .optional(),
);

export type PeriodErrors = Partial<Record<"preset" | "from" | "to", string>>;

/**
 * The period of the GET parameters. A preset is counted from `now`; "tùy chọn" needs both days, in order, at most
 * MAX_PERIOD_DAYS long. Never throws: a refused value is reported in `errors` and this month is used instead.
 */
export function parsePeriod(
  input: { preset?: string; from?: string; to?: string },
  now: Date,
): { period: ReportPeriod; errors: PeriodErrors } {
  const errors: PeriodErrors = {};
  const presetResult = presetSchema.safeParse(input.preset);
  if (!presetResult.success) errors.preset = presetResult.error.issues[0]?.message;
  const fromResult = vietnameseDateSchema.safeParse(input.from);
  const toResult = vietnameseDateSchema.safeParse(input.to);
  if (!fromResult.success) errors.from = fromResult.error.issues[0]?.message;
  if (!toResult.success) errors.to = toResult.error.issues[0]?.message;
  const from = fromResult.success ? fromResult.data : undefined;
  const to = toResult.success ? toResult.data : undefined;

  // Typing dates without choosing "tùy chọn" still means a custom range.
  const preset = (presetResult.success ? presetResult.data : undefined) ?? (from || to ? "custom" : "month");
  if (preset !== "custom") return { period: presetPeriod(preset, now), errors };

  if (!from && !errors.from) errors.from = "Xin vui lòng nhập “Từ ngày” (dd/mm/yyyy).";
  if (!to && !errors.to) errors.to = "Xin vui lòng nhập “Đến ngày” (dd/mm/yyyy).";
  if (from && to) {
    const days = calendarDaysBetween(from, to) + 1;
    if (days < 1) errors.to = "“Đến ngày” phải sau hoặc bằng “Từ ngày”.";
    else if (days > MAX_PERIOD_DAYS) errors.to = "Khoảng thời gian báo cáo tối đa 3 năm; xin chọn khoảng ngắn hơn.";
    else return { period: periodOf("custom", from, to), errors };
  }
  return { period: presetPeriod("month", now), errors };
}
