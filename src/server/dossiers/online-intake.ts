import "server-only";
// Tiếp nhận hồ sơ trực tuyến (issue 9, item 3; Nghị định 61/2018 Art. 19 as replaced by Nghị định 118/2025): the desk
// of the unit the citizen chose checks each component of an online registration, then
// - receives it (every required component valid): the statutory clock starts at this valid receipt, the appointment
//   is computed from it, and the dossier goes to the handling office at once, as a desk intake does;
// - asks for a supplement: form 02 linked to the dossier, listing the invalid components, delivered online; no pause
//   (the clock has not started). The citizen answers by upload on the tracking page and it comes back to the queue;
// - or refuses it with reasons: form 03 linked to the dossier.
// Each decision is one transaction (the transition through performCommand, the notice, the audit row, the message to
// the citizen in the outbox), or nothing.
// Direction: server/dossiers (transactional services) import server/data (reads); server/data never imports them.
import { intakeNoticeAuditAction } from "@/domain/audit";
import { handlingOfficeCodeIn } from "@/domain/catalogue";
import { decide, type Actor } from "@/domain/dossier";
import { reasonSchema } from "@/domain/dossier/command-schema";
import {
  componentCheckProblem,
  computeIntakeDueAt,
  entersIntakeQueue,
  receiveProblem,
  supplementLines,
  supplementProblem,
  type IntakeComponent,
} from "@/domain/online-intake";
import type { Prisma } from "@/generated/prisma/client";
import { localDateKey } from "@/lib/dates";
import type { SessionUser } from "@/server/auth/session-user";
import { recordAudit } from "@/server/data/audit";
import { getCurrentCalendar, getSetting } from "@/server/data/calendar";
import { actorOf, loadDossierForCommand, machineStateOf } from "@/server/data/dossier-for-command";
import { openIntakeSupplement } from "@/server/data/online-queue";
import { db } from "@/server/db";
import { dossierTransactionOptions } from "@/server/db/transaction-options";
import { DossierConflictError, DossierNotFoundError } from "@/server/dossier-errors";
import { saveDossierFile, type InspectedUpload } from "@/server/files";
import {
  notifyDossierReceived,
  notifyIntakeRefused,
  notifyIntakeSupplementAnswered,
  notifyIntakeSupplementNeeded,
} from "@/server/notifications";
import { UserFacingError } from "@/server/user-facing-error";
import { performCommandInTransaction } from "./commands";
import { nextIntakeNoticeNumber } from "./intake-notices";

type Tx = Prisma.TransactionClient;

export const ONLINE_INTAKE_REFUSALS = {
  notWaiting:
    "Hồ sơ không còn chờ tiếp nhận (đã được tiếp nhận, từ chối, rút hoặc đang chờ công dân bổ sung); xin vui lòng tải lại trang.",
  unpaid: "Thủ tục này thu phí, lệ phí trước khi tiếp nhận và hồ sơ chưa được thanh toán; chưa thể tiếp nhận.",
  component: "Hồ sơ không có thành phần này; xin vui lòng tải lại trang.",
  noOffice: "Đơn vị chưa có phòng/bộ phận phụ trách thủ tục này; xin vui lòng báo quản trị hệ thống.",
} as const;

/** Loads the registration for a desk decision, with the row locked (checks and decisions on it queue up). */
async function lockedRegistration(tx: Tx, actor: Actor, dossierId: string) {
  await tx.$queryRaw`SELECT id FROM "Dossier" WHERE id = ${dossierId} FOR UPDATE`;
  const dossier = await loadDossierForCommand(tx, dossierId);
  if (!dossier) throw new DossierNotFoundError();
  // The receiving unit's desk only; others learn nothing about it.
  if (dossier.receivedUnitId !== actor.unitId || dossier.channel !== "ONLINE") throw new DossierNotFoundError();
  const state = machineStateOf(dossier);
  // "receive" is what the desk may do on a registration waiting for it: the same seat and state for every check.
  const allowed = decide(state, actor, { type: "receive" });
  if (!allowed.ok) {
    if (allowed.error.code === "INVALID_STATE") throw new UserFacingError(ONLINE_INTAKE_REFUSALS.notWaiting);
    throw new UserFacingError(allowed.error.message);
  }
  return dossier;
}

