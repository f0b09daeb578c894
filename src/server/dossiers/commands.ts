import "server-only";
// Carries out one command on one dossier: the pure state machine (src/domain/dossier) decides, this module writes.
// Every command is one transaction that (1) claims the dossier's version (optimistic concurrency: of two people
// acting on the same version exactly one succeeds), (2) applies the decision's effects (pauses, hand-offs of the
// control slip, finish and return times, the recomputed appointment) and (3) appends the event to the history.
// Direction: server/dossiers (transactional services) import server/data (reads); server/data never imports them.
import {
  addWorkingTime,
  classifyFinished,
  computeAppointment,
  workingTimeBetween,
  type WorkingCalendar,
} from "@/domain/calendar";
import {
  canView,
  decide,
  resultReturnEventPayload,
  resultReturnRecord,
  type Actor,
  type Decision,
  type DossierCommand,
  type Effect,
  type ReturnResultCommand,
} from "@/domain/dossier";
import { parseStepShares, splitStepDeadlines } from "@/domain/dossier/step-budget";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { recordAudit } from "@/server/data/audit";
import { getCalendarRevision, getCurrentCalendar } from "@/server/data/calendar";
import {
  actorOf,
  loadDossierForCommand,
  machineStateOf,
  pastOfficeIdsOf,
  type DossierForCommand,
} from "@/server/data/dossier-for-command";
import { db } from "@/server/db";
import { dossierTransactionOptions } from "@/server/db/transaction-options";
import { notifyResultReady, notifySupplementNeeded } from "@/server/notifications/outbox";
import { cancelPaymentRequest } from "@/server/payments/requests";
import { settleReturnShipment } from "@/server/postal/shipments";
import { UserFacingError } from "@/server/user-facing-error";
import { DossierConflictError, DossierNotFoundError } from "@/server/dossier-errors";
import { refreshApologyVerdicts } from "@/server/dossiers/apology-verdict";
import { retryOnDeadlock } from "@/server/db/deadlock";

type Tx = Prisma.TransactionClient;

export interface CommandResult {
  dossierId: string;
  code: string;
  version: number;
  status: DossierForCommand["status"];
}

/**
 * Runs a command for a signed-in user, in its own transaction. The rollup triggers update shared counter rows, so two
 * commands in one unit can rarely deadlock; PostgreSQL aborts one whole transaction, which is then run again (it
 * writes only to the database, and re-reads the dossier and its version).
 */
export async function performCommand(
  user: SessionUser,
  input: { dossierId: string; expectedVersion: number; command: DossierCommand },
  now: Date = new Date(),
): Promise<CommandResult> {
  return retryOnDeadlock(() =>
    db.$transaction((tx) => performCommandInTransaction(tx, actorOf(user), input, now), dossierTransactionOptions),
  );
}

