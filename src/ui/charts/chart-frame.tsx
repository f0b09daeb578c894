"use client";
// What the trend charts of this folder share: the one-image surface (role="img" with its description, sized, kept
// whole in print), the colours, and the grid, axes and dashed target line around the series. Each chart adds only its
// own tooltip and series (a line, bars).
import type { ReactNode } from "react";
import { CartesianGrid, ReferenceLine, XAxis, YAxis } from "recharts";
import { type ChartLocale, type ChartRow, formatChartValue, valueDomain, type ValueFormat } from "./series";

/** Colours that stay readable in print (dark on white) and pass contrast against the white card. */
export const CHART_COLOURS = { line: "#1d4ed8", bar: "#15803d", target: "#b91c1c", grid: "#d1d5db", text: "#374151" };

/** The plot's margins inside the surface. */
export const CHART_MARGIN = { top: 8, right: 12, bottom: 4, left: 0 };

/** A yearly target or threshold, drawn as a reference line with its own label. */
export type ChartTarget = { value: number; label: string } | null | undefined;

/** The surface: one image with a description; the figures are in the data table the screen shows next to it. */
export function ChartFrame({
  label,
  height,
  testId,
  children,
}: {
  label: string;
  height: number;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <div
      role="img"
      aria-label={label}
      className="w-full overflow-hidden print:break-inside-avoid"
      style={{ height }}
      data-testid={testId}
    >
      {children}
    </div>
  );
}

/**
 * The grid, the month axis, the value axis (whole figures) and the target line, as children of a Recharts chart.
 * The value axis's domain takes the target in, so the line is always inside the plot.
 */
export function chartAxes({
  rows,
  format,
  locale,
  target,
  minTickGap,
}: {
  rows: ChartRow[];
  format: ValueFormat;
  locale: ChartLocale;
  target: ChartTarget;
  minTickGap: number;
}): ReactNode[] {
  const axisFormat: ValueFormat = { ...format, fractionDigits: 0 };
  return [
    <CartesianGrid key="grid" stroke={CHART_COLOURS.grid} strokeDasharray="3 3" vertical={false} />,
    <XAxis key="x" dataKey="label" tick={{ fill: CHART_COLOURS.text, fontSize: 11 }} minTickGap={minTickGap} />,
    <YAxis
      key="y"
      domain={valueDomain(rows, format, target?.value)}
      tickFormatter={(value: number) => formatChartValue(value, axisFormat, locale)}
      tick={{ fill: CHART_COLOURS.text, fontSize: 11 }}
      width={48}
    />,
    target ? (
      <ReferenceLine
        key="target"
        y={target.value}
        stroke={CHART_COLOURS.target}
        strokeDasharray="6 3"
        label={{ value: target.label, position: "insideTopRight", fill: CHART_COLOURS.target, fontSize: 11 }}
        ifOverflow="extendDomain"
      />
    ) : null,
  ];
}
