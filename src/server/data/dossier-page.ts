import "server-only";
// Everything the dossier page (trang hồ sơ) shows, for one signed-in user: the dossier with its history, pauses,
// control slip and documents; what the user may do now (availableCommands of the pure state machine) and the
// choices those commands need. Returns null when the dossier does not exist or the user may not view it: the page
// answers 404 in both cases, so nobody learns that a code exists outside their scope.
import {
  classifyPending,
  formatWorkingDurationVi,
  workingTimeBetween,
  type FinishedTimeliness,
  type PendingTimeliness,
} from "@/domain/calendar";
import { availableCommands, canView, type DossierCommandType, type Role } from "@/domain/dossier";
import type { Prisma } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { getCalendarRevision, getCurrentCalendar, getSetting } from "@/server/data/calendar";
import { db } from "@/server/db";
import { actorOf, loadDossierForCommand, machineStateOf, pastOfficeIdsOf, type DossierForCommand } from "@/server/dossiers/commands";

const userName = { select: { id: true, fullName: true, role: true } } as const;
const officeName = { select: { id: true, name: true } } as const;

const dossierPageArgs = {
  include: {
    procedure: { select: { code: true, name: true } },
    procedureVersion: { select: { version: true, leadershipApproval: true, durationValue: true, durationUnit: true, announcementDecision: true } },
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
}

export interface DossierPageData {
  dossier: DossierPageRecord;
  commands: DossierCommandType[];
  choices: CommandChoices;
  timeliness: HeaderTimeliness;
  pauses: PauseView[];
  /** The calendar revision the appointment was computed with (0 = built-in default calendar). */
  calendarRevision: number | null;
}

const PENDING = new Set(["RECEIVED", "IN_PROCESSING", "WAITING_SUPPLEMENT", "WAITING_FINANCIAL"]);

/** Read scope with the inspectors' wider reach (their unit and the units below), decided by the auth guard. */
export function mayView(dossier: DossierForCommand, user: SessionUser, readableUnitIds: readonly string[]): boolean {
  const state = machineStateOf(dossier);
  if (canView(state, actorOf(user), { pastOfficeIds: pastOfficeIdsOf(dossier) })) return true;
  return user.role === "INSPECTOR" && (readableUnitIds.includes(dossier.receivedUnitId) || readableUnitIds.includes(dossier.decidingUnitId));
}

export async function loadDossierPage(
  user: SessionUser,
  code: string,
  options: { readableUnitIds?: readonly string[]; now?: Date } = {},
): Promise<DossierPageData | null> {
  if (code.length > 64) return null;
  const dossier = await db.dossier.findUnique({ where: { code }, ...dossierPageArgs });
  // The state machine's view comes from the command service's own loader, so both always judge the same facts.
  const forCommand = dossier ? await loadDossierForCommand(db, dossier.id) : null;
  if (!dossier || !forCommand || !mayView(forCommand, user, options.readableUnitIds ?? [user.unitId])) return null;

  const now = options.now ?? new Date();
  const state = machineStateOf(forCommand);
  const commands = availableCommands(state, actorOf(user));
  const [choices, dossierCalendar, currentCalendar, dueSoonWorkingDays] = await Promise.all([
    commandChoices(dossier, commands),
    getCalendarRevision(dossier.calendarRevision ?? 0),
    getCurrentCalendar(),
    getSetting("dueSoonWorkingDays"),
  ]);

  let timeliness: HeaderTimeliness = null;
  if (dossier.timeliness) timeliness = { kind: "finished", value: dossier.timeliness };
  else if (PENDING.has(dossier.status)) {
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

  return { dossier, commands, choices, timeliness, pauses, calendarRevision: dossier.calendarRevision };
}

async function commandChoices(dossier: DossierPageRecord, commands: readonly DossierCommandType[]): Promise<CommandChoices> {
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
  return { offices, officers: officers.map((officer) => ({ id: officer.id, name: officer.fullName })) };
}

/** Roles that may press a button on a dossier (the machine decides which, per dossier). */
export const ACTING_ROLES = ["RECEPTIONIST", "OFFICER", "DEPARTMENT_HEAD", "LEADERSHIP"] as const satisfies readonly Role[];
