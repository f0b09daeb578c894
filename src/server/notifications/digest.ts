// Deadline watch for staff: which pending dossiers of each handling office are due soon (sắp đến hạn), overdue
// (quá hạn) or need an apology letter (phải ban hành phiếu xin lỗi, form 04, "chậm nhất 01 ngày làm việc trước hạn").
// Feeds the heads' daily digest (07:00 Asia/Ho_Chi_Minh) and the apology-due alerts. Jobs may run twice (retries,
// two workers): each recipient gets at most one digest and one alert per dossier per local day.
import {
  classifyPending,
  isWorkingDay,
  latestApologyAt,
  localDateTime,
  toLocalDate,
  type WorkingCalendar,
} from "@/domain/calendar";
import type { DigestBucket } from "@/domain/notifications";
import type { PrismaClient } from "@/generated/prisma/client";
import { getCurrentCalendar, getSetting } from "../calendar-store";
import { notifyStaff, type OutboxOptions, type StaffRecipient } from "./outbox";

/** Statuses in which the clock runs and an appointment is in force (paused dossiers have none). */
const RUNNING = ["RECEIVED", "IN_PROCESSING"] as const;

export interface WatchedDossier {
  id: string;
  code: string;
  procedureName: string;
  appointmentAt: Date;
  apologyDueBy: Date;
  assigneeId: string | null;
}

export interface OfficeDeadlines {
  officeId: string;
  officeName: string;
  dueSoon: WatchedDossier[];
  overdue: WatchedDossier[];
  /** Appointment not passed yet, apology deadline within the due-soon horizon, no letter drafted for it. */
  apologyDue: WatchedDossier[];
}

export interface DeadlineOptions {
  calendar?: WorkingCalendar;
  dueSoonWorkingDays?: number;
}

/** Pending dossiers due soon / overdue / needing an apology, per handling office, most urgent first. */
export async function collectOfficeDeadlines(
  db: PrismaClient,
  now: Date,
  options: DeadlineOptions = {},
): Promise<OfficeDeadlines[]> {
  const calendar = options.calendar ?? (await getCurrentCalendar(db));
  const horizon = options.dueSoonWorkingDays ?? (await getSetting("dueSoonWorkingDays", db));
  const dossiers = await db.dossier.findMany({
    where: { status: { in: [...RUNNING] }, appointmentAt: { not: null }, handlingOfficeId: { not: null } },
    orderBy: { appointmentAt: "asc" },
    select: {
      id: true,
      code: true,
      appointmentAt: true,
      assigneeId: true,
      handlingOffice: { select: { id: true, name: true } },
      procedure: { select: { name: true } },
      apologies: {
        where: { kind: "LATE", status: { in: ["DRAFT", "APPROVED"] } },
        select: { previousAppointmentAt: true },
      },
    },
  });

  const offices = new Map<string, OfficeDeadlines>();
  for (const dossier of dossiers) {
    if (!dossier.appointmentAt || !dossier.handlingOffice) continue;
    const appointmentAt = dossier.appointmentAt;
    const apologyDueBy = latestApologyAt(calendar, appointmentAt);
    const watched: WatchedDossier = {
      id: dossier.id,
      code: dossier.code,
      procedureName: dossier.procedure.name,
      appointmentAt,
      apologyDueBy,
      assigneeId: dossier.assigneeId,
    };
    const office = offices.get(dossier.handlingOffice.id) ?? {
      officeId: dossier.handlingOffice.id,
      officeName: dossier.handlingOffice.name,
      dueSoon: [],
      overdue: [],
      apologyDue: [],
    };
    offices.set(office.officeId, office);

    const timeliness = classifyPending(calendar, appointmentAt, now, horizon);
    if (timeliness === "OVERDUE") office.overdue.push(watched);
    else if (timeliness === "DUE_SOON") office.dueSoon.push(watched);

    const letterDrafted = dossier.apologies.some(
      (letter) => letter.previousAppointmentAt.getTime() === appointmentAt.getTime(),
    );
    if (
      timeliness !== "OVERDUE" &&
      !letterDrafted &&
      classifyPending(calendar, apologyDueBy, now, horizon) !== "WITHIN"
    )
      office.apologyDue.push(watched);
  }
  return [...offices.values()].filter(
    (office) => office.dueSoon.length + office.overdue.length + office.apologyDue.length > 0,
  );
}

