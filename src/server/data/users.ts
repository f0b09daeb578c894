import "server-only";
// Administration: system-wide counts, the user list and one account's page (the accounts of the administrator's units),
// the units and offices an account may be put in, and ending a user's sessions. Never returns password hashes.
import type { AuditAction } from "@/domain/audit";
import type { OfficeKind, Role, UnitLevel } from "@/generated/prisma/enums";
import { localDateKey } from "@/lib/dates";
import { unitTreeIds } from "@/server/auth/guard";
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
  /** The units the administrator manages (unitTreeIds of their unit): the list never shows accounts beyond them. */
  managedUnitIds: readonly string[];
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

/**
 * One page of the accounts of the administrator's units, by unit filter and role filter, ordered by username. Uses
 * the (unitId, role) index.
 */
export async function listUsers(query: UserQuery): Promise<{ rows: UserRow[]; total: number }> {
  const where: Prisma.UserWhereInput = {
    unitId: query.unitId && query.managedUnitIds.includes(query.unitId) ? query.unitId : { in: [...query.managedUnitIds] },
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

/** The administrator's units for the filter list (units no longer in force too): higher levels first, then by name. */
export async function listUnitOptions(managedUnitIds: readonly string[]): Promise<{ id: string; label: string }[]> {
  const units = await db.administrativeUnit.findMany({
    where: { id: { in: [...managedUnitIds] } },
    select: { id: true, name: true, kindLabel: true, level: true },
  });
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

export interface ScopeChoice {
  id: string;
  label: string;
  offices: { id: string; name: string; kind: OfficeKind }[];
}

/**
 * Units an administrator may put accounts in (their unit and the units below it, active and in force today), with
 * their active offices: the choices of the account forms. Higher levels first, then by name.
 */
export async function listScopeChoices(admin: SessionUser): Promise<ScopeChoice[]> {
  const today = new Date(`${localDateKey(new Date())}T00:00:00Z`);
  const units = await db.administrativeUnit.findMany({
    where: {
      id: { in: await unitTreeIds(admin.unitId) },
      active: true,
      OR: [{ effectiveTo: null }, { effectiveTo: { gte: today } }],
    },
    select: {
      id: true,
      name: true,
      kindLabel: true,
      level: true,
      offices: { where: { active: true }, select: { id: true, name: true, kind: true }, orderBy: { name: "asc" } },
    },
  });
  const levelOrder: Record<UnitLevel, number> = { PROVINCE: 0, DISTRICT: 1, COMMUNE: 2 };
  return units
    .sort((a, b) => levelOrder[a.level] - levelOrder[b.level] || a.name.localeCompare(b.name, "vi"))
    .map((unit) => ({ id: unit.id, label: `${unit.kindLabel} ${unit.name}`, offices: unit.offices }));
}

export interface ManagedUser {
  id: string;
  username: string;
  fullName: string;
  title: string | null;
  email: string | null;
  phone: string | null;
  role: Role;
  unitId: string;
  unitName: string;
  officeId: string | null;
  officeName: string | null;
  active: boolean;
  mustChangePassword: boolean;
  lastLoginAt: Date | null;
  createdAt: Date;
  openSessions: number;
  /** The latest changes an administrator made to the account (newest first). */
  history: { at: Date; action: AuditAction; actor: string | null; detail: unknown }[];
}

/** One account by username, when its unit is one the administrator manages (else null: the page answers 404). */
export async function getManagedUser(admin: SessionUser, username: string): Promise<ManagedUser | null> {
  const user = await db.user.findUnique({
    where: { username },
    select: {
      id: true,
      username: true,
      fullName: true,
      title: true,
      email: true,
      phone: true,
      role: true,
      unitId: true,
      officeId: true,
      active: true,
      mustChangePassword: true,
      lastLoginAt: true,
      createdAt: true,
      unit: { select: { name: true, kindLabel: true } },
      office: { select: { name: true } },
      _count: {
        select: {
          sessions: { where: { endedAt: null, lastSeenAt: { gt: new Date(Date.now() - SESSION_LIFETIME_MS) } } },
        },
      },
    },
  });
  if (!user || !(await unitTreeIds(admin.unitId)).includes(user.unitId)) return null;
  const history = await db.auditEntry.findMany({
    where: { entity: "User", entityId: user.id, action: { in: USER_ADMIN_ACTIONS } },
    orderBy: { at: "desc" },
    take: 20,
    select: { at: true, action: true, detail: true, actor: { select: { username: true } } },
  });
  const { unit, office, _count, ...rest } = user;
  return {
    ...rest,
    unitName: `${unit.kindLabel} ${unit.name}`,
    officeName: office?.name ?? null,
    openSessions: _count.sessions,
    history: history.map((entry) => ({
      at: entry.at,
      action: entry.action as AuditAction,
      actor: entry.actor?.username ?? null,
      detail: entry.detail,
    })),
  };
}

/** The audit codes of an administrator's changes to an account, shown on its page. */
const USER_ADMIN_ACTIONS: AuditAction[] = [
  "user.create",
  "user.update",
  "user.deactivate",
  "user.reactivate",
  "user.reset_password",
  "auth.end_sessions",
];
