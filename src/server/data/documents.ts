import "server-only";
// Data of the printed forms (their models and builders live in src/domain/documents). Every loader takes the signed-in
// user and returns null when the document does not exist OR the user may not read it, so a route cannot tell the two
// apart to an outsider.
// Scope: dossier documents follow the dossier's read scope (canView, with the offices that handled it before);
// administrators and inspectors print nothing (they neither receive nor handle dossiers); intake notices belong to the
// issuing desk and the unit's leadership (mayReadIntakeNotice), the tracking book's rows to the readers that
// trackingBookScope names (src/domain/access/registers.ts).
// Every document found for its reader writes one audit row (recordPersonalDataRead), whether printed from its page
// ("print") or downloaded as PDF ("pdf"): the caller names the channel.
import { canView, type DossierMachineState } from "@/domain/dossier";
import type { Prisma } from "@/generated/prisma/client";
import { bookRowInScope, hasRole, mayReadIntakeNotice, PRINTING_ROLES, trackingBookScope } from "@/domain/access";
import { documentReadAction, type DocumentChannel } from "@/domain/audit";
import { startOfVietnamDay } from "@/lib/dates";
import { textProblem } from "@/lib/text-input";
import type { SessionUser } from "@/server/auth/session-user";
import { db } from "@/server/db";
import { recordPersonalDataRead } from "@/server/data/audit";
import { RECEPTION_DIVISION, agencyLine, datelinePlace, unitDisplayName } from "@/domain/documents/format";
import { periodEndExclusive } from "@/domain/documents/forms/tracking-book";
import { controlSlipSteps, type SlipEvent } from "@/domain/documents/forms/control-slip";
import { kindInSentence, unitInSentence } from "@/domain/documents/signer";
import { parseStepShares, pendingStep, splitStepDeadlines } from "@/domain/dossier/step-budget";
import { computeAppointment } from "@/domain/calendar";
import { getCalendarRevision, getCurrentCalendar } from "@/server/data/calendar";
import {
  SETS_PER_DOSSIER,
  type ApologyLetterData,
  type ControlSlipData,
  type IntakeNoticeDocument,
  type Issuer,
  type ReceiptData,
  type SupplementRequestData,
  type TrackingBookData,
} from "@/domain/documents/model";


const unitSelect = { name: true, kindLabel: true, level: true, address: true, parent: { select: { name: true } } } as const;
type UnitRow = Prisma.AdministrativeUnitGetPayload<{ select: typeof unitSelect }>;

function issuerOf(unit: UnitRow, division = RECEPTION_DIVISION): Issuer {
  const naming = { name: unit.name, kindLabel: unit.kindLabel, level: unit.level, parentName: unit.parent?.name };
  return {
    agency: agencyLine(naming),
    division,
    unitName: unitDisplayName(naming),
    unitInSentence: unitInSentence(naming),
    address: unit.address,
    place: datelinePlace(naming),
  };
}

const applicantOf = (row: { applicantName: string; applicantAddress: string | null; applicantPhone: string | null; applicantEmail?: string | null }) => ({
  name: row.applicantName,
  address: row.applicantAddress,
  phone: row.applicantPhone,
  email: row.applicantEmail ?? null,
});

// ─── Scope ──────────────────────────────────────────────────────────────────────────────────────────────────────

const scopeSelect = {
  id: true,
  status: true,
  processingStep: true,
  receivedUnitId: true,
  decidingUnitId: true,
  handlingOfficeId: true,
  assigneeId: true,
  procedureVersion: { select: { leadershipApproval: true } },
  handoffs: { select: { fromOfficeId: true, toOfficeId: true } },
  pauses: { select: { kind: true, endedAt: true, requestedByOfficeId: true } },
} as const;

export type { DocumentChannel };

/** One audit row for a form of a dossier the reader was allowed to print or download. */
const recordFormRead = (user: SessionUser, channel: DocumentChannel, code: string, form: string, extra = {}) =>
  recordPersonalDataRead(user, documentReadAction("form", channel), { entity: "Dossier", entityId: code }, { form, ...extra });

/** A code or id from a URL that no row can have (NUL would make PostgreSQL fail the query): answered as not found. */
const impossibleKey = (...keys: string[]) => keys.some((key) => key.length > 64 || textProblem(key) !== null);

