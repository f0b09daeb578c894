import { describe, expect, it } from "vitest";
import { dateRangeToParams, parseVietnameseDate, vietnameseDateSchema } from ".";

describe("parseVietnameseDate: d/M/yyyy accepted, a real calendar day, years 2000–2100", () => {
  it("accepts dd/MM/yyyy and d/M/yyyy, ignoring surrounding spaces", () => {
    expect(parseVietnameseDate("16/02/2026")).toEqual({ ok: true, date: "2026-02-16" });
    expect(parseVietnameseDate(" 2/9/2026 ")).toEqual({ ok: true, date: "2026-09-02" });
  });
  it("refuses days that are not on the calendar", () => {
    expect(parseVietnameseDate("30/02/2026")).toEqual({ ok: false, error: "impossible" });
    expect(parseVietnameseDate("29/02/2026")).toEqual({ ok: false, error: "impossible" });
    expect(parseVietnameseDate("00/01/2026")).toEqual({ ok: false, error: "impossible" });
    expect(parseVietnameseDate("12/13/2026")).toEqual({ ok: false, error: "impossible" });
    expect(parseVietnameseDate("29/02/2028")).toEqual({ ok: true, date: "2028-02-29" });
  });
  it("keeps to the years 2000–2100", () => {
    expect(parseVietnameseDate("01/01/1999")).toEqual({ ok: false, error: "range" });
    expect(parseVietnameseDate("01/01/2101")).toEqual({ ok: false, error: "range" });
    expect(parseVietnameseDate("31/12/2100")).toEqual({ ok: true, date: "2100-12-31" });
  });
  it("takes only '/' unless told to accept '.' and '-' too (dates pasted from notices)", () => {
    expect(parseVietnameseDate("01.05.2026")).toEqual({ ok: false, error: "format" });
    expect(parseVietnameseDate("01.05.2026", { anySeparator: true })).toEqual({ ok: true, date: "2026-05-01" });
    expect(parseVietnameseDate("1-5-2026", { anySeparator: true })).toEqual({ ok: true, date: "2026-05-01" });
    expect(parseVietnameseDate("2026-02-16", { anySeparator: true })).toEqual({ ok: false, error: "format" });
    expect(parseVietnameseDate("16/02/26")).toEqual({ ok: false, error: "format" });
  });
  it("as a GET parameter: blank is no date, a refused date is an issue in Vietnamese", () => {
    expect(vietnameseDateSchema.parse("  ")).toBeUndefined();
    expect(vietnameseDateSchema.parse("1/4/2026")).toBe("2026-04-01");
    expect(vietnameseDateSchema.safeParse("31/02/2026").error?.issues[0]?.message).toMatch(/dd\/mm\/yyyy/);
  });
});

describe("the URL convention for a range of days", () => {
  it("writes tu-ngay and den-ngay as dd/MM/yyyy, leaving a missing end out", () => {
    expect(dateRangeToParams("2026-04-01", "2026-04-30")).toEqual({
      "tu-ngay": "01/04/2026",
      "den-ngay": "30/04/2026",
    });
    expect(dateRangeToParams(null, "2026-04-30")).toEqual({ "den-ngay": "30/04/2026" });
  });
});