async function componentsOf(tx: Tx, dossierId: string): Promise<IntakeComponent[]> {
  const [documents, files] = await Promise.all([
    tx.dossierDocument.findMany({ where: { dossierId }, orderBy: { position: "asc" } }),
    tx.dossierFile.groupBy({
      by: ["documentPosition"],
      where: { dossierId, purpose: "COMPONENT", supersededAt: null },
      _count: { _all: true },
    }),
  ]);
  const counts = new Map(files.map((row) => [row.documentPosition, row._count._all]));
  return documents.map((document) => ({
    position: document.position,
    name: document.name,
    required: document.required,
    check: document.check,
    checkNote: document.checkNote,
    fileCount: counts.get(document.position) ?? 0,
  }));
}

const deskOnly = (user: SessionUser) => {
  if (user.role !== "RECEPTIONIST" || !user.officeId)
    throw new UserFacingError("Chỉ cán bộ tiếp nhận của Bộ phận Một cửa được tiếp nhận hồ sơ trực tuyến.");
};

// ─── Component checks ────────────────────────────────────────────────────────────────────────────────────────────

export interface ComponentCheckInput {
  dossierId: string;
  position: number;
  check: "VALID" | "INVALID";
  note?: string | undefined;
}

/** Marks one component valid, or invalid with a note (which becomes its line of form 02). */
export async function checkOnlineComponent(
  user: SessionUser,
  input: ComponentCheckInput,
  now: Date = new Date(),
): Promise<{ code: string; position: number; check: "VALID" | "INVALID" }> {
  deskOnly(user);
  const actor = actorOf(user);
  return db.$transaction(async (tx) => {
    const dossier = await lockedRegistration(tx, actor, input.dossierId);
    const component = (await componentsOf(tx, dossier.id)).find((item) => item.position === input.position);
    if (!component) throw new UserFacingError(ONLINE_INTAKE_REFUSALS.component);
    const note = input.note?.trim() || null;
    const problem = componentCheckProblem(component, input.check, note);
    if (problem) throw new UserFacingError(problem, { note: [problem] });
    await tx.dossierDocument.update({
      where: { dossierId_position: { dossierId: dossier.id, position: input.position } },
      data: { check: input.check, checkNote: note, checkedById: user.id, checkedAt: now },
    });
    await recordAudit(
      {
        actorId: user.id,
        action: "online_intake.check_component",
        entity: "Dossier",
        entityId: dossier.code,
        detail: { position: input.position, check: input.check },
      },
      tx,
    );
    return { code: dossier.code, position: input.position, check: input.check };
  }, dossierTransactionOptions);
}

// ─── The three decisions ─────────────────────────────────────────────────────────────────────────────────────────

export interface DecisionInput {
  dossierId: string;
  expectedVersion: number;
}

export interface ReceivedOnline {
  code: string;
  receivedAt: Date;
  appointmentAt: Date | null;
}

