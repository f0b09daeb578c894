import "server-only";
// Everything the dossier page (trang hồ sơ) shows, for one signed-in user: the dossier with its history, pauses,
// control slip and documents; what the user may do now (availableCommands of the pure state machine) and the
// choices those commands need. Returns null when the dossier does not exist or the user may not view it: the page
// answers 404 in both cases, so nobody learns that a code exists outside their scope.
import {
  apologyDraftRefusal,
  apologyUrgency,
  canDraftApology,
  canSignApology,
  proposeNewAppointment,
  type ApologyKind,
  type ApologyUrgency,
} from "@/domain/apology";
import {
  classifyPending,
  latestApologyAt,
  formatWorkingDurationVi,
  workingTimeBetween,
  type FinishedTimeliness,
  type PendingTimeliness,
} from "@/domain/calendar";
import {
  allowedReturnMethods,
  availableCommands,
  canView,
  isOversightRead,
  isPendingStatus,
  type DossierCommandType,
  type DossierMachineState,
  type ReturnMethod,
} from "@/domain/dossier";
import { isOnlineIntakeCommand } from "@/domain/online-intake";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { getCalendarRevision, getCurrentCalendar, getSetting } from "@/server/data/calendar";
import { db } from "@/server/db";
import { recordPersonalDataRead } from "@/server/data/audit";
import { continuingUnitOf } from "@/server/data/organisation";
import { actorOf, loadDossierForCommand, machineStateOf, pastOfficeIdsOf, type DossierForCommand } from "@/server/data/dossier-for-command";
import { DossierNotFoundError } from "@/server/dossier-errors";
import { UserFacingError } from "@/server/user-facing-error";

const userName = { select: { id: true, fullName: true, role: true } } as const;
const officeName = { select: { id: true, name: true } } as const;

const dossierPageArgs = {
  include: {
    procedure: { select: { code: true, name: true } },
    procedureVersion: { select: { version: true, leadershipApproval: true, durationValue: true, durationUnit: true } },
    field: { select: { name: true } },
    receivedUnit: { select: { name: true, kindLabel: true } },
    decidingUnit: { select: { name: true, kindLabel: true } },
    handlingOffice: officeName,
    assignee: userName,
    receivedBy: userName,
    events: { orderBy: [{ at: "asc" }, { id: "asc" }], include: { actor: userName } },
    pauses: { orderBy: { startedAt: "asc" }, include: { requestedByOffice: officeName } },
    handoffs: { orderBy: { sequence: "asc" }, include: { fromOffice: officeName, toOffice: officeName, fromUser: userName, toUser: userName } },
    documents: { orderBy: { position: "asc" } },
    apologies: { orderBy: [{ draftedAt: "asc" }, { id: "asc" }], include: { office: officeName, draftedBy: userName, decidedBy: userName } },
    // Trả kết quả: who collected it and the document checked (personal data, under this page's audit row).
    resultReturn: {
      include: {
        returnedBy: userName,
        postalShipment: { select: { waybill: true, status: true, communeName: true, provinceName: true } },
      },
    },
  },
} satisfies Prisma.DossierDefaultArgs;

type DossierPageRecord = Prisma.DossierGetPayload<typeof dossierPageArgs>;

/** Timeliness shown in the header: fixed once finished, else live against the appointment (or paused). */
export type HeaderTimeliness =
  | { kind: "finished"; value: FinishedTimeliness }
  | { kind: "pending"; value: PendingTimeliness }
  | { kind: "paused" }
  | null;

export interface PauseView {
  id: string;
  kind: DossierPageRecord["pauses"][number]["kind"];
  reason: string;
  startedAt: Date;
  endedAt: Date | null;
  officeName: string | null;
  /** Office time the pause covers (to now while it is open), in Vietnamese words. */
  workingTime: string;
}

export interface CommandChoices {
  /** Target offices for transfer/forward: departments of the deciding unit, except the current one. */
  offices: { id: string; name: string }[];
  /** Officers for assignment: active officers of the handling office. */
  officers: { id: string; name: string }[];
  /** The return form's facts, when the user may return the result now. */
  returnForm: ReturnFormChoices | null;
}

/** What the return form offers (src/domain/dossier/result-return.ts decides the methods). */
export interface ReturnFormChoices {
  /** The ways allowed for this dossier: the desk always, post only when asked for, electronic once issued. */
  methods: ReturnMethod[];
  /** Proposed as the collector's name when the applicant collects in person. */
  applicantName: string;
  /** A citizen applicant: their CCCD is proposed as the document checked. */
  applicantIdNumber: string | null;
  /** By post: where the parcel goes (commune, province), from the receiver registered at intake. */
  postalDestination: string | null;
  /** The current electronic result's number, proposed as the result's number. */
  resultNumber: string | null;
}

