import "server-only";
// Tiếp nhận hồ sơ at the one-stop desk (Nghị định 61/2018 Art. 19, as replaced by Nghị định 118/2025): a complete
// dossier is registered with its code and appointment, then transferred electronically to the handling office at
// once. One transaction: the code, the dossier, its documents, the hand-off and both events, or nothing.
// Idempotent: a submission carries a key (intakeKey); a retry of it returns the dossier it registered, with no
// second code, event or message, and the same key with other content is refused.
// Direction: server/dossiers (transactional services) import server/data (reads); server/data never imports them.
import { createHash } from "node:crypto";
import { computeAppointment } from "@/domain/calendar";
import { initialStatusFor, type IntakeInput } from "@/domain/dossier";
import type { SessionUser } from "@/server/auth/session-user";
import { getCurrentCalendar } from "@/server/data/calendar";
import { actorOf } from "@/server/data/dossier-for-command";
import { intakeContext, type ProcedureVersionInForce } from "@/server/data/intake-context";
import { db, Prisma } from "@/server/db";
import { dossierTransactionOptions } from "@/server/db/transaction-options";
import { localDateKey } from "@/lib/dates";
import { notifyDossierReceived } from "@/server/notifications/outbox";
import { DESK_POSTAL_MESSAGES, type DeskPostal } from "@/domain/postal";
import { recordPostalIntake, recordReturnAddress } from "@/server/postal/shipments";
import { UserFacingError } from "@/server/user-facing-error";
import { performCommandInTransaction } from "./commands";
import { newTrackingKey, nextDossierCode } from "./dossier-codes";

