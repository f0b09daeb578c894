import "server-only";
// Tiếp nhận hồ sơ at the one-stop desk (Nghị định 61/2018 Art. 19, as replaced by Nghị định 118/2025): a complete
// dossier is registered with its code and appointment, then transferred electronically to the handling office at
// once. One transaction: the code, the dossier, its documents, the hand-off and both events, or nothing.
import { computeAppointment, type AppointmentResult } from "@/domain/calendar";
import { initialStatusFor, type IntakeInput } from "@/domain/dossier";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { getCurrentCalendar } from "@/server/data/calendar";
import { db } from "@/server/db";
import { dossierTransactionOptions } from "@/server/db/transaction-options";
import { localDateKey } from "@/lib/dates";
import { notifyDossierReceived } from "@/server/notifications/outbox";
import { UserFacingError } from "@/server/user-facing-error";
import { actorOf, performCommandInTransaction } from "./commands";
import { newTrackingKey, nextDossierCode } from "./dossier-codes";

type Client = Prisma.TransactionClient | typeof db;

/** The procedure version in force on a given day (a dossier stays on it for life). */
export async function procedureVersionInForce(client: Client, procedureId: string, at: Date) {
  const day = new Date(`${localDateKey(at)}T00:00:00Z`);
  return client.procedureVersion.findFirst({
    where: { procedureId, effectiveFrom: { lte: day }, OR: [{ effectiveTo: null }, { effectiveTo: { gt: day } }] },
    orderBy: { effectiveFrom: "desc" },
    include: { procedure: true, documents: { orderBy: { position: "asc" } } },
  });
}

export type ProcedureVersionInForce = NonNullable<Awaited<ReturnType<typeof procedureVersionInForce>>>;

/** Loads what the desk needs to accept a procedure for this user's unit, or explains why it cannot. */
export async function intakeContext(client: Client, user: SessionUser, procedureId: string, at: Date) {
  const unit = await client.administrativeUnit.findUniqueOrThrow({ where: { id: user.unitId } });
  const version = await procedureVersionInForce(client, procedureId, at);
  if (!version || !version.procedure.active) {
    throw new UserFacingError("Thủ tục này không còn hiệu lực.", { procedureId: ["Xin vui lòng chọn thủ tục đang có hiệu lực."] });
  }
  if (version.procedure.level !== unit.level) {
    throw new UserFacingError(`Thủ tục "${version.procedure.name}" không thuộc thẩm quyền tiếp nhận của ${unit.kindLabel.toLowerCase()} ${unit.name}.`, {
      procedureId: ["Thủ tục này thuộc cấp khác; xin vui lòng hướng dẫn công dân nộp đúng nơi."],
    });
  }
  const office = await client.office.findUnique({ where: { unitId_code: { unitId: unit.id, code: version.handlingOfficeCode } } });
  if (!office || !office.active) {
    throw new UserFacingError("Đơn vị chưa có phòng/bộ phận phụ trách thủ tục này; xin vui lòng báo quản trị hệ thống.");
  }
  return { unit, version, office };
}

/** The appointment a dossier received now would get (for the desk's live preview and for registration). */
export async function previewAppointment(client: Client, version: ProcedureVersionInForce, receivedAt: Date): Promise<AppointmentResult> {
  const calendar = await getCurrentCalendar(client);
  return computeAppointment(calendar, { receivedAt, duration: { value: version.durationValue, unit: version.durationUnit } });
}

/** Every required document must be there; otherwise the desk issues a supplement request (form 02) instead. */
function checkDocuments(version: ProcedureVersionInForce, documents: IntakeInput["documents"]) {
  const byPosition = new Map(documents.map((document) => [document.position, document]));
  const unknown = documents.filter((document) => !version.documents.some((required) => required.position === document.position));
  if (unknown.length > 0) throw new UserFacingError("Danh sách giấy tờ không khớp với thủ tục đã chọn; xin vui lòng tải lại trang.");
  const missing = version.documents.filter((required) => !required.optional && !byPosition.get(required.position)?.received);
  if (missing.length > 0) {
    throw new UserFacingError(
      `Hồ sơ chưa đầy đủ, còn thiếu: ${missing.map((document) => document.name).join("; ")}. Xin vui lòng lập phiếu yêu cầu bổ sung, hoàn thiện hồ sơ (mẫu 02) thay vì tiếp nhận.`,
      { documents: ["Còn giấy tờ bắt buộc chưa được đánh dấu đã nhận."] },
    );
  }
}

