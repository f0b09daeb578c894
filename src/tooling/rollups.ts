// `npm run rollups -- rebuild [--unit CODE]`: recomputes the daily rollups ("DossierDailyRollup") from the dossier
// table of the DATABASE_URL database, all units or one (by its code), in one transaction (docs/rollups.md).
import { parseArgs } from "node:util";
import { createPrismaClient } from "@/server/db/client";
import { rebuildRollups } from "@/server/rollups/rebuild";

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { unit: { type: "string" } } });
  if (positionals[0] !== "rebuild" || positionals.length !== 1) {
    throw new Error("Usage: npm run rollups -- rebuild [--unit CODE]");
  }
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set (postgresql://…)");
  const db = createPrismaClient(url, { poolSize: 2 });
  try {
    let unitId: string | null = null;
    if (values.unit !== undefined) {
      const unit = await db.administrativeUnit.findUnique({ where: { code: values.unit }, select: { id: true } });
      if (!unit) throw new Error(`No unit has the code "${values.unit}"`);
      unitId = unit.id;
    }
    const result = await rebuildRollups(db, { unitId });
    console.log(
      `Rollups rebuilt${values.unit ? ` for unit ${values.unit}` : ""}: ${result.rows.toLocaleString("en")} rows in ${(result.elapsedMs / 1000).toFixed(1)} s`,
    );
  } finally {
    await db.$disconnect();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});
