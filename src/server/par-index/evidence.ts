import "server-only";
// Tài liệu kiểm chứng of the PAR Index self-assessment: files the unit's leader or delegate attaches to a criterion
// (PDF, JPEG, PNG, DOCX, XLSX, judged by their content with the dossier files' checks of src/server/files), removed
// only by marking them (the row stays), and opened by home affairs or the unit, each opening audited as a read.
import { randomUUID } from "node:crypto";
import { EVIDENCE_MEDIA_TYPES, type UploadLimits } from "@/domain/files";
import { parCriterionEditable } from "@/domain/par-index";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { recordAudit } from "@/server/data/audit";
import { db } from "@/server/db";
import { inspectUpload, UPLOAD_LIMITS, type InspectedUpload } from "@/server/files";
import { fileStore } from "@/server/storage";
import { NotFoundError, UserFacingError } from "@/server/user-facing-error";
import type { EvidenceMediaType } from "@/domain/files";
import { lateUntilOf, mayReadParUnit, parActorOf, parUnitStateOf } from "./evaluation-rows";
import { PAR_MESSAGES } from "./evaluations";

/** 20 MB a file (the dossier files' limit), at most 10 files a criterion. */
export const EVIDENCE_LIMITS: UploadLimits = { ...UPLOAD_LIMITS, maxFilesPerComponent: 10 };

/** Checks an uploaded evidence file by its content; the message says what is accepted. */
export async function inspectEvidence(file: File): Promise<InspectedUpload<EvidenceMediaType>> {
  const inspection = await inspectUpload(file, EVIDENCE_LIMITS, "evidence");
  if (inspection.ok) return inspection.upload;
  const message =
    inspection.problem.code === "type"
      ? `Hệ thống không nhận tệp “${inspection.problem.fileName}”: tài liệu kiểm chứng phải là PDF, JPEG, PNG, DOCX hoặc XLSX (kiểm tra theo nội dung tệp). Xin vui lòng chọn tệp khác.`
      : inspection.problem.message;
  throw new UserFacingError(message, { file: [message] });
}

/** The answer the user may change now; read with `client` (the step's transaction, so no second connection). */
async function editableAnswer(
  client: Pick<Prisma.TransactionClient, "parUnitEvaluation" | "parAnswer">,
  user: SessionUser,
  unitEvaluationId: string,
  criterionId: string,
  now: Date,
) {
  const unit = await client.parUnitEvaluation.findUnique({
    where: { id: unitEvaluationId },
    include: {
      evaluation: { include: { set: { select: { ownerUnitId: true } } } },
      events: { where: { type: "allow_late" }, select: { payload: true } },
    },
  });
  if (!unit) throw new NotFoundError(PAR_MESSAGES.notFound);
  const actor = parActorOf(user, unit, unit.evaluation.set.ownerUnitId);
  if (!mayReadParUnit(actor)) throw new NotFoundError(PAR_MESSAGES.notFound);
  const state = parUnitStateOf(
    unit,
    unit.evaluation,
    unit.events.map((event) => lateUntilOf(event.payload)),
    now,
  );
  const answer = await client.parAnswer.findUnique({
    where: { unitEvaluationId_criterionId: { unitEvaluationId, criterionId } },
    include: { criterion: { select: { code: true, kind: true } }, files: { where: { removedAt: null } } },
  });
  if (!answer || answer.criterion.kind === "GROUP") throw new UserFacingError(PAR_MESSAGES.criterionNotFound);
  if (!parCriterionEditable(state, actor, { returned: answer.returnedAt !== null }))
    throw new UserFacingError(
      "Tài khoản của bạn không có quyền thay đổi tài liệu kiểm chứng của tiêu chí này lúc này (bản đánh giá đã nộp, đã chốt, quá hạn, hoặc tiêu chí không được yêu cầu giải trình).",
    );
  return { unit, answer };
}

