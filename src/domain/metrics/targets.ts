// Yearly targets of the headline indicators (chỉ tiêu năm), set by an administrator (DOMAIN.md "Online service, payment,
// post, digitisation": targets configurable per year). Pure: the form's schema and "on track".
import { z } from "zod";
import { HEADLINE_INDICATOR_IDS, type HeadlineIndicatorId } from "./headline";

export type IndicatorTargets = Partial<Record<HeadlineIndicatorId, number>>;

/** A percentage typed by a person ("95", "95,5", "95.5"; empty = no target) as a share 0–1, two decimals at most. */
const percent = z
  .string()
  .trim()
  .max(6, { error: "Chỉ tiêu là một tỷ lệ phần trăm từ 0 đến 100." })
  .transform((value, ctx) => {
    if (value === "") return undefined;
    const normalised = value.replace(",", ".");
    if (!/^\d{1,3}(\.\d{1,2})?$/.test(normalised) || Number(normalised) > 100) {
      ctx.addIssue({
        code: "custom",
        message: "Chỉ tiêu là một tỷ lệ phần trăm từ 0 đến 100, tối đa 2 chữ số thập phân.",
      });
      return z.NEVER;
    }
    return Math.round(Number(normalised) * 100) / 10_000;
  });

/** A year as four plain digits (no "0x7E9", "2e3" or " 2026 "), 2017–2100. */
export const targetYearSchema = z
  .string({ error: "Năm không hợp lệ." })
  .regex(/^\d{4}$/, { error: "Năm không hợp lệ." })
  .transform(Number)
  .refine((year) => year >= 2017 && year <= 2100, { error: "Năm không hợp lệ." });

export const indicatorTargetsInput = z.object({
  year: targetYearSchema,
  ...Object.fromEntries(HEADLINE_INDICATOR_IDS.map((id) => [id, percent.optional()])),
}) as unknown as z.ZodType<{ year: number } & IndicatorTargets>;

/** Whether a value meets its target: "onTrack" at or above it, "behind" below it, null without either. */
export function targetStatus(value: number | null, target: number | undefined): "onTrack" | "behind" | null {
  if (value === null || target === undefined) return null;
  return value >= target ? "onTrack" : "behind";
}

/** The targets of a stored value (a Setting row's JSON), keeping only known indicators with a share 0–1. */
export function targetsOf(value: unknown): IndicatorTargets {
  if (typeof value !== "object" || value === null) return {};
  const out: IndicatorTargets = {};
  for (const id of HEADLINE_INDICATOR_IDS) {
    const target = (value as Record<string, unknown>)[id];
    if (typeof target === "number" && target >= 0 && target <= 1) out[id] = target;
  }
  return out;
}
