// Who records the quality score of one dossier and what the forms accept (Nghị định 61/2018/NĐ-CP Art. 31–33,
// Thông tư 01/2018/TT-VPCP chapter III). The head of the office that handled the dossier self-scores it once it is
// finished (the office answers for its own handling); the inspector of the deciding or receiving unit appraises
// (thẩm định) and must give a reason for every indicator changed. Pure: the services and the page both read it.
import { z } from "zod";
import { formInt, idText, optionalText } from "@/lib/text-input";
import type { Role } from "../dossier/types";
import type { QualityIndicatorNumber, QualityPoints } from "./dossier-quality";

export const QUALITY_NUMBERS: readonly QualityIndicatorNumber[] = [1, 2, 3, 4, 5, 6, 7, 8, 9];

export type QualityActor = { role: Role; unitId: string | null; officeId: string | null };
export type QualityDossier = {
  status: string;
  handlingOfficeId: string | null;
  receivedUnitId: string;
  decidingUnitId: string;
};
export type QualityPermission = { ok: true } | { ok: false; reason: "not_found" | "rule"; message: string };

const FINISHED = ["RESULT_READY", "RETURNED"];
const NOT_FOUND: QualityPermission = { ok: false, reason: "not_found", message: "Không tìm thấy hồ sơ." };

/** Self-score: the head of the handling office, once the dossier has its result. */
export function qualitySelfScorePermission(actor: QualityActor, dossier: QualityDossier): QualityPermission {
  if (actor.role !== "DEPARTMENT_HEAD" || !actor.officeId || actor.officeId !== dossier.handlingOfficeId)
    return NOT_FOUND;
  if (!FINISHED.includes(dossier.status))
    return {
      ok: false,
      reason: "rule",
      message: "Hồ sơ chưa có kết quả giải quyết nên chưa thể tự đánh giá chất lượng.",
    };
  return { ok: true };
}

/**
 * Appraisal: the inspector of the unit that decides or received the dossier, or of a unit above it (the town's
 * home-affairs office over its wards), after the self-score. `unitsAbove` are the ancestors of those two units.
 */
export function qualityAppraisePermission(
  actor: QualityActor,
  dossier: QualityDossier,
  selfScored: boolean,
  unitsAbove: readonly string[] = [],
): QualityPermission {
  const units = [dossier.decidingUnitId, dossier.receivedUnitId, ...unitsAbove];
  if (actor.role !== "INSPECTOR" || actor.unitId === null || !units.includes(actor.unitId)) return NOT_FOUND;
  if (!selfScored)
    return {
      ok: false,
      reason: "rule",
      message: "Hồ sơ chưa được phòng giải quyết tự đánh giá; ông/bà thẩm định sau khi có kết quả tự đánh giá.",
    };
  return { ok: true };
}

const points = (n: number) =>
  formInt({ invalid: `Điểm tiêu chí ${n} phải là 0, 1 hoặc 2.` }, { min: 0, max: 2 }) as unknown as z.ZodType<
    QualityPoints,
    unknown
  >;
const pointsShape = Object.fromEntries(QUALITY_NUMBERS.map((n) => [`p${n}`, points(n)])) as Record<
  `p${QualityIndicatorNumber}`,
  z.ZodType<QualityPoints, unknown>
>;
const textShape = (prefix: string, label: string) =>
  Object.fromEntries(
    QUALITY_NUMBERS.map((n) => [`${prefix}${n}`, optionalText(500, `${label} của tiêu chí ${n} tối đa 500 ký tự.`)]),
  ) as Record<string, z.ZodType<string | undefined, unknown>>;

const dossierId = idText("Thiếu mã hồ sơ.");

/** Tự đánh giá: the nine points and an evidence line each. */
export const qualitySelfScoreInput = z.object({ dossierId, ...pointsShape, ...textShape("e", "Căn cứ") });

/** Thẩm định: the nine points and a reason for each changed one (checked against the self-score by the service). */
export const qualityAppraiseInput = z.object({ dossierId, ...pointsShape, ...textShape("r", "Lý do") });

export type QualityPointsRecord = Record<QualityIndicatorNumber, QualityPoints>;

/** The form's p1…p9 as a record by indicator number. */
export const pointsOf = (input: Record<`p${QualityIndicatorNumber}`, QualityPoints>): QualityPointsRecord =>
  Object.fromEntries(QUALITY_NUMBERS.map((n) => [n, input[`p${n}`]])) as QualityPointsRecord;

/** Stored JSON {"1": 2, …} back to a record; null when not nine points 0–2. */
export function parseStoredPoints(value: unknown): QualityPointsRecord | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const record = value as Record<string, unknown>;
  const out = {} as QualityPointsRecord;
  for (const n of QUALITY_NUMBERS) {
    const p = record[String(n)];
    if (p !== 0 && p !== 1 && p !== 2) return null;
    out[n] = p;
  }
  return out;
}

/** The indicators the appraiser changed without a reason (the message names them); empty when all have one. */
export function missingReasons(
  self: QualityPointsRecord,
  appraised: QualityPointsRecord,
  reasons: Partial<Record<QualityIndicatorNumber, string | undefined>>,
): QualityIndicatorNumber[] {
  return QUALITY_NUMBERS.filter((n) => self[n] !== appraised[n] && !reasons[n]?.trim());
}
