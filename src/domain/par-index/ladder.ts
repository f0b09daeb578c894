// Scoring ladders (thang điểm) of automatic, survey and number criteria (PAR-INDEX.md: "share of dossiers resolved on
// time: 100% → max; a ladder below; under 95% → 0"). Steps run from the highest threshold down; the first step the
// value reaches gives its points; below every step scores 0. Written in a spreadsheet as "100:3; 98:2; 95:1".
import { z } from "zod";
import type { LadderStep } from "./types";

export const ladderStepSchema = z.object({ min: z.number(), points: z.number() });
export const ladderSchema = z.array(ladderStepSchema);

export interface LadderScore {
  points: number;
  /** Index of the step reached; null when the value reached none or there was no value. */
  stepIndex: number | null;
}

/** Points of a value on a ladder: value ≥ step.min earns step.points (first match, highest first), never above max. */
export function scoreByLadder(value: number | null, ladder: readonly LadderStep[], maxPoints: number): LadderScore {
  if (value === null || !Number.isFinite(value)) return { points: 0, stepIndex: null };
  const stepIndex = ladder.findIndex((step) => value >= step.min);
  if (stepIndex < 0) return { points: 0, stepIndex: null };
  return { points: Math.max(0, Math.min(ladder[stepIndex]!.points, maxPoints)), stepIndex };
}

/** What is wrong with a ladder under a criterion's maximum, in Vietnamese; empty when it is sound. */
export function validateLadder(ladder: readonly LadderStep[], maxPoints: number): string[] {
  const problems: string[] = [];
  if (ladder.length === 0) problems.push("Thang điểm không có bậc nào.");
  ladder.forEach((step, index) => {
    const name = `Bậc ${index + 1} (từ ${step.min})`;
    if (step.points < 0) problems.push(`${name}: điểm không được âm.`);
    if (step.points > maxPoints) problems.push(`${name}: ${step.points} điểm vượt điểm tối đa ${maxPoints}.`);
    const previous = ladder[index - 1];
    if (previous && step.min >= previous.min)
      problems.push(`${name}: ngưỡng phải nhỏ hơn ngưỡng của bậc trên (${previous.min}).`);
    if (previous && step.points > previous.points)
      problems.push(`${name}: điểm không được cao hơn điểm của bậc trên (${previous.points}).`);
  });
  return problems;
}

/** "100:3; 98:2; 95:1" (the spreadsheet's form; a comma as decimal mark is accepted) → steps, or the reason it fails. */
export function parseLadderText(text: string): { ok: true; ladder: LadderStep[] } | { ok: false; message: string } {
  const parts = text
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part !== "");
  const ladder: LadderStep[] = [];
  for (const part of parts) {
    const match = /^(-?\d+(?:[.,]\d+)?)\s*:\s*(\d+(?:[.,]\d+)?)$/.exec(part);
    if (!match) return { ok: false, message: `“${part}” không hợp lệ: mỗi bậc viết “ngưỡng:điểm”, ví dụ “98:2”.` };
    ladder.push({ min: Number(match[1]!.replace(",", ".")), points: Number(match[2]!.replace(",", ".")) });
  }
  if (ladder.length === 0) return { ok: false, message: "Thang điểm không hợp lệ: chưa có bậc nào." };
  return { ok: true, ladder };
}

/** Steps → "100:3; 98:2; 95:1". */
export function formatLadder(ladder: readonly LadderStep[]): string {
  return ladder.map((step) => `${step.min}:${step.points}`).join("; ");
}
