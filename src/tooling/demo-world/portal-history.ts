// The demo world (src/tooling/demo-world) writes its history with the outbox trigger switched off (motcua.portal_sync =
// 'off'), so a fresh demo has no PortalSyncMessage rows and the coverage screen would show nothing synced. After the
// demo is up, its past is recorded as already on the portal: one DOSSIER row per dossier and one PROGRESS row per
// progress step, SYNCED (syncedAt = the event's time, answer "Dữ liệu mẫu: coi như đã đồng bộ") when the event is
// before today, PENDING when it is today's, so the worker pushes today's work live to the stand-in. One month of
// dossiers per statement, so the embedded database's single session keeps answering the web server in between.
// Only when the outbox is empty (a first start); never used on real data.
import type { PrismaClient } from "@/server/db/client";

export const DEMO_HISTORY_ANSWER = { error_code: "0", message: "Dữ liệu mẫu: coi như đã đồng bộ" };

type Db = Pick<PrismaClient, "$executeRaw" | "$queryRaw" | "portalSyncMessage">;

export async function backfillDemoHistory(
  db: Db,
  today: Date,
  { onlyIfEmpty = true }: { onlyIfEmpty?: boolean } = {},
): Promise<{ dossiers: number; steps: number }> {
  const done = { dossiers: 0, steps: 0 };
  if (onlyIfEmpty && (await db.portalSyncMessage.findFirst({ select: { id: true } }))) return done;
  const months = await db.$queryRaw<{ month: Date }[]>`
    SELECT DISTINCT date_trunc('month', "submittedAt") AS month FROM "Dossier" ORDER BY 1`;
  const answer = JSON.stringify(DEMO_HISTORY_ANSWER);
  for (const { month } of months) {
    const end = new Date(Date.UTC(month.getUTCFullYear(), month.getUTCMonth() + 1, 1));
    // The dossier object first (its id before its steps': a step waits for it when both are today's).
    done.dossiers += await db.$executeRaw`
      INSERT INTO "PortalSyncMessage" ("kind", "dossierId", "eventId", "status", "nextAttemptAt", "answer", "createdAt", "syncedAt")
      SELECT 'DOSSIER', l."dossierId", l.id,
        (CASE WHEN l.at < ${today} THEN 'SYNCED' ELSE 'PENDING' END)::"PortalSyncStatus", now(),
        CASE WHEN l.at < ${today} THEN ${answer}::jsonb END, l.at, CASE WHEN l.at < ${today} THEN l.at END
      FROM (
        SELECT DISTINCT ON (e."dossierId") e."dossierId", e.id, e.at
        FROM "DossierEvent" e JOIN "Dossier" d ON d.id = e."dossierId"
        WHERE d."submittedAt" >= ${month} AND d."submittedAt" < ${end}
          AND e.type = ANY (motcua_portal_progress_event_types())
        ORDER BY e."dossierId", e.id DESC
      ) l
      ON CONFLICT ("kind", "eventId") DO NOTHING`;
    done.steps += await db.$executeRaw`
      INSERT INTO "PortalSyncMessage" ("kind", "dossierId", "eventId", "status", "nextAttemptAt", "answer", "createdAt", "syncedAt")
      SELECT 'PROGRESS', e."dossierId", e.id,
        (CASE WHEN e.at < ${today} THEN 'SYNCED' ELSE 'PENDING' END)::"PortalSyncStatus", now(),
        CASE WHEN e.at < ${today} THEN ${answer}::jsonb END, e.at, CASE WHEN e.at < ${today} THEN e.at END
      FROM "DossierEvent" e JOIN "Dossier" d ON d.id = e."dossierId"
      WHERE d."submittedAt" >= ${month} AND d."submittedAt" < ${end}
        AND e.type = ANY (motcua_portal_progress_event_types())
      ORDER BY e.id
      ON CONFLICT ("kind", "eventId") DO NOTHING`;
  }
  return done;
}
