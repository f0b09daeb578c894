import "server-only";
// Nộp hồ sơ trực tuyến: a verified contact registers a dossier "Mới đăng ký" (REGISTERED_ONLINE) at the unit it chose.
// Everything is checked before anything is written: the procedure is offered online, the unit may receive it, the
// delivery is allowed, every uploaded file is a PDF/JPEG/PNG by its content and within the limits, every reused file
// belongs to this contact, and every required component is covered. Then one transaction writes the code, the
// dossier, its components, the files (bytes first, then the row: src/server/files), the event, the payment request
// when fees are due (src/server/payments), the citizen's message and the audit row — or nothing. The desk must answer by intakeDueAt
// (setting `onlineIntakeHours`, default 8 working hours); the statutory clock starts only at valid receipt.
import { addWorkingTime } from "@/domain/calendar";
import { handlingOfficeCodeIn } from "@/domain/catalogue";
import { initialStatusFor } from "@/domain/dossier";
import {
  coverageMessage,
  coverageProblems,
  uploadFieldName,
  type ApplicantStep,
  type DeliveryStep,
} from "@/domain/online-submission";
import type { DossierFile } from "@/generated/prisma/client";
import { localDateKey } from "@/lib/dates";
import { recordAudit } from "@/server/data/audit";
import { getCurrentCalendar, getSetting } from "@/server/data/calendar";
import { procedureVersionInForce } from "@/server/data/intake-context";
import { assertUnitReceives } from "@/server/data/organisation";
import { db } from "@/server/db";
import { dossierTransactionOptions } from "@/server/db/transaction-options";
import { newTrackingKey, nextDossierCode } from "@/server/dossiers/dossier-codes";
import { inspectUpload, reuseDossierFile, saveDossierFile, UPLOAD_LIMITS, type InspectedUpload } from "@/server/files";
import { notifyRegisteredOnline } from "@/server/notifications";
import { openPaymentRequest } from "@/server/payments";
import { recordReturnAddress } from "@/server/postal/shipments";
import { UserFacingError } from "@/server/user-facing-error";
import { reusableFileWhere } from "./context";

const HOUR = 60 * 60 * 1000;

export interface ComponentSubmission {
  position: number;
  files: readonly File[];
  /** DossierFile ids of earlier files of this contact. */
  reuseIds: readonly string[];
}

export interface OnlineSubmissionInput {
  contactId: string;
  procedureId: string;
  applicant: ApplicantStep;
  delivery: DeliveryStep;
  components: readonly ComponentSubmission[];
}

export interface RegisteredOnline {
  id: string;
  code: string;
  trackingKey: string;
  intakeDueAt: Date;
  /** Fees to pay before the desk receives the dossier (phí + lệ phí), 0 when none. */
  feeDueBeforeIntake: number;
}

const refuse = (message: string, field?: string): never => {
  throw new UserFacingError(message, field ? { [field]: [message] } : undefined);
};

