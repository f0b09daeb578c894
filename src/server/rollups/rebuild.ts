// Rebuilding the daily rollups from the source tables (docs/rollups.md): after a bulk load that switched the trigger
// off (SET LOCAL motcua.rollups = 'off'), after restoring a backup, or to check them. The work is the database
// functions motcua_rebuild_rollups (migrations 20261207140000_daily_rollups, 20261208110000_rollup_766_counters),
// the same contribution function the trigger uses, and motcua_rebuild_satisfaction_rollups
// (20261208120000_satisfaction_rollups), run in one transaction that holds writers of "Dossier" and "Rating" back;
// before them, every dossier's apology verdict judged again (src/server/dossiers/apology-verdict.ts).
import type { PrismaClient } from "@/generated/prisma/client";
import { refreshApologyVerdicts } from "@/server/dossiers/apology-verdict";

export interface RebuildResult {
  /** The unit rebuilt, or null for all of them. */
  unitId: string | null;
  rows: number;
  elapsedMs: number;
}

/** Recomputes every rollup row, or only those of one unit (as deciding or receiving unit), from "Dossier". */
export async function rebuildRollups(
  db: Pick<PrismaClient, "$transaction">,
  options: { unitId?: string | null } = {},
): Promise<RebuildResult> {
  const started = performance.now();
  const unitId = options.unitId ?? null;
  const rows = await db.$transaction(
    async (tx) => {
      // JIT compiles the whole-table aggregate for tens of seconds on a cold server and gains nothing here.
      await tx.$executeRawUnsafe("SET LOCAL jit = off");
      // The apology verdicts first (they need the calendar, so the application judges them): the rebuild counts them.
      // Their writes need not move the rollups one by one: the rebuild recomputes them just after.
      const [setting] = await tx.$queryRaw<
        { value: string }[]
      >`SELECT coalesce(current_setting('motcua.rollups', true), '') AS value`;
      await tx.$executeRawUnsafe("SET LOCAL motcua.rollups = 'off'");
      await refreshApologyVerdicts(tx, { unitId });
      await tx.$queryRaw`SELECT set_config('motcua.rollups', ${setting?.value ?? ""}, true)`;
      const [row] = await tx.$queryRaw<{ rows: bigint }[]>`SELECT motcua_rebuild_rollups(${unitId}::text) AS rows`;
      // The satisfaction rollups (answers by score, each rating's own scores) of the same unit's ratings, or all.
      const [ratings] = await tx.$queryRaw<
        { rows: bigint }[]
      >`SELECT motcua_rebuild_satisfaction_rollups(${unitId}::text) AS rows`;
      return Number(row?.rows ?? 0) + Number(ratings?.rows ?? 0);
    },
    { maxWait: 60_000, timeout: 3_600_000 },
  );
  return { unitId, rows, elapsedMs: performance.now() - started };
}
