// The postal worker: sends orders from the outbox with retries and backoff, marks FAILED what runs out of retries
// (dead-letter queue), and polls the post for delivered parcels every 15 minutes. Started by `npm run worker`, the
// demo and the e2e server next to the notification worker.
import type { JobResult, JobWithMetadata, PgBoss } from "pg-boss";
import { VIETNAM_TIME_ZONE } from "@/domain/calendar";
import { createPrismaClient } from "@/server/db/client";
import { createBoss } from "@/server/notifications/queue";
import {
  ensurePostalQueues,
  POSTAL_ORDER_DEAD_LETTER_QUEUE,
  POSTAL_ORDER_QUEUE,
  POSTAL_RETRY,
  POSTAL_TRACK_CRON,
  POSTAL_TRACK_QUEUE,
  type PostalOrderJob,
  type PostalRetry,
} from "./queue";
import { markOrderFailed, sendOrder, trackShipments } from "./send";
import { postalSettings, type PostalSettings } from "./settings";

export interface PostalWorkerOptions {
  databaseUrl: string;
  settings?: PostalSettings;
  retry?: Partial<PostalRetry>;
  pollingIntervalSeconds?: number;
  /** Schedule the delivery poll (default true). */
  schedule?: boolean;
}

export interface PostalWorker {
  boss: PgBoss;
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

const log = (message: string) => console.log(`[postal] ${message}`);

export async function startPostalWorker(options: PostalWorkerOptions): Promise<PostalWorker> {
  const settings = options.settings ?? postalSettings();
  const db = createPrismaClient(options.databaseUrl, { poolSize: 2 });
  const boss = createBoss(options.databaseUrl, "worker", 4);
  await boss.start();
  await ensurePostalQueues(boss, { ...POSTAL_RETRY, ...options.retry }, { apply: true });
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };

  await boss.work(
    POSTAL_ORDER_QUEUE,
    { ...polling, batchSize: 5, includeMetadata: true, perJobResults: true },
    async (jobs: JobWithMetadata<PostalOrderJob>[]) => {
      const results: JobResult[] = [];
      for (const job of jobs) {
        try {
          const outcome = await sendOrder(db, settings, job.data.shipmentId, {
            finalAttempt: job.retryCount >= job.retryLimit,
          });
          if (outcome.kind === "retry")
            results.push({ id: job.id, status: "failed", output: { error: outcome.error } });
          // "failed" is already marked FAILED by sendOrder: nothing is left for the dead-letter queue to do.
          else results.push({ id: job.id, status: "completed" });
        } catch (error) {
          // The database itself failed: leave the row and let the queue retry.
          results.push({ id: job.id, status: "failed", output: { error: String(error).slice(0, 300) } });
        }
      }
      return results;
    },
  );
  // Ran out of retries (or expired on the last one): FAILED, unless it was accepted or marked meanwhile.
  await boss.work<PostalOrderJob>(POSTAL_ORDER_DEAD_LETTER_QUEUE, { ...polling, batchSize: 20 }, async (jobs) => {
    for (const job of jobs)
      await markOrderFailed(
        db,
        job.data.shipmentId,
        "Hết số lần thử gửi lại.",
        new Date(),
        new Date(job.data.requestedAt),
      );
  });
  await boss.work(POSTAL_TRACK_QUEUE, polling, async () => {
    const run = await trackShipments(db, settings);
    if (run.delivered > 0) log(`${run.delivered} parcels delivered`);
  });
  if (options.schedule ?? true)
    await boss.schedule(POSTAL_TRACK_QUEUE, POSTAL_TRACK_CRON, null, { tz: VIETNAM_TIME_ZONE });

  let stopped = false;
  return {
    boss,
    async stop({ timeoutMs = 30_000 } = {}) {
      if (stopped) return;
      stopped = true;
      await boss.stop({ graceful: true, timeout: timeoutMs });
      await db.$disconnect();
    },
  };
}
