"use client";
// A monthly trend as a line (Recharts), for server components: rows come shaped by ./series (plain data), the label
// and the value format as props. N/A months stay gaps. A target, when the data has one, is a dashed reference line.
// The surface is one image with a description (role="img"); the figures themselves are in the data table the screen
// shows next to the chart. No animation, so print and screenshots show the final chart.
import { CartesianGrid, Line, LineChart, ReferenceLine, Tooltip, XAxis, YAxis } from "recharts";
import { type ChartLocale, type ChartRow, formatChartValue, valueDomain, type ValueFormat } from "./series";

/** Colours that stay readable in print (dark on white) and pass contrast against the white card. */
export const CHART_COLOURS = { line: "#1d4ed8", bar: "#15803d", target: "#b91c1c", grid: "#d1d5db", text: "#374151" };

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
  target?: { value: number; label: string } | null;
  height?: number;
  testId?: string;
}) {
  const show = (value: number | null) => formatChartValue(value, format, locale);
  const axisFormat: ValueFormat = { ...format, fractionDigits: 0 };
  return (
    <div
      role="img"
      aria-label={label}
      className="w-full overflow-hidden print:break-inside-avoid"
      style={{ height }}
      data-testid={testId}
    >
      <LineChart
        responsive
        style={{ width: "100%", height }}
        data={rows}
        accessibilityLayer={false}
        margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
      >
        <CartesianGrid stroke={CHART_COLOURS.grid} strokeDasharray="3 3" vertical={false} />
        <XAxis dataKey="label" tick={{ fill: CHART_COLOURS.text, fontSize: 11 }} minTickGap={8} />
        <YAxis
          domain={valueDomain(rows, format, target?.value)}
          tickFormatter={(value: number) => formatChartValue(value, axisFormat, locale)}
          tick={{ fill: CHART_COLOURS.text, fontSize: 11 }}
          width={48}
        />
        <Tooltip
          isAnimationActive={false}
          formatter={(value) => [show(typeof value === "number" ? value : null), seriesName]}
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
    </div>
  );
}
