// Headline indicators (DOMAIN.md "Classifying and reporting timeliness", "Online service, payment, post,
// digitisation"): hand-computed cases, N/A on zero denominators.
import { describe, expect, it } from "vitest";
import {
  channelMix,
  decision766OnTimeRateFromCounts,
  headlineIndicators,
  rankByRate,
  satisfactionIndicator,
  type PeriodCounts,
} from "./headline";

const counts: PeriodCounts = {
  received: 200,
  receivedOnline: 90,
  receivedPostal: 10,
  receivedFullOnline: 40,
  receivedWithFee: 50,
  paidOnline: 20,
  digitised: 150,
  electronicResult: 30,
  resolved: { resolved: 120, early: 60, onTime: 48, late: 12 },
  resolved766: { onTime: 100, late: 20 },
  pendingAtStart: 40,
  overdueAtEnd: 8,
  resolvedLateTimelyApology: 9,
};

const byId = (list: ReturnType<typeof headlineIndicators>) => Object.fromEntries(list.map((row) => [row.id, row]));

describe("headlineIndicators", () => {
  it("computes each indicator by its formula", () => {
    const result = byId(headlineIndicators(counts));
    // Report formula: (60 + 48) ÷ 120 = 90 %.
    expect(result.onTimeReport).toMatchObject({ numerator: 108, denominator: 120, value: 0.9 });
    // Backlog-inclusive: late = (8 + 12) ÷ (200 + 40) = 1/12; on time = 11/12 = 220 ÷ 240.
    expect(result.onTimeBacklog).toMatchObject({ numerator: 220, denominator: 240 });
    expect(result.onTimeBacklog!.value).toBeCloseTo(11 / 12, 10);
    // Decision 766 2.1: 100 ÷ (100 + 20 + 8) = 0.78125.
    expect(result.onTime766).toMatchObject({ numerator: 100, denominator: 128, value: 0.78125 });
    // Apology compliance (DOMAIN "Late dossiers"): 9 of the 12 late with a timely apology = 75 %.
    expect(result.apologyCompliance).toMatchObject({ numerator: 9, denominator: 12, value: 0.75 });
    expect(result.onlineShare!.value).toBe(0.45);
    expect(result.fullOnlineShare!.value).toBe(0.2);
    expect(result.onlinePaymentShare!.value).toBe(0.4);
    expect(result.postalShare!.value).toBe(0.05);
    expect(result.digitisation!.value).toBe(0.75);
    expect(result.electronicResult!.value).toBe(0.25);
  });

  it("gives N/A, never 0 % or 100 %, on empty denominators", () => {
    const empty: PeriodCounts = {
      ...counts,
      received: 0,
      receivedOnline: 0,
      receivedPostal: 0,
      receivedFullOnline: 0,
      receivedWithFee: 0,
      paidOnline: 0,
      digitised: 0,
      electronicResult: 0,
      resolved: { resolved: 0, early: 0, onTime: 0, late: 0 },
      resolved766: { onTime: 0, late: 0 },
      pendingAtStart: 0,
      overdueAtEnd: 0,
      resolvedLateTimelyApology: 0,
    };
    expect(headlineIndicators(empty).every((row) => row.value === null)).toBe(true);
  });

  it("counts overdue pending dossiers as late under Decision 766", () => {
    expect(decision766OnTimeRateFromCounts({ resolved766: { onTime: 0, late: 0 }, overdueAtEnd: 3 })).toBe(0);
    expect(decision766OnTimeRateFromCounts({ resolved766: { onTime: 3, late: 1 }, overdueAtEnd: 0 })).toBe(0.75);
  });
});

describe("satisfactionIndicator", () => {
  // Two factors: F1's criterion has 3 of 4 answers at 4–5 (75 %), F2's 1 of 2 (50 %); the index is their mean.
  const inputs = {
    tallies: [
      { criterionCode: "Q/1", factorCode: "F1", counts: [0, 0, 1, 1, 2] as const },
      { criterionCode: "Q/2", factorCode: "F2", counts: [1, 0, 0, 0, 1] as const },
    ],
    respondents: { satisfiedShare: { count: 4, sum: 2.5, sumOfSquares: 1.75 } },
  };

  it("is the SIPAS index (share satisfied) over the ratings, with no numerator", () => {
    expect(satisfactionIndicator(inputs, 2)).toEqual({
      id: "satisfaction",
      numerator: null,
      denominator: 4,
      value: 0.625,
    });
  });

  it("is N/A under the minimum sample, and with no ratings", () => {
    expect(satisfactionIndicator(inputs, 5).value).toBeNull();
    expect(
      satisfactionIndicator({ tallies: [], respondents: { satisfiedShare: { count: 0, sum: 0, sumOfSquares: 0 } } }, 1),
    ).toEqual({ id: "satisfaction", numerator: null, denominator: 0, value: null });
  });
});

describe("channelMix", () => {
  it("gives each channel's share of all received", () => {
    expect(
      channelMix([
        { channel: "DIRECT", received: 6 },
        { channel: "ONLINE", received: 3 },
        { channel: "POSTAL", received: 1 },
      ]).map((row) => row.share),
    ).toEqual([0.6, 0.3, 0.1]);
    expect(channelMix([{ channel: "DIRECT", received: 0 }])[0]!.share).toBeNull();
  });
});

describe("rankByRate", () => {
  it("ranks best first, shares ranks on ties and puts N/A last without a rank", () => {
    const rows = [
      { name: "A", rate: 0.5 },
      { name: "B", rate: null },
      { name: "C", rate: 0.9 },
      { name: "D", rate: 0.5 },
      { name: "E", rate: 0 },
    ];
    expect(rankByRate(rows, (row) => row.rate).map(({ row, rank }) => `${row.name}${rank ?? "-"}`)).toEqual([
      "C1",
      "A2",
      "D2",
      "E4",
      "B-",
    ]);
  });
});
