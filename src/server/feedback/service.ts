import "server-only";
// Phản ánh, kiến nghị: every change of a feedback item. Each function checks what the pure rules say
// (src/domain/feedback: decideFeedback, deadlines), then writes in ONE transaction: the item (claimed by its version,
// so a concurrent change is refused), its history row (FeedbackEvent, append-only), the audit row and any message to
// the citizen (the outbox). Bad input or a refused action changes nothing.
import {
  answerDueAfterSupplement,
  deadlinesAtReceipt,
  decideFeedback,
  FEEDBACK_MESSAGES,
  publishDueAfterAnswer,
  type FeedbackAction,
  type FeedbackActor,
  type FeedbackCommand,
  type FeedbackStatus,
  type FeedbackVerdict,
  type SubmitFeedbackInput,
} from "@/domain/feedback";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { recordAudit } from "@/server/data/audit";
import { getCurrentCalendar } from "@/server/data/calendar";
import { db } from "@/server/db";
import { dossierTransactionOptions } from "@/server/db/transaction-options";
import { feedbackByAddress, minutesToWait, recordFailure, secondsBlocked } from "@/server/rate-limit";
import { NotFoundError, UserFacingError } from "@/server/user-facing-error";
import { nextFeedbackCode } from "./codes";
import { notifyFeedbackContact } from "./notify";

type Tx = Prisma.TransactionClient;

const NOT_FOUND = "Không tìm thấy phản ánh này, hoặc ông/bà không có quyền xem phản ánh này.";

export interface SubmittedFeedback {
  id: string;
  code: string;
  answerDueAt: Date;
}

/** The citizen's feedback from the public form, with the verified contact of the session. */
export async function submitFeedback(
  input: SubmitFeedbackInput,
  contactId: string,
  address: string,
  now: Date = new Date(),
): Promise<SubmittedFeedback> {
  const blocked = await secondsBlocked(feedbackByAddress, address);
  if (blocked > 0)
    throw new UserFacingError(
      `Ông/bà đã gửi nhiều phản ánh trong thời gian ngắn. Xin vui lòng thử lại sau ${minutesToWait(blocked)} phút.`,
    );
  const unit = await db.administrativeUnit.findFirst({
    where: { id: input.unitId, active: true },
    select: { id: true },
  });
  const dossier = input.dossierCode
    ? await db.dossier.findUnique({
        where: { code: input.dossierCode },
        select: {
          id: true,
          receivedUnitId: true,
          handlingOffice: { select: { id: true, unitId: true, active: true } },
        },
      })
    : null;
  const fieldErrors: Record<string, string[]> = {};
  if (!unit) fieldErrors.unitId = [FEEDBACK_MESSAGES.unit];
  if (input.dossierCode && !dossier) fieldErrors.dossierCode = [FEEDBACK_MESSAGES.dossierMissing];
  if (Object.keys(fieldErrors).length > 0)
    throw new UserFacingError("Thông tin chưa hợp lệ. Xin vui lòng kiểm tra các ô được đánh dấu.", fieldErrors);

  // A dossier's feedback goes to the office handling it (its unit), else to the unit chosen, unassigned.
  const office = dossier?.handlingOffice?.active ? dossier.handlingOffice : null;
  const unitId = office?.unitId ?? dossier?.receivedUnitId ?? input.unitId;
  await recordFailure(feedbackByAddress, address);
  return db.$transaction(async (tx) => {
    const calendar = await getCurrentCalendar(tx);
    const deadlines = deadlinesAtReceipt(calendar, now);
    const code = await nextFeedbackCode(tx, now);
    const created = await tx.feedback.create({
      data: {
        code,
        channel: "WEB",
        subject: input.subject,
        content: input.content,
        dossierId: dossier?.id ?? null,
        unitId,
        officeId: office?.id ?? null,
        citizenName: input.citizenName,
        contactId,
        receivedAt: now,
        ...deadlines,
      },
      select: { id: true, code: true, answerDueAt: true },
    });
    await appendEvent(tx, created.id, null, "submit", null, "RECEIVED", now, null, {
      dossier: input.dossierCode ?? null,
      office: office?.id ?? null,
    });
    await recordAudit(
      { actorId: null, action: "feedback.submit", entity: "Feedback", entityId: code, ip: address },
      tx,
    );
    return created;
  }, dossierTransactionOptions);
}

