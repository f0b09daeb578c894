// SIPAS-style satisfaction indices from raw 5-point answers (docs/satisfaction.md; QĐ 2640/QĐ-BNV, 2017, for the
// factors; the computation below is ours, since the ministry's own is not published in a form we could read):
//   criterion % = answers of 4 or 5 ÷ answers;  factor = mean of its criteria;  overall = mean of the factors.
// The mean-score variant replaces "share of 4 or 5" by the mean score (1–5). Each figure carries its number of
// answers and a 95% confidence interval, and is N/A (null) below a configurable minimum sample.

/** z for a two-sided 95% interval. */
export const Z_95 = 1.959964;

/** Fewer answers than this make a criterion (and fewer ratings the overall index) N/A, unless configured otherwise. */
export const DEFAULT_MINIMUM_SAMPLE = 30;

export type SipasVariant = "satisfiedShare" | "meanScore";

export const SIPAS_FORMULAS: Record<SipasVariant, { label: string; formula: string }> = {
  satisfiedShare: {
    label: "Tỷ lệ hài lòng",
    formula:
      "Tiêu chí = số câu trả lời Hài lòng hoặc Rất hài lòng (4–5) ÷ số câu trả lời; yếu tố = trung bình các tiêu chí; chỉ số chung = trung bình các yếu tố.",
  },
  meanScore: {
    label: "Điểm trung bình",
    formula:
      "Tiêu chí = điểm trung bình (1–5) của các câu trả lời; yếu tố = trung bình các tiêu chí; chỉ số chung = trung bình các yếu tố.",
  },
};

/** Answers of one criterion by score: counts[0] = answers of 1 … counts[4] = answers of 5. */
export type ScoreCounts = readonly [number, number, number, number, number];

export type CriterionTally = { criterionCode: string; factorCode: string; counts: ScoreCounts };

export type Interval = { low: number; high: number };

/**
 * Wilson score interval for a proportion (x successes of n): better than the normal approximation near 0 % and
 * 100 % and never outside [0, 1]. Null for n = 0.
 */
export function wilsonInterval(successes: number, n: number, z = Z_95): Interval | null {
  if (n <= 0) return null;
  const p = successes / n;
  const z2 = z * z;
  const denominator = 1 + z2 / n;
  const centre = (p + z2 / (2 * n)) / denominator;
  const half = (z / denominator) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At 0 % the lower bound is exactly 0, at 100 % the upper exactly 1 (the formula gives them up to rounding).
  return {
    low: successes === 0 ? 0 : Math.max(0, centre - half),
    high: successes === n ? 1 : Math.min(1, centre + half),
  };
}

/** s/√n, s the sample standard deviation; null below two observations. */
export function standardErrorOfMean(moments: RespondentMoments): number | null {
  const { count: n, sum, sumOfSquares } = moments;
  if (n < 2) return null;
  const average = sum / n;
  const variance = Math.max(0, (sumOfSquares - n * average * average) / (n - 1));
  return Math.sqrt(variance / n);
}

/** mean ± z·s/√n, clipped to [min, max]; null below two observations. */
export function meanInterval(
  moments: RespondentMoments,
  bounds: { min: number; max: number },
  z = Z_95,
): Interval | null {
  const error = standardErrorOfMean(moments);
  if (error === null) return null;
  const average = moments.sum / moments.count;
  return { low: Math.max(bounds.min, average - z * error), high: Math.min(bounds.max, average + z * error) };
}

const answersOf = (counts: ScoreCounts) => counts.reduce((total, count) => total + count, 0);
const satisfiedOf = (counts: ScoreCounts) => counts[3] + counts[4];

function momentsOfCounts(counts: ScoreCounts): RespondentMoments {
  let sum = 0;
  let sumOfSquares = 0;
  counts.forEach((count, index) => {
    const score = index + 1;
    sum += count * score;
    sumOfSquares += count * score * score;
  });
  return { count: answersOf(counts), sum, sumOfSquares };
}