/** One apology letter (form 04) as the dossier page lists it. */
export interface ApologyLetterView {
  id: string;
  number: string | null;
  kind: ApologyKind;
  status: "DRAFT" | "APPROVED" | "REJECTED";
  reason: string;
  rejectionReason: string | null;
  officeName: string;
  previousAppointmentAt: Date;
  proposedAppointmentAt: Date;
  appointmentNote: string;
  extraWorkingDays: number;
  draftedBy: string;
  draftedAt: Date;
  decidedBy: string | null;
  decidedAt: Date | null;
  /** This user is the head of the letter's office (the one who signs it). */
  signer: boolean;
  /** …and the letter waits for their signature. */
  canDecide: boolean;
}

/** The dossier page's section "Phiếu xin lỗi và hẹn lại ngày trả kết quả". */
export interface ApologyPanel {
  letters: ApologyLetterView[];
  /** The assigned officer or the head of the handling office: they see the draft form (or why it is refused). */
  mayDraft: boolean;
  /** The domain's refusal of each kind for this dossier now (null: may be drafted). */
  refusals: Record<ApologyKind, string | null>;
  /** Pending dossiers without a signed letter: NONE, DUE (today is the last day) or LATE; NONE otherwise. */
  urgency: ApologyUrgency;
  /** Close of the last working day to issue the letter in time, when there is an appointment. */
  apologyDeadline: Date | null;
  /** Number of the signed letter that moved the appointment (for "Hẹn ban đầu: … (đã hẹn lại theo phiếu số …)"). */
  reschedulingNumber: string | null;
}

export interface DossierPageData {
  dossier: DossierPageRecord;
  apology: ApologyPanel;
  commands: DossierCommandType[];
  choices: CommandChoices;
  timeliness: HeaderTimeliness;
  pauses: PauseView[];
  /** The calendar revision the appointment was computed with (0 = built-in default calendar). */
  calendarRevision: number | null;
  /** The unit that continues the receiving unit today (merged or split since), or null while it is in force. */
  continuingUnit: { name: string; kindLabel: string } | null;
  /** Read by a leader or inspector of a unit above (isOversightRead): read-only, no commands offered. */
  oversight: boolean;
}

/**
 * Read scope with the oversight reach of leaders and inspectors (their unit, the units below and the units theirs
 * continues, decided by the auth guard's readableUnitIds): "own" (canView), "oversight" (an oversight read,
 * read-only) or null (not readable).
 */
export function viewAccess(
  dossier: DossierForCommand,
  user: SessionUser,
  readableUnitIds: readonly string[],
): "own" | "oversight" | null {
  const state = machineStateOf(dossier);
  const options = { pastOfficeIds: pastOfficeIdsOf(dossier) };
  if (canView(state, actorOf(user), options)) return "own";
  return isOversightRead(state, actorOf(user), readableUnitIds, options) ? "oversight" : null;
}

export const mayView = (dossier: DossierForCommand, user: SessionUser, readableUnitIds: readonly string[]): boolean =>
  viewAccess(dossier, user, readableUnitIds) !== null;

