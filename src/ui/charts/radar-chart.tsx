"use client";
// A radar (spider) chart of one series over a few categories (Recharts), for server components: rows come shaped by
// ./series (plain data), e.g. a unit's share of points by PAR Index domain. An N/A category is drawn at the centre
// and named N/A in the tooltip; the value axis spans 0–100 % so units compare at a glance. One image with a
// description (ChartFrame); the figures are in the data table the screen shows next to it. No animation (print).
import { PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart as RechartsRadar, Tooltip } from "recharts";
import { CHART_COLOURS, ChartFrame } from "./chart-frame";
import { type ChartLocale, type ChartRow, formatChartValue, type ValueFormat } from "./series";

export function RadarChart({
  rows,
  label,
  format,
  locale = "vi",
  seriesName,
  height = 280,
  testId,
}: {
  rows: ChartRow[];
  /** The accessible description of the chart. */
  label: string;
  format: ValueFormat;
  locale?: ChartLocale;
  seriesName: string;
  height?: number;
  testId?: string;
}) {
  const data = rows.map((row) => ({ label: row.label, value: row.value ?? 0, shown: row.value }));
  return (
    <ChartFrame label={label} height={height} testId={testId}>
      <RechartsRadar
        responsive
        style={{ width: "100%", height }}
        data={data}
        accessibilityLayer={false}
        outerRadius="70%"
      >
        <PolarGrid stroke={CHART_COLOURS.grid} />
        <PolarAngleAxis dataKey="label" tick={{ fill: CHART_COLOURS.text, fontSize: 11 }} />
        <PolarRadiusAxis
          domain={format.style === "percent" ? [0, 1] : [0, "auto"]}
          tickFormatter={(value: number) => formatChartValue(value, { ...format, fractionDigits: 0 }, locale)}
          tick={{ fill: CHART_COLOURS.text, fontSize: 10 }}
          angle={90}
        />
        <Tooltip
          isAnimationActive={false}
          formatter={(_value, _name, item) => [
            formatChartValue((item?.payload as { shown: number | null } | undefined)?.shown ?? null, format, locale),
            seriesName,
          ]}
        />
        <Radar
          dataKey="value"
          name={seriesName}
          stroke={CHART_COLOURS.line}
          fill={CHART_COLOURS.line}
          fillOpacity={0.25}
          isAnimationActive={false}
        />
      </RechartsRadar>
    </ChartFrame>
  );
}
