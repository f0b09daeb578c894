// Numerators and denominators of the held indicators from MotCua's counts (DECISION-766.md rows and rule 2.1),
// hand-computed; and the previous period.
import { describe, expect, it } from "vitest";
import {
  addScorecardInputs,
  emptyScorecardInputs,
  indicatorCountsOf,
  lostDossiersOf,
  previousPeriodOf,
  type ScorecardInputs,
} from ".";

const inputs: ScorecardInputs = {
  received: 200,
  receivedOnline: 120,
  receivedWithFee: 50,
  paidOnline: 10,
  digitised: 150,
  dataReused: 20,
  synced: 180,
  resolved766OnTime: 140,
  resolved766Late: 10,
  pendingAtEnd: 40,
  overdueAtEnd: 5,
  resolved: 150,
  electronicResult: 90,
  resolvedWithComplaintOrDislike: 6,
  procedures: 40,
  onlineProcedures: 30,
  onlineProceduresUsed: 12,
  feeProcedures: 8,
  feeProceduresPaidOnline: 3,
  feedback: { received: 10, classified: 9, handledOnTime: 6, handledLate: 2, satisfactory: 7 },
};

describe("indicatorCountsOf", () => {
  const counts = indicatorCountsOf(inputs);

  it("2.1 (rule 2.1): finished on time plus open and not overdue at the end, over finished plus open", () => {
    // (140 + 40 − 5) ÷ (150 + 40)
    expect(counts["2.1"]).toEqual({ numerator: 175, denominator: 190 });
  });

  it("1.4 synced ÷ received; 3.3 online ÷ received × sync rate", () => {
    expect(counts["1.4"]).toEqual({ numerator: 180, denominator: 200 });
    // 120 × 180 ÷ 200 = 108
    expect(counts["3.3"]).toEqual({ numerator: 108, denominator: 200 });
  });

  it("catalogue and payment indicators", () => {
    expect(counts["3.1"]).toEqual({ numerator: 30, denominator: 40 });
    expect(counts["3.2"]).toEqual({ numerator: 12, denominator: 30 });
    expect(counts["3.5b"]).toEqual({ numerator: 3, denominator: 8 });
    expect(counts["3.6"]).toEqual({ numerator: 10, denominator: 50 });
  });

  it("digitisation indicators", () => {
    expect(counts["4.1"]).toEqual({ numerator: 90, denominator: 150 });
    expect(counts["4.2"]).toEqual({ numerator: 150, denominator: 200 });
    expect(counts["4.3"]).toEqual({ numerator: 20, denominator: 200 });
  });

  it("group 5: feedback 5.1–5.3, and 5.4 = finished − late − with a complaint or dislike", () => {
    expect(counts["5.1"]).toEqual({ numerator: 9, denominator: 10 });
    expect(counts["5.2"]).toEqual({ numerator: 6, denominator: 8 });
    expect(counts["5.3"]).toEqual({ numerator: 7, denominator: 10 });
    // 150 − 10 − 6
    expect(counts["5.4"]).toEqual({ numerator: 134, denominator: 150 });
  });

  it("5.4 never below 0; nothing received gives zero denominators (N/A downstream)", () => {
    expect(indicatorCountsOf({ ...inputs, resolvedWithComplaintOrDislike: 500 })["5.4"]!.numerator).toBe(0);
    const empty = indicatorCountsOf(emptyScorecardInputs());
    expect(Object.values(empty).every((pair) => pair.denominator === 0)).toBe(true);
  });

  it("the dossiers that cost points", () => {
    expect(lostDossiersOf(inputs)).toEqual({ "1.4": 20, "2.1": 15, "3.6": 40, "4.1": 60, "4.2": 50, "4.3": 180 });
  });

  it("adds a unit's inputs to its children's, field by field", () => {
    const sum = addScorecardInputs(inputs, inputs);
    expect(sum.received).toBe(400);
    expect(sum.feedback.classified).toBe(18);
    expect(sum.overdueAtEnd).toBe(10);
  });
});

describe("previousPeriodOf", () => {
  it.each([
    ["month", "2026-03-01", "2026-03-15", "2026-02-01", "2026-02-28"],
    ["month", "2026-01-01", "2026-01-31", "2025-12-01", "2025-12-31"],
    ["quarter", "2026-04-01", "2026-05-10", "2026-01-01", "2026-03-31"],
    ["half", "2026-07-01", "2026-12-31", "2026-01-01", "2026-06-30"],
    ["year", "2026-01-01", "2026-12-05", "2025-01-01", "2025-12-31"],
    ["custom", "2026-03-11", "2026-03-20", "2026-03-01", "2026-03-10"],
  ] as const)("%s %s–%s → %s–%s", (preset, from, to, prevFrom, prevTo) => {
    expect(previousPeriodOf(preset, from, to)).toEqual({ from: prevFrom, to: prevTo });
  });
});
