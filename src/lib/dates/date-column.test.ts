import { describe, expect, it } from "vitest";
import { dateColumnOf, dayOfDateColumn } from "./civil";

describe("DATE columns", () => {
  it("store a civil day as UTC midnight and read it back unchanged, whatever the server's zone", () => {
    expect(dateColumnOf("2025-06-30").toISOString()).toBe("2025-06-30T00:00:00.000Z");
    expect(dayOfDateColumn(dateColumnOf("2025-07-01"))).toBe("2025-07-01");
    // The last day of a year: no shift to the next one (Vietnam is UTC+7, a zone conversion would move it).
    expect(dayOfDateColumn(new Date("2026-12-31T00:00:00Z"))).toBe("2026-12-31");
  });
});