async function appendEvent(
  tx: Tx,
  feedbackId: string,
  actorId: string | null,
  type: FeedbackAction,
  fromStatus: FeedbackStatus | null,
  toStatus: FeedbackStatus | null,
  at: Date,
  note: string | null,
  payload?: Prisma.InputJsonValue,
) {
  await tx.feedbackEvent.create({ data: { feedbackId, actorId, type, fromStatus, toStatus, at, note, payload } });
}

const stateSelect = {
  id: true,
  code: true,
  status: true,
  unitId: true,
  officeId: true,
  category: true,
  infoRequestedAt: true,
  verdict: true,
  version: true,
  contactId: true,
} as const;

/** Claims the item's version: the update touches it only if nobody changed it since the page was read. */
async function claim(tx: Tx, id: string, version: number, data: Prisma.FeedbackUncheckedUpdateManyInput) {
  const updated = await tx.feedback.updateMany({
    where: { id, version },
    data: { ...data, version: { increment: 1 } },
  });
  if (updated.count !== 1) throw new UserFacingError(FEEDBACK_MESSAGES.stale);
}

export interface CommandResult {
  code: string;
  status: FeedbackStatus;
}

/** A staff action from the feedback page: role and scope by decideFeedback, then one transaction. */
export async function performFeedbackCommand(
  user: SessionUser,
  command: FeedbackCommand,
  address: string | undefined,
  now: Date = new Date(),
): Promise<CommandResult> {
  const actor: FeedbackActor = { kind: "staff", role: user.role, unitId: user.unitId, officeId: user.officeId };
  return db.$transaction(async (tx) => {
    const item = await tx.feedback.findUnique({ where: { id: command.feedbackId }, select: stateSelect });
    // Out of the user's unit: the same answer as a missing item, so nothing leaks.
    if (!item || item.unitId !== user.unitId) throw new NotFoundError(NOT_FOUND);
    const decision = decideFeedback(item, actor, command.action);
    if (!decision.ok) throw new UserFacingError(decision.message);
    if (item.version !== command.version) throw new UserFacingError(FEEDBACK_MESSAGES.stale);
    let note: string | null = null;
    let payload: Prisma.InputJsonValue | undefined;
    switch (command.action) {
      case "classify":
        await claim(tx, item.id, command.version, { category: command.category });
        payload = { from: item.category, to: command.category };
        break;
      case "assign_office": {
        const office = await tx.office.findFirst({
          where: { id: command.officeId, unitId: item.unitId, active: true },
          select: { id: true, name: true },
        });
        if (!office) throw new UserFacingError(FEEDBACK_MESSAGES.office, { officeId: [FEEDBACK_MESSAGES.office] });
        if (office.id === item.officeId) throw new UserFacingError("Phản ánh đã thuộc phòng, ban này.");
        await claim(tx, item.id, command.version, { officeId: office.id });
        payload = { from: item.officeId, to: office.id };
        note = office.name;
        break;
      }
      case "refuse":
        await claim(tx, item.id, command.version, {
          status: "REFUSED",
          refusedAt: now,
          refusalReason: command.note,
          closedAt: now,
        });
        note = command.note;
        break;
      case "request_info":
        await claim(tx, item.id, command.version, {
          status: "NEEDS_INFO",
          infoRequestedAt: now,
          infoRequest: command.note,
        });
        note = command.note;
        await notifyFeedbackContact(tx, item.id, { template: "feedback.info_needed", request: command.note });
        break;
      case "answer": {
        const calendar = await getCurrentCalendar(tx);
        await claim(tx, item.id, command.version, {
          status: "ANSWERED",
          answer: command.note,
          answeredAt: now,
          answeredById: user.id,
          publishDueAt: publishDueAfterAnswer(calendar, now),
        });
        break;
      }
      case "publish": {
        await claim(tx, item.id, command.version, { status: "PUBLISHED", publishedAt: now });
        const answer = await tx.feedback.findUniqueOrThrow({ where: { id: item.id }, select: { answer: true } });
        // The answer goes to the citizen when it is published, with the link to rate it.
        await notifyFeedbackContact(tx, item.id, { template: "feedback.answered", answer: answer.answer ?? "" });
        break;
      }
      case "close":
        await claim(tx, item.id, command.version, { status: "CLOSED", closedAt: now });
        note = command.note;
        break;
    }
    await appendEvent(tx, item.id, user.id, command.action, item.status, decision.to, now, note, payload);
    await recordAudit(
      {
        actorId: user.id,
        action: `feedback.${command.action}`,
        entity: "Feedback",
        entityId: item.code,
        detail: { from: item.status, to: decision.to },
        ip: address,
      },
      tx,
    );
    return { code: item.code, status: decision.to };
  }, dossierTransactionOptions);
}

