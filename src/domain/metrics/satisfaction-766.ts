// Decision 766/QĐ-TTg group 5 (Mức độ hài lòng), the inputs MotCua can count (../shared/DECISION-766.md, rows
// 5.1–5.4; point values conflict between sources [?], so points are converted by the caller's table):
//   5.1 feedback classified        = classified ÷ received
//   5.2 feedback handled on time   = handled within its deadline ÷ handled
//   5.3 satisfaction with feedback = (received − more dislikes than likes − late − repeated) ÷ received, counted per
//       item in src/domain/feedback/group5.ts (an item that is both late and disliked is subtracted once)
//   5.4 satisfaction with dossiers = 100% − (late rate + rate of dossiers with a complaint or a dislike); full at ≥ 90%
// A zero denominator gives null (N/A).

import { ratio } from "./ratio";

export const DECISION_766_SATISFACTION_FORMULAS = {
  "5.1": "Phản ánh, kiến nghị được phân loại ÷ phản ánh, kiến nghị tiếp nhận",
  "5.2": "Phản ánh, kiến nghị xử lý đúng hạn ÷ phản ánh, kiến nghị đã xử lý",
  "5.3": "(Tiếp nhận − không hài lòng nhiều hơn hài lòng − quá hạn − lặp lại) ÷ tiếp nhận",
  "5.4": "100% − (tỷ lệ hồ sơ trễ hạn + tỷ lệ hồ sơ có phản ánh hoặc đánh giá không hài lòng)",
} as const;

export function feedbackClassifiedRate(counts: { received: number; classified: number }): number | null {
  return ratio(counts.classified, counts.received);
}

export function feedbackOnTimeRate(counts: { handled: number; onTime: number }): number | null {
  return ratio(counts.onTime, counts.handled);
}

/**
 * 5.4 over the dossiers resolved in the period: late ÷ resolved, and dossiers with a complaint or a dislike (a
 * feedback item about the dossier, or a rating of 1–2 stars or answers mostly 1–2: see isDislike) ÷ resolved.
 */
export function dossierSatisfactionRate(counts: {
  resolved: number;
  late: number;
  withComplaintOrDislike: number;
}): number | null {
  if (counts.resolved <= 0) return null;
  return Math.max(0, 1 - counts.late / counts.resolved - counts.withComplaintOrDislike / counts.resolved);
}

/**
 * A rating counts as a dislike ("không hài lòng") when its overall stars are 1 or 2, or, without stars, when its
 * answers of 1–2 outnumber those of 4–5.
 */
export function isDislike(rating: { overallScore: number | null; scores: readonly number[] }): boolean {
  if (rating.overallScore !== null) return rating.overallScore <= 2;
  const low = rating.scores.filter((score) => score <= 2).length;
  const high = rating.scores.filter((score) => score >= 4).length;
  return low > high;
}

/**
 * Points of an indicator with a threshold: the full `max` at rate ≥ threshold, else rate × max ÷ threshold; with
 * no threshold, rate × max. Two decimals; null stays null (N/A).
 */
export function indicatorPoints(rate: number | null, max: number, threshold?: number): number | null {
  if (rate === null) return null;
  const points = threshold && threshold > 0 ? (rate >= threshold ? max : (rate * max) / threshold) : rate * max;
  return Math.round(points * 100) / 100;
}