export async function loadDossierPage(
  user: SessionUser,
  code: string,
  options: { readableUnitIds?: readonly string[]; now?: Date } = {},
): Promise<DossierPageData | null> {
  if (code.length > 64) return null;
  const dossier = await db.dossier.findUnique({ where: { code }, ...dossierPageArgs });
  // The state machine's view comes from the command service's own loader, so both always judge the same facts.
  const forCommand = dossier ? await loadDossierForCommand(db, dossier.id) : null;
  const access = forCommand ? viewAccess(forCommand, user, options.readableUnitIds ?? [user.unitId]) : null;
  if (!dossier || !forCommand || access === null) return null;
  const now = options.now ?? new Date();
  const state = machineStateOf(forCommand);
  const oversight = access === "oversight";
  // The page shows the applicant's personal data: one audit row per view (Nghị định 13/2023). An oversight read is
  // marked on the audit row, so the log tells a supervisor's read from the handling staff's.
  await recordPersonalDataRead(
    user,
    "personal_data.view_dossier",
    { entity: "Dossier", entityId: dossier.code },
    oversight ? { oversight: true } : undefined,
  );

  // Receiving, refusing or asking for a supplement of an online registration happens on the desk's check page
  // (/tiep-nhan/truc-tuyen/<code>), where the components are checked and form 02/03 issued.
  // An oversight read offers no command (the service refuses them too: it asks canView, not the oversight reach).
  const commands = oversight ? [] : availableCommands(state, actorOf(user)).filter((type) => !isOnlineIntakeCommand(type));
  const [choices, dossierCalendar, currentCalendar, dueSoonWorkingDays] = await Promise.all([
    commandChoices(dossier, commands, state.returnFacts),
    getCalendarRevision(dossier.calendarRevision ?? 0),
    getCurrentCalendar(),
    getSetting("dueSoonWorkingDays"),
  ]);

  let timeliness: HeaderTimeliness = null;
  if (dossier.timeliness) timeliness = { kind: "finished", value: dossier.timeliness };
  else if (isPendingStatus(dossier.status)) {
    timeliness = dossier.appointmentAt
      ? { kind: "pending", value: classifyPending(currentCalendar, dossier.appointmentAt, now, dueSoonWorkingDays) }
      : { kind: "paused" };
  }

  const pauses = dossier.pauses.map((pause) => ({
    id: pause.id,
    kind: pause.kind,
    reason: pause.reason,
    startedAt: pause.startedAt,
    endedAt: pause.endedAt,
    officeName: pause.requestedByOffice?.name ?? null,
    workingTime: formatWorkingDurationVi(dossierCalendar, workingTimeBetween(dossierCalendar, pause.startedAt, pause.endedAt ?? now)),
  }));

  const [apology, continuingUnit] = await Promise.all([
    apologyPanel(user, dossier, dossierCalendar, now, dueSoonWorkingDays),
    continuingUnitOf(dossier.receivedUnitId, now),
  ]);
  return {
    dossier,
    apology,
    commands,
    choices,
    timeliness,
    pauses,
    calendarRevision: dossier.calendarRevision,
    continuingUnit,
    oversight,
  };
}

/** Drafting and signing follow the pure rules of src/domain/apology, the same ones the apology service enforces. */
const mayDraftApology = (user: SessionUser, dossier: { handlingOfficeId: string | null; assigneeId: string | null }) =>
  canDraftApology(actorOf(user), dossier);

async function apologyPanel(
  user: SessionUser,
  dossier: DossierPageRecord,
  calendar: Awaited<ReturnType<typeof getCalendarRevision>>,
  now: Date,
  dueSoonWorkingDays: number,
): Promise<ApologyPanel> {
  const signerOf = (office: { id: string; name: string }) =>
    canSignApology(actorOf(user), { officeId: office.id, officeName: office.name, decidingUnitId: dossier.decidingUnitId });
  const letters: ApologyLetterView[] = dossier.apologies.map((letter) => ({
    id: letter.id,
    number: letter.number,
    kind: letter.kind,
    status: letter.status,
    reason: letter.reason,
    rejectionReason: letter.rejectionReason,
    officeName: letter.office.name,
    previousAppointmentAt: letter.previousAppointmentAt,
    proposedAppointmentAt: letter.proposedAppointmentAt,
    appointmentNote: letter.appointmentNote,
    extraWorkingDays: letter.extraWorkingDays,
    draftedBy: letter.draftedBy.fullName,
    draftedAt: letter.draftedAt,
    decidedBy: letter.decidedBy?.fullName ?? null,
    decidedAt: letter.decidedAt,
    signer: signerOf({ id: letter.officeId, name: letter.office.name }),
    canDecide: letter.status === "DRAFT" && signerOf({ id: letter.officeId, name: letter.office.name }),
  }));
  const signed = letters.filter((letter) => letter.status === "APPROVED");
  const mayDraft = mayDraftApology(user, dossier);
  const rescheduleCap = mayDraft ? await getSetting("rescheduleCap") : 0;
  const refusalOf = (kind: ApologyKind) =>
    apologyDraftRefusal(calendar, {
      kind,
      status: dossier.status,
      appointmentAt: dossier.appointmentAt,
      rescheduleCount: dossier.rescheduleCount,
      rescheduleCap,
      now,
      dueSoonWorkingDays,
      hasOpenDraft: letters.some((letter) => letter.status === "DRAFT"),
    });
  const pendingWithAppointment = isPendingStatus(dossier.status) && dossier.appointmentAt !== null;
  return {
    letters,
    mayDraft,
    refusals: { LATE: mayDraft ? refusalOf("LATE") : null, RESULT_ERROR: mayDraft ? refusalOf("RESULT_ERROR") : null },
    urgency: pendingWithAppointment ? apologyUrgency(calendar, { appointmentAt: dossier.appointmentAt!, now, apologyIssued: signed.length > 0 }) : "NONE",
    apologyDeadline: pendingWithAppointment ? latestApologyAt(calendar, dossier.appointmentAt!) : null,
    reschedulingNumber: signed.findLast((letter) => letter.kind === "LATE")?.number ?? null,
  };
}

