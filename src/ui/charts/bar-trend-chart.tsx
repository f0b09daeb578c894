"use client";
// A monthly trend as bars (Recharts), for server components: rows come shaped by ./series (plain data). An N/A month
// has no bar (never a zero bar); a threshold, when the data has one, is a dashed reference line. One image with a
// description (role="img"); the figures are in the data table the screen shows next to it. No animation (print).
import { Bar, BarChart, CartesianGrid, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { type ChartLocale, type ChartRow, formatChartValue, valueDomain, type ValueFormat } from "./series";
import { CHART_COLOURS } from "./trend-line-chart";

export function BarTrendChart({
  rows,
  label,
  format,
  locale = "vi",
  seriesName,
  target,
  height = 180,
  testId,
}: {
  rows: ChartRow[];
  /** The accessible description of the chart. */
  label: string;
  format: ValueFormat;
  locale?: ChartLocale;
  seriesName: string;
  target?: { value: number; label: string } | null;
  height?: number;
  testId?: string;
}) {
  const axisFormat: ValueFormat = { ...format, fractionDigits: 0 };
  return (
    <div
      role="img"
      aria-label={label}
      className="w-full overflow-hidden print:break-inside-avoid"
      style={{ height }}
      data-testid={testId}
    >
      <BarChart
        responsive
        style={{ width: "100%", height }}
        data={rows}
        accessibilityLayer={false}
        margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
      >
        <CartesianGrid stroke={CHART_COLOURS.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fill: CHART_COLOURS.text, fontSize: 11 }} minTickGap={4} />
        <YAxis
          domain={valueDomain(rows, format, target?.value)}
          tickFormatter={(value: number) => formatChartValue(value, axisFormat, locale)}
          tick={{ fill: CHART_COLOURS.text, fontSize: 11 }}
          width={48}
        />
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: "#f3f4f6" }}
          formatter={(value) => [
            formatChartValue(typeof value === "number" ? value : null, format, locale),
            seriesName,
          ]}
        />
        {target ? (
          <ReferenceLine
            y={target.value}
            stroke={CHART_COLOURS.target}
            strokeDasharray="6 3"
            label={{ value: target.label, position: "insideTopRight", fill: CHART_COLOURS.target, fontSize: 11 }}
            ifOverflow="extendDomain"
          />
        ) : null}
        <Bar dataKey="value" name={seriesName} fill={CHART_COLOURS.bar} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}