export type CriterionIndex = {
  criterionCode: string;
  factorCode: string;
  answers: number;
  /** The criterion's value under the chosen variant; null (N/A) below the minimum sample. */
  value: number | null;
  interval: Interval | null;
};

/** One criterion: share of 4–5 with a Wilson interval, or mean score with a normal interval. */
export function criterionIndex(
  tally: CriterionTally,
  options: { variant?: SipasVariant; minimumSample?: number } = {},
): CriterionIndex {
  const variant = options.variant ?? "satisfiedShare";
  const minimum = options.minimumSample ?? DEFAULT_MINIMUM_SAMPLE;
  const answers = answersOf(tally.counts);
  const base = { criterionCode: tally.criterionCode, factorCode: tally.factorCode, answers };
  if (answers === 0 || answers < minimum) return { ...base, value: null, interval: null };
  if (variant === "satisfiedShare") {
    const satisfied = satisfiedOf(tally.counts);
    return { ...base, value: satisfied / answers, interval: wilsonInterval(satisfied, answers) };
  }
  const moments = momentsOfCounts(tally.counts);
  return { ...base, value: moments.sum / answers, interval: meanInterval(moments, { min: 1, max: 5 }) };
}

/** Running Σ, Σ² and count of per-rating scores (so SQL can aggregate 300,000 ratings without sending them). */
export type RespondentMoments = { count: number; sum: number; sumOfSquares: number };

export const emptyMoments = (): RespondentMoments => ({ count: 0, sum: 0, sumOfSquares: 0 });

export function addRespondent(moments: RespondentMoments, score: number): RespondentMoments {
  return { count: moments.count + 1, sum: moments.sum + score, sumOfSquares: moments.sumOfSquares + score * score };
}

/**
 * One rating's own index, the same formula applied to its answers alone: criterion = 1 if 4–5 else 0 (or the score
 * for the mean variant), factor = mean of its answered criteria, rating = mean of its answered factors. Null when the
 * rating answered no criterion (overall stars only).
 */
export function respondentScore(
  answers: readonly { factorCode: string; score: number }[],
  variant: SipasVariant = "satisfiedShare",
): number | null {
  const byFactor = new Map<string, number[]>();
  for (const answer of answers) {
    const value = variant === "satisfiedShare" ? (answer.score >= 4 ? 1 : 0) : answer.score;
    const list = byFactor.get(answer.factorCode) ?? [];
    list.push(value);
    byFactor.set(answer.factorCode, list);
  }
  return mean([...byFactor.values()].map((values) => mean(values)!));
}

function mean(values: readonly number[]): number | null {
  return values.length ? values.reduce((total, value) => total + value, 0) / values.length : null;
}

export type FactorIndex = { factorCode: string; answers: number; criteria: number; value: number | null };

export type SipasIndex = {
  variant: SipasVariant;
  minimumSample: number;
  criteria: CriterionIndex[];
  factors: FactorIndex[];
  /** Ratings (respondents) behind the overall figure. */
  respondents: number;
  /** Mean of the factors that have a value; null when the ratings are fewer than the minimum or no factor has one. */
  value: number | null;
  /**
   * 95% interval of the overall index: value ± z·s/√n, s the standard deviation of the ratings' own scores
   * (respondentScore), n the ratings (normal approximation, each rating one independent observation; clipped to
   * the scale). Null when the value is N/A or fewer than two ratings.
   */
  interval: Interval | null;
};

/**
 * The index of a set of ratings from its criterion tallies and its ratings' own scores. Criteria below the minimum
 * are N/A and left out of their factor; a factor with no criterion left is N/A and left out of the overall mean.
 */