export async function performCommandInTransaction(
  tx: Tx,
  actor: Actor,
  input: { dossierId: string; expectedVersion: number; command: DossierCommand },
  now: Date,
): Promise<CommandResult> {
  const dossier = await loadDossierForCommand(tx, input.dossierId);
  if (!dossier) throw new DossierNotFoundError();
  const state = machineStateOf(dossier);
  if (!canView(state, actor, { pastOfficeIds: pastOfficeIdsOf(dossier) })) throw new DossierNotFoundError();
  if (dossier.version !== input.expectedVersion) throw new DossierConflictError();

  const officeNames = await officeNamesFor(tx, dossier, input.command);
  const decision = decide(state, actor, input.command, { officeNames });
  if (!decision.ok) throw new UserFacingError(decision.error.message);
  await checkCommandTargets(tx, dossier, decision);

  // Claim the version first: a concurrent transaction on the same version waits here for our row lock and then finds
  // the version changed, so it fails before writing anything.
  const claimed = await tx.dossier.updateMany({
    where: { id: dossier.id, version: input.expectedVersion },
    data: { version: { increment: 1 } },
  });
  if (claimed.count !== 1) throw new DossierConflictError();

  const calendar = await getCalendarRevision(dossier.calendarRevision ?? 0, tx);
  const changes: Prisma.DossierUncheckedUpdateInput = {
    status: decision.next.status,
    processingStep: decision.next.processingStep,
    handlingOfficeId: decision.next.handlingOfficeId,
    assigneeId: decision.next.assigneeId,
  };
  for (const effect of decision.effects)
    Object.assign(changes, await applyEffect(tx, { dossier, actor, effect, calendar, now }));
  if (decision.command.type === "assign") await noteAssignee(tx, dossier, decision.command.officerId);
  const returned =
    decision.command.type === "return_result"
      ? await recordResultReturn(tx, dossier, actor, decision.command, now)
      : null;

  const updated = await tx.dossier.update({
    where: { id: dossier.id },
    data: changes,
    select: { version: true, status: true },
  });
  await tx.dossierEvent.create({
    data: {
      dossierId: dossier.id,
      at: now,
      actorId: actor.userId,
      type: decision.eventType,
      fromStatus: dossier.status,
      toStatus: decision.next.status,
      reason: "reason" in decision.command ? decision.command.reason : null,
      payload: {
        // A return keeps only its non-personal facts in the append-only history (resultReturnEventPayload).
        ...(decision.command.type === "return_result"
          ? {
              ...resultReturnEventPayload(decision.command),
              ...(returned?.waybill ? { waybill: returned.waybill } : {}),
            }
          : decision.command),
        fromStep: dossier.processingStep,
        toStep: decision.next.processingStep,
      } as Prisma.InputJsonValue,
    },
  });
  // Closing a pause after an apology letter moves the statutory appointment its timeliness is judged against.
  if ("originalAppointmentAt" in changes) await refreshApologyVerdicts(tx, { dossierIds: [dossier.id] });
  // Messages to the applicant go to the outbox in this same transaction; delivery happens later, off this path.
  if (decision.effects.some((effect) => effect.type === "open_pause" && effect.kind === "SUPPLEMENT"))
    await notifySupplementNeeded(tx, dossier.id);
  if (decision.effects.some((effect) => effect.type === "finish" && effect.resultKind !== null))
    await notifyResultReady(tx, dossier.id);
  // Refused, withdrawn or stopped: nothing is owed any more, so an unpaid request is cancelled (a paid one stays, for
  // the desk to refund).
  if (ENDED_WITHOUT_RESULT.has(decision.next.status)) await cancelPaymentRequest(tx, dossier.id);
  return { dossierId: dossier.id, code: dossier.code, version: updated.version, status: updated.status };
}

const ENDED_WITHOUT_RESULT: ReadonlySet<string> = new Set(["REFUSED", "WITHDRAWN", "STOPPED"]);

/** Office names for the machine's messages (e.g. which office already asked for a supplement). */
async function officeNamesFor(
  tx: Tx,
  dossier: DossierForCommand,
  command: DossierCommand,
): Promise<Record<string, string>> {
  const ids = new Set(
    dossier.pauses.map((pause) => pause.requestedByOfficeId).filter((id): id is string => id !== null),
  );
  if (dossier.handlingOfficeId) ids.add(dossier.handlingOfficeId);
  if ("toOfficeId" in command) ids.add(command.toOfficeId);
  const offices = await tx.office.findMany({ where: { id: { in: [...ids] } }, select: { id: true, name: true } });
  return Object.fromEntries(offices.map((office) => [office.id, office.name]));
}

/** What the machine cannot know: that named offices and officers exist and belong where they must. */
async function checkCommandTargets(tx: Tx, dossier: DossierForCommand, decision: Extract<Decision, { ok: true }>) {
  const command = decision.command;
  if (command.type === "transfer" || command.type === "forward") {
    const office = await tx.office.findUnique({ where: { id: command.toOfficeId } });
    if (!office || !office.active || office.unitId !== dossier.decidingUnitId || office.kind !== "DEPARTMENT") {
      throw new UserFacingError(
        "Phòng/bộ phận nhận hồ sơ không hợp lệ: chỉ chuyển đến phòng chuyên môn của cơ quan giải quyết.",
        {
          toOfficeId: ["Xin vui lòng chọn một phòng chuyên môn của cơ quan giải quyết."],
        },
      );
    }
    if (command.type === "forward" && office.id === dossier.handlingOfficeId) {
      throw new UserFacingError("Hồ sơ đang ở chính phòng này; xin vui lòng chọn phòng khác để chuyển.", {
        toOfficeId: ["Xin vui lòng chọn phòng khác."],
      });
    }
  }
  if (command.type === "assign") {
    const officer = await tx.user.findUnique({ where: { id: command.officerId } });
    if (!officer || !officer.active || officer.role !== "OFFICER" || officer.officeId !== dossier.handlingOfficeId) {
      throw new UserFacingError("Chỉ phân công cho chuyên viên đang làm việc tại phòng đang xử lý hồ sơ.", {
        officerId: ["Xin vui lòng chọn chuyên viên của phòng."],
      });
    }
  }
}