/** Tiếp nhận: every required component valid, pay-before fees paid; the clock starts now; then to the office. */
export async function receiveOnline(
  user: SessionUser,
  input: DecisionInput,
  now: Date = new Date(),
): Promise<ReceivedOnline> {
  deskOnly(user);
  const actor = actorOf(user);
  return db.$transaction(async (tx) => {
    const dossier = await lockedRegistration(tx, actor, input.dossierId);
    if (dossier.version !== input.expectedVersion) throw new DossierConflictError();
    const components = await componentsOf(tx, dossier.id);
    const problem = receiveProblem(components);
    if (problem) throw new UserFacingError(problem);
    const version = await tx.procedureVersion.findUniqueOrThrow({
      where: { id: dossier.procedureVersionId },
      select: {
        feeTiming: true,
        feeAmount: true,
        chargeAmount: true,
        handlingOfficeCode: true,
        handlingOffices: { select: { unitId: true, officeCode: true } },
      },
    });
    const paid = (await tx.paymentRequest.count({ where: { dossierId: dossier.id, status: "PAID" } })) > 0;
    if (!entersIntakeQueue({ feeTiming: version.feeTiming, amountDue: version.feeAmount + version.chargeAmount, paid }))
      throw new UserFacingError(ONLINE_INTAKE_REFUSALS.unpaid);
    const office = await tx.office.findUnique({
      where: {
        unitId_code: { unitId: dossier.decidingUnitId, code: handlingOfficeCodeIn(version, dossier.decidingUnitId) },
      },
    });
    if (!office || !office.active) throw new UserFacingError(ONLINE_INTAKE_REFUSALS.noOffice);

    const received = await performCommandInTransaction(
      tx,
      actor,
      { dossierId: dossier.id, expectedVersion: input.expectedVersion, command: { type: "receive" } },
      now,
    );
    // The checked components are the received ones (the intake checklist of a desk intake).
    await tx.dossierDocument.updateMany({
      where: { dossierId: dossier.id, check: "VALID" },
      data: { received: true },
    });
    // Electronic transfer to the handling office at once, as registerDossier does for a desk intake.
    await performCommandInTransaction(
      tx,
      actor,
      {
        dossierId: dossier.id,
        expectedVersion: received.version,
        command: { type: "transfer", toOfficeId: office.id },
      },
      now,
    );
    await notifyDossierReceived(tx, dossier.id);
    const after = await tx.dossier.findUniqueOrThrow({
      where: { id: dossier.id },
      select: { receivedAt: true, appointmentAt: true },
    });
    return { code: dossier.code, receivedAt: after.receivedAt ?? now, appointmentAt: after.appointmentAt };
  }, dossierTransactionOptions);
}

export interface IssuedOnlineNotice {
  code: string;
  noticeNumber: string;
}

async function issueLinkedNotice(
  tx: Tx,
  user: SessionUser,
  dossier: { id: string; code: string; procedureId: string; receivedUnitId: string },
  kind: "SUPPLEMENT_REQUEST" | "REFUSAL",
  content: { reason: string; missingDocuments: string[] },
  now: Date,
) {
  const unit = await tx.administrativeUnit.findUniqueOrThrow({
    where: { id: dossier.receivedUnitId },
    select: { id: true, code: true },
  });
  const applicant = await tx.dossier.findUniqueOrThrow({
    where: { id: dossier.id },
    select: {
      applicantName: true,
      applicantPhone: true,
      applicantAddress: true,
      procedure: { select: { code: true } },
    },
  });
  const number = await nextIntakeNoticeNumber(tx, unit, kind, localDateKey(now));
  const notice = await tx.intakeNotice.create({
    data: {
      number,
      kind,
      unitId: unit.id,
      procedureId: dossier.procedureId,
      applicantName: applicant.applicantName,
      applicantPhone: applicant.applicantPhone,
      applicantAddress: applicant.applicantAddress,
      missingDocuments: kind === "SUPPLEMENT_REQUEST" ? content.missingDocuments : undefined,
      reason: content.reason,
      issuedById: user.id,
      issuedAt: now,
      dossierId: dossier.id,
    },
    select: { id: true, number: true },
  });
  await recordAudit(
    {
      actorId: user.id,
      action: intakeNoticeAuditAction(kind),
      entity: "IntakeNotice",
      entityId: notice.id,
      detail: {
        number,
        kind,
        procedureCode: applicant.procedure.code,
        missingDocuments: content.missingDocuments.length,
        dossierCode: dossier.code,
      },
    },
    tx,
  );
  return notice;
}

const optionalGuidance = (text: string | undefined): string | null => {
  const trimmed = text?.trim() ?? "";
  return trimmed === "" ? null : trimmed;
};

/**
 * Yêu cầu bổ sung, hoàn thiện hồ sơ (form 02) online: lists the invalid components with their notes, plus the
 * officer's guidance if any. The citizen is told by message, with the tracking link where the upload happens.
 */
