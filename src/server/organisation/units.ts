import "server-only";
// Commands on administrative units: create, edit, set the effective dates, merge or split (issue 10, item 1). Each
// runs in one transaction that locks the unit table (organisation edits are rare and a merger must see a tree no
// other edit is changing: no cycle slips in between two mergers), checks the pure rules of src/domain/organisation,
// writes, and appends the audit entry; a refused edit writes nothing. Only units of the administrator's province.
import {
  LEVEL_RANK,
  mergeProblems,
  takeoverDay,
  unitProblems,
  type CreateUnitInput,
  type EditUnitInput,
  type MergeUnitsInput,
  type SetUnitDatesInput,
  type UnitProblem,
} from "@/domain/organisation";
import type { Prisma, PrismaClient } from "@/generated/prisma/client";
import { formatDateVi, dateColumnOf } from "@/lib/dates";
import { recordAudit } from "@/server/data/audit";
import { loadUnitsInTime, managedOrganisationIds, type UnitRow } from "@/server/data/organisation";
import { db } from "@/server/db";
import { UserFacingError } from "@/server/user-facing-error";

export interface OrganisationActor {
  id: string;
  unitId: string;
}

type Tx = Prisma.TransactionClient;

/** Refuses with every problem, each under its field; the first one is the message. */
export function refuseProblems(problems: readonly UnitProblem[]): void {
  if (problems.length === 0) return;
  const fieldErrors: Record<string, string[]> = {};
  for (const problem of problems) (fieldErrors[problem.field] ??= []).push(problem.message);
  throw new UserFacingError(problems.map((problem) => problem.message).join(" "), fieldErrors);
}

const OUTSIDE = "Đơn vị này không thuộc phạm vi quản trị của bạn.";

/** The columns a unit form sets (the code only on creation). */
const unitData = (input: Omit<EditUnitInput, "unitId">) => ({
  name: input.name,
  kindLabel: input.kindLabel,
  level: input.level,
  parentId: input.parentId,
  address: input.address ?? null,
  phone: input.phone ?? null,
  openingHours: input.openingHours ?? null,
  effectiveFrom: input.effectiveFrom ? dateColumnOf(input.effectiveFrom) : null,
  changeBasis: input.changeBasis ?? null,
});

/** The locked tree and the administrator's units in it. */
export async function lockedTree(
  tx: Tx,
  actor: OrganisationActor,
): Promise<{ units: UnitRow[]; managed: Set<string> }> {
  await tx.$executeRaw`LOCK TABLE "AdministrativeUnit" IN SHARE ROW EXCLUSIVE MODE`;
  const [units, managed] = await Promise.all([loadUnitsInTime(tx), managedOrganisationIds(actor, tx)]);
  return { units, managed };
}

function managedUnit(units: readonly UnitRow[], managed: Set<string>, unitId: string, field = "unitId"): UnitRow {
  const unit = units.find((candidate) => candidate.id === unitId);
  if (!unit || !managed.has(unitId)) throw new UserFacingError(OUTSIDE, { [field]: [OUTSIDE] });
  return unit;
}

export async function createUnit(input: CreateUnitInput, actor: OrganisationActor, client: PrismaClient = db) {
  return client.$transaction(async (tx) => {
    const { units, managed } = await lockedTree(tx, actor);
    if (input.parentId) managedUnit(units, managed, input.parentId, "parentId");
    else if (managed.size > 0)
      throw new UserFacingError("Xin chọn đơn vị cấp trên.", { parentId: ["Xin chọn đơn vị cấp trên."] });
    refuseProblems(unitProblems({ ...input, effectiveTo: null }, units));
    const unit = await tx.administrativeUnit.create({
      data: { code: input.code, ...unitData(input) },
      select: { id: true, code: true },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "organisation.create_unit",
        entity: "AdministrativeUnit",
        entityId: unit.code,
        detail: { name: input.name, level: input.level, parentId: input.parentId, effectiveFrom: input.effectiveFrom },
      },
      tx,
    );
    return unit;
  });
}