export function sipasIndex(
  tallies: readonly CriterionTally[],
  respondents: RespondentMoments,
  options: { variant?: SipasVariant; minimumSample?: number } = {},
): SipasIndex {
  const variant = options.variant ?? "satisfiedShare";
  const minimumSample = options.minimumSample ?? DEFAULT_MINIMUM_SAMPLE;
  const criteria = tallies.map((tally) => criterionIndex(tally, { variant, minimumSample }));
  const factorCodes = [...new Set(criteria.map((criterion) => criterion.factorCode))].sort();
  const factors = factorCodes.map((factorCode): FactorIndex => {
    const own = criteria.filter((criterion) => criterion.factorCode === factorCode);
    const values = own.flatMap((criterion) => (criterion.value === null ? [] : [criterion.value]));
    return {
      factorCode,
      answers: own.reduce((total, criterion) => total + criterion.answers, 0),
      criteria: own.length,
      value: mean(values),
    };
  });
  const factorValues = factors.flatMap((factor) => (factor.value === null ? [] : [factor.value]));
  const value = respondents.count >= Math.max(1, minimumSample) ? mean(factorValues) : null;
  const bounds = variant === "satisfiedShare" ? { min: 0, max: 1 } : { min: 1, max: 5 };
  const standardError = value === null ? null : standardErrorOfMean(respondents);
  const interval =
    value === null || standardError === null
      ? null
      : {
          low: Math.max(bounds.min, value - Z_95 * standardError),
          high: Math.min(bounds.max, value + Z_95 * standardError),
        };
  return { variant, minimumSample, criteria, factors, respondents: respondents.count, value, interval };
}

/** Builds tallies and respondent moments from raw answers (tests, small sets, the demo summary). */
export function tallyRatings(
  ratings: readonly { answers: readonly { criterionCode: string; factorCode: string; score: number }[] }[],
  variant: SipasVariant = "satisfiedShare",
): { tallies: CriterionTally[]; respondents: RespondentMoments } {
  const byCriterion = new Map<string, { factorCode: string; counts: [number, number, number, number, number] }>();
  let respondents = emptyMoments();
  for (const rating of ratings) {
    for (const answer of rating.answers) {
      if (!Number.isInteger(answer.score) || answer.score < 1 || answer.score > 5)
        throw new Error(`score out of the 1–5 scale: ${answer.score}`);
      const entry = byCriterion.get(answer.criterionCode) ?? {
        factorCode: answer.factorCode,
        counts: [0, 0, 0, 0, 0],
      };
      entry.counts[answer.score - 1]! += 1;
      byCriterion.set(answer.criterionCode, entry);
    }
    const score = respondentScore(rating.answers, variant);
    if (score !== null) respondents = addRespondent(respondents, score);
  }
  const tallies = [...byCriterion.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))
    .map(([criterionCode, entry]) => ({ criterionCode, factorCode: entry.factorCode, counts: entry.counts }));
  return { tallies, respondents };
}

/** Moments of two disjoint sets of ratings together: counts, sums and sums of squares add. */
export function addMoments(a: RespondentMoments, b: RespondentMoments): RespondentMoments {
  return { count: a.count + b.count, sum: a.sum + b.sum, sumOfSquares: a.sumOfSquares + b.sumOfSquares };
}

/** Tallies of disjoint sets of ratings together (e.g. the months of a year), by criterion, in tallyRatings' order. */
export function mergeTallies(lists: Iterable<readonly CriterionTally[]>): CriterionTally[] {
  const byCriterion = new Map<string, { factorCode: string; counts: [number, number, number, number, number] }>();
  for (const list of lists) {
    for (const tally of list) {
      const entry = byCriterion.get(tally.criterionCode) ?? { factorCode: tally.factorCode, counts: [0, 0, 0, 0, 0] };
      tally.counts.forEach((count, index) => (entry.counts[index]! += count));
      byCriterion.set(tally.criterionCode, entry);
    }
  }
  return [...byCriterion.entries()]
    .sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))
    .map(([criterionCode, { factorCode, counts }]) => ({ criterionCode, factorCode, counts }));
}
