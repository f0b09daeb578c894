// The national portal's jobs on pg-boss (the worker's queue, src/server/notifications/worker.ts): the outbox sender
// every minute and the pull of dossiers filed on the portal every 5 minutes (Asia/Ho_Chi_Minh). One run of each at a
// time (singleton queues); what a run leaves (a portal down, a retry not yet due) is the next run's work, so a crash
// or a restart loses nothing: the state lives in PortalSyncMessage rows, not in the jobs.
import { createRequire } from "node:module";
import type { PgBoss } from "pg-boss";
import { VIETNAM_TIME_ZONE } from "@/domain/calendar";
import type { PrismaClient } from "@/server/db/client";
import type { PortalSettings } from "./settings";
import { runPortalSync } from "./sync";

export const PORTAL_SYNC_QUEUE = "national-portal.sync";
export const PORTAL_PULL_QUEUE = "national-portal.pull";
export const PORTAL_SYNC_CRON = "* * * * *";
export const PORTAL_PULL_CRON = "*/5 * * * *";

const log = (message: string) => console.log(`[national portal] ${message}`);

export interface PortalJobContext {
  db: PrismaClient;
  settings: PortalSettings;
}

/**
 * The pull writes through the app's server modules (dossier codes, files, audit), which carry the "server-only"
 * marker; the worker runs them outside Next.js, where that marker would throw, so it stands in for it with an empty
 * module, as the tests do (tests/support/server-only-stub.ts).
 */
async function loadPull() {
  const require = createRequire(import.meta.url);
  try {
    const marker = require.resolve("server-only");
    require.cache[marker] ??= { id: marker, filename: marker, loaded: true, exports: {} } as NodeJS.Module;
  } catch {
    // not resolvable here (bundled): the marker is already harmless
  }
  return import("./pull");
}

export async function startPortalJobs(
  boss: PgBoss,
  ctx: PortalJobContext,
  { schedule = true, pollingIntervalSeconds = 2 }: { schedule?: boolean; pollingIntervalSeconds?: number } = {},
): Promise<void> {
  if (!ctx.settings.NATIONAL_PORTAL_URL) {
    log("not configured (NATIONAL_PORTAL_URL): the outbox keeps every dossier and step until it is");
    return;
  }
  for (const queue of [PORTAL_SYNC_QUEUE, PORTAL_PULL_QUEUE])
    if (!(await boss.getQueue(queue)))
      await boss.createQueue(queue, { policy: "singleton", retryLimit: 1, retryDelay: 30 });
  await boss.work(PORTAL_SYNC_QUEUE, { pollingIntervalSeconds }, async () => {
    const run = await runPortalSync({ db: ctx.db, settings: ctx.settings });
    if (run.requests > 0)
      log(`sync: ${run.dossiers} dossiers, ${run.steps} steps synced; ${run.retried} to retry, ${run.failed} failed`);
  });
  await boss.work(PORTAL_PULL_QUEUE, { pollingIntervalSeconds }, async () => {
    const { pullFiledDossiers } = await loadPull();
    const run = await pullFiledDossiers({ db: ctx.db, settings: ctx.settings });
    if (run.error) log(`pull: ${run.error}`);
    else if (run.created.length > 0 || run.skipped.length > 0)
      log(`pull: ${run.created.length} new (${run.created.join(", ")}), ${run.skipped.length} skipped`);
  });
  if (schedule) {
    await boss.schedule(PORTAL_SYNC_QUEUE, PORTAL_SYNC_CRON, null, { tz: VIETNAM_TIME_ZONE });
    await boss.schedule(PORTAL_PULL_QUEUE, PORTAL_PULL_CRON, null, { tz: VIETNAM_TIME_ZONE });
  }
  log(`sync every minute and pull every 5 minutes from ${ctx.settings.NATIONAL_PORTAL_URL}`);
}