/** The dossier's id if the user may print its documents, else null (also when a row key of the URL is impossible). */
async function viewableDossierId(user: SessionUser, code: string, ...rowKeys: string[]): Promise<string | null> {
  if (!hasRole(PRINTING_ROLES, user.role) || impossibleKey(code, ...rowKeys)) return null;
  const row = await db.dossier.findUnique({ where: { code }, select: scopeSelect });
  if (!row) return null;
  const state: DossierMachineState = {
    status: row.status,
    processingStep: row.processingStep,
    receivedUnitId: row.receivedUnitId,
    decidingUnitId: row.decidingUnitId,
    handlingOfficeId: row.handlingOfficeId,
    assigneeId: row.assigneeId,
    leadershipApproval: row.procedureVersion.leadershipApproval,
    supplementRequestOfficeIds: row.pauses.flatMap((pause) => (pause.kind === "SUPPLEMENT" && pause.requestedByOfficeId ? [pause.requestedByOfficeId] : [])),
    openPauseKind: row.pauses.find((pause) => pause.endedAt === null)?.kind ?? null,
  };
  const pastOfficeIds = row.handoffs.flatMap((handoff) => [handoff.toOfficeId, ...(handoff.fromOfficeId ? [handoff.fromOfficeId] : [])]);
  const actor = { userId: user.id, role: user.role, unitId: user.unitId, officeId: user.officeId };
  return canView(state, actor, { pastOfficeIds }) ? row.id : null;
}

// ─── Form 01 ────────────────────────────────────────────────────────────────────────────────────────────────────

export async function loadReceipt(user: SessionUser, code: string, channel: DocumentChannel): Promise<ReceiptData | null> {
  const id = await viewableDossierId(user, code);
  if (!id) return null;
  const d = await db.dossier.findUniqueOrThrow({
    where: { id },
    include: {
      receivedUnit: { select: unitSelect },
      procedure: { select: { code: true, name: true } },
      procedureVersion: { select: { durationValue: true, durationUnit: true, feeNote: true } },
      receivedBy: { select: { fullName: true } },
      documents: { where: { received: true }, orderBy: { position: "asc" }, select: { name: true, form: true, count: true } },
    },
  });
  // No slip before valid receipt: the appointment slip proves the dossier was received.
  if (!d.receivedAt) return null;
  await recordFormRead(user, channel, d.code, "01");
  return {
    issuer: issuerOf(d.receivedUnit),
    code: d.code,
    trackingKey: d.trackingKey,
    applicant: applicantOf(d),
    procedure: { code: d.procedure.code, name: d.procedure.name, durationValue: d.procedureVersion.durationValue, durationUnit: d.procedureVersion.durationUnit },
    documents: d.documents,
    sets: SETS_PER_DOSSIER,
    feeAmount: d.feeAmount,
    feeNote: d.procedureVersion.feeNote,
    receivedAt: d.receivedAt,
    appointmentAt: d.appointmentAt,
    appointmentNote: d.appointmentNote,
    postalReturn: d.postalReturn,
    electronicResult: d.electronicResult,
    receivedBy: d.receivedBy?.fullName ?? null,
  };
}

// ─── Form 05 ────────────────────────────────────────────────────────────────────────────────────────────────────

export async function loadControlSlip(
  user: SessionUser,
  code: string,
  channel: DocumentChannel,
  now = new Date(),
): Promise<ControlSlipData | null> {
  const id = await viewableDossierId(user, code);
  if (!id) return null;
  const slip = await buildControlSlip(id, now);
  await recordFormRead(user, channel, slip.code, "05");
  return slip;
}

/**
 * Form 05's data of one dossier by id, with no scope check and no audit row: for loadControlSlip above, and for the
 * quality score's indicator (2), which judges each step as the slip does (src/server/data/dossier-quality.ts).
 */
