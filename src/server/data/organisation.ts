import "server-only";
// Reads of the organisation as data: the unit tree with effective dates and successors, a unit's offices and desk
// counters, the unit that continues a dossier's receiving unit, and whether a unit may receive new dossiers today.
// The rules themselves are pure (src/domain/organisation); commands live in src/server/organisation.
import {
  continuingUnitId,
  hasEnded,
  predecessorIds,
  type UnitInTime,
  type UnitLevel,
} from "@/domain/organisation";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { formatDateVi, localDateKey, type LocalDate, dayOfDateColumn, dateColumnOf } from "@/lib/dates";
import { db } from "@/server/db";
import { UserFacingError } from "@/server/user-facing-error";

type Reader = Prisma.TransactionClient | PrismaClient;

export const fromDbDate = (value: Date | null): LocalDate | null => (value ? dayOfDateColumn(value) : null);

/** Today in Vietnam, as a civil day. */
export const todayKey = (now: Date = new Date()): LocalDate => localDateKey(now);

/** Units in force on a day, as a Prisma filter (the DATE columns compared with the civil day). */
export const unitInForceWhere = (day: LocalDate): Prisma.AdministrativeUnitWhereInput => ({
  AND: [
    { OR: [{ effectiveFrom: null }, { effectiveFrom: { lte: dateColumnOf(day) } }] },
    { OR: [{ effectiveTo: null }, { effectiveTo: { gte: dateColumnOf(day) } }] },
  ],
});

export interface UnitRow extends UnitInTime {
  code: string;
  name: string;
  kindLabel: string;
  active: boolean;
  address: string | null;
  phone: string | null;
  openingHours: string | null;
  changeBasis: string | null;
}

const unitRowSelect = {
  id: true,
  code: true,
  name: true,
  kindLabel: true,
  level: true,
  parentId: true,
  effectiveFrom: true,
  effectiveTo: true,
  successorId: true,
  active: true,
  address: true,
  phone: true,
  openingHours: true,
  changeBasis: true,
} as const satisfies Prisma.AdministrativeUnitSelect;

type UnitRecord = Prisma.AdministrativeUnitGetPayload<{ select: typeof unitRowSelect }>;

const unitRowOf = (unit: UnitRecord): UnitRow => ({
  ...unit,
  level: unit.level as UnitLevel,
  effectiveFrom: fromDbDate(unit.effectiveFrom),
  effectiveTo: fromDbDate(unit.effectiveTo),
});

/** Every unit, with its dates as civil days (a province has tens to a few hundred units: read whole). */
export async function loadUnitsInTime(client: Reader = db): Promise<UnitRow[]> {
  const units = await client.administrativeUnit.findMany({ select: unitRowSelect, orderBy: [{ level: "asc" }, { name: "asc" }] });
  return units.map(unitRowOf);
}

/**
 * The units an administrator keeps: the whole tree of their province (the root above their unit). A province runs
 * one installation, and a merger crosses the old district lines (2025: wards of a town moved under the province).
 */