/** Attaches one evidence file to a criterion's answer; bytes first (write-once), then the row, the event and the audit. */
export async function attachParEvidence(
  user: SessionUser,
  input: { unitEvaluationId: string; expectedVersion: number; criterionId: string },
  upload: InspectedUpload<EvidenceMediaType>,
  now: Date = new Date(),
): Promise<{ version: number; fileId: string }> {
  const { answer } = await editableAnswer(db, user, input.unitEvaluationId, input.criterionId, now);
  if (answer.files.length >= EVIDENCE_LIMITS.maxFilesPerComponent)
    throw new UserFacingError(
      `Mỗi tiêu chí nhận tối đa ${EVIDENCE_LIMITS.maxFilesPerComponent} tệp. Xin vui lòng gộp tài liệu hoặc gỡ bớt tệp cũ.`,
    );
  const storageKey = `par-evidence/${input.unitEvaluationId}/${randomUUID()}.${EVIDENCE_MEDIA_TYPES[upload.mediaType]}`;
  await fileStore().put(storageKey, upload.bytes, { contentType: upload.mediaType, sha256: upload.sha256 });
  return db.$transaction(async (tx) => {
    // Checked again inside the transaction: the unit may have submitted meanwhile.
    await editableAnswer(tx, user, input.unitEvaluationId, input.criterionId, now);
    const claimed = await tx.parUnitEvaluation.updateMany({
      where: { id: input.unitEvaluationId, version: input.expectedVersion },
      data: { version: { increment: 1 } },
    });
    if (claimed.count !== 1) throw new UserFacingError(PAR_MESSAGES.conflict);
    const file = await tx.parEvidenceFile.create({
      data: {
        answerId: answer.id,
        storageKey,
        sha256: upload.sha256,
        sizeBytes: upload.sizeBytes,
        mediaType: upload.mediaType,
        fileName: upload.fileName,
        uploadedById: user.id,
        uploadedAt: now,
      },
    });
    const detail = {
      criterion: answer.criterion.code,
      fileId: file.id,
      fileName: file.fileName,
      sizeBytes: file.sizeBytes,
    };
    await tx.parEvent.create({
      data: {
        unitEvaluationId: input.unitEvaluationId,
        at: now,
        actorId: user.id,
        type: "attach",
        criterionId: input.criterionId,
        payload: detail,
      },
    });
    await recordAudit(
      {
        actorId: user.id,
        action: "par_evaluation.attach_evidence",
        entity: "ParUnitEvaluation",
        entityId: input.unitEvaluationId,
        detail,
      },
      tx,
    );
    return { version: input.expectedVersion + 1, fileId: file.id };
  });
}

/** Removes an evidence file from the answer (marked removed; the row and the stored bytes stay). */
export async function removeParEvidence(
  user: SessionUser,
  input: { unitEvaluationId: string; expectedVersion: number; fileId: string },
  now: Date = new Date(),
): Promise<{ version: number }> {
  const file = await db.parEvidenceFile.findUnique({
    where: { id: input.fileId },
    include: { answer: { select: { unitEvaluationId: true, criterionId: true } } },
  });
  if (!file || file.answer.unitEvaluationId !== input.unitEvaluationId || file.removedAt)
    throw new UserFacingError("Không tìm thấy tệp này trong bản đánh giá. Xin vui lòng tải lại trang.");
  return db.$transaction(async (tx) => {
    const { answer } = await editableAnswer(tx, user, input.unitEvaluationId, file.answer.criterionId, now);
    const claimed = await tx.parUnitEvaluation.updateMany({
      where: { id: input.unitEvaluationId, version: input.expectedVersion },
      data: { version: { increment: 1 } },
    });
    if (claimed.count !== 1) throw new UserFacingError(PAR_MESSAGES.conflict);
    await tx.parEvidenceFile.update({ where: { id: file.id }, data: { removedAt: now } });
    const detail = { criterion: answer.criterion.code, fileId: file.id, fileName: file.fileName };
    await tx.parEvent.create({
      data: {
        unitEvaluationId: input.unitEvaluationId,
        at: now,
        actorId: user.id,
        type: "remove_file",
        criterionId: file.answer.criterionId,
        payload: detail,
      },
    });
    await recordAudit(
      {
        actorId: user.id,
        action: "par_evaluation.remove_evidence",
        entity: "ParUnitEvaluation",
        entityId: input.unitEvaluationId,
        detail,
      },
      tx,
    );
    return { version: input.expectedVersion + 1 };
  });
}

/**
 * Opens an evidence file for home affairs of the set's owner or the unit's leader or delegate (null otherwise, or
 * when missing: the same answer). The read is audited before the bytes leave.
 */
export async function openParEvidence(user: SessionUser, fileId: string) {
  const file = await db.parEvidenceFile.findUnique({
    where: { id: fileId },
    include: {
      answer: {
        select: {
          unitEvaluationId: true,
          criterion: { select: { code: true } },
          unitEvaluation: {
            select: {
              unitId: true,
              delegateId: true,
              evaluation: { select: { set: { select: { ownerUnitId: true } } } },
            },
          },
        },
      },
    },
  });
  if (!file) return null;
  const unit = file.answer.unitEvaluation;
  if (!mayReadParUnit(parActorOf(user, unit, unit.evaluation.set.ownerUnitId))) return null;
  const stored = await fileStore().get(file.storageKey);
  if (!stored) return null;
  await recordAudit({
    actorId: user.id,
    action: "par_evaluation.download_evidence",
    entity: "ParUnitEvaluation",
    entityId: file.answer.unitEvaluationId,
    detail: { criterion: file.answer.criterion.code, fileId: file.id },
  });
  return { file, body: stored.body };
}
