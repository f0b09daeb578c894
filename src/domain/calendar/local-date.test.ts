import { describe, expect, it } from "vitest";
import { addCalendarDays, calendarDaysBetween, dayOfWeek, formatDateVi, isLocalDate, parseClockTime } from "./index";

describe("LocalDate helpers (civil dates, zone-free)", () => {
  it("adds calendar days across months, years and leap days", () => {
    expect(addCalendarDays("2026-02-28", 1)).toBe("2026-03-01");
    expect(addCalendarDays("2028-02-28", 1)).toBe("2028-02-29");
    expect(addCalendarDays("2026-12-31", 1)).toBe("2027-01-01");
    expect(addCalendarDays("2026-01-01", -1)).toBe("2025-12-31");
    expect(calendarDaysBetween("2026-02-13", "2026-02-23")).toBe(10);
  });

  it("knows the weekday (0 = Sunday)", () => {
    expect(dayOfWeek("2026-04-26")).toBe(0);
    expect(dayOfWeek("2026-04-23")).toBe(4);
  });

  it("validates shapes", () => {
    expect(isLocalDate("2026-02-29")).toBe(false);
    expect(isLocalDate("2026-2-1")).toBe(false);
    expect(isLocalDate("2028-02-29")).toBe(true);
    expect(parseClockTime("07:30")).toBe(450);
    expect(() => parseClockTime("7:30")).toThrow(RangeError);
    expect(() => parseClockTime("24:00")).toThrow(RangeError);
    expect(formatDateVi("2026-04-05")).toBe("05/04/2026");
  });
});