export async function requestOnlineSupplement(
  user: SessionUser,
  input: DecisionInput & { guidance?: string | undefined },
  now: Date = new Date(),
): Promise<IssuedOnlineNotice> {
  deskOnly(user);
  const actor = actorOf(user);
  return db.$transaction(async (tx) => {
    const dossier = await lockedRegistration(tx, actor, input.dossierId);
    if (dossier.version !== input.expectedVersion) throw new DossierConflictError();
    const components = await componentsOf(tx, dossier.id);
    const problem = supplementProblem(components);
    if (problem) throw new UserFacingError(problem);
    const lines = supplementLines(components);
    const guidance = optionalGuidance(input.guidance);
    const reason = [`Thành phần cần bổ sung, hoàn thiện: ${lines.join("; ")}.`, guidance].filter(Boolean).join("\n");
    await performCommandInTransaction(
      tx,
      actor,
      {
        dossierId: dossier.id,
        expectedVersion: input.expectedVersion,
        command: { type: "request_intake_supplement", reason: reason.slice(0, 1000) },
      },
      now,
    );
    const notice = await issueLinkedNotice(
      tx,
      user,
      dossier,
      "SUPPLEMENT_REQUEST",
      { reason, missingDocuments: lines },
      now,
    );
    await notifyIntakeSupplementNeeded(tx, dossier.id, notice.id);
    return { code: dossier.code, noticeNumber: notice.number };
  }, dossierTransactionOptions);
}

/** Từ chối tiếp nhận (form 03) with reasons. */
export async function refuseOnline(
  user: SessionUser,
  input: DecisionInput & { reason: string },
  now: Date = new Date(),
): Promise<IssuedOnlineNotice> {
  deskOnly(user);
  const reason = reasonSchema.safeParse(input.reason);
  if (!reason.success) {
    const message = reason.error.issues[0]?.message ?? "Xin vui lòng nhập lý do.";
    throw new UserFacingError(message, { reason: [message] });
  }
  const actor = actorOf(user);
  return db.$transaction(async (tx) => {
    const dossier = await lockedRegistration(tx, actor, input.dossierId);
    if (dossier.version !== input.expectedVersion) throw new DossierConflictError();
    await performCommandInTransaction(
      tx,
      actor,
      {
        dossierId: dossier.id,
        expectedVersion: input.expectedVersion,
        command: { type: "refuse", reason: reason.data },
      },
      now,
    );
    const notice = await issueLinkedNotice(
      tx,
      user,
      dossier,
      "REFUSAL",
      { reason: reason.data, missingDocuments: [] },
      now,
    );
    await notifyIntakeRefused(tx, dossier.id, notice.id);
    return { code: dossier.code, noticeNumber: notice.number };
  }, dossierTransactionOptions);
}

// ─── The citizen's answer (tracking page) ────────────────────────────────────────────────────────────────────────

export const SUPPLEMENT_ANSWER_REFUSALS = {
  nothingOpen: "Hồ sơ này hiện không có yêu cầu bổ sung nào đang chờ ông/bà trả lời.",
  unknownComponent: "Thành phần đã chọn không nằm trong phiếu yêu cầu bổ sung; xin ông/bà vui lòng tải lại trang.",
} as const;

/**
 * The applicant answers form 02 by upload (the caller has checked the dossier code and the second factor): the new
 * files replace the component's earlier ones (history kept), the components go back to "chờ kiểm tra", the notice
 * is answered, and the dossier returns to the desk's queue with a fresh intake deadline. Every component the notice
 * named needs at least one new file.
 */
