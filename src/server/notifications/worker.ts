// The notification worker: pg-boss on the application's database (schema "pgboss"). It delivers outbox rows with
// retries and exponential backoff, marks them FAILED when the retries run out (dead-letter queue), and runs the
// heads' daily digest (07:00 Asia/Ho_Chi_Minh) and the apology-due alerts on a schedule. It also purges expired
// rate-limit rows every hour (src/server/rate-limit-purge.ts), the one scheduled housekeeping job of the app.
import type { JobResult, JobWithMetadata, PgBoss } from "pg-boss";
import { VIETNAM_TIME_ZONE } from "@/domain/calendar";
import { createPrismaClient, type PrismaClient } from "@/server/db/client";
import { purgeExpiredRateLimits } from "@/server/rate-limit-purge";
import { deliverNotification, markFailed, safeErrorMessage } from "./deliver";
import { sendApologyDueAlerts, sendDailyDigests } from "./digest";
import { providersFromSettings, type Providers } from "./providers";
import {
  APOLOGY_ALERT_QUEUE,
  DEFAULT_RETRY,
  DELIVER_DEAD_LETTER_QUEUE,
  DELIVER_QUEUE,
  DIGEST_QUEUE,
  createBoss,
  ensureQueues,
  lendBossAsProducer,
  type DeliverJob,
  type RetryPolicy,
} from "./queue";
import { notificationSettings, type NotificationSettings } from "./settings";

export interface NotificationWorkerOptions {
  databaseUrl: string;
  /** Deliveries in flight at once (default NOTIFY_WORKER_CONCURRENCY, 10). */
  concurrency?: number;
  /** Replace a channel's provider (tests); the others come from the settings. */
  providers?: Partial<Providers>;
  /** Retry policy of the delivery queue, applied to jobs enqueued from now on. */
  retry?: Partial<RetryPolicy>;
  /** Seconds a delivery may run before pg-boss considers its worker dead and retries it (default 120). */
  expireInSeconds?: number;
  /** How often an idle worker looks for jobs (default 2 s; minimum 0.5). */
  pollingIntervalSeconds?: number;
  /** Schedule the digest and alerts (default true). */
  schedule?: boolean;
  settings?: NotificationSettings;
  /** pg-boss maintenance cadence (tests shorten it so expired jobs come back quickly). */
  superviseIntervalSeconds?: number;
}

export interface NotificationWorker {
  boss: PgBoss;
  db: PrismaClient;
  /** Graceful: stops fetching, lets deliveries in flight finish (up to timeoutMs), then closes connections. */
  stop(options?: { timeoutMs?: number }): Promise<void>;
}

const log = (message: string) => console.log(`[notifications] ${message}`);

/** Cron times, Asia/Ho_Chi_Minh. The digest skips non-working days itself (holidays are calendar data). */
export const DIGEST_CRON = "0 7 * * *";
export const APOLOGY_ALERT_CRON = "5 7,13 * * *";
/** Expired rate-limit rows are deleted every hour. */
export const RATE_LIMIT_PURGE_QUEUE = "maintenance.rate-limit-purge";
export const RATE_LIMIT_PURGE_CRON = "17 * * * *";

