// Decision 766/QĐ-TTg group 5 inputs (../shared/DECISION-766.md rows 5.1–5.4).
import { describe, expect, it } from "vitest";
import { dossierSatisfactionRate, feedbackClassifiedRate, feedbackOnTimeRate, indicatorPoints, isDislike } from ".";

describe("Decision 766 satisfaction inputs", () => {
  it("5.1 and 5.2 are plain shares, N/A with nothing received", () => {
    expect(feedbackClassifiedRate({ received: 8, classified: 6 })).toBe(0.75);
    expect(feedbackOnTimeRate({ handled: 5, onTime: 4 })).toBe(0.8);
    expect(feedbackOnTimeRate({ handled: 0, onTime: 0 })).toBeNull();
  });
  it("5.4 = 100 % − (10/200 late + 6/200 with a complaint or dislike) = 92 %: full 6 points at ≥ 90 %", () => {
    const rate = dossierSatisfactionRate({ resolved: 200, late: 10, withComplaintOrDislike: 6 });
    expect(rate).toBeCloseTo(0.92, 12);
    expect(indicatorPoints(rate, 6, 0.9)).toBe(6);
    expect(indicatorPoints(0.81, 6, 0.9)).toBe(5.4); // 0.81 × 6 ÷ 0.9
    expect(indicatorPoints(0.5, 5)).toBe(2.5);
    expect(indicatorPoints(null, 6, 0.9)).toBeNull();
    expect(dossierSatisfactionRate({ resolved: 0, late: 0, withComplaintOrDislike: 0 })).toBeNull();
  });
  it("a dislike: 1–2 stars, or without stars more answers of 1–2 than of 4–5", () => {
    expect(isDislike({ overallScore: 2, scores: [5, 5] })).toBe(true);
    expect(isDislike({ overallScore: 3, scores: [1, 1] })).toBe(false);
    expect(isDislike({ overallScore: null, scores: [1, 2, 4] })).toBe(true);
    expect(isDislike({ overallScore: null, scores: [1, 4] })).toBe(false);
  });
});