/** The citizen's own item, by code and verified contact (another contact's item is "not found"). */
async function citizenItem(tx: Tx, code: string, contactId: string) {
  const item = await tx.feedback.findUnique({ where: { code }, select: stateSelect });
  if (!item || item.contactId !== contactId) throw new NotFoundError(NOT_FOUND);
  return item;
}

/** The information the office asked for: the item is received again and the 15 days to answer start over. */
export async function supplyFeedbackInfo(
  code: string,
  info: string,
  contactId: string,
  address: string,
  now: Date = new Date(),
): Promise<CommandResult> {
  return db.$transaction(async (tx) => {
    const item = await citizenItem(tx, code, contactId);
    const decision = decideFeedback(item, { kind: "citizen" }, "supply_info");
    if (!decision.ok) throw new UserFacingError(decision.message);
    const calendar = await getCurrentCalendar(tx);
    await claim(tx, item.id, item.version, {
      status: "RECEIVED",
      infoSuppliedAt: now,
      infoSupplied: info,
      answerDueAt: answerDueAfterSupplement(calendar, now),
    });
    await appendEvent(tx, item.id, null, "supply_info", item.status, decision.to, now, null);
    await recordAudit(
      { actorId: null, action: "feedback.supply_info", entity: "Feedback", entityId: item.code, ip: address },
      tx,
    );
    return { code: item.code, status: decision.to };
  }, dossierTransactionOptions);
}

/** Hài lòng / Không hài lòng with the published answer: once. */
export async function recordFeedbackVerdict(
  code: string,
  verdict: FeedbackVerdict,
  contactId: string,
  address: string,
  now: Date = new Date(),
): Promise<CommandResult> {
  return db.$transaction(async (tx) => {
    const item = await citizenItem(tx, code, contactId);
    const decision = decideFeedback(item, { kind: "citizen" }, "verdict");
    if (!decision.ok) throw new UserFacingError(decision.message);
    // Only while no verdict is recorded, whatever ran at the same moment.
    const updated = await tx.feedback.updateMany({
      where: { id: item.id, verdict: null },
      data: { verdict, verdictAt: now, version: { increment: 1 } },
    });
    if (updated.count !== 1) throw new UserFacingError("Ông/bà đã gửi đánh giá cho câu trả lời này.");
    await appendEvent(tx, item.id, null, "verdict", item.status, item.status, now, null, { verdict });
    await recordAudit(
      {
        actorId: null,
        action: "feedback.verdict",
        entity: "Feedback",
        entityId: item.code,
        detail: { verdict },
        ip: address,
      },
      tx,
    );
    return { code: item.code, status: item.status };
  }, dossierTransactionOptions);
}