/** Every required document must be there; otherwise the desk issues a supplement request (form 02) instead. */
function checkDocuments(version: ProcedureVersionInForce, documents: IntakeInput["documents"]) {
  const byPosition = new Map(documents.map((document) => [document.position, document]));
  const unknown = documents.filter(
    (document) => !version.documents.some((required) => required.position === document.position),
  );
  if (unknown.length > 0)
    throw new UserFacingError("Danh sách giấy tờ không khớp với thủ tục đã chọn; xin vui lòng tải lại trang.");
  const missing = version.documents.filter(
    (required) => !required.optional && !byPosition.get(required.position)?.received,
  );
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

/**
 * The desk's submission: a validated intake and, from the desk's form, its idempotency key (a UUID) and the postal
 * details (the parcel of a dossier that came by post; the receiver of a result to return by post).
 */
export type IntakeSubmission = IntakeInput & { intakeKey?: string; postal?: DeskPostal };

/** SHA-256 of the validated content (key order and document order fixed), to tell a retry from a different form. */
export function intakeFingerprint(input: IntakeInput): string {
  const documents = [...input.documents]
    .sort((a, b) => a.position - b.position)
    .map((document) => [document.position, document.received, document.count]);
  const canonical = [
    input.procedureId,
    input.channel,
    input.applicantKind,
    input.applicantName,
    input.applicantIdNumber,
    input.applicantPhone,
    input.applicantEmail ?? null,
    input.applicantAddress,
    documents,
    input.dataReused,
    input.postalReturn,
    input.note ?? null,
  ];
  return createHash("sha256").update(JSON.stringify(canonical)).digest("hex");
}

/**
 * The dossier this user already registered under the key, as the first answer gave it; null when there is none.
 * The same key with other content is refused: it is a different dossier typed into a form that was already sent.
 */
async function alreadyRegistered(
  user: SessionUser,
  intakeKey: string,
  fingerprint: string,
): Promise<RegisteredDossier | null> {
  const existing = await db.dossier.findUnique({
    where: { receivedById_intakeKey: { receivedById: user.id, intakeKey } },
    select: {
      id: true,
      code: true,
      trackingKey: true,
      appointmentAt: true,
      appointmentNote: true,
      intakeFingerprint: true,
    },
  });
  if (!existing) return null;
  if (existing.intakeFingerprint !== fingerprint) {
    throw new UserFacingError(
      `Lần gửi này đã được tiếp nhận thành hồ sơ ${existing.code} với nội dung khác, nên không tiếp nhận thêm. Xin vui lòng kiểm tra hồ sơ ${existing.code} trong danh sách tiếp nhận hôm nay; nếu đây là một hồ sơ mới, xin vui lòng tải lại trang để nhập hồ sơ mới.`,
    );
  }
  return {
    id: existing.id,
    code: existing.code,
    trackingKey: existing.trackingKey,
    appointmentAt: existing.appointmentAt,
    appointmentNote: existing.appointmentNote ?? "",
  };
}

/** A unique violation: on (receivedById, intakeKey) when a concurrent submission with the same key committed first. */
const isUniqueViolation = (error: unknown): boolean =>
  error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002";

export async function registerDossier(
  user: SessionUser,
  submission: IntakeSubmission,
  now: Date = new Date(),
): Promise<RegisteredDossier> {
  if (user.role !== "RECEPTIONIST" || !user.officeId)
    throw new UserFacingError("Chỉ cán bộ tiếp nhận của Bộ phận Một cửa được tiếp nhận hồ sơ.");
  const { intakeKey, postal, ...input } = submission;
  const fingerprint = intakeKey ? intakeFingerprint(input) : null;
  if (intakeKey && fingerprint) {
    const first = await alreadyRegistered(user, intakeKey, fingerprint);
    if (first) return first;
  }
  try {
    return await registerNew(user, input, now, intakeKey ? { intakeKey, intakeFingerprint: fingerprint } : {}, postal);
  } catch (error) {
    // Two submissions with the same key at once: the loser's transaction rolled back whole (no code, event or
    // message); it answers with the winner's dossier.
    if (intakeKey && fingerprint && isUniqueViolation(error)) {
      const winner = await alreadyRegistered(user, intakeKey, fingerprint);
      if (winner) return winner;
    }
    throw error;
  }
}

async function registerNew(
  user: SessionUser,
  input: IntakeInput,
  now: Date,
  idempotency: { intakeKey?: string; intakeFingerprint?: string | null },
  postal?: DeskPostal,
): Promise<RegisteredDossier> {
  // By post, valid receipt is when the parcel reached the desk (never later than now): the deadline runs from there.
  const receivedAt = input.channel === "POSTAL" ? (postal?.intake?.arrivedAt ?? now) : now;
  if (receivedAt > now) {
    throw new UserFacingError(DESK_POSTAL_MESSAGES.arrivedLater, {
      postalArrivedAt: [DESK_POSTAL_MESSAGES.arrivedLater],
    });
  }
  // The version in force on the day of receipt (a parcel that arrived yesterday keeps yesterday's rules).
  const { unit, version, office } = await intakeContext(db, user, input.procedureId, receivedAt);
  checkDocuments(version, input.documents);
  if (input.postalReturn && !version.postalReturnAllowed) {
    throw new UserFacingError("Thủ tục này không trả kết quả qua bưu chính.", {
      postalReturn: ["Thủ tục này không trả kết quả qua bưu chính."],
    });
  }
  if (input.channel === "POSTAL" && !version.postalIntakeAllowed) {
    throw new UserFacingError(DESK_POSTAL_MESSAGES.intakeNotAllowed, {
      channel: [DESK_POSTAL_MESSAGES.intakeNotAllowed],
    });
  }
  const calendar = await getCurrentCalendar();
  const appointment = computeAppointment(calendar, {
    receivedAt,
    duration: { value: version.durationValue, unit: version.durationUnit },
  });
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
        submittedAt: receivedAt,
        receivedAt: status === "RECEIVED" ? receivedAt : null,
        appointmentAt: status === "RECEIVED" ? appointment.appointmentAt : null,
        appointmentNote: status === "RECEIVED" ? appointment.explanation : null,
        calendarRevision: calendar.revision,
        status,
        feeAmount: version.feeAmount + version.chargeAmount, // phí plus lệ phí
        // Paid online comes from a verified payment, digitised from scanned files (src/server/payments,
        // src/server/dossiers/digitisation.ts): never from a checkbox.
        dataReused: input.dataReused,
        postalReturn: input.postalReturn,
        note: input.note ?? null,
        intakeKey: idempotency.intakeKey ?? null,
        intakeFingerprint: idempotency.intakeFingerprint ?? null,
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
      data: {
        dossierId: dossier.id,
        at: now,
        actorId: user.id,
        type: "register",
        toStatus: status,
        payload: { channel: input.channel },
      },
    });
    if (postal?.intake) {
      await recordPostalIntake(tx, {
        dossierId: dossier.id,
        waybill: postal.intake.waybill,
        arrivedAt: receivedAt,
        receivedById: user.id,
        sender: {
          name: input.applicantName,
          phone: input.applicantPhone,
          email: input.applicantEmail ?? null,
          address: input.applicantAddress,
        },
      });
    }
    if (postal?.receiver) await recordReturnAddress(tx, dossier.id, postal.receiver);
    // Electronic transfer to the handling office at once, through the same path as every other command.
    const transferred =
      status === "RECEIVED"
        ? await performCommandInTransaction(
            tx,
            actorOf(user),
            {
              dossierId: dossier.id,
              expectedVersion: dossier.version,
              command: { type: "transfer", toOfficeId: office.id },
            },
            now,
          )
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
