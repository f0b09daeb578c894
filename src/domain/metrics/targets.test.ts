// Yearly targets (DOMAIN.md "Online service, payment, post, digitisation": configurable per year): the form's
// percentages, "on track", and stored values read back.
import { describe, expect, it } from "vitest";
import { indicatorTargetsInput, targetsOf, targetStatus } from "./targets";

describe("indicatorTargetsInput", () => {
  it("reads percentages as shares, empty as no target", () => {
    const parsed = indicatorTargetsInput.safeParse({
      year: "2026",
      onTimeReport: "95",
      onlineShare: "40,5",
      digitisation: "",
    });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toEqual({ year: 2026, onTimeReport: 0.95, onlineShare: 0.405 });
  });

  it("refuses values above 100 %, text and more than two decimals, in Vietnamese", () => {
    for (const bad of ["101", "abc", "95.555", "-5"]) {
      const parsed = indicatorTargetsInput.safeParse({ year: "2026", onTimeReport: bad });
      expect(parsed.success).toBe(false);
      expect(parsed.error!.issues[0]!.message).toContain("phần trăm");
    }
    expect(indicatorTargetsInput.safeParse({ year: "1990" }).success).toBe(false);
  });
});

describe("targetStatus", () => {
  it("is on track at or above the target, behind below, null without a value or target", () => {
    expect(targetStatus(0.95, 0.95)).toBe("onTrack");
    expect(targetStatus(0.9499, 0.95)).toBe("behind");
    expect(targetStatus(null, 0.95)).toBeNull();
    expect(targetStatus(0.5, undefined)).toBeNull();
  });
});

describe("targetsOf", () => {
  it("keeps known indicators with a share between 0 and 1", () => {
    expect(targetsOf({ onTimeReport: 0.9, unknown: 0.5, onlineShare: 2, digitisation: "0.3" })).toEqual({
      onTimeReport: 0.9,
    });
    expect(targetsOf(null)).toEqual({});
  });
});
