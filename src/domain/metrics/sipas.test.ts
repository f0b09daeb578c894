// SIPAS indices (docs/satisfaction.md): criterion % = share of answers 4 or 5; factor = mean of its criteria;
// overall = mean of the factors; a mean-score variant; 95% intervals (Wilson per criterion, normal over the ratings'
// own scores for the overall index); N/A below the minimum sample. Every expected value is computed by hand below.
import { describe, expect, it } from "vitest";
import {
  addMoments,
  criterionIndex,
  mergeTallies,
  sipasIndex,
  tallyRatings,
  wilsonInterval,
  type CriterionTally,
} from ".";

const tally = (counts: [number, number, number, number, number]): CriterionTally => ({
  criterionCode: "1.1",
  factorCode: "F1",
  counts,
});

describe("Wilson interval for a proportion", () => {
  it("8 of 10: centre (0.8 + z²/20) ÷ (1 + z²/10), half-width z/(1 + z²/10)·√(0.016 + z²/400) → [0.4902, 0.9433]", () => {
    const interval = wilsonInterval(8, 10)!;
    expect(interval.low).toBeCloseTo(0.4902, 4);
    expect(interval.high).toBeCloseTo(0.9433, 4);
  });
  it("stays inside [0, 1] at 0 % and 100 % and is N/A for no answer", () => {
    const all = wilsonInterval(10, 10)!;
    expect(all.high).toBe(1);
    expect(all.low).toBeCloseTo(0.7225, 4); // 1/(1 + z²/10) = 0.72246
    expect(wilsonInterval(0, 10)!.low).toBe(0);
    expect(wilsonInterval(0, 0)).toBeNull();
  });
});

describe("one criterion", () => {
  // counts of scores 1..5: one 1, one 2, two 3, three 4, three 5 → 10 answers, 6 of them 4 or 5
  const counts: [number, number, number, number, number] = [1, 1, 2, 3, 3];
  it("share of 4–5 = 6 ÷ 10 with the Wilson interval [0.3127, 0.8318]", () => {
    const index = criterionIndex(tally(counts), { minimumSample: 10 });
    expect(index.answers).toBe(10);
    expect(index.value).toBe(0.6);
    expect(index.interval!.low).toBeCloseTo(0.3127, 4);
    expect(index.interval!.high).toBeCloseTo(0.8318, 4);
  });
  it("mean score = 36 ÷ 10 = 3.6, s² = (146 − 10·3.6²) ÷ 9 = 1.8222, interval 3.6 ± 1.96·√(1.8222/10)", () => {
    const index = criterionIndex(tally(counts), { minimumSample: 10, variant: "meanScore" });
    expect(index.value).toBeCloseTo(3.6, 10);
    expect(index.interval!.low).toBeCloseTo(2.7633, 4);
    expect(index.interval!.high).toBeCloseTo(4.4367, 4);
  });
  it("is N/A below the minimum sample (default 30), keeping the number of answers", () => {
    const index = criterionIndex(tally(counts));
    expect(index).toMatchObject({ answers: 10, value: null, interval: null });
    expect(criterionIndex(tally(counts), { minimumSample: 11 }).value).toBeNull();
  });
});

// Three ratings, factor F1 with criteria 1.1 and 1.2, factor F2 with criterion 2.1:
//   R1: 5, 4 | 2     R2: 3, 5 | 4     R3: 4, 2 | 1
// 1.1 → 2/3, 1.2 → 2/3, 2.1 → 1/3; F1 = 2/3, F2 = 1/3; overall = 0.5.
// Ratings' own scores: R1 (1 + 1)/2 and 0 → 0.5; R2 (0 + 1)/2 and 1 → 0.75; R3 (1 + 0)/2 and 0 → 0.25.
// mean 0.5, s² = ((0)² + 0.25² + 0.25²) ÷ 2 = 0.0625, s = 0.25, SE = 0.25/√3 = 0.14434, 1.96·SE = 0.28290.
const ratings = [
  [5, 4, 2],
  [3, 5, 4],
  [4, 2, 1],
].map((scores) => ({
  answers: [
    { criterionCode: "1.1", factorCode: "F1", score: scores[0]! },
    { criterionCode: "1.2", factorCode: "F1", score: scores[1]! },
    { criterionCode: "2.1", factorCode: "F2", score: scores[2]! },
  ],
}));

