"use client";
// A monthly trend as bars (Recharts), for server components: rows come shaped by ./series (plain data). An N/A month
// has no bar (never a zero bar); a threshold, when the data has one, is a dashed reference line. One image with a
// description (role="img"); the figures are in the data table the screen shows next to it. No animation (print).
import { Bar, BarChart, Tooltip } from "recharts";
import { CHART_COLOURS, CHART_MARGIN, ChartFrame, chartAxes, type ChartTarget } from "./chart-frame";
import { type ChartLocale, type ChartRow, formatChartValue, type ValueFormat } from "./series";

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
  target?: ChartTarget;
  height?: number;
  testId?: string;
}) {
  return (
    <ChartFrame label={label} height={height} testId={testId}>
      <BarChart
        responsive
        style={{ width: "100%", height }}
        data={rows}
        accessibilityLayer={false}
        margin={CHART_MARGIN}
      >
        {chartAxes({ rows, format, locale, target, minTickGap: 4 })}
        <Tooltip
          isAnimationActive={false}
          cursor={{ fill: "#f3f4f6" }}
          formatter={(value) => [
            formatChartValue(typeof value === "number" ? value : null, format, locale),
            seriesName,
          ]}
        />
        <Bar dataKey="value" name={seriesName} fill={CHART_COLOURS.bar} isAnimationActive={false} />
      </BarChart>
    </ChartFrame>
  );
}
