// The chart rows and labels (src/ui/charts/series.ts): months as MM/yyyy (the dd/MM/yyyy house style), N/A stays a gap (never a
// zero), values formatted as the screens' tables do (vi-VN: comma decimals), a rate's axis always 0–100 %.
import { describe, expect, it } from "vitest";
import { chartSummary, formatChartValue, monthLabel, monthOfYearLabel, toChartRows, valueDomain } from "./series";

describe("month labels", () => {
  it("writes a rollup month key as MM/yyyy", () => {
    expect(monthLabel("2026-03")).toBe("03/2026");
    expect(monthLabel("2024-12")).toBe("12/2024");
  });
  it("refuses what is not a month", () => {
    expect(() => monthLabel("2026-13")).toThrow();
    expect(() => monthLabel("2026-00")).toThrow();
    expect(() => monthLabel("03/2026")).toThrow();
  });
  it("writes a month number of a year as MM/yyyy", () => {
    expect(monthOfYearLabel(2026, 1)).toBe("01/2026");
    expect(monthOfYearLabel(2026, 11)).toBe("11/2026");
    expect(() => monthOfYearLabel(2026, 0)).toThrow();
    expect(() => monthOfYearLabel(2026, 1.5)).toThrow();
  });
});

describe("toChartRows", () => {
  it("keeps the order and turns N/A (null, undefined, NaN, Infinity) into a gap, never zero", () => {
    const series = [
      { month: "2026-01", value: 0.5 },
      { month: "2026-02", value: null },
      { month: "2026-03", value: 0 / 0 },
      { month: "2026-04", value: 0 },
      { month: "2026-05", value: undefined },
      { month: "2026-06", value: 1 / 0 },
    ];
    expect(
      toChartRows(
        series,
        (item) => monthLabel(item.month),
        (item) => item.value,
      ),
    ).toEqual([
      { label: "01/2026", value: 0.5 },
      { label: "02/2026", value: null },
      { label: "03/2026", value: null },
      { label: "04/2026", value: 0 },
      { label: "05/2026", value: null },
      { label: "06/2026", value: null },
    ]);
  });
  it("gives plain objects only (what a server component can hand to a client one)", () => {
    const rows = toChartRows(
      [{ m: 2, v: 0.25 }],
      (item) => monthOfYearLabel(2026, item.m),
      (item) => item.v,
    );
    expect(JSON.parse(JSON.stringify(rows))).toEqual(rows);
  });
});

describe("formatChartValue", () => {
  it("formats a rate as a percent with the table's decimals, Vietnamese first", () => {
    expect(formatChartValue(0.98333, { style: "percent", fractionDigits: 2 })).toBe("98,33%");
    expect(formatChartValue(0.5, { style: "percent", fractionDigits: 1 })).toBe("50,0%");
    expect(formatChartValue(0.98333, { style: "percent", fractionDigits: 2 }, "en")).toBe("98.33%");
  });
  it("groups thousands the Vietnamese way and shows N/A for null", () => {
    expect(formatChartValue(1234.5, { style: "decimal", fractionDigits: 1 })).toBe("1.234,5");
    expect(formatChartValue(null, { style: "percent", fractionDigits: 2 })).toBe("N/A");
  });
});

describe("valueDomain", () => {
  const rows = [
    { label: "01/2026", value: 12 },
    { label: "02/2026", value: null },
    { label: "03/2026", value: 30 },
  ];
  it("keeps a rate on 0–100 % whatever the values", () => {
    expect(valueDomain([{ label: "x", value: 0.2 }], { style: "percent", fractionDigits: 2 })).toEqual([0, 1]);
  });
  it("spans a number from 0 to the largest value or target", () => {
    expect(valueDomain(rows, { style: "decimal", fractionDigits: 0 })).toEqual([0, 30]);
    expect(valueDomain(rows, { style: "decimal", fractionDigits: 0 }, 45)).toEqual([0, 45]);
  });
  it("never gives an empty range (all N/A or all zero)", () => {
    expect(valueDomain([{ label: "x", value: null }], { style: "decimal", fractionDigits: 0 })).toEqual([0, 1]);
    expect(valueDomain([{ label: "x", value: 0 }], { style: "decimal", fractionDigits: 0 })).toEqual([0, 1]);
  });
});

describe("chartSummary", () => {
  it("counts the points, those with a figure, and gives the last known figure", () => {
    expect(
      chartSummary([
        { label: "01/2026", value: 0.4 },
        { label: "02/2026", value: 0.6 },
        { label: "03/2026", value: null },
      ]),
    ).toEqual({ count: 3, known: 2, first: "01/2026", last: "03/2026", lastValue: 0.6 });
    expect(chartSummary([])).toEqual({ count: 0, known: 0, first: null, last: null, lastValue: null });
  });
});
