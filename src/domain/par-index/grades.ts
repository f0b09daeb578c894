// Grade bands (xếp loại) on the 100-point score. Each province sets its own bands, so the set stores them
// (ParCriteriaSet.gradeBands); DEFAULT_GRADE_BANDS only fills a new set.
import { z } from "zod";
import type { GradeBand } from "./types";

export const gradeBandSchema = z.object({ label: z.string().trim().min(1), min: z.number() });
export const gradeBandsSchema = z.array(gradeBandSchema);

/**
 * ILLUSTRATIVE bands for a new set (PAR-INDEX.md gives provinces' groups A ≥ 90 %, B 80–< 90 %; the rest is a common
 * pattern, not a cited rule): each province replaces them with its own.
 */
export const DEFAULT_GRADE_BANDS: readonly GradeBand[] = [
  { label: "Xuất sắc", min: 90 },
  { label: "Tốt", min: 80 },
  { label: "Khá", min: 70 },
  { label: "Trung bình", min: 50 },
  { label: "Yếu", min: 0 },
];

/** The label of the first band (highest first) the score reaches; null without a score or below every band. */
export function gradeOf(score100: number | null, bands: readonly GradeBand[]): string | null {
  if (score100 === null) return null;
  return bands.find((band) => score100 >= band.min)?.label ?? null;
}

/** What is wrong with a list of bands, in Vietnamese; empty when it is sound. */
export function validateGradeBands(bands: readonly GradeBand[]): string[] {
  const problems: string[] = [];
  if (bands.length === 0) problems.push("Chưa có mức xếp loại nào.");
  const labels = new Set<string>();
  bands.forEach((band, index) => {
    const name = `Mức ${index + 1}${band.label.trim() ? ` (“${band.label.trim()}”)` : ""}`;
    if (!band.label.trim()) problems.push(`${name}: chưa có tên mức xếp loại.`);
    else if (labels.has(band.label.trim())) problems.push(`${name}: tên mức bị trùng.`);
    labels.add(band.label.trim());
    if (!Number.isFinite(band.min) || band.min < 0 || band.min > 100)
      problems.push(`${name}: điểm từ phải trong khoảng 0–100.`);
    const previous = bands[index - 1];
    if (previous && band.min >= previous.min)
      problems.push(`${name}: điểm từ phải thấp hơn mức trên (${previous.min}).`);
  });
  return problems;
}
