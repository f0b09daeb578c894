// The working calendar as stored: editable rows (CalendarDay, OfficeHours, the cut-off setting) and immutable
// revisions (CalendarRevision) that deadlines use. Every edit publishes a new revision in the same transaction, and
// every dossier records the revision its appointment was computed with, so later edits never move old appointments.
import {
  defaultWorkingCalendar,
  validateWorkingCalendar,
  type OfficeWindow,
  type WorkingCalendar,
} from "@/domain/calendar";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { localDateKey } from "@/lib/dates";
// No server-only marker here: the notification worker and tooling read the calendar too. The web app goes through
// src/server/data/calendar.ts, which supplies its own client.

/** A client or a transaction: the web app passes its own, the worker and tooling theirs. */
export type CalendarClient = Prisma.TransactionClient | PrismaClient;
type Client = CalendarClient;

// Revisions never change once written, so a process may keep every one it has read.
const revisions = new Map<number, WorkingCalendar>();

const fromSnapshot = (revision: number, snapshot: Prisma.JsonValue): WorkingCalendar => ({
  ...(snapshot as unknown as WorkingCalendar),
  revision,
});

/** The calendar in force now. Without any stored revision (an empty database) the default Mon–Fri calendar applies. */
export async function getCurrentCalendar(client: Client): Promise<WorkingCalendar> {
  const latest = await client.calendarRevision.findFirst({ orderBy: { revision: "desc" }, select: { revision: true } });
  if (!latest) return defaultWorkingCalendar();
  return getCalendarRevision(latest.revision, client);
}

export async function getCalendarRevision(revision: number, client: Client): Promise<WorkingCalendar> {
  const cached = revisions.get(revision);
  if (cached) return cached;
  if (revision === 0) return defaultWorkingCalendar();
  const row = await client.calendarRevision.findUniqueOrThrow({ where: { revision } });
  const calendar = fromSnapshot(row.revision, row.snapshot);
  revisions.set(revision, calendar);
  return calendar;
}

const windowsOf = (row: {
  morningStart: string | null;
  morningEnd: string | null;
  afternoonStart: string | null;
  afternoonEnd: string | null;
}): OfficeWindow[] =>
  [
    row.morningStart && row.morningEnd ? { start: row.morningStart, end: row.morningEnd } : null,
    row.afternoonStart && row.afternoonEnd ? { start: row.afternoonStart, end: row.afternoonEnd } : null,
  ].filter((window): window is OfficeWindow => window !== null);

/** Builds the calendar from the editable rows (without a revision number yet). */
export async function readEditableCalendar(client: Client): Promise<Omit<WorkingCalendar, "revision">> {
  const [days, hours, cutoff] = await Promise.all([
    client.calendarDay.findMany({ orderBy: { date: "asc" } }),
    client.officeHours.findMany(),
    client.setting.findUnique({ where: { key: "cutoff" } }),
  ]);
  const base = defaultWorkingCalendar();
  const weekHours = { ...base.weekHours };
  for (const row of hours)
    if (row.weekday >= 0 && row.weekday <= 6) weekHours[row.weekday as keyof typeof weekHours] = windowsOf(row);
  const entry = (day: (typeof days)[number]) => ({
    date: localDateKey(day.date),
    name: day.name,
    ...(day.notice ? { notice: day.notice } : {}),
  });
  return {
    timeZone: base.timeZone,
    weekHours,
    holidays: days.filter((day) => day.kind === "HOLIDAY").map(entry),
    makeUpWorkdays: days.filter((day) => day.kind === "MAKEUP_WORKDAY").map(entry),
    cutoff: typeof cutoff?.value === "string" ? cutoff.value : settingDefaults.cutoff,
  };
}

export class InvalidCalendarError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join(" "));
  }
}

/**
 * Publishes the editable rows as the next revision. Call it inside the transaction that edited them; concurrent
 * publishers are serialised by a transaction-scoped advisory lock so revision numbers never collide.
 */
export async function publishCalendarRevision(
  tx: Prisma.TransactionClient,
  input: { note: string; actorId: string | null },
): Promise<number> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('motcua.calendar_revision'))`;
  const editable = await readEditableCalendar(tx);
  const latest = await tx.calendarRevision.findFirst({ orderBy: { revision: "desc" }, select: { revision: true } });
  const revision = (latest?.revision ?? 0) + 1;
  const calendar: WorkingCalendar = { ...editable, revision };
  const problems = validateWorkingCalendar(calendar);
  if (problems.length > 0) throw new InvalidCalendarError(problems);
  await tx.calendarRevision.create({
    data: {
      revision,
      note: input.note,
      createdBy: input.actorId,
      snapshot: calendar as unknown as Prisma.InputJsonValue,
    },
  });
  return revision;
}

/** Settings an administrator may change, with their defaults (docs/domain.md "Rules that vary are data"). */
export const settingDefaults = {
  /** "sắp đến hạn": a pending dossier is due soon when this many working days or fewer remain. */
  dueSoonWorkingDays: 1,
  /** Times a dossier's appointment may be rescheduled with an apology letter (2018 rules: once). */
  rescheduleCap: 1,
  /** Afternoon cut-off for same-day handling; read into every calendar revision. */
  cutoff: "15:00",
  /** Online dossiers: working hours after submission within which the desk receives or refuses them. */
  onlineIntakeHours: 8,
  /** Counter tablet: a rating attaches to the seated officer's last desk dossier of this many minutes. */
  kioskWindowMinutes: 10,
  /** Counter tablet: seconds of inactivity before the kiosk returns to its first screen. */
  kioskResetSeconds: 30,
  /** SIPAS figures on the satisfaction screens: fewer answers (a criterion) or ratings (the index) show N/A. */
  sipasMinimumSample: 30,
} as const;

export async function getSetting<K extends keyof typeof settingDefaults>(
  key: K,
  client: Client,
): Promise<(typeof settingDefaults)[K]> {
  const row = await client.setting.findUnique({ where: { key } });
  return (row?.value as (typeof settingDefaults)[K] | undefined) ?? settingDefaults[key];
}