export async function buildControlSlip(id: string, now = new Date()): Promise<ControlSlipData> {
  const d = await db.dossier.findUniqueOrThrow({
    where: { id },
    include: {
      receivedUnit: { select: { ...unitSelect, offices: { where: { kind: "RECEPTION" }, select: { name: true }, take: 1 } } },
      decidingUnit: { select: { name: true, kindLabel: true } },
      handlingOffice: { select: { name: true } },
      procedure: { select: { name: true } },
      procedureVersion: { select: { leadershipApproval: true, stepShares: true } },
      pauses: { select: { startedAt: true, endedAt: true } },
      handoffs: { orderBy: { sequence: "asc" }, select: { toOfficeId: true, toUser: { select: { fullName: true } } } },
      events: {
        orderBy: [{ at: "asc" }, { id: "asc" }],
        where: { type: { in: [...SLIP_EVENT_TYPES] } },
        select: { type: true, at: true, toStatus: true, reason: true, payload: true, actor: { select: { fullName: true } } },
      },
    },
  });
  const cal = d.calendarRevision === null ? await getCurrentCalendar() : await getCalendarRevision(d.calendarRevision);
  const shares = parseStepShares(d.procedureVersion.stepShares);
  const leadershipApproval = d.procedureVersion.leadershipApproval;
  // Deadlines run from the current appointment (a rescheduling moves them). While paused there is none: the steps are
  // counted provisionally as if the pause ended now.
  const pauses = d.pauses.map((pause) => ({ start: pause.startedAt, end: pause.endedAt ?? now }));
  const provisional = d.appointmentAt === null && d.receivedAt !== null && d.pauses.some((pause) => pause.endedAt === null);
  let appointmentAt = d.appointmentAt;
  if (provisional && d.receivedAt) {
    const { durationValue, durationUnit } = await db.procedureVersion.findUniqueOrThrow({
      where: { id: d.procedureVersionId },
      select: { durationValue: true, durationUnit: true },
    });
    const scheduled = computeAppointment(cal, { receivedAt: d.receivedAt, duration: { value: durationValue, unit: durationUnit }, pauses });
    appointmentAt = scheduled.kind === "scheduled" ? scheduled.appointmentAt : null;
  }
  const deadlines =
    d.receivedAt && appointmentAt ? splitStepDeadlines(cal, { receivedAt: d.receivedAt, appointmentAt, pauses, shares, leadershipApproval }) : [];

  const payloadOf = (value: Prisma.JsonValue) => (value && typeof value === "object" && !Array.isArray(value) ? value : {});
  const officeIds = d.events.flatMap((event) => {
    const target = payloadOf(event.payload).toOfficeId;
    return typeof target === "string" ? [target] : [];
  });
  const offices = new Map(
    (await db.office.findMany({ where: { id: { in: officeIds } }, select: { id: true, name: true } })).map((office) => [office.id, office.name]),
  );
  const unusedHandoffs = [...d.handoffs];
  const events: SlipEvent[] = d.events.map((event) => {
    const payload = payloadOf(event.payload);
    const toOfficeId = typeof payload.toOfficeId === "string" ? payload.toOfficeId : null;
    // A transfer or forward wrote a hand-off row to the same office: its receiver is who took the dossier there.
    const handoffAt = toOfficeId ? unusedHandoffs.findIndex((handoff) => handoff.toOfficeId === toOfficeId) : -1;
    const handoff = handoffAt >= 0 ? unusedHandoffs.splice(handoffAt, 1)[0] : undefined;
    return {
      type: event.type,
      at: event.at,
      actor: event.actor?.fullName ?? null,
      toStatus: event.toStatus,
      fromStep: typeof payload.fromStep === "string" ? payload.fromStep : null,
      toOffice: toOfficeId ? (offices.get(toOfficeId) ?? null) : null,
      receiver: handoff?.toUser?.fullName ?? null,
      reason: event.reason,
    };
  });
  const steps = controlSlipSteps({
    cal,
    deskOffice: d.receivedUnit.offices[0]?.name ?? RECEPTION_DIVISION,
    leadership: `Lãnh đạo UBND ${kindInSentence(d.decidingUnit.kindLabel)} ${d.decidingUnit.name}`,
    applicantName: d.applicantName,
    handlingOffice: d.handlingOffice?.name ?? null,
    leadershipApproval,
    deadlines,
    pending: d.receivedAt ? pendingStep(d.status, d.processingStep) : null,
    events,
    now,
  });
  return {
    issuer: issuerOf(d.receivedUnit),
    code: d.code,
    applicant: applicantOf(d),
    procedureName: d.procedure.name,
    receivedAt: d.receivedAt,
    appointmentAt: d.appointmentAt,
    steps,
    provisional,
    budgetOfProcedure: shares !== null,
    printedAt: now,
  };
}

/** The history events that are hand-overs on form 05. */
const SLIP_EVENT_TYPES = ["transfer", "forward", "submit_for_approval", "approve", "send_back", "return_result"] as const;

// ─── Form 02 from a supplement pause during processing ──────────────────────────────────────────────────────────