export async function editUnit(input: EditUnitInput, actor: OrganisationActor, client: PrismaClient = db) {
  return client.$transaction(async (tx) => {
    const { units, managed } = await lockedTree(tx, actor);
    const before = managedUnit(units, managed, input.unitId);
    if (input.parentId) managedUnit(units, managed, input.parentId, "parentId");
    // Only the top of the tree stands alone: a unit below it cannot leave the administrator's province.
    else if (before.parentId !== null)
      throw new UserFacingError("Xin chọn đơn vị cấp trên.", { parentId: ["Xin chọn đơn vị cấp trên."] });
    refuseProblems(
      unitProblems(
        {
          id: before.id,
          code: before.code,
          level: input.level,
          parentId: input.parentId,
          effectiveFrom: input.effectiveFrom,
          effectiveTo: before.effectiveTo,
        },
        units,
      ),
    );
    // The level of a unit that has units below it cannot go down past them.
    if (units.some((unit) => unit.parentId === before.id && LEVEL_RANK[unit.level] <= LEVEL_RANK[input.level]))
      refuseProblems([{ field: "level", message: "Đơn vị còn đơn vị trực thuộc cùng cấp mới; không thể đổi cấp." }]);
    await tx.administrativeUnit.update({
      where: { id: before.id },
      data: unitData(input),
    });
    const changed = (
      [
        "name",
        "kindLabel",
        "level",
        "parentId",
        "address",
        "phone",
        "openingHours",
        "effectiveFrom",
        "changeBasis",
      ] as const
    ).filter((key) => (before[key] ?? null) !== (input[key] ?? null));
    await recordAudit(
      {
        actorId: actor.id,
        action: "organisation.update_unit",
        entity: "AdministrativeUnit",
        entityId: before.code,
        detail: {
          changed,
          before: { name: before.name, level: before.level, parentId: before.parentId },
          after: { name: input.name, level: input.level, parentId: input.parentId },
        },
      },
      tx,
    );
    return { id: before.id, code: before.code };
  });
}

/**
 * The unit's first and last day alone. Ending a unit here without a successor records a dissolution (giải thể);
 * reopening it (no last day) also drops its successor link.
 */
export async function setUnitDates(input: SetUnitDatesInput, actor: OrganisationActor, client: PrismaClient = db) {
  return client.$transaction(async (tx) => {
    const { units, managed } = await lockedTree(tx, actor);
    const before = managedUnit(units, managed, input.unitId);
    refuseProblems(
      unitProblems({ ...before, effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo }, units),
    );
    if (before.successorId && input.effectiveTo) {
      const successor = units.find((unit) => unit.id === before.successorId)!;
      const problems = mergeProblems(
        { sourceIds: [before.id], successorId: successor.id, lastDay: input.effectiveTo },
        units.map((unit) => (unit.id === before.id ? { ...unit, effectiveTo: null } : unit)),
      );
      refuseProblems(
        problems.map((problem) => ({ ...problem, field: problem.field === "lastDay" ? "effectiveTo" : problem.field })),
      );
    }
    await tx.administrativeUnit.update({
      where: { id: before.id },
      data: {
        effectiveFrom: input.effectiveFrom ? dateColumnOf(input.effectiveFrom) : null,
        effectiveTo: input.effectiveTo ? dateColumnOf(input.effectiveTo) : null,
        successorId: input.effectiveTo ? before.successorId : null,
        changeBasis: input.changeBasis ?? before.changeBasis,
      },
    });
    await recordAudit(
      {
        actorId: actor.id,
        action: "organisation.set_unit_dates",
        entity: "AdministrativeUnit",
        entityId: before.code,
        detail: {
          before: {
            effectiveFrom: before.effectiveFrom,
            effectiveTo: before.effectiveTo,
            successorId: before.successorId,
          },
          after: { effectiveFrom: input.effectiveFrom, effectiveTo: input.effectiveTo },
          changeBasis: input.changeBasis ?? null,
        },
      },
      tx,
    );
    return { id: before.id, code: before.code };
  });
}

/**
 * Sáp nhập / chia tách: every source ends on `lastDay` and names the successor, which takes over the day after;
 * the basis (resolution or decision) is kept on each source. Old dossiers keep their receiving unit; reports and the
 * dossier page show the successor as the unit that continues them.
 */
export async function mergeUnits(input: MergeUnitsInput, actor: OrganisationActor, client: PrismaClient = db) {
  return client.$transaction(async (tx) => {
    const { units, managed } = await lockedTree(tx, actor);
    const sourceIds = [...new Set(input.sourceIds)];
    for (const id of sourceIds) managedUnit(units, managed, id, "sourceIds");
    const successor = managedUnit(units, managed, input.successorId, "successorId");
    refuseProblems(mergeProblems({ sourceIds, successorId: successor.id, lastDay: input.lastDay }, units));
    await tx.administrativeUnit.updateMany({
      where: { id: { in: sourceIds } },
      data: { effectiveTo: dateColumnOf(input.lastDay), successorId: successor.id, changeBasis: input.changeBasis },
    });
    const sources = units.filter((unit) => sourceIds.includes(unit.id));
    await recordAudit(
      {
        actorId: actor.id,
        action: "organisation.merge_units",
        entity: "AdministrativeUnit",
        entityId: successor.code,
        detail: {
          sources: sources.map((unit) => unit.code),
          lastDay: input.lastDay,
          takeoverDay: takeoverDay(input.lastDay),
          changeBasis: input.changeBasis,
        },
      },
      tx,
    );
    return {
      successor: `${successor.kindLabel} ${successor.name}`,
      sources: sources.map((unit) => `${unit.kindLabel} ${unit.name}`),
      takeoverDay: formatDateVi(takeoverDay(input.lastDay)),
    };
  });
}
