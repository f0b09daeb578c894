// Median and 90th percentile of processing times (DOMAIN.md "Classifying and reporting timeliness"), interpolated
// as PostgreSQL's percentile_cont: hand-computed cases.
import { describe, expect, it } from "vitest";
import { percentileCont, processingTimeSummary } from "./percentile";

describe("percentileCont", () => {
  it("interpolates between the closest ranks", () => {
    // Sorted 1, 2, 3, 4: median at position 1.5 → 2.5; p90 at 2.7 → 3 + 0.7 × 1 = 3.7.
    expect(percentileCont([4, 1, 3, 2], 0.5)).toBe(2.5);
    expect(percentileCont([4, 1, 3, 2], 0.9)).toBeCloseTo(3.7, 10);
    expect(percentileCont([7], 0.9)).toBe(7);
    expect(percentileCont([1, 2, 3], 0)).toBe(1);
    expect(percentileCont([1, 2, 3], 1)).toBe(3);
  });

  it("is N/A without values and refuses a p outside [0, 1]", () => {
    expect(percentileCont([], 0.5)).toBeNull();
    expect(() => percentileCont([1], 1.5)).toThrow(RangeError);
  });

  it("summarises working days: median and 90th percentile of ten dossiers", () => {
    // 0.5 … 9.5: median at 4.5 → 5; p90 at 8.1 → 8.5 + 0.1 = 8.6.
    const summary = processingTimeSummary(Array.from({ length: 10 }, (_, i) => i + 0.5));
    expect(summary.count).toBe(10);
    expect(summary.median).toBe(5);
    expect(summary.p90).toBeCloseTo(8.6, 10);
  });
});
