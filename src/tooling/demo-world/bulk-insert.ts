// Bulk rows of the demo world: one `INSERT … SELECT FROM json_to_recordset($1)` per table and chunk (one parameter,
// one round trip), fast on the embedded single-threaded PGlite as well as on a PostgreSQL server.
import type { PrismaClient } from "@/generated/prisma/client";

/** A column and its SQL type in json_to_recordset's record definition. */
export type Column = readonly [name: string, sqlType: string];

/**
 * INSERT of many rows as one JSON parameter. Instants serialise as ISO strings in UTC, which `timestamp(3)` (Prisma's
 * UTC convention) stores as they are.
 */
export async function insertRows(
  db: PrismaClient,
  table: string,
  columns: readonly Column[],
  rows: readonly object[],
): Promise<number> {
  if (rows.length === 0) return 0;
  const names = columns.map(([name]) => `"${name}"`).join(", ");
  const definitions = columns.map(([name, type]) => `"${name}" ${type}`).join(", ");
  // The seeded history counts as already on the national portal: the outbox trigger on DossierEvent is told to skip
  // it (prisma/migrations/20261206100000_portal_sync_trigger), else every seeded step would queue two messages. The
  // setting is local to the statement's own transaction, so it never reaches another statement.
  // Dossiers likewise skip the daily-rollup trigger: seedDemoWorld rebuilds the rollups once at the end.
  const quiet = table === "DossierEvent" || table === "Dossier";
  const setting = table === "Dossier" ? "motcua.rollups" : "motcua.portal_sync";
  return db.$executeRawUnsafe(
    `${quiet ? `WITH quiet AS (SELECT set_config('${setting}', 'off', true)) ` : ""}` +
      `INSERT INTO "${table}" (${names}) SELECT ${names} FROM json_to_recordset($1::json) AS r(${definitions})` +
      `${quiet ? " CROSS JOIN quiet" : ""}`,
    JSON.stringify(rows),
  );
}
