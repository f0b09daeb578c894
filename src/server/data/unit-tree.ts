import "server-only";
// Unit trees for scopes, free of the session machinery (src/server/auth/guard.ts re-exports them for staff scopes),
// so code outside a request (the REST API's scope, the benchmarks) reads the same sets.
import { db } from "@/server/db";

/**
 * A unit, every unit below it, and every unit that any of these continues (successorId), with theirs below them.
 * A unit below a predecessor counts only when it has no successor of its own: a ward of the old town that went to
 * another new ward belongs to that ward's history, not to the one that continues the town.
 */
export async function unitTreeAndPredecessorIds(unitId: string): Promise<string[]> {
  // UNION (not UNION ALL) drops rows already found, so a successor cycle in bad data ends the recursion.
  const units = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE reach AS (
      SELECT id FROM "AdministrativeUnit" WHERE id = ${unitId}
      UNION
      SELECT unit.id FROM "AdministrativeUnit" unit
      JOIN reach ON (unit."parentId" = reach.id AND unit."successorId" IS NULL) OR unit."successorId" = reach.id
    )
    SELECT id FROM reach`;
  return units.map((unit) => unit.id);
}

/** A unit and every unit below it. */
export async function unitTreeIds(unitId: string): Promise<string[]> {
  const units = await db.$queryRaw<{ id: string }[]>`
    WITH RECURSIVE tree AS (
      SELECT id FROM "AdministrativeUnit" WHERE id = ${unitId}
      UNION ALL
      SELECT child.id FROM "AdministrativeUnit" child JOIN tree ON child."parentId" = tree.id
    )
    SELECT id FROM tree`;
  return units.map((unit) => unit.id);
}