interface EffectContext {
  dossier: DossierForCommand;
  actor: Actor;
  effect: Effect;
  calendar: WorkingCalendar;
  now: Date;
}

/** Writes one effect's rows and returns the dossier columns it changes. */
async function applyEffect(
  tx: Tx,
  { dossier, actor, effect, calendar, now }: EffectContext,
): Promise<Prisma.DossierUncheckedUpdateInput> {
  switch (effect.type) {
    case "start_clock": {
      // Valid receipt of an online registration: the appointment runs from now, on the calendar in force now.
      const current = await getCurrentCalendar(tx);
      const { durationValue, durationUnit } = dossier.procedureVersion;
      const appointment = computeAppointment(current, {
        receivedAt: now,
        duration: { value: durationValue, unit: durationUnit },
      });
      return {
        receivedAt: now,
        receivedById: actor.userId,
        calendarRevision: current.revision,
        appointmentAt: appointment.kind === "scheduled" ? appointment.appointmentAt : null,
        appointmentNote: appointment.explanation,
      };
    }
    case "open_pause": {
      await tx.dossierPause.create({
        data: {
          dossierId: dossier.id,
          kind: effect.kind,
          reason: effect.reason,
          startedAt: now,
          requestedByOfficeId: actor.officeId,
          requestedById: actor.userId,
        },
      });
      // While the clock is stopped there is no appointment ("đang tạm dừng"); it is recomputed when the pause ends.
      const paused = appointmentWith(dossier, calendar, [...pausesOf(dossier), { start: now, end: null }]);
      return { appointmentAt: null, appointmentNote: paused.explanation };
    }
    case "close_pause": {
      const open = dossier.pauses.find((pause) => pause.endedAt === null);
      if (!open) return {};
      await tx.dossierPause.update({ where: { id: open.id }, data: { endedAt: now, endedById: actor.userId } });
      const pauses = pausesOf(dossier).map((pause) => (pause.end === null ? { ...pause, end: now } : pause));
      const scheduled = appointmentWith(dossier, calendar, pauses);
      if (scheduled.kind !== "scheduled") return {};
      const letter = dossier.apologies[0];
      if (!letter?.decidedAt) return { appointmentAt: scheduled.appointmentAt, appointmentNote: scheduled.explanation };
      // Rescheduled by an apology letter: the statutory appointment follows the engine, and the promised date moves
      // by the office time of the pauses that began after the letter was signed.
      const pausedSinceLetter = pauses
        .filter((pause) => pause.start.getTime() >= letter.decidedAt!.getTime())
        .reduce((total, pause) => total + workingTimeBetween(calendar, pause.start, pause.end ?? now), 0);
      return {
        originalAppointmentAt: scheduled.appointmentAt,
        appointmentAt: addWorkingTime(calendar, letter.proposedAppointmentAt, pausedSinceLetter),
      };
    }
    case "handoff": {
      await closeOpenHandoff(tx, dossier, calendar, now);
      const sequence = (dossier.handoffs.at(-1)?.sequence ?? 0) + 1;
      await tx.dossierHandoff.create({
        data: {
          dossierId: dossier.id,
          sequence,
          fromOfficeId: effect.fromOfficeId,
          toOfficeId: effect.toOfficeId,
          fromUserId: actor.userId,
          sentAt: now,
          // The office's part ends where the result must be back at the desk: the step before the return in the
          // procedure's time budget (form 05 recomputes every step from the current appointment when printed).
          dueAt: officeDeadline(dossier, calendar),
          note: effect.note ?? null,
        },
      });
      return {};
    }
    case "finish": {
      await closeOpenHandoff(tx, dossier, calendar, now);
      if (effect.resultKind === null) return { finishedAt: now };
      return {
        finishedAt: now,
        resultKind: effect.resultKind,
        // Judged against the statutory appointment: a dossier rescheduled with an apology is still late.
        timeliness: statutoryAppointment(dossier)
          ? classifyFinished(calendar, statutoryAppointment(dossier)!, now)
          : null,
      };
    }
    case "returned":
      // The return's record (who collected it, the post's order) is written by recordResultReturn, with the command.
      // The flags stay what intake and the e-result service made them: post and electronic returns require them.
      return { returnedAt: now };
    case "propose_result":
      return { resultKind: effect.resultKind };
    case "record_supplement_request":
      return {}; // the SUPPLEMENT pause row already names the office that asked
  }
}

