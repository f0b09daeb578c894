import "server-only";
// Recording the quality score of one dossier (Nghị định 61/2018/NĐ-CP Art. 31–33): the self-score by the head of the
// handling office (proposed by the computed points, each indicator editable with its evidence line) and the appraisal
// by the unit's inspector (a reason for every indicator changed from the self-score). Each is one transaction that
// checks the scope (src/domain/metrics/quality-access.ts), writes the row and its audit entry. A self-score may be
// recorded again until the appraisal; after it, the self-score stays as appraised. The appraiser may revise.
import {
  appraiseDossierQuality,
  QUALITY_INDICATORS,
  QUALITY_MAX_POINTS,
  type QualityIndicatorNumber,
} from "@/domain/metrics/dossier-quality";
import {
  missingReasons,
  parseStoredPoints,
  qualityAppraisePermission,
  qualitySelfScorePermission,
  QUALITY_NUMBERS,
  type QualityPermission,
  type QualityPointsRecord,
} from "@/domain/metrics/quality-access";
import type { SessionUser } from "@/server/auth/session-user";
import { recordAudit } from "@/server/data/audit";
import { computeDossierQuality, unitsAboveOf } from "@/server/data/dossier-quality";
import { db } from "@/server/db";
import { DossierNotFoundError } from "@/server/dossier-errors";
import { UserFacingError } from "@/server/user-facing-error";

function enforce(permission: QualityPermission): void {
  if (permission.ok) return;
  throw permission.reason === "not_found" ? new DossierNotFoundError() : new UserFacingError(permission.message);
}

const totalOf = (points: QualityPointsRecord) => QUALITY_NUMBERS.reduce((sum, n) => sum + points[n], 0);
const textsJson = (texts: Partial<Record<QualityIndicatorNumber, string | undefined>>) =>
  Object.fromEntries(QUALITY_NUMBERS.flatMap((n) => (texts[n]?.trim() ? [[String(n), texts[n]!.trim()]] : [])));

const scopeSelect = {
  id: true,
  code: true,
  status: true,
  handlingOfficeId: true,
  receivedUnitId: true,
  decidingUnitId: true,
} as const;

export async function recordQualitySelfScore(
  user: SessionUser,
  input: {
    dossierId: string;
    points: QualityPointsRecord;
    evidence: Partial<Record<QualityIndicatorNumber, string | undefined>>;
  },
  now = new Date(),
): Promise<{ total: number }> {
  const actor = { role: user.role, unitId: user.unitId, officeId: user.officeId };
  const found = await db.dossier.findUnique({ where: { id: input.dossierId }, select: scopeSelect });
  if (!found) throw new DossierNotFoundError();
  enforce(qualitySelfScorePermission(actor, found));
  // The computed points read the dossier's history and its unit's whole year (seconds in a large unit): they are read
  // before the write transaction, which checks again and only writes (a long transaction would expire).
  const computed = await computeDossierQuality(found.id, now);
  return db.$transaction(async (tx) => {
    const dossier = await tx.dossier.findUnique({ where: { id: input.dossierId }, select: scopeSelect });
    if (!dossier) throw new DossierNotFoundError();
    enforce(qualitySelfScorePermission(actor, dossier));
    const existing = await tx.dossierQualityScore.findUnique({ where: { dossierId: dossier.id } });
    if (existing?.appraisedAt)
      throw new UserFacingError("Kết quả đánh giá đã được thẩm định; ông/bà không sửa được phần tự đánh giá.");
    const computedPoints = Object.fromEntries(computed.score.indicators.map((item) => [item.number, item.points]));
    // The evidence line defaults to the computed one when the head leaves it blank.
    const evidence = textsJson(
      Object.fromEntries(QUALITY_NUMBERS.map((n) => [n, input.evidence[n]?.trim() || computed.evidence[n]])),
    );
    const total = totalOf(input.points);
    const data = {
      computedPoints,
      selfPoints: input.points,
      selfEvidence: evidence,
      selfTotal: total,
      selfScoredById: user.id,
      selfScoredAt: now,
    };
    await tx.dossierQualityScore.upsert({
      where: { dossierId: dossier.id },
      create: { dossierId: dossier.id, ...data },
      update: data,
    });
    await recordAudit(
      {
        actorId: user.id,
        action: "quality.self_score",
        entity: "Dossier",
        entityId: dossier.code,
        detail: {
          computed: computedPoints,
          before: existing ? (existing.selfPoints as Record<string, number>) : null,
          after: input.points,
          total,
        },
      },
      tx,
    );
    return { total };
  });
}

export async function recordQualityAppraisal(
  user: SessionUser,
  input: {
    dossierId: string;
    points: QualityPointsRecord;
    reasons: Partial<Record<QualityIndicatorNumber, string | undefined>>;
  },
  now = new Date(),
): Promise<{ total: number; changed: QualityIndicatorNumber[] }> {
  return db.$transaction(async (tx) => {
    const dossier = await tx.dossier.findUnique({ where: { id: input.dossierId }, select: scopeSelect });
    if (!dossier) throw new DossierNotFoundError();
    const existing = await tx.dossierQualityScore.findUnique({ where: { dossierId: dossier.id } });
    const unitsAbove = await unitsAboveOf([dossier.decidingUnitId, dossier.receivedUnitId], tx);
    enforce(
      qualityAppraisePermission(
        { role: user.role, unitId: user.unitId, officeId: user.officeId },
        dossier,
        !!existing,
        unitsAbove,
      ),
    );
    const self = parseStoredPoints(existing!.selfPoints);
    if (!self) throw new Error(`stored self-score of ${dossier.code} is not nine points`);
    const missing = missingReasons(self, input.points, input.reasons);
    if (missing.length > 0)
      throw new UserFacingError(
        `Xin ông/bà ghi lý do thay đổi điểm của tiêu chí ${missing.join(", ")}.`,
        Object.fromEntries(missing.map((n) => [`r${n}`, ["Cần ghi lý do khi thay đổi điểm tự đánh giá."]])),
      );
    const result = appraiseDossierQuality(
      {
        indicators: QUALITY_NUMBERS.map((n) => ({ number: n, label: QUALITY_INDICATORS[n], points: self[n] })),
        total: totalOf(self),
        max: QUALITY_MAX_POINTS,
      },
      input.points,
    );
    const reasons = textsJson(Object.fromEntries(result.changed.map((n) => [n, input.reasons[n]])));
    await tx.dossierQualityScore.update({
      where: { dossierId: dossier.id },
      data: {
        appraisedPoints: input.points,
        appraisedReasons: reasons,
        appraisedTotal: result.appraised.total,
        appraisedById: user.id,
        appraisedAt: now,
      },
    });
    await recordAudit(
      {
        actorId: user.id,
        action: "quality.appraise",
        entity: "Dossier",
        entityId: dossier.code,
        detail: { self, after: input.points, changed: result.changed, total: result.appraised.total },
      },
      tx,
    );
    return { total: result.appraised.total, changed: result.changed };
  });
}