export async function loadPauseSupplementRequest(
  user: SessionUser,
  code: string,
  pauseId: string,
  channel: DocumentChannel,
): Promise<SupplementRequestData | null> {
  const id = await viewableDossierId(user, code, pauseId);
  if (!id) return null;
  const pause = await db.dossierPause.findFirst({
    where: { id: pauseId, dossierId: id, kind: "SUPPLEMENT" },
    include: {
      requestedByOffice: { select: { name: true, unit: { select: unitSelect } } },
      dossier: { include: { decidingUnit: { select: unitSelect }, procedure: { select: { name: true } } } },
    },
  });
  if (!pause) return null;
  const signer = pause.requestedById ? await db.user.findUnique({ where: { id: pause.requestedById }, select: { fullName: true } }) : null;
  const office = pause.requestedByOffice;
  await recordFormRead(user, channel, pause.dossier.code, "02", { pauseId: pause.id });
  return {
    issuer: office ? issuerOf(office.unit, office.name) : issuerOf(pause.dossier.decidingUnit),
    source: "processing",
    reference: pause.dossier.code,
    issuedAt: pause.startedAt,
    applicant: applicantOf(pause.dossier),
    procedureName: pause.dossier.procedure.name,
    missingDocuments: [],
    reason: pause.reason,
    requestingOffice: office?.name ?? null,
    resolvedAt: pause.endedAt,
    signer: signer?.fullName ?? null,
  };
}

// ─── Form 04: an apology letter ─────────────────────────────────────────────────────────────────────────────────

/**
 * Phiếu xin lỗi và hẹn lại ngày trả kết quả of a dossier the user may read. A signed letter prints as final; a draft
 * prints marked "BẢN NHÁP" (for the head to read before signing); a rejected draft does not print. The addressee is
 * the applicant, so their name and address are on it.
 */
export async function loadApologyLetter(
  user: SessionUser,
  code: string,
  apologyId: string,
  channel: DocumentChannel,
): Promise<ApologyLetterData | null> {
  const id = await viewableDossierId(user, code, apologyId);
  if (!id) return null;
  const letter = await db.apologyLetter.findFirst({
    where: { id: apologyId, dossierId: id, status: { in: ["DRAFT", "APPROVED"] } },
    include: {
      office: { select: { id: true, name: true, kind: true, unit: { select: unitSelect } } },
      decidedBy: { select: { fullName: true } },
      dossier: { include: { procedure: { select: { name: true } } } },
    },
  });
  if (!letter) return null;
  const final = letter.status === "APPROVED";
  // A draft names who is to sign it: the office's head (the earliest account, if there are several).
  const head = final
    ? null
    : await db.user.findFirst({ where: { officeId: letter.officeId, role: "DEPARTMENT_HEAD", active: true }, orderBy: { createdAt: "asc" }, select: { fullName: true } });
  const d = letter.dossier;
  await recordFormRead(user, channel, d.code, "04", { apologyId: letter.id });
  return {
    issuer: issuerOf(letter.office.unit, letter.office.name),
    number: letter.number,
    final,
    kind: letter.kind,
    code: d.code,
    applicant: applicantOf(d),
    procedureName: d.procedure.name,
    receivedAt: d.receivedAt,
    previousAppointmentAt: letter.previousAppointmentAt,
    newAppointmentAt: letter.proposedAppointmentAt,
    reason: letter.reason,
    issuedAt: letter.decidedAt ?? letter.draftedAt,
    officeName: letter.office.name,
    officeKind: letter.office.kind,
    unitLevel: letter.office.unit.level,
    signer: final ? (letter.decidedBy?.fullName ?? null) : (head?.fullName ?? null),
  };
}

// ─── Forms 02 and 03 issued at the desk ─────────────────────────────────────────────────────────────────────────

/** missingDocuments is JSON: keep the non-empty strings, ignore anything else an old row may hold. */
const stringList = (value: Prisma.JsonValue | null): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string" && item.trim() !== "") : [];

/**
 * Form 02 or 03 issued at the desk, for the issuing desk and the unit's leadership only (mayReadIntakeNotice). Anyone
 * else gets null, like a number that was never issued: walking the sequential numbers reveals nothing.
 */