export interface RegisteredDossier {
  id: string;
  code: string;
  trackingKey: string;
  appointmentAt: Date | null;
  appointmentNote: string;
}

export async function registerDossier(user: SessionUser, input: IntakeInput, now: Date = new Date()): Promise<RegisteredDossier> {
  if (user.role !== "RECEPTIONIST" || !user.officeId) throw new UserFacingError("Chỉ cán bộ tiếp nhận của Bộ phận Một cửa được tiếp nhận hồ sơ.");
  const { unit, version, office } = await intakeContext(db, user, input.procedureId, now);
  checkDocuments(version, input.documents);
  if (input.postalReturn && !version.postalAllowed) {
    throw new UserFacingError("Thủ tục này không trả kết quả qua bưu chính.", { postalReturn: ["Thủ tục này không trả kết quả qua bưu chính."] });
  }
  const calendar = await getCurrentCalendar();
  const appointment = computeAppointment(calendar, { receivedAt: now, duration: { value: version.durationValue, unit: version.durationUnit } });
  if (appointment.kind !== "scheduled") throw new Error("a new dossier has no pause");
  const documentsByPosition = new Map(input.documents.map((document) => [document.position, document]));

  return db.$transaction(async (tx) => {
    const code = await nextDossierCode(tx, unit, localDateKey(now));
    const trackingKey = newTrackingKey();
    const status = initialStatusFor(input.channel);
    const dossier = await tx.dossier.create({
      data: {
        code,
        procedureId: version.procedureId,
        procedureVersionId: version.id,
        fieldId: version.procedure.fieldId,
        channel: input.channel,
        receivedUnitId: unit.id,
        decidingUnitId: unit.id,
        receivedById: user.id,
        applicantKind: input.applicantKind,
        applicantName: input.applicantName,
        applicantIdNumber: input.applicantIdNumber,
        applicantPhone: input.applicantPhone,
        applicantEmail: input.applicantEmail ?? null,
        applicantAddress: input.applicantAddress,
        trackingKey,
        submittedAt: now,
        receivedAt: status === "RECEIVED" ? now : null,
        appointmentAt: status === "RECEIVED" ? appointment.appointmentAt : null,
        appointmentNote: status === "RECEIVED" ? appointment.explanation : null,
        calendarRevision: calendar.revision,
        status,
        feeAmount: version.feeAmount,
        feePaidOnline: input.feePaidOnline,
        digitised: input.digitised,
        dataReused: input.dataReused,
        postalReturn: input.postalReturn,
        note: input.note ?? null,
        documents: {
          create: version.documents.map((required) => {
            const ticked = documentsByPosition.get(required.position);
            return {
              position: required.position,
              name: required.name,
              form: required.form,
              count: ticked?.count ?? required.count,
              received: ticked?.received ?? false,
            };
          }),
        },
      },
    });
    await tx.dossierEvent.create({
      data: { dossierId: dossier.id, at: now, actorId: user.id, type: "register", toStatus: status, payload: { channel: input.channel } },
    });
    // Electronic transfer to the handling office at once, through the same path as every other command.
    const transferred =
      status === "RECEIVED"
        ? await performCommandInTransaction(tx, actorOf(user), { dossierId: dossier.id, expectedVersion: dossier.version, command: { type: "transfer", toOfficeId: office.id } }, now)
        : null;
    // The applicant's receipt message, in this transaction: no dossier without its message, and no message without it.
    if (transferred) await notifyDossierReceived(tx, dossier.id);
    return {
      id: dossier.id,
      code,
      trackingKey,
      appointmentAt: transferred ? appointment.appointmentAt : null,
      appointmentNote: appointment.explanation,
    };
  }, dossierTransactionOptions);
}
