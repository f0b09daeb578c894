// The demo world's history (src/tooling/demo-world) is written as rows, so the DossierEvent trigger queues every step
// of a year and more for the portal. For the demo that past counts as already on the portal: its rows are marked
// SYNCED (syncedAt = when they were queued), leaving today's work for the worker to push live. Never used on real data.
import type { PrismaClient } from "@/server/db/client";

export const DEMO_HISTORY_ANSWER = { error_code: "0", message: "Dữ liệu mẫu: coi như đã đồng bộ" };

export async function markDemoHistorySynced(db: Pick<PrismaClient, "$executeRaw">, before: Date): Promise<number> {
  return db.$executeRaw`
    UPDATE "PortalSyncMessage"
    SET status = 'SYNCED', "syncedAt" = "createdAt", answer = ${JSON.stringify(DEMO_HISTORY_ANSWER)}::jsonb
    WHERE status = 'PENDING' AND "createdAt" < ${before}`;
}
