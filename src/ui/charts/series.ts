// Pure data shaping for the charts in this folder: server components turn their series into plain, serialisable rows
// (a label and a value or null) that the client chart components draw; the same module formats the figures in the
// reader's locale (vi-VN by default) with the decimals the screens' tables use. No React, no Recharts here.

/** One point of a chart: the axis label ("03/2026") and its value, null where the figure is N/A (a gap, no bar). */
export type ChartRow = { label: string; value: number | null };

/** How a chart shows its values: a rate (0–1) as a percent, or a plain number, with a fixed number of decimals. */
export type ValueFormat = { style: "percent" | "decimal"; fractionDigits: 0 | 1 | 2 };

/** The app's two locales; Vietnamese first. */
export type ChartLocale = "vi" | "en";

const INTL_LOCALE: Record<ChartLocale, string> = { vi: "vi-VN", en: "en" };

/** "2026-03" (a calendar month as the rollups key it) → "03/2026". */
export function monthLabel(month: string): string {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match || Number(match[2]) < 1 || Number(match[2]) > 12) throw new Error(`Not a month (yyyy-MM): ${month}`);
  return `${match[2]}/${match[1]}`;
}

/** Month 3 of 2026 → "03/2026". */
export function monthOfYearLabel(year: number, month: number): string {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new Error(`Not a month number: ${month}`);
  return `${String(month).padStart(2, "0")}/${year}`;
}

/**
 * A series as chart rows, in the given order. A value that is null or not a finite number (NaN from 0 ÷ 0) becomes
 * null: drawn as a gap, never as zero.
 */
export function toChartRows<T>(
  items: readonly T[],
  label: (item: T, index: number) => string,
  value: (item: T, index: number) => number | null | undefined,
): ChartRow[] {
  return items.map((item, index) => {
    const raw = value(item, index);
    return { label: label(item, index), value: typeof raw === "number" && Number.isFinite(raw) ? raw : null };
  });
}

/** A value as the tables show it: "98,33 %" in Vietnamese, "98.33%" in English; null is "N/A". */
export function formatChartValue(value: number | null, format: ValueFormat, locale: ChartLocale = "vi"): string {
  if (value === null) return "N/A";
  return new Intl.NumberFormat(INTL_LOCALE[locale], {
    style: format.style,
    minimumFractionDigits: format.fractionDigits,
    maximumFractionDigits: format.fractionDigits,
  }).format(value);
}

/**
 * The value axis: a rate always spans 0–100 % (so months and indicators compare at a glance); a plain number spans 0
 * to the largest value or target, never an empty range.
 */
export function valueDomain(rows: readonly ChartRow[], format: ValueFormat, target?: number | null): [number, number] {
  if (format.style === "percent") return [0, 1];
  const values = rows.flatMap((row) => (row.value === null ? [] : [row.value]));
  if (typeof target === "number" && Number.isFinite(target)) values.push(target);
  const max = Math.max(0, ...values);
  return [0, max > 0 ? max : 1];
}

/** What a chart's accessible description needs: how many points, how many have a figure, and the last figure. */
export function chartSummary(rows: readonly ChartRow[]): {
  count: number;
  known: number;
  first: string | null;
  last: string | null;
  lastValue: number | null;
} {
  const known = rows.filter((row) => row.value !== null);
  return {
    count: rows.length,
    known: known.length,
    first: rows[0]?.label ?? null,
    last: rows.at(-1)?.label ?? null,
    lastValue: known.at(-1)?.value ?? null,
  };
}
