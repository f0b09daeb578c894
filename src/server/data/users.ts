import "server-only";
// Administration: system-wide counts, the user list, and ending a user's sessions. Never returns password hashes.
import type { Role, UnitLevel } from "@/generated/prisma/enums";
import type { SessionUser } from "@/server/auth/session-user";
import { endUserSessions } from "@/server/auth/sessions";
import { recordAudit } from "@/server/data/audit";
import { db, Prisma } from "@/server/db";
import { NotFoundError } from "@/server/user-facing-error";

export interface AdminOverview {
  units: { level: UnitLevel; count: number }[];
  offices: number;
  usersByRole: { role: Role; active: number; inactive: number }[];
  procedures: { active: number; inactive: number };
  dossiers: number;
}

export async function getAdminOverview(): Promise<AdminOverview> {
  const [units, offices, users, procedures, dossiers] = await Promise.all([
    db.administrativeUnit.groupBy({ by: ["level"], where: { active: true }, _count: { _all: true } }),
    db.office.count({ where: { active: true } }),
    db.user.groupBy({ by: ["role", "active"], _count: { _all: true } }),
    db.procedure.groupBy({ by: ["active"], _count: { _all: true } }),
    db.dossier.count(),
  ]);
  const roles = new Map<Role, { role: Role; active: number; inactive: number }>();
  for (const group of users) {
    const entry = roles.get(group.role) ?? { role: group.role, active: 0, inactive: 0 };
    if (group.active) entry.active += group._count._all;
    else entry.inactive += group._count._all;
    roles.set(group.role, entry);
  }
  const levelOrder: Record<UnitLevel, number> = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };
  return {
    units: units.map((group) => ({ level: group.level, count: group._count._all })).sort((a, b) => levelOrder[a.level] - levelOrder[b.level]),
    offices,
    usersByRole: [...roles.values()],
    procedures: {
      active: procedures.find((group) => group.active)?._count._all ?? 0,
      inactive: procedures.find((group) => !group.active)?._count._all ?? 0,
    },
    dossiers,
  };
}

export interface UserQuery {
  unitId?: string;
  role?: Role;
  page: number;
  pageSize: number;
}

export interface UserRow {
  id: string;
  username: string;
  fullName: string;
  title: string | null;
  role: Role;
  unitName: string;
  officeName: string | null;
  active: boolean;
  lastLoginAt: Date | null;
  /** Sessions not ended and used within a session's lifetime (10 hours). */
  openSessions: number;
}

/** A session unused for this long has expired with its cookie (src/server/auth/auth.config.ts: maxAge). */
const SESSION_LIFETIME_MS = 10 * 60 * 60 * 1000;

/** One page of users, by unit filter and role filter, ordered by username. Uses the (unitId, role) index. */
export async function listUsers(query: UserQuery): Promise<{ rows: UserRow[]; total: number }> {
  const where: Prisma.UserWhereInput = {
    ...(query.unitId ? { unitId: query.unitId } : {}),
    ...(query.role ? { role: query.role } : {}),
  };
  const [users, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: { username: "asc" },
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: {
        id: true,
        username: true,
        fullName: true,
        title: true,
        role: true,
        active: true,
        lastLoginAt: true,
        _count: {
          select: {
            sessions: { where: { endedAt: null, lastSeenAt: { gt: new Date(Date.now() - SESSION_LIFETIME_MS) } } },
          },
        },
        unit: { select: { name: true, kindLabel: true } },
        office: { select: { name: true } },
      },
    }),
    db.user.count({ where }),
  ]);
  return {
    total,
    rows: users.map((user) => ({
      id: user.id,
      username: user.username,
      fullName: user.fullName,
      title: user.title,
      role: user.role,
      unitName: `${user.unit.kindLabel} ${user.unit.name}`,
      officeName: user.office?.name ?? null,
      active: user.active,
      lastLoginAt: user.lastLoginAt,
      openSessions: user._count.sessions,
    })),
  };
}

/** Units for the filter list: higher levels first, then by name. */
export async function listUnitOptions(): Promise<{ id: string; label: string }[]> {
  const units = await db.administrativeUnit.findMany({ select: { id: true, name: true, kindLabel: true, level: true } });
  const levelOrder: Record<UnitLevel, number> = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };
  return units
    .sort((a, b) => levelOrder[a.level] - levelOrder[b.level] || a.name.localeCompare(b.name, "vi"))
    .map((unit) => ({ id: unit.id, label: `${unit.kindLabel} ${unit.name}` }));
}

/**
 * "Kết thúc mọi phiên đăng nhập": an administrator ends every open session of a user of their unit or a unit below it
 * (a stolen laptop, a transfer). Each ended cookie is refused at its next request. Audited; a user outside the
 * administrator's units gets the same answer as an unknown one.
 */
export async function endSessionsOfUser(admin: SessionUser, userId: string): Promise<{ endedSessions: number }> {
  const inScope = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE tree AS (
      SELECT id FROM "AdministrativeUnit" WHERE id = ${admin.unitId}
      UNION ALL
      SELECT child.id FROM "AdministrativeUnit" child JOIN tree ON child."parentId" = tree.id
    )
    SELECT u.id FROM "User" u JOIN tree ON tree.id = u."unitId" WHERE u.id = ${userId}`;
  if (inScope.length === 0) throw new NotFoundError("Không tìm thấy tài khoản này trong đơn vị của ông/bà.");
  return db.$transaction(async (tx) => {
    const endedSessions = await endUserSessions(userId, "ADMIN_ENDED", { client: tx });
    await recordAudit(
      { actorId: admin.id, action: "auth.end_sessions", entity: "User", entityId: userId, detail: { endedSessions } },
      tx,
    );
    return { endedSessions };
  });
}