/**
 * The new appointment a draft would propose, for the live preview of the draft form: the same engine and calendar
 * revision as draftApology (a late dossier moves from its current appointment, a corrected result from now). Only
 * for those who may draft; others get the not-found answer.
 */
export async function previewApologyAppointment(
  user: SessionUser,
  input: { dossierId: string; kind: ApologyKind; extraWorkingDays: number },
  now: Date = new Date(),
): Promise<{ appointmentAt: Date; explanation: string }> {
  const dossier = await db.dossier.findUnique({
    where: { id: input.dossierId },
    select: { handlingOfficeId: true, assigneeId: true, appointmentAt: true, calendarRevision: true },
  });
  if (!dossier || !mayDraftApology(user, dossier)) throw new DossierNotFoundError();
  if (input.kind === "LATE" && !dossier.appointmentAt) throw new UserFacingError("Hồ sơ đang tạm dừng tính thời hạn, chưa có ngày hẹn để hẹn lại.");
  const calendar = await getCalendarRevision(dossier.calendarRevision ?? 0);
  return proposeNewAppointment(calendar, input.kind === "LATE" ? dossier.appointmentAt! : now, input.extraWorkingDays);
}

/** The code of the dossier a letter or a dossier id belongs to, to refresh its page after an action. */
export async function dossierCodeOf(ref: { dossierId: string } | { apologyId: string }): Promise<string | null> {
  if ("dossierId" in ref) return (await db.dossier.findUnique({ where: { id: ref.dossierId }, select: { code: true } }))?.code ?? null;
  return (await db.apologyLetter.findUnique({ where: { id: ref.apologyId }, select: { dossier: { select: { code: true } } } }))?.dossier.code ?? null;
}

async function commandChoices(
  dossier: DossierPageRecord,
  commands: readonly DossierCommandType[],
  returnFacts: DossierMachineState["returnFacts"],
): Promise<CommandChoices> {
  const needsOffices = commands.includes("transfer") || commands.includes("forward");
  const needsOfficers = commands.includes("assign") && dossier.handlingOfficeId !== null;
  const [offices, officers] = await Promise.all([
    needsOffices
      ? db.office.findMany({
          where: {
            unitId: dossier.decidingUnitId,
            kind: "DEPARTMENT",
            active: true,
            ...(dossier.handlingOfficeId ? { id: { not: dossier.handlingOfficeId } } : {}),
          },
          select: { id: true, name: true },
          orderBy: { name: "asc" },
        })
      : [],
    needsOfficers
      ? db.user.findMany({
          where: { officeId: dossier.handlingOfficeId!, role: "OFFICER", active: true, ...(dossier.assigneeId ? { id: { not: dossier.assigneeId } } : {}) },
          select: { id: true, fullName: true },
          orderBy: { fullName: "asc" },
        })
      : [],
  ]);
  return {
    offices,
    officers: officers.map((officer) => ({ id: officer.id, name: officer.fullName })),
    returnForm: commands.includes("return_result") ? await returnFormChoices(dossier, returnFacts) : null,
  };
}

async function returnFormChoices(
  dossier: DossierPageRecord,
  facts: DossierMachineState["returnFacts"],
): Promise<ReturnFormChoices> {
  const methods = allowedReturnMethods(facts ?? { postalReturnRequested: false, electronicResultIssued: false });
  const [onFile, result] = await Promise.all([
    methods.includes("POST")
      ? db.postalShipment.findFirst({
          where: { dossierId: dossier.id, direction: "OUTBOUND", status: "REQUESTED", waybill: "" },
          select: { communeName: true, provinceName: true },
        })
      : null,
    db.dossierResultDocument.findFirst({
      where: { dossierId: dossier.id, file: { supersededAt: null } },
      orderBy: { issuedAt: "desc" },
      select: { number: true },
    }),
  ]);
  return {
    methods,
    applicantName: dossier.applicantName,
    applicantIdNumber: dossier.applicantKind === "CITIZEN" ? dossier.applicantIdNumber : null,
    postalDestination: onFile ? [onFile.communeName, onFile.provinceName].filter(Boolean).join(", ") || null : null,
    resultNumber: result?.number ?? null,
  };
}