describe("the overall index", () => {
  it("criterion shares, factor means, the mean of factors and its interval", () => {
    const { tallies, respondents } = tallyRatings(ratings);
    const index = sipasIndex(tallies, respondents, { minimumSample: 3 });
    expect(index.criteria.map((criterion) => criterion.value)).toEqual([2 / 3, 2 / 3, 1 / 3]);
    expect(index.criteria.map((criterion) => criterion.answers)).toEqual([3, 3, 3]);
    expect(index.factors).toEqual([
      { factorCode: "F1", answers: 6, criteria: 2, value: 2 / 3 },
      { factorCode: "F2", answers: 3, criteria: 1, value: 1 / 3 },
    ]);
    expect(index.respondents).toBe(3);
    expect(index.value).toBeCloseTo(0.5, 12);
    expect(index.interval!.low).toBeCloseTo(0.2171, 4);
    expect(index.interval!.high).toBeCloseTo(0.7829, 4);
  });
  it("mean-score variant: 1.1 = 4, 1.2 = 11/3, 2.1 = 7/3; F1 = 23/6, F2 = 7/3; overall = 37/12", () => {
    const { tallies, respondents } = tallyRatings(ratings, "meanScore");
    const index = sipasIndex(tallies, respondents, { minimumSample: 3, variant: "meanScore" });
    expect(index.factors[0]!.value).toBeCloseTo(23 / 6, 12);
    expect(index.factors[1]!.value).toBeCloseTo(7 / 3, 12);
    expect(index.value).toBeCloseTo(37 / 12, 12);
  });
  it("is N/A with every criterion when the ratings are fewer than the minimum", () => {
    const { tallies, respondents } = tallyRatings(ratings);
    const index = sipasIndex(tallies, respondents, { minimumSample: 4 });
    expect(index.value).toBeNull();
    expect(index.interval).toBeNull();
    expect(index.criteria.every((criterion) => criterion.value === null && criterion.answers === 3)).toBe(true);
    expect(index.factors.every((factor) => factor.value === null)).toBe(true);
  });
  it("leaves a criterion below the minimum out of its factor, and a factor without answers out of the mean", () => {
    const tallies: CriterionTally[] = [
      { criterionCode: "1.1", factorCode: "F1", counts: [0, 0, 0, 10, 20] }, // 30 answers, all satisfied
      { criterionCode: "1.2", factorCode: "F1", counts: [10, 0, 0, 0, 0] }, // 10 answers: N/A at 30
      { criterionCode: "3.1", factorCode: "F3", counts: [15, 0, 0, 0, 15] }, // 30 answers, half satisfied
    ];
    const index = sipasIndex(tallies, { count: 30, sum: 22.5, sumOfSquares: 18.75 }, { minimumSample: 30 });
    expect(index.factors.map((factor) => factor.value)).toEqual([1, 0.5]);
    expect(index.value).toBe(0.75);
  });
  it("refuses a score outside the 1–5 scale", () => {
    expect(() => tallyRatings([{ answers: [{ criterionCode: "1.1", factorCode: "F1", score: 6 }] }])).toThrow();
  });
});

describe("inputs of disjoint sets of ratings add up (the months of a year give the year)", () => {
  it("merges tallies by criterion and adds moments: the index equals the one of all ratings together", () => {
    const answers = (scores: number[]) => ({
      answers: scores.map((score, i) => ({ criterionCode: `C${i + 1}`, factorCode: i < 2 ? "F1" : "F2", score })),
    });
    const april = [answers([5, 4, 2]), answers([3, 5, 5])];
    const may = [answers([1, 4, 4]), answers([5, 5, 3]), answers([4, 2, 5])];
    const a = tallyRatings(april);
    const b = tallyRatings(may);
    const all = tallyRatings([...april, ...may]);
    expect(mergeTallies([a.tallies, b.tallies])).toEqual(all.tallies);
    expect(addMoments(a.respondents, b.respondents)).toEqual(all.respondents);
    expect(sipasIndex(mergeTallies([a.tallies, b.tallies]), addMoments(a.respondents, b.respondents)).value).toBe(
      sipasIndex(all.tallies, all.respondents).value,
    );
    expect(mergeTallies([])).toEqual([]);
  });
});