const bucket = (dossiers: WatchedDossier[]): DigestBucket => ({
  count: dossiers.length,
  codes: dossiers.map((dossier) => dossier.code),
});

const staffSelect = { id: true, fullName: true, email: true, phone: true, locale: true } as const;

/** Start of the local (Asia/Ho_Chi_Minh) day containing `now`: "once a day" means once per local day. */
const startOfLocalDay = (calendar: WorkingCalendar, now: Date) =>
  localDateTime(calendar, toLocalDate(calendar, now), "00:00");

/** The active heads of an office: they receive the digest and every apology alert of the office. */
const officeHeads = (db: PrismaClient, officeId: string): Promise<StaffRecipient[]> =>
  db.user.findMany({ where: { officeId, role: "DEPARTMENT_HEAD", active: true }, select: staffSelect });

/**
 * One staff message, unless this person already had this template (about this dossier, with `options.dossierId`)
 * since `since`. Each message is written in its own transaction, so a retried run resumes where it stopped. Returns
 * how many notifications were written.
 */
async function notifyStaffOnce<T extends "staff.apology_due" | "staff.daily_digest">(
  db: PrismaClient,
  user: StaffRecipient,
  template: T,
  data: Parameters<typeof notifyStaff<T>>[3],
  since: Date,
  options: OutboxOptions & { dossierId?: string },
): Promise<number> {
  return db.$transaction(async (tx) => {
    const already = await tx.notification.count({
      where: { userId: user.id, dossierId: options.dossierId, template, createdAt: { gte: since } },
    });
    if (already > 0) return 0;
    const ids = await notifyStaff(tx, user, template, data, options);
    return ids.length;
  });
}

export interface DigestRun {
  offices: number;
  notifications: number;
}

/**
 * Bản tin hằng ngày cho trưởng phòng: one digest per head of each office with something to watch, on working days
 * only. Each head's messages are written in their own transaction, so a retried run resumes where it stopped.
 */
export async function sendDailyDigests(
  db: PrismaClient,
  now: Date = new Date(),
  options: DeadlineOptions & OutboxOptions = {},
): Promise<DigestRun> {
  const calendar = options.calendar ?? (await getCurrentCalendar(db));
  if (!isWorkingDay(calendar, toLocalDate(calendar, now))) return { offices: 0, notifications: 0 };
  const offices = await collectOfficeDeadlines(db, now, { ...options, calendar });
  const since = startOfLocalDay(calendar, now);
  let notifications = 0;
  for (const office of offices) {
    for (const head of await officeHeads(db, office.officeId)) {
      notifications += await notifyStaffOnce(
        db,
        head,
        "staff.daily_digest",
        {
          officeName: office.officeName,
          date: now,
          dueSoon: bucket(office.dueSoon),
          overdue: bucket(office.overdue),
          apologyDue: bucket(office.apologyDue),
        },
        since,
        options,
      );
    }
  }
  return { offices: offices.length, notifications };
}

/**
 * Cảnh báo phải ban hành phiếu xin lỗi: to the assigned officer and the heads of the handling office, once per
 * dossier and person per local day.
 */
export async function sendApologyDueAlerts(
  db: PrismaClient,
  now: Date = new Date(),
  options: DeadlineOptions & OutboxOptions = {},
): Promise<DigestRun> {
  const calendar = options.calendar ?? (await getCurrentCalendar(db));
  const offices = await collectOfficeDeadlines(db, now, { ...options, calendar });
  const since = startOfLocalDay(calendar, now);
  let notifications = 0;
  for (const office of offices) {
    if (office.apologyDue.length === 0) continue;
    const heads = await officeHeads(db, office.officeId);
    for (const dossier of office.apologyDue) {
      const assignee = dossier.assigneeId
        ? await db.user.findFirst({ where: { id: dossier.assigneeId, active: true }, select: staffSelect })
        : null;
      const recipients: StaffRecipient[] = [
        ...(assignee ? [assignee] : []),
        ...heads.filter((head) => head.id !== assignee?.id),
      ];
      for (const user of recipients) {
        notifications += await notifyStaffOnce(
          db,
          user,
          "staff.apology_due",
          {
            officeName: office.officeName,
            code: dossier.code,
            procedureName: dossier.procedureName,
            appointmentAt: dossier.appointmentAt,
            apologyDueBy: dossier.apologyDueBy,
          },
          since,
          { ...options, dossierId: dossier.id },
        );
      }
    }
  }
  return { offices: offices.length, notifications };
}