export async function managedOrganisationIds(user: { unitId: string }, client: Reader = db): Promise<Set<string>> {
  const rows = await client.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE up AS (
      SELECT id, "parentId" FROM "AdministrativeUnit" WHERE id = ${user.unitId}
      UNION
      SELECT parent.id, parent."parentId" FROM "AdministrativeUnit" parent JOIN up ON parent.id = up."parentId"
    ), root AS (SELECT id FROM up WHERE "parentId" IS NULL),
    tree AS (
      SELECT id FROM root
      UNION
      SELECT child.id FROM "AdministrativeUnit" child JOIN tree ON child."parentId" = tree.id
    )
    SELECT id FROM tree`;
  return new Set(rows.map((row) => row.id));
}

// ─── The administrator's tree ───────────────────────────────────────────────────────────────────────────────────

export interface NamedUnit {
  id: string;
  code: string;
  name: string;
  kindLabel: string;
}

export interface OrganisationTreeRow extends UnitRow {
  depth: number;
  successor: NamedUnit | null;
  /** Successor at the end of the chain today (differs from `successor` when merged twice). */
  continuing: NamedUnit | null;
  predecessorCount: number;
  officeCount: number;
  /** Ended before today. */
  ended: boolean;
}

/** The administrator's units as a tree (depth-first, by name), with successors and office counts. */
export async function loadOrganisationTree(user: { unitId: string }, now: Date = new Date()): Promise<OrganisationTreeRow[]> {
  const [units, managed, offices] = await Promise.all([
    loadUnitsInTime(),
    managedOrganisationIds(user),
    db.office.groupBy({ by: ["unitId"], _count: { _all: true } }),
  ]);
  const today = todayKey(now);
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const officeCount = new Map(offices.map((row) => [row.unitId, row._count._all]));
  const visible = units.filter((unit) => managed.has(unit.id));
  const children = new Map<string | null, UnitRow[]>();
  for (const unit of visible) {
    const parent = unit.parentId && managed.has(unit.parentId) ? unit.parentId : null;
    (children.get(parent) ?? children.set(parent, []).get(parent)!).push(unit);
  }
  const named = (id: string | null) => {
    const unit = id ? byId.get(id) : undefined;
    return unit ? { id: unit.id, code: unit.code, name: unit.name, kindLabel: unit.kindLabel } : null;
  };
  const rows: OrganisationTreeRow[] = [];
  const seen = new Set<string>();
  const walk = (parent: string | null, depth: number) => {
    // In force first, then by name: the map of today on top, history below it.
    const list = [...(children.get(parent) ?? [])].sort(
      (a, b) => Number(hasEnded(a, today)) - Number(hasEnded(b, today)) || a.name.localeCompare(b.name, "vi"),
    );
    for (const unit of list) {
      if (seen.has(unit.id)) continue;
      seen.add(unit.id);
      const continuing = continuingUnitId(byId, unit.id, today);
      rows.push({
        ...unit,
        depth,
        successor: named(unit.successorId),
        continuing: continuing !== unit.id ? named(continuing) : null,
        predecessorCount: units.filter((other) => other.successorId === unit.id).length,
        officeCount: officeCount.get(unit.id) ?? 0,
        ended: hasEnded(unit, today),
      });
      walk(unit.id, depth + 1);
    }
  };
  walk(null, 0);
  return rows;
}

// ─── One unit's page ────────────────────────────────────────────────────────────────────────────────────────────

export interface UnitPage {
  unit: OrganisationTreeRow;
  parent: NamedUnit | null;
  predecessors: (NamedUnit & { effectiveTo: LocalDate | null })[];
  offices: {
    id: string;
    code: string;
    name: string;
    kind: "RECEPTION" | "DEPARTMENT" | "LEADERSHIP";
    active: boolean;
    counters: { id: string; number: number; name: string; fieldCodes: string[]; active: boolean }[];
  }[];
  /** Units this administrator may choose as a parent (higher levels of the tree). */
  parentChoices: { id: string; label: string; level: UnitLevel }[];
}

/** A unit of the administrator's tree (by its code) with its offices and counters, or null outside it. */
export async function loadUnitPage(user: { unitId: string }, code: string, now: Date = new Date()): Promise<UnitPage | null> {
  const tree = await loadOrganisationTree(user, now);
  const unit = tree.find((row) => row.code === code);
  if (!unit) return null;
  const unitId = unit.id;
  const offices = await db.office.findMany({
    where: { unitId },
    orderBy: [{ kind: "desc" }, { name: "asc" }],
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      active: true,
      counters: { orderBy: { number: "asc" }, select: { id: true, number: true, name: true, fieldCodes: true, active: true } },
    },
  });
  const byId = new Map(tree.map((row) => [row.id, row]));
  const parent = unit.parentId ? byId.get(unit.parentId) : undefined;
  return {
    unit,
    parent: parent ? { id: parent.id, code: parent.code, name: parent.name, kindLabel: parent.kindLabel } : null,
    predecessors: tree
      .filter((row) => row.successorId === unitId)
      .map((row) => ({ id: row.id, code: row.code, name: row.name, kindLabel: row.kindLabel, effectiveTo: row.effectiveTo })),
    offices,
    parentChoices: parentChoicesOf(tree),
  };
}

export const parentChoicesOf = (tree: readonly OrganisationTreeRow[]) =>
  tree
    .filter((row) => row.level !== "COMMUNE" && !row.ended)
    .map((row) => ({ id: row.id, label: `${row.kindLabel} ${row.name}`, level: row.level }));

// ─── Succession on dossiers and in scope ────────────────────────────────────────────────────────────────────────

/**
 * The unit that continues a (receiving) unit today, or null while the unit is itself in force: "Đơn vị kế thừa" on
 * an old dossier of a merged ward.
 */
export async function continuingUnitOf(
  unitId: string,
  now: Date = new Date(),
  client: Reader = db,
): Promise<{ id: string; code: string; name: string; kindLabel: string } | null> {
  const units = await loadUnitsInTime(client);
  const byId = new Map(units.map((unit) => [unit.id, unit]));
  const continuing = continuingUnitId(byId, unitId, todayKey(now));
  if (continuing === unitId) return null;
  const unit = byId.get(continuing)!;
  return { id: unit.id, code: unit.code, name: unit.name, kindLabel: unit.kindLabel };
}

/** The units these units continue (directly or through a chain), for scope: a new ward's leaders read its history. */
export async function predecessorUnitIds(unitIds: readonly string[], client: Reader = db): Promise<string[]> {
  return predecessorIds(await loadUnitsInTime(client), unitIds);
}

/**
 * Refuses a unit past its last day as the receiving unit of a new dossier (it receives nothing new; its successor
 * does). Called by the desk's intake and by online submission, with the unit they picked.
 */
export function assertUnitReceives(
  unit: { name: string; kindLabel: string; effectiveTo: Date | null },
  now: Date = new Date(),
): void {
  const effectiveTo = fromDbDate(unit.effectiveTo);
  if (effectiveTo && hasEnded({ effectiveTo }, todayKey(now))) {
    throw new UserFacingError(
      `${unit.kindLabel} ${unit.name} đã hết hiệu lực từ sau ngày ${formatDateVi(effectiveTo)} (đã sáp nhập hoặc chia tách) nên không tiếp nhận hồ sơ mới. Xin vui lòng tiếp nhận tại đơn vị kế thừa.`,
    );
  }
}
