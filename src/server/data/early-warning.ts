import "server-only";
// Cảnh báo sớm: the dossiers that will be late unless someone acts today, for the user's own scope. All predicates
// are on appointmentAt, so each count is one range scan on the (scope, status, appointmentAt) indexes.
import { dueSoonBefore } from "@/domain/calendar";
import type { Prisma } from "@/generated/prisma/client";
import { PENDING_STATUSES } from "@/domain/dossier";
import type { WarningCounts, WarningKind } from "@/domain/worklist";
import type { SessionUser } from "@/server/auth/session-user";
import { getCurrentCalendar, getSetting } from "@/server/data/calendar";
import { db } from "@/server/db";

export type { WarningCounts, WarningKind };

/** Whose dossiers a user watches: their own, their office's, or their unit's. */
export function warningScope(user: SessionUser): Prisma.DossierWhereInput | null {
  switch (user.role) {
    case "OFFICER":
      return { assigneeId: user.id };
    case "DEPARTMENT_HEAD":
      return user.officeId ? { handlingOfficeId: user.officeId } : null;
    case "LEADERSHIP":
      return { decidingUnitId: user.unitId };
    case "RECEPTIONIST":
      return { receivedUnitId: user.unitId };
    default:
      return null;
  }
}

/**
 * The three warnings as Prisma filters:
 * - overdue (quá hạn): the appointment has passed;
 * - dueSoon (sắp đến hạn): it falls within the configured number of working days;
 * - apologyDue (cần xin lỗi): not rescheduled yet and the appointment falls on or before the next working day, so
 *   today is the last day to issue the apology in time (or that day has passed).
 */
export async function warningFilters(now: Date): Promise<Record<WarningKind, Prisma.DossierWhereInput>> {
  const [calendar, dueSoonDays] = await Promise.all([getCurrentCalendar(), getSetting("dueSoonWorkingDays")]);
  const pending = { status: { in: [...PENDING_STATUSES] } };
  return {
    overdue: { ...pending, appointmentAt: { lt: now } },
    dueSoon: { ...pending, appointmentAt: { gte: now, lt: dueSoonBefore(calendar, now, dueSoonDays) } },
    // Due by the next working day (or already past): today is the last day to issue the apology in time.
    apologyDue: { ...pending, rescheduleCount: 0, appointmentAt: { lt: dueSoonBefore(calendar, now, 1) } },
  };
}

export async function warningCounts(user: SessionUser, now: Date = new Date()): Promise<WarningCounts | null> {
  const scope = warningScope(user);
  if (!scope) return null;
  const filters = await warningFilters(now);
  const [dueSoon, overdue, apologyDue] = await Promise.all(
    (["dueSoon", "overdue", "apologyDue"] as const).map((kind) => db.dossier.count({ where: { AND: [scope, filters[kind]] } })),
  );
  return { dueSoon: dueSoon!, overdue: overdue!, apologyDue: apologyDue! };
}

/** The most urgent dossiers of one warning, soonest appointment first. */
export async function warningList(user: SessionUser, kind: WarningKind, limit = 10, now: Date = new Date()) {
  const scope = warningScope(user);
  if (!scope) return [];
  const filters = await warningFilters(now);
  return db.dossier.findMany({
    where: { AND: [scope, filters[kind]] },
    orderBy: { appointmentAt: "asc" },
    take: limit,
    select: {
      id: true,
      code: true,
      appointmentAt: true,
      status: true,
      applicantName: true,
      procedure: { select: { name: true } },
      handlingOffice: { select: { name: true } },
      assignee: { select: { fullName: true } },
    },
  });
}