export async function startNotificationWorker(options: NotificationWorkerOptions): Promise<NotificationWorker> {
  const settings = options.settings ?? notificationSettings();
  const concurrency = Math.max(1, options.concurrency ?? settings.NOTIFY_WORKER_CONCURRENCY);
  const retry: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  // Prisma only for the digest and the dead-letter queue; small, as the embedded database answers one query at a time.
  const db = createPrismaClient(options.databaseUrl, { poolSize: 2 });

  // Deliveries run on pg-boss's pool: one connection per delivery in flight, plus the fetch loops and maintenance.
  const boss = createBoss(
    options.databaseUrl,
    "worker",
    Math.min(30, concurrency + 4),
    options.superviseIntervalSeconds
      ? {
          superviseIntervalSeconds: options.superviseIntervalSeconds,
          monitorIntervalSeconds: options.superviseIntervalSeconds,
        }
      : {},
  );
  await boss.start();
  const sql = boss.getDb();
  const providers: Providers = { ...providersFromSettings(sql, settings), ...options.providers };
  await ensureQueues(boss, retry, { apply: true });
  await boss.updateQueue(DELIVER_QUEUE, { expireInSeconds: options.expireInSeconds ?? 120 });
  // Outbox writes from this process reuse this instance instead of starting another.
  const releaseProducer = lendBossAsProducer(options.databaseUrl, boss);

  // Few fetch loops, each taking a batch and delivering it in parallel: a loop that finds a full batch fetches
  // again at once, so a backlog drains at full speed while an idle queue is polled every few seconds.
  const loops = concurrency >= 8 ? 4 : concurrency >= 4 ? 2 : 1;
  const batchSize = Math.max(2, Math.ceil(concurrency / loops));
  const parallel = concurrency === 1 ? 1 : batchSize;
  const polling = { pollingIntervalSeconds: options.pollingIntervalSeconds ?? 2 };

  const deliverOne = async (job: JobWithMetadata<DeliverJob>): Promise<JobResult> => {
    const finalAttempt = job.retryCount >= job.retryLimit;
    try {
      const outcome = await deliverNotification(sql, providers, job.data.notificationId, { finalAttempt });
      switch (outcome.kind) {
        case "sent":
        case "skipped":
          return { id: job.id, status: "completed" };
        case "failed":
          // Straight to the dead-letter queue: retrying cannot help, or there are no retries left.
          return { id: job.id, status: "deadletter", output: { error: outcome.error } };
        case "retry":
          return { id: job.id, status: "failed", output: { error: outcome.error } };
      }
    } catch (error) {
      // The database itself failed (connection lost…): leave the row as it is and let the queue retry.
      return { id: job.id, status: "failed", output: { error: safeErrorMessage(error) } };
    }
  };

  await boss.work(
    DELIVER_QUEUE,
    {
      pollingIntervalSeconds: polling.pollingIntervalSeconds,
      localConcurrency: loops,
      batchSize,
      burstWhenBatchFull: true,
      includeMetadata: true,
      perJobResults: true,
    },
    async (jobs: JobWithMetadata<DeliverJob>[]) => {
      const results: JobResult[] = [];
      for (let start = 0; start < jobs.length; start += parallel) {
        results.push(...(await Promise.all(jobs.slice(start, start + parallel).map(deliverOne))));
      }
      return results;
    },
  );

  // Whatever reaches the dead-letter queue ran out of retries (or expired on its last one): it is FAILED.
  await boss.work<DeliverJob>(DELIVER_DEAD_LETTER_QUEUE, { ...polling, batchSize: 20 }, async (jobs) => {
    for (const job of jobs) await markFailed(db, job.data.notificationId, "Hết số lần thử gửi lại.");
  });

  await boss.work(DIGEST_QUEUE, polling, async () => {
    const run = await sendDailyDigests(db, new Date(), { settings, boss });
    log(`daily digest: ${run.notifications} messages for ${run.offices} offices`);
  });
  await boss.work(APOLOGY_ALERT_QUEUE, polling, async () => {
    const run = await sendApologyDueAlerts(db, new Date(), { settings, boss });
    if (run.notifications > 0) log(`apology-due alerts: ${run.notifications} messages`);
  });
  if (!(await boss.getQueue(RATE_LIMIT_PURGE_QUEUE))) {
    await boss.createQueue(RATE_LIMIT_PURGE_QUEUE, { policy: "singleton", retryLimit: 2, retryDelay: 60 });
  }
  await boss.work(RATE_LIMIT_PURGE_QUEUE, polling, async () => {
    const purged = await purgeExpiredRateLimits(db);
    if (purged > 0) log(`rate limits: ${purged} expired rows purged`);
  });
  if (options.schedule ?? true) {
    await boss.schedule(RATE_LIMIT_PURGE_QUEUE, RATE_LIMIT_PURGE_CRON, null, { tz: VIETNAM_TIME_ZONE });
    await boss.schedule(DIGEST_QUEUE, DIGEST_CRON, null, { tz: VIETNAM_TIME_ZONE });
    await boss.schedule(APOLOGY_ALERT_QUEUE, APOLOGY_ALERT_CRON, null, { tz: VIETNAM_TIME_ZONE });
  }

  let stopped = false;
  return {
    boss,
    db,
    async stop({ timeoutMs = 30_000 } = {}) {
      if (stopped) return;
      stopped = true;
      releaseProducer();
      await boss.stop({ graceful: true, timeout: timeoutMs });
      await db.$disconnect();
    },
  };
}

export type { Providers } from "./providers";
