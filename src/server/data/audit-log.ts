import "server-only";
// Reads of the audit log for its admin screen (Quản trị → Nhật ký truy cập): newest first, filtered by actor, action,
// object and Vietnamese calendar days, paginated in the database. The log itself is written by recordAudit and
// recordPersonalDataRead (./audit.ts) and is append-only in the database.
import type { AuditLogFilter } from "@/domain/audit/log-filter";
import { AUDIT_LOG_PAGE_SIZE } from "@/domain/audit/log-filter";
import type { Prisma } from "@/generated/prisma/client";
import { addCalendarDays, startOfVietnamDay } from "@/lib/dates";
import { db } from "@/server/db";

export interface AuditLogRow {
  /** The row's sequence number (a bigint, as text). */
  id: string;
  at: Date;
  actor: { username: string; fullName: string } | null;
  action: string;
  entity: string | null;
  entityId: string | null;
  detail: Prisma.JsonValue | null;
  ip: string | null;
}

export interface AuditLogPage {
  rows: AuditLogRow[];
  page: number;
  pageSize: number;
  total: number;
}

function whereOf(filter: AuditLogFilter): Prisma.AuditEntryWhereInput {
  const where: Prisma.AuditEntryWhereInput[] = [];
  if (filter.actor) where.push({ actor: { username: { equals: filter.actor, mode: "insensitive" } } });
  if (filter.action) where.push({ action: filter.action });
  if (filter.object)
    where.push({
      OR: [
        { entityId: filter.object },
        // A page of the development mailbox names the dossiers whose messages it showed.
        { detail: { path: ["dossierCodes"], array_contains: [filter.object] } },
      ],
    });
  if (filter.from) where.push({ at: { gte: startOfVietnamDay(filter.from) } });
  if (filter.to) where.push({ at: { lt: startOfVietnamDay(addCalendarDays(filter.to, 1)) } });
  return where.length ? { AND: where } : {};
}

export async function searchAuditLog(filter: AuditLogFilter): Promise<AuditLogPage> {
  const where = whereOf(filter);
  const [total, rows] = await Promise.all([
    db.auditEntry.count({ where }),
    db.auditEntry.findMany({
      where,
      orderBy: [{ at: "desc" }, { id: "desc" }],
      skip: (filter.page - 1) * AUDIT_LOG_PAGE_SIZE,
      take: AUDIT_LOG_PAGE_SIZE,
      select: {
        id: true,
        at: true,
        action: true,
        entity: true,
        entityId: true,
        detail: true,
        ip: true,
        actor: { select: { username: true, fullName: true } },
      },
    }),
  ]);
  return {
    rows: rows.map((row) => ({ ...row, id: row.id.toString() })),
    page: filter.page,
    pageSize: AUDIT_LOG_PAGE_SIZE,
    total,
  };
}
