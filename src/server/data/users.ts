import "server-only";
// Administration: system-wide counts and the user list. Never returns password hashes.
import type { Role, UnitLevel } from "@/generated/prisma/enums";
import { db, Prisma } from "@/server/db";

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
}

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