export async function answerIntakeSupplement(
  input: { dossierId: string; uploads: ReadonlyMap<number, readonly InspectedUpload[]> },
  now: Date = new Date(),
): Promise<{ code: string; noticeNumber: string; files: number }> {
  return db.$transaction(async (tx) => {
    await tx.$queryRaw`SELECT id FROM "Dossier" WHERE id = ${input.dossierId} FOR UPDATE`;
    const open = await openIntakeSupplement(input.dossierId, tx);
    if (!open) throw new UserFacingError(SUPPLEMENT_ANSWER_REFUSALS.nothingOpen);
    const named = new Set(open.components.map((component) => component.position));
    for (const position of input.uploads.keys())
      if (!named.has(position)) throw new UserFacingError(SUPPLEMENT_ANSWER_REFUSALS.unknownComponent);
    const missing = open.components.filter((component) => (input.uploads.get(component.position)?.length ?? 0) === 0);
    if (missing.length > 0) {
      const message = `Xin ông/bà vui lòng tải lên tệp cho: ${missing.map((component) => component.name).join("; ")}.`;
      throw new UserFacingError(
        message,
        Object.fromEntries(missing.map((component) => [`files.${component.position}`, [message]])),
      );
    }

    const dossier = await loadDossierForCommand(tx, input.dossierId);
    if (!dossier) throw new DossierNotFoundError();
    // The applicant answers at the receiving desk's online counter: the machine is asked as that desk would be.
    const desk: Actor = { userId: "", role: "RECEPTIONIST", unitId: dossier.receivedUnitId, officeId: null };
    const decision = decide(machineStateOf(dossier), desk, { type: "record_supplement" });
    if (!decision.ok || decision.next.status !== "REGISTERED_ONLINE")
      throw new UserFacingError(SUPPLEMENT_ANSWER_REFUSALS.nothingOpen);

    let saved = 0;
    for (const [position, uploads] of input.uploads) {
      const earlier = await tx.dossierFile.findMany({
        where: { dossierId: dossier.id, purpose: "COMPONENT", documentPosition: position, supersededAt: null },
        select: { id: true },
      });
      const written = [];
      for (const upload of uploads)
        written.push(
          await saveDossierFile(tx, {
            dossierId: dossier.id,
            purpose: "COMPONENT",
            documentPosition: position,
            source: "SUPPLEMENT",
            upload,
            uploadedByContactId: dossier.submittedContactId,
          }),
        );
      saved += written.length;
      if (earlier.length > 0)
        await tx.dossierFile.updateMany({
          where: { id: { in: earlier.map((file) => file.id) } },
          data: { supersededAt: now, supersededById: written[0]!.id },
        });
      await tx.dossierDocument.update({
        where: { dossierId_position: { dossierId: dossier.id, position } },
        data: { check: "PENDING", checkNote: null, checkedById: null, checkedAt: null, digitised: true },
      });
    }

    const [calendar, hours] = await Promise.all([getCurrentCalendar(tx), getSetting("onlineIntakeHours", tx)]);
    const claimed = await tx.dossier.updateMany({
      where: { id: dossier.id, version: dossier.version },
      data: {
        version: { increment: 1 },
        status: decision.next.status,
        processingStep: decision.next.processingStep,
        // The desk owes an answer again: a new intake deadline from the supplement.
        intakeDueAt: computeIntakeDueAt(calendar, now, hours),
      },
    });
    if (claimed.count !== 1) throw new DossierConflictError();
    await tx.dossierEvent.create({
      data: {
        dossierId: dossier.id,
        at: now,
        actorId: null,
        type: "record_supplement",
        fromStatus: dossier.status,
        toStatus: decision.next.status,
        payload: { by: "applicant", notice: open.noticeNumber, files: saved },
      },
    });
    await tx.intakeNotice.updateMany({
      where: { number: open.noticeNumber, answeredAt: null },
      data: { answeredAt: now },
    });
    await recordAudit(
      {
        actorId: null,
        action: "online_intake.answer_supplement",
        entity: "Dossier",
        entityId: dossier.code,
        detail: { by: "applicant", notice: open.noticeNumber, files: saved },
      },
      tx,
    );
    await notifyIntakeSupplementAnswered(tx, dossier.id);
    return { code: dossier.code, noticeNumber: open.noticeNumber, files: saved };
  }, dossierTransactionOptions);
}
