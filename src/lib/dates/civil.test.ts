import { describe, expect, it } from "vitest";
import { startOfMonthShifted } from "./civil";

describe("startOfMonthShifted: first days of months around a date (report months, trends, rollup months)", () => {
  it("gives the date's own month, the next and earlier ones, across year ends", () => {
    expect(startOfMonthShifted("2026-05-31", 0)).toBe("2026-05-01");
    expect(startOfMonthShifted("2026-05-31", 1)).toBe("2026-06-01");
    expect(startOfMonthShifted("2026-12-15", 1)).toBe("2027-01-01");
    expect(startOfMonthShifted("2026-01-01", -1)).toBe("2025-12-01");
    expect(startOfMonthShifted("2026-12-05", -35)).toBe("2024-01-01");
    expect(startOfMonthShifted("2026-03-31", -1)).toBe("2026-02-01");
  });
});
