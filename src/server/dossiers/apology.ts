import "server-only";
// Phiếu xin lỗi và hẹn lại ngày trả kết quả (form 04): the officer drafts it, the head of the office at fault signs
// it, and only then does the dossier's appointment move (the statutory one is kept for statistics). Each step is
// one transaction that claims the dossier's version and appends to its history, like every other change. Who may
// draft and who may sign is the pure rule of src/domain/apology (permissions.ts), which the dossier page also reads.
// Direction: server/dossiers (transactional services) import server/data (reads); server/data never imports them.
import {
  apologyDraftPermission,
  apologyDraftRefusal,
  apologySignPermission,
  proposeNewAppointment,
  type ApologyDraftInput,
  type ApologyPermission,
} from "@/domain/apology";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { getCalendarRevision, getSetting } from "@/server/data/calendar";
import { actorOf } from "@/server/data/dossier-for-command";
import { db } from "@/server/db";
import { dossierTransactionOptions } from "@/server/db/transaction-options";
import { localDateKey } from "@/lib/dates";
import { notifyRescheduled } from "@/server/notifications/outbox";
import { UserFacingError } from "@/server/user-facing-error";
import { DossierConflictError, DossierNotFoundError } from "@/server/dossier-errors";
import { refreshApologyVerdicts } from "@/server/dossiers/apology-verdict";

type Tx = Prisma.TransactionClient;

/** A refusal of the pure rule as the service answers it: not-found (nothing leaks) or the rule's message. */
function enforce(permission: ApologyPermission): void {
  if (permission.ok) return;
  throw permission.reason === "not_found" ? new DossierNotFoundError() : new UserFacingError(permission.message);
}

async function claimVersion(tx: Tx, dossierId: string, expectedVersion: number) {
  const claimed = await tx.dossier.updateMany({
    where: { id: dossierId, version: expectedVersion },
    data: { version: { increment: 1 } },
  });
  if (claimed.count !== 1) throw new DossierConflictError();
}

export async function draftApology(
  user: SessionUser,
  input: ApologyDraftInput & { dossierId: string; expectedVersion: number },
  now: Date = new Date(),
): Promise<{ apologyId: string; proposedAppointmentAt: Date }> {
  return db.$transaction(async (tx) => {
    const dossier = await tx.dossier.findUnique({
      where: { id: input.dossierId },
      include: { apologies: { where: { status: "DRAFT" }, select: { id: true } } },
    });
    // Drafted by the officer handling it (or their head): the office at fault is the office holding the dossier.
    if (!dossier) throw new DossierNotFoundError();
    enforce(apologyDraftPermission(actorOf(user), dossier));
    if (dossier.version !== input.expectedVersion) throw new DossierConflictError();

    const calendar = await getCalendarRevision(dossier.calendarRevision ?? 0, tx);
    const refusal = apologyDraftRefusal(calendar, {
      kind: input.kind,
      status: dossier.status,
      appointmentAt: dossier.appointmentAt,
      rescheduleCount: dossier.rescheduleCount,
      rescheduleCap: await getSetting("rescheduleCap", tx),
      now,
      dueSoonWorkingDays: await getSetting("dueSoonWorkingDays", tx),
      hasOpenDraft: dossier.apologies.length > 0,
    });
    if (refusal) throw new UserFacingError(refusal);
    await claimVersion(tx, dossier.id, input.expectedVersion);

    // A late dossier moves from its current appointment; a corrected result (sai sót) is promised from today.
    const from = input.kind === "LATE" ? dossier.appointmentAt! : now;
    const proposal = proposeNewAppointment(calendar, from, input.extraWorkingDays);
    const letter = await tx.apologyLetter.create({
      data: {
        dossierId: dossier.id,
        kind: input.kind,
        officeId: dossier.handlingOfficeId!,
        reason: input.reason,
        extraWorkingDays: input.extraWorkingDays,
        previousAppointmentAt: from,
        proposedAppointmentAt: proposal.appointmentAt,
        appointmentNote: proposal.explanation,
        calendarRevision: calendar.revision,
        draftedById: user.id,
        draftedAt: now,
      },
    });
    await tx.dossierEvent.create({
      data: {
        dossierId: dossier.id,
        at: now,
        actorId: user.id,
        type: "draft_apology",
        fromStatus: dossier.status,
        toStatus: dossier.status,
        reason: input.reason,
        payload: {
          apologyId: letter.id,
          kind: input.kind,
          extraWorkingDays: input.extraWorkingDays,
          proposedAppointmentAt: proposal.appointmentAt.toISOString(),
        },
      },
    });
    return { apologyId: letter.id, proposedAppointmentAt: proposal.appointmentAt };
  }, dossierTransactionOptions);
}

