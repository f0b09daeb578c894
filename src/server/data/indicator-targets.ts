import "server-only";
// Yearly targets of the headline indicators (one Setting row per year, key "indicatorTargets:<year>", JSON of shares
// 0–1 by indicator id; src/domain/metrics/targets.ts). Global for every unit: per-unit targets are not built yet.
import { targetsOf, type IndicatorTargets } from "@/domain/metrics";
import { recordAudit } from "@/server/data/audit";
import { db, Prisma } from "@/server/db";

export const targetKey = (year: number) => `indicatorTargets:${year}`;

export async function loadIndicatorTargets(year: number, client: Pick<typeof db, "setting"> = db): Promise<IndicatorTargets> {
  const row = await client.setting.findUnique({ where: { key: targetKey(year) } });
  return row ? targetsOf(row.value) : {};
}

/** Stores a year's targets (replacing the year's previous ones) in one transaction with its audit row (before, after). */
export async function saveIndicatorTargets(year: number, targets: IndicatorTargets, actorId: string): Promise<void> {
  await db.$transaction(async (tx) => {
    const before = await loadIndicatorTargets(year, tx);
    const value = targets as Prisma.InputJsonValue;
    await tx.setting.upsert({
      where: { key: targetKey(year) },
      create: { key: targetKey(year), value, updatedBy: actorId },
      update: { value, updatedBy: actorId },
    });
    await recordAudit(
      {
        actorId,
        action: "indicator_target.set",
        entity: "Setting",
        entityId: targetKey(year),
        detail: { year, before: before as Prisma.InputJsonValue, after: value },
      },
      tx,
    );
  });
}
