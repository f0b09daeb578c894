"use client";
// A monthly trend as a line (Recharts), for server components: rows come shaped by ./series (plain data), the label
// and the value format as props. N/A months stay gaps. A target, when the data has one, is a dashed reference line.
// The surface is one image with a description (role="img"); the figures themselves are in the data table the screen
// shows next to the chart. No animation, so print and screenshots show the final chart.
import { Line, LineChart, Tooltip } from "recharts";
import { CHART_COLOURS, CHART_MARGIN, ChartFrame, chartAxes, type ChartTarget } from "./chart-frame";
import { type ChartLocale, type ChartRow, formatChartValue, type ValueFormat } from "./series";

export function TrendLineChart({
  rows,
  label,
  format,
  locale = "vi",
  seriesName,
  target,
  height = 160,
  testId,
}: {
  rows: ChartRow[];
  /** The accessible description of the chart (what, over which months). */
  label: string;
  format: ValueFormat;
  locale?: ChartLocale;
  /** The series' name in the tooltip. */
  seriesName: string;
  /** A yearly target or threshold, drawn as a reference line with its own label. */
  target?: ChartTarget;
  height?: number;
  testId?: string;
}) {
  return (
    <ChartFrame label={label} height={height} testId={testId}>
      <LineChart
        responsive
        style={{ width: "100%", height }}
        data={rows}
        accessibilityLayer={false}
        margin={CHART_MARGIN}
      >
        {chartAxes({ rows, format, locale, target, minTickGap: 8 })}
        <Tooltip
          isAnimationActive={false}
          formatter={(value) => [
            formatChartValue(typeof value === "number" ? value : null, format, locale),
            seriesName,
          ]}
        />
        <Line
          type="linear"
          dataKey="value"
          name={seriesName}
          stroke={CHART_COLOURS.line}
          strokeWidth={2}
          dot={rows.length <= 12 ? { r: 2.5 } : false}
          connectNulls={false}
          isAnimationActive={false}
        />
      </LineChart>
    </ChartFrame>
  );
}