const statutoryAppointment = (dossier: DossierForCommand) => dossier.originalAppointmentAt ?? dossier.appointmentAt;

const pausesOf = (dossier: DossierForCommand) =>
  dossier.pauses.map((pause) => ({ start: pause.startedAt, end: pause.endedAt, reason: pause.reason }));

function appointmentWith(
  dossier: DossierForCommand,
  calendar: WorkingCalendar,
  pauses: { start: Date; end: Date | null }[],
) {
  const receivedAt = dossier.receivedAt ?? dossier.submittedAt;
  const { durationValue, durationUnit } = dossier.procedureVersion;
  return computeAppointment(calendar, { receivedAt, duration: { value: durationValue, unit: durationUnit }, pauses });
}

/** The deadline of the last step before the return (src/domain/dossier/step-budget.ts), or the appointment. */
function officeDeadline(dossier: DossierForCommand, calendar: WorkingCalendar): Date | null {
  const receivedAt = dossier.receivedAt;
  if (!receivedAt || !dossier.appointmentAt || dossier.pauses.some((pause) => pause.endedAt === null))
    return dossier.appointmentAt;
  const steps = splitStepDeadlines(calendar, {
    receivedAt,
    appointmentAt: dossier.appointmentAt,
    pauses: pausesOf(dossier),
    shares: parseStepShares(dossier.procedureVersion.stepShares),
    leadershipApproval: dossier.procedureVersion.leadershipApproval,
  });
  return steps.at(-2)?.dueAt ?? dossier.appointmentAt;
}

/** Completes the hand-off row of the office that holds the dossier, judging that step against its due time. */
async function closeOpenHandoff(tx: Tx, dossier: DossierForCommand, calendar: WorkingCalendar, now: Date) {
  const open = dossier.handoffs.findLast((handoff) => handoff.completedAt === null);
  if (!open) return;
  await tx.dossierHandoff.update({
    where: { id: open.id },
    data: { completedAt: now, timeliness: open.dueAt ? classifyFinished(calendar, open.dueAt, now) : null },
  });
}

/** The control slip names who received the dossier inside the office. */
async function noteAssignee(tx: Tx, dossier: DossierForCommand, officerId: string) {
  const open = dossier.handoffs.findLast((handoff) => handoff.completedAt === null);
  if (open) await tx.dossierHandoff.update({ where: { id: open.id }, data: { toUserId: officerId } });
}

/**
 * Trả kết quả: the return's record in the command's transaction. By post, the order to the postal service (a waybill
 * from the unit's pool, src/server/postal) is placed here and linked; any other way, a receiver still on file is
 * dropped. At the desk, who collected the result and the document checked (personal data: this row only, never the
 * history's payload or the audit detail). Audited as result.return.
 */
async function recordResultReturn(
  tx: Tx,
  dossier: DossierForCommand,
  actor: Actor,
  command: ReturnResultCommand,
  now: Date,
): Promise<{ waybill: string | null }> {
  const shipment = await settleReturnShipment(tx, dossier.id, command.method, now);
  const record = resultReturnRecord(command);
  await tx.dossierResultReturn.create({
    data: {
      dossierId: dossier.id,
      method: record.method,
      returnedAt: now,
      returnedById: actor.userId,
      resultNumber: record.resultNumber,
      note: record.note,
      collectorKind: record.collector?.kind ?? null,
      collectorName: record.collector?.name ?? null,
      collectorRelation: record.collector?.relation ?? null,
      authorisationPaper: record.collector?.authorisationPaper ?? null,
      idDocumentKind: record.collector?.idDocumentKind ?? null,
      idDocumentNumber: record.collector?.idDocumentNumber ?? null,
      postalShipmentId: shipment?.shipmentId ?? null,
    },
  });
  await recordAudit(
    {
      actorId: actor.userId,
      action: "result.return",
      entity: "Dossier",
      entityId: dossier.code,
      detail: {
        method: record.method,
        resultNumber: record.resultNumber,
        collectorKind: record.collector?.kind ?? null,
        idDocumentKind: record.collector?.idDocumentKind ?? null,
        waybill: shipment?.waybill ?? null,
      },
    },
    tx,
  );
  return { waybill: shipment?.waybill ?? null };
}