async function loadLetterForHead(tx: Tx, user: SessionUser, apologyId: string) {
  const letter = await tx.apologyLetter.findUnique({
    where: { id: apologyId },
    include: { dossier: true, office: true },
  });
  if (!letter) throw new DossierNotFoundError();
  enforce(
    apologySignPermission(actorOf(user), {
      officeId: letter.officeId,
      officeName: letter.office.name,
      decidingUnitId: letter.dossier.decidingUnitId,
    }),
  );
  if (letter.status !== "DRAFT") throw new UserFacingError("Phiếu xin lỗi này đã được xử lý.");
  return letter;
}

/** Số phiếu <unit code>-04-<yymmdd>-<sequence>, serialised per unit and day by a transaction-scoped lock. */
async function nextLetterNumber(tx: Tx, unitId: string, now: Date): Promise<string> {
  const day = localDateKey(now);
  const unit = await tx.administrativeUnit.findUniqueOrThrow({ where: { id: unitId }, select: { code: true } });
  const prefix = `${unit.code}-04-${day.slice(2).replaceAll("-", "")}-`;
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext(${prefix}))`;
  const issued = await tx.apologyLetter.count({ where: { number: { startsWith: prefix } } });
  return `${prefix}${String(issued + 1).padStart(3, "0")}`;
}

export async function approveApology(
  user: SessionUser,
  input: { apologyId: string; expectedVersion: number },
  now: Date = new Date(),
): Promise<{ number: string; appointmentAt: Date }> {
  return db.$transaction(async (tx) => {
    const letter = await loadLetterForHead(tx, user, input.apologyId);
    const dossier = letter.dossier;
    if (dossier.version !== input.expectedVersion) throw new DossierConflictError();
    const cap = await getSetting("rescheduleCap", tx);
    if (dossier.rescheduleCount >= cap) {
      throw new UserFacingError(
        `Hồ sơ đã được hẹn lại ${dossier.rescheduleCount} lần; theo quy định chỉ được hẹn lại tối đa ${cap} lần.`,
      );
    }
    if (letter.proposedAppointmentAt.getTime() <= now.getTime()) {
      throw new UserFacingError("Ngày hẹn mới trong phiếu đã qua; xin vui lòng từ chối phiếu này và lập phiếu mới.");
    }
    await claimVersion(tx, dossier.id, input.expectedVersion);

    const number = await nextLetterNumber(tx, dossier.decidingUnitId, now);
    await tx.apologyLetter.update({
      where: { id: letter.id },
      data: { status: "APPROVED", number, decidedById: user.id, decidedAt: now },
    });
    const reschedules = letter.kind === "LATE";
    await tx.dossier.update({
      where: { id: dossier.id },
      data: {
        rescheduleCount: { increment: 1 },
        ...(reschedules
          ? {
              originalAppointmentAt: dossier.originalAppointmentAt ?? dossier.appointmentAt,
              appointmentAt: letter.proposedAppointmentAt,
              appointmentNote: `${letter.appointmentNote} (theo phiếu xin lỗi số ${number})`,
            }
          : {}),
      },
    });
    await refreshApologyVerdicts(tx, { dossierIds: [dossier.id] });
    await tx.dossierEvent.create({
      data: {
        dossierId: dossier.id,
        at: now,
        actorId: user.id,
        type: "approve_apology",
        fromStatus: dossier.status,
        toStatus: dossier.status,
        payload: {
          apologyId: letter.id,
          number,
          kind: letter.kind,
          appointmentAt: letter.proposedAppointmentAt.toISOString(),
        },
      },
    });
    // The letter goes to the applicant (e-mail/SMS with a link to it) in the same transaction as the signature.
    await notifyRescheduled(tx, letter.id);
    return { number, appointmentAt: letter.proposedAppointmentAt };
  }, dossierTransactionOptions);
}

export async function rejectApology(
  user: SessionUser,
  input: { apologyId: string; expectedVersion: number; reason: string },
  now: Date = new Date(),
): Promise<void> {
  await db.$transaction(async (tx) => {
    const letter = await loadLetterForHead(tx, user, input.apologyId);
    if (letter.dossier.version !== input.expectedVersion) throw new DossierConflictError();
    await claimVersion(tx, letter.dossierId, input.expectedVersion);
    await tx.apologyLetter.update({
      where: { id: letter.id },
      data: { status: "REJECTED", decidedById: user.id, decidedAt: now, rejectionReason: input.reason },
    });
    await tx.dossierEvent.create({
      data: {
        dossierId: letter.dossierId,
        at: now,
        actorId: user.id,
        type: "reject_apology",
        fromStatus: letter.dossier.status,
        toStatus: letter.dossier.status,
        reason: input.reason,
        payload: { apologyId: letter.id },
      },
    });
  }, dossierTransactionOptions);
}
