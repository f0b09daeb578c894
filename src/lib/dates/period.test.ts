import { describe, expect, it } from "vitest";
import {
  formatDateVi,
  MAX_PERIOD_DAYS,
  parsePeriod,
  periodOf,
  presetPeriod,
  startOfVietnamDay,
  startOfVietnamDayOf,
} from ".";

const at = (local: string) => new Date(`${local}+07:00`);

describe("report periods in Vietnamese calendar days (Asia/Ho_Chi_Minh)", () => {
  it("bounds a day at 00:00 +07:00, whatever the server's zone", () => {
    expect(startOfVietnamDay("2026-05-01").toISOString()).toBe("2026-04-30T17:00:00.000Z");
    // 23:30 UTC on 30/04 is already 06:30 on 01/05 in Vietnam: today starts at 17:00 UTC on 30/04.
    expect(startOfVietnamDayOf(new Date("2026-04-30T23:30:00Z")).toISOString()).toBe("2026-04-30T17:00:00.000Z");
  });

  it("is half-open: the last day is included up to 24:00", () => {
    const period = periodOf("custom", "2026-04-01", "2026-04-30");
    expect(period.start).toEqual(at("2026-04-01T00:00:00"));
    expect(period.end).toEqual(at("2026-05-01T00:00:00"));
  });

  it("uses the Vietnamese day, not UTC: 23:30 on 31/03 in Hà Nội is still March", () => {
    const now = at("2026-03-31T23:30:00"); // 16:30 UTC
    expect(presetPeriod("month", now)).toMatchObject({ from: "2026-03-01", to: "2026-03-31" });
    // and 00:30 on 01/07 is already the second half-year, though UTC is still 30/06
    expect(presetPeriod("half", at("2026-07-01T00:30:00"))).toMatchObject({ from: "2026-07-01", to: "2026-07-01" });
  });

  it("counts the 'last …' presets as the whole closed period before this one, across a year end", () => {
    const now = at("2026-08-20T10:00:00");
    expect(presetPeriod("lastMonth", now)).toMatchObject({ preset: "lastMonth", from: "2026-07-01", to: "2026-07-31" });
    expect(presetPeriod("lastQuarter", now)).toMatchObject({ from: "2026-04-01", to: "2026-06-30" });
    expect(presetPeriod("lastYear", now)).toMatchObject({ from: "2025-01-01", to: "2025-12-31" });
    const january = at("2026-01-05T10:00:00");
    expect(presetPeriod("lastMonth", january)).toMatchObject({ from: "2025-12-01", to: "2025-12-31" });
    expect(presetPeriod("lastQuarter", january)).toMatchObject({ from: "2025-10-01", to: "2025-12-31" });
    // A leap February, and the exclusive end is 00:00 (+07:00) of the day after the last day.
    const march = presetPeriod("lastMonth", at("2028-03-10T10:00:00"));
    expect(march).toMatchObject({ from: "2028-02-01", to: "2028-02-29" });
    expect(march.end.toISOString()).toBe("2028-02-29T17:00:00.000Z");
    expect(parsePeriod({ preset: "nam-truoc" }, now).period).toMatchObject({ from: "2025-01-01", to: "2025-12-31" });
  });

  it("counts presets from their first day up to today", () => {
    const now = at("2026-08-20T10:00:00");
    expect(presetPeriod("month", now)).toMatchObject({ preset: "month", from: "2026-08-01", to: "2026-08-20" });
    expect(presetPeriod("quarter", now)).toMatchObject({ from: "2026-07-01", to: "2026-08-20" });
    expect(presetPeriod("half", now)).toMatchObject({ from: "2026-07-01", to: "2026-08-20" });
    expect(presetPeriod("year", now)).toMatchObject({ from: "2026-01-01", to: "2026-08-20" });
    expect(presetPeriod("quarter", at("2026-03-31T10:00:00"))).toMatchObject({ from: "2026-01-01" });
    expect(presetPeriod("half", at("2026-06-30T10:00:00"))).toMatchObject({ from: "2026-01-01" });
  });

  it("writes days back as dd/MM/yyyy", () => expect(formatDateVi("2026-04-03")).toBe("03/04/2026"));
});

describe("parsing the period parameters", () => {
  const now = at("2026-08-20T10:00:00");

  it("defaults to this month", () => {
    expect(parsePeriod({}, now)).toEqual({ period: presetPeriod("month", now), errors: {} });
  });

  it("reads the preset slugs", () => {
    expect(parsePeriod({ preset: "quy" }, now).period.preset).toBe("quarter");
    expect(parsePeriod({ preset: "nua-nam" }, now).period.preset).toBe("half");
    expect(parsePeriod({ preset: "nam" }, now).period.from).toBe("2026-01-01");
  });

  it("reads a custom range typed as dd/MM/yyyy (d/M/yyyy accepted)", () => {
    const { period, errors } = parsePeriod({ preset: "tuy-chon", from: "1/4/2026", to: "30/06/2026" }, now);
    expect(errors).toEqual({});
    expect(period).toMatchObject({ preset: "custom", from: "2026-04-01", to: "2026-06-30" });
    expect(period.end).toEqual(at("2026-07-01T00:00:00"));
  });

  it("treats typed dates without a preset as a custom range, and ignores them with a preset", () => {
    expect(parsePeriod({ from: "01/04/2026", to: "02/04/2026" }, now).period.preset).toBe("custom");
    expect(parsePeriod({ preset: "nam", from: "01/04/2026", to: "02/04/2026" }, now).period.from).toBe("2026-01-01");
  });

  it("refuses impossible days, wrong shapes, reversed and over-long ranges, in Vietnamese, and falls back to this month", () => {
    const bad = parsePeriod({ preset: "tuy-chon", from: "31/02/2026", to: "2026-03-01" }, now);
    expect(bad.errors.from).toMatch(/dd\/mm\/yyyy/);
    expect(bad.errors.to).toMatch(/dd\/mm\/yyyy/);
    expect(bad.period).toEqual(presetPeriod("month", now));

    expect(parsePeriod({ preset: "tuy-chon", from: "10/04/2026", to: "09/04/2026" }, now).errors.to).toBe(
      "“Đến ngày” phải sau hoặc bằng “Từ ngày”.",
    );
    expect(parsePeriod({ preset: "tuy-chon", from: "01/01/2020", to: "01/01/2026" }, now).errors.to).toMatch(
      /tối đa 3 năm/,
    );
    expect(parsePeriod({ preset: "tuy-chon", from: "01/01/2023" }, now).errors.to).toMatch(/Đến ngày/);
    expect(parsePeriod({ preset: "tuan" }, now).errors.preset).toBe("Kỳ báo cáo không hợp lệ.");
  });

  it("accepts exactly the longest range", () => {
    const from = "2024-01-01";
    const period = periodOf("custom", from, "2026-12-31");
    expect(Math.round((period.end.getTime() - period.start.getTime()) / 86_400_000)).toBeLessThanOrEqual(
      MAX_PERIOD_DAYS,
    );
    expect(parsePeriod({ preset: "tuy-chon", from: "01/01/2024", to: "31/12/2026" }, now).errors).toEqual({});
  });
});