export async function submitOnline(input: OnlineSubmissionInput, now: Date = new Date()): Promise<RegisteredOnline> {
  const version = await procedureVersionInForce(db, input.procedureId, now);
  if (!version || !version.procedure.active || version.onlineClass === "NONE")
    refuse("Thủ tục này hiện không nhận hồ sơ trực tuyến. Xin vui lòng nộp tại Bộ phận Một cửa.");
  const procedure = version!;
  const unit = await db.administrativeUnit.findFirst({
    where: {
      id: input.delivery.unitId,
      active: true,
      level: procedure.procedure.level,
      // Its handling office: the unit's own one for this version (ProcedureUnitOffice), else the version's.
      offices: { some: { code: handlingOfficeCodeIn(procedure, input.delivery.unitId), active: true } },
    },
  });
  if (!unit) refuse("Đơn vị đã chọn không tiếp nhận thủ tục này. Xin vui lòng chọn lại nơi nộp hồ sơ.", "unitId");
  assertUnitReceives(unit!, now);
  if (input.delivery.resultDelivery === "POST" && !procedure.postalReturnAllowed)
    refuse("Thủ tục này không trả kết quả qua bưu chính. Xin vui lòng chọn cách nhận khác.", "resultDelivery");

  // Components: known positions only, each given once.
  const byPosition = new Map<number, ComponentSubmission>();
  for (const component of input.components) {
    if (
      !procedure.documents.some((document) => document.position === component.position) ||
      byPosition.has(component.position)
    )
      refuse("Danh sách giấy tờ không khớp với thủ tục. Xin vui lòng tải lại trang.");
    byPosition.set(component.position, component);
  }

  // Reused files: each must be this contact's own (checked here again, whatever the form showed).
  const reuseIds = [...new Set(input.components.flatMap((component) => component.reuseIds))];
  const originals = reuseIds.length
    ? await db.dossierFile.findMany({ where: { id: { in: reuseIds }, ...reusableFileWhere(input.contactId) } })
    : [];
  if (originals.length !== reuseIds.length)
    refuse("Có tệp được chọn để dùng lại không thuộc các hồ sơ của ông/bà. Xin vui lòng tải lại trang và chọn lại.");
  const originalById = new Map(originals.map((file) => [file.id, file]));

  const coverage = procedure.documents.map((document) => ({
    position: document.position,
    uploads: byPosition.get(document.position)?.files.length ?? 0,
    reused: new Set(byPosition.get(document.position)?.reuseIds ?? []).size,
  }));
  const problems = coverageProblems(
    procedure.documents.map((document) => ({
      position: document.position,
      name: document.name,
      optional: document.optional,
      uploadable: document.uploadable,
    })),
    coverage,
    UPLOAD_LIMITS,
  );
  if (problems.length > 0) {
    const fieldErrors: Record<string, string[]> = {};
    for (const problem of problems)
      (fieldErrors["position" in problem ? uploadFieldName(problem.position) : "documents"] ??= []).push(
        coverageMessage(problem),
      );
    throw new UserFacingError(coverageMessage(problems[0]!), fieldErrors);
  }

  // Every upload checked by its content before anything is written.
  const uploads: { position: number; upload: InspectedUpload }[] = [];
  const uploadErrors: Record<string, string[]> = {};
  for (const component of byPosition.values())
    for (const file of component.files) {
      const inspection = await inspectUpload(file, UPLOAD_LIMITS);
      if (inspection.ok) uploads.push({ position: component.position, upload: inspection.upload });
      else (uploadErrors[uploadFieldName(component.position)] ??= []).push(inspection.problem.message);
    }
  const firstUploadError = Object.values(uploadErrors)[0]?.[0];
  if (firstUploadError) throw new UserFacingError(firstUploadError, uploadErrors);

  const calendar = await getCurrentCalendar();
  const intakeHours = Number(await getSetting("onlineIntakeHours"));
  const intakeDueAt = addWorkingTime(calendar, now, intakeHours * HOUR);
  const totalFee = procedure.feeAmount + procedure.chargeAmount;
  const receivingUnit = unit!;

  return db.$transaction(async (tx) => {
    const code = await nextDossierCode(tx, receivingUnit, localDateKey(now));
    const trackingKey = newTrackingKey();
    const status = initialStatusFor("ONLINE");
    const filesOf = (position: number) =>
      (byPosition.get(position)?.files.length ?? 0) + new Set(byPosition.get(position)?.reuseIds ?? []).size;
    const requiredCovered = procedure.documents.every(
      (document) => document.optional || !document.uploadable || filesOf(document.position) > 0,
    );
    const dossier = await tx.dossier.create({
      data: {
        code,
        procedureId: procedure.procedureId,
        procedureVersionId: procedure.id,
        fieldId: procedure.procedure.fieldId,
        channel: "ONLINE",
        receivedUnitId: receivingUnit.id,
        decidingUnitId: receivingUnit.id,
        applicantKind: input.applicant.applicantKind,
        applicantName: input.applicant.applicantName,
        applicantIdNumber: input.applicant.applicantIdNumber,
        applicantPhone: input.applicant.applicantPhone,
        applicantEmail: input.applicant.applicantEmail ?? null,
        applicantAddress: input.applicant.applicantAddress,
        trackingKey,
        submittedAt: now,
        calendarRevision: calendar.revision,
        status,
        feeAmount: totalFee,
        digitised: requiredCovered && procedure.documents.some((document) => filesOf(document.position) > 0),
        postalReturn: input.delivery.resultDelivery === "POST",
        resultDelivery: input.delivery.resultDelivery,
        submittedContactId: input.contactId,
        intakeDueAt,
        documents: {
          create: procedure.documents.map((document) => {
            const given = filesOf(document.position) > 0;
            return {
              position: document.position,
              name: document.name,
              form: document.form,
              count: document.count,
              received: given,
              required: !document.optional,
              digitised: given,
              reuse: (byPosition.get(document.position)?.reuseIds.length ?? 0) > 0 ? "REUSED" : "NONE",
            };
          }),
        },
      },
    });
    await tx.dossierEvent.create({
      data: {
        dossierId: dossier.id,
        at: now,
        type: "register",
        toStatus: status,
        // No address here: the receiver (personal data) lives on the postal shipment row below.
        payload: { channel: "ONLINE", resultDelivery: input.delivery.resultDelivery },
      },
    });
    // Return by post: the receiver waits on an OUTBOUND shipment (no waybill yet) until the desk sends the result.
    if ("receiver" in input.delivery && input.delivery.receiver)
      await recordReturnAddress(tx, dossier.id, input.delivery.receiver);
    const saved: DossierFile[] = [];
    for (const { position, upload } of uploads)
      saved.push(
        await saveDossierFile(tx, {
          dossierId: dossier.id,
          purpose: "COMPONENT",
          documentPosition: position,
          source: "UPLOAD",
          upload,
          uploadedByContactId: input.contactId,
        }),
      );
    for (const component of byPosition.values())
      for (const id of new Set(component.reuseIds))
        saved.push(
          await reuseDossierFile(tx, originalById.get(id)!, {
            dossierId: dossier.id,
            purpose: "COMPONENT",
            documentPosition: component.position,
            uploadedByContactId: input.contactId,
          }),
        );
    // What the dossier owes (phí and lệ phí, before intake or after the result); none when exempt.
    await openPaymentRequest(tx, {
      dossierId: dossier.id,
      feeAmount: procedure.feeAmount,
      chargeAmount: procedure.chargeAmount,
      timing: procedure.feeTiming,
    });
    await notifyRegisteredOnline(tx, dossier.id);
    await recordAudit(
      {
        actorId: null,
        action: "online_intake.submit",
        entity: "Dossier",
        entityId: code,
        detail: {
          contactId: input.contactId,
          unit: receivingUnit.code,
          files: saved.length,
          reused: saved.filter((file) => file.source === "REUSE").length,
        },
      },
      tx,
    );
    return {
      id: dossier.id,
      code,
      trackingKey,
      intakeDueAt,
      feeDueBeforeIntake: procedure.feeTiming === "BEFORE_INTAKE" ? totalFee : 0,
    };
  }, dossierTransactionOptions);
}