export async function loadIntakeNotice(user: SessionUser, number: string, channel: DocumentChannel): Promise<IntakeNoticeDocument | null> {
  if (impossibleKey(number)) return null;
  const notice = await db.intakeNotice.findUnique({
    where: { number },
    include: { unit: { select: unitSelect }, procedure: { select: { name: true } }, issuedBy: { select: { fullName: true } } },
  });
  if (!notice || !mayReadIntakeNotice(user, notice)) return null;
  await recordPersonalDataRead(
    user,
    documentReadAction("intake_notice", channel),
    { entity: "IntakeNotice", entityId: notice.number },
    { form: notice.kind === "REFUSAL" ? "03" : "02" },
  );
  const common = {
    issuer: issuerOf(notice.unit),
    issuedAt: notice.issuedAt,
    applicant: applicantOf(notice),
    procedureName: notice.procedure.name,
    reason: notice.reason,
    signer: notice.issuedBy.fullName,
  };
  if (notice.kind === "REFUSAL") return { kind: "REFUSAL", data: { ...common, number: notice.number } };
  return {
    kind: "SUPPLEMENT_REQUEST",
    data: { ...common, source: "intake", reference: notice.number, missingDocuments: stringList(notice.missingDocuments), requestingOffice: null, resolvedAt: null },
  };
}

// ─── Tracking book ──────────────────────────────────────────────────────────────────────────────────────────────

/**
 * The user's own unit's register for a period already validated by parseBookPeriod, with the rows trackingBookScope
 * gives the reader: the whole book for the desk and the leadership, the dossiers their office handled for a head
 * (the office led it, or the control slip shows a hand-off to or from it), nothing (null) for anyone else.
 */
export async function loadTrackingBook(
  user: SessionUser,
  period: { from: string; to: string },
  channel: DocumentChannel,
  now = new Date(),
): Promise<TrackingBookData | null> {
  const scope = trackingBookScope(user);
  if (!scope) return null;
  const [unit, received] = await Promise.all([
    db.administrativeUnit.findUniqueOrThrow({ where: { id: scope.unitId }, select: unitSelect }),
    db.dossier.findMany({
      where: {
        receivedUnitId: scope.unitId,
        receivedAt: { gte: startOfVietnamDay(period.from), lt: startOfVietnamDay(periodEndExclusive(period.to)) },
      },
      orderBy: [{ receivedAt: "asc" }, { code: "asc" }],
      select: {
        code: true,
        status: true,
        applicantName: true,
        applicantAddress: true,
        applicantPhone: true,
        receivedAt: true,
        appointmentAt: true,
        finishedAt: true,
        returnedAt: true,
        procedure: { select: { name: true } },
        decidingUnit: { select: { id: true, name: true, kindLabel: true } },
        handlingOfficeId: true,
        handlingOffice: { select: { name: true } },
        // The first hand-off is the transfer from the desk to the office that leads the handling (chủ trì); all of
        // them say which offices the dossier passed through (the head's rows).
        handoffs: {
          orderBy: { sequence: "asc" },
          select: { sentAt: true, fromOfficeId: true, toOfficeId: true, toOffice: { select: { name: true } } },
        },
      },
    }),
  ]);
  // The one rule for which rows a reader gets (bookRowInScope): rows outside it never leave this function.
  const dossiers = received.filter((d) =>
    bookRowInScope(scope, {
      handlingOfficeId: d.handlingOfficeId,
      pastOfficeIds: d.handoffs.flatMap((h) => [h.toOfficeId, ...(h.fromOfficeId ? [h.fromOfficeId] : [])]),
    }),
  );
  await recordPersonalDataRead(
    user,
    documentReadAction("tracking_book", channel),
    { entity: "AdministrativeUnit", unitId: scope.unitId },
    { from: period.from, to: period.to, rows: scope.rows, dossiers: dossiers.length },
  );
  const office =
    scope.rows === "office"
      ? await db.office.findUnique({ where: { id: scope.officeId }, select: { name: true } })
      : null;
  return {
    issuer: issuerOf(unit),
    from: period.from,
    to: period.to,
    printedAt: now,
    officeName: office?.name ?? null,
    dossiers: dossiers.map((d) => {
      const first = d.handoffs[0];
      const office = first?.toOffice.name ?? d.handlingOffice?.name;
      const elsewhere = d.decidingUnit.id !== user.unitId ? unitDisplayName(d.decidingUnit) : null;
      return {
        code: d.code,
        procedureName: d.procedure.name,
        sets: SETS_PER_DOSSIER,
        applicantName: d.applicantName,
        applicantAddress: d.applicantAddress,
        applicantPhone: d.applicantPhone,
        leadOffice: [office, elsewhere].filter(Boolean).join(", ") || unitDisplayName(d.decidingUnit),
        // receivedAt is set: the query filters on it.
        receivedAt: d.receivedAt ?? now,
        appointmentAt: d.appointmentAt,
        transferredAt: first?.sentAt ?? null,
        finishedAt: d.finishedAt,
        returnedAt: d.returnedAt,
        status: d.status,
      };
    }),
  };
}
