// The job queue behind the outbox: pg-boss in its own schema ("pgboss") of the application's database, so a job can
// be inserted in the same transaction as the Notification row it delivers. Jobs carry only the notification id —
// never an address or a text — so the queue tables hold no personal data.
import { PgBoss, type ConstructorOptions } from "pg-boss";

export const PGBOSS_SCHEMA = "pgboss";
/** One job per Notification row. */
export const DELIVER_QUEUE = "notification.deliver";
/** Jobs that used up their retries land here; its worker marks the notification FAILED. */
export const DELIVER_DEAD_LETTER_QUEUE = "notification.deliver.dead";
/** Daily digest for heads of office (07:00 Asia/Ho_Chi_Minh). */
export const DIGEST_QUEUE = "notification.digest";
/** "Phải ban hành phiếu xin lỗi" alerts. */
export const APOLOGY_ALERT_QUEUE = "notification.apology-due";

export interface DeliverJob {
  notificationId: string;
}

export interface RetryPolicy {
  retryLimit: number;
  retryDelaySeconds: number;
  retryBackoff: boolean;
  retryDelayMaxSeconds?: number;
}

/** About 30 s, 1, 2, 4 … min, capped at 1 h: eight retries cover a provider outage of a few hours. */
export const DEFAULT_RETRY: RetryPolicy = {
  retryLimit: 8,
  retryDelaySeconds: 30,
  retryBackoff: true,
  retryDelayMaxSeconds: 3600,
};

const log = (message: string) => console.error(`[notifications] ${message}`);

export function createBoss(
  databaseUrl: string,
  role: "producer" | "worker",
  poolSize: number,
  extra: Partial<ConstructorOptions> = {},
): PgBoss {
  const boss = new PgBoss({
    ...extra,
    connectionString: databaseUrl,
    schema: PGBOSS_SCHEMA,
    application_name: `motcua-notify-${role}`,
    max: poolSize,
    // A producer only inserts jobs (through the caller's transaction); maintenance and cron belong to the worker.
    ...(role === "producer"
      ? { supervise: false, schedule: false, registerInstance: false }
      : { instanceName: "motcua-notification-worker" }),
  });
  // Without a listener an 'error' event would crash the process; connection losses are expected and retried.
  boss.on("error", (error: Error) => log(`pg-boss (${role}): ${error.message}`));
  return boss;
}

const queueOptions = (retry: RetryPolicy) => ({
  retryLimit: retry.retryLimit,
  retryDelay: retry.retryDelaySeconds,
  retryBackoff: retry.retryBackoff,
  // pg-boss accepts a maximum delay only with backoff
  ...(retry.retryBackoff && retry.retryDelayMaxSeconds !== undefined
    ? { retryDelayMax: retry.retryDelayMaxSeconds }
    : {}),
});

/**
 * Creates the queues if missing. With `apply`, also sets the delivery queue's retry policy (the worker owns it;
 * jobs copy it when inserted, so a producer never overrides what the worker configured).
 */
export async function ensureQueues(
  boss: PgBoss,
  retry: RetryPolicy = DEFAULT_RETRY,
  { apply = false } = {},
): Promise<void> {
  if (!(await boss.getQueue(DELIVER_DEAD_LETTER_QUEUE)))
    await boss.createQueue(DELIVER_DEAD_LETTER_QUEUE, { retryLimit: 3, retryDelay: 5 });
  if (!(await boss.getQueue(DELIVER_QUEUE)))
    await boss.createQueue(DELIVER_QUEUE, { ...queueOptions(retry), deadLetter: DELIVER_DEAD_LETTER_QUEUE });
  else if (apply) {
    await boss.updateQueue(DELIVER_QUEUE, {
      retryDelayMax: null,
      ...queueOptions(retry),
      deadLetter: DELIVER_DEAD_LETTER_QUEUE,
    });
  }
  // One digest / alert run at a time is enough; a missed run is simply the next day's.
  for (const name of [DIGEST_QUEUE, APOLOGY_ALERT_QUEUE]) {
    if (!(await boss.getQueue(name)))
      await boss.createQueue(name, { policy: "singleton", retryLimit: 2, retryDelay: 60 });
  }
}

// One started producer per database URL and process; a worker in the same process lends its own instance.
const globalForQueue = globalThis as unknown as { motcuaNotifyProducers?: Map<string, Promise<PgBoss>> };
const producers = (globalForQueue.motcuaNotifyProducers ??= new Map());
const ownProducers = new Map<Promise<PgBoss>, () => Promise<void>>();

export function lendBossAsProducer(databaseUrl: string, boss: PgBoss): () => void {
  const entry = Promise.resolve(boss);
  producers.set(databaseUrl, entry);
  return () => {
    if (producers.get(databaseUrl) === entry) producers.delete(databaseUrl);
  };
}

/**
 * The process's producer for this database, started (and the queues created) on first use. It starts on a pool of
 * its own; on the embedded database (one connection at a time while a transaction is open) start it before the
 * first transaction — see startNotificationProducer.
 */
export function getProducer(databaseUrl: string): Promise<PgBoss> {
  let producer = producers.get(databaseUrl);
  if (!producer) {
    const boss = createBoss(databaseUrl, "producer", 2);
    const started: Promise<PgBoss> = (async () => {
      await boss.start();
      await ensureQueues(boss);
      return boss;
    })();
    producer = started;
    producers.set(databaseUrl, started);
    ownProducers.set(started, () => boss.stop({ graceful: false, timeout: 1000 }).catch(() => undefined));
    // A failed start must not stick: the next transition tries again.
    started.catch(() => {
      producers.delete(databaseUrl);
      void ownProducers.get(started)?.();
      ownProducers.delete(started);
    });
  }
  return producer;
}

/** Stops the producers this process started (tests, tooling, graceful shutdown). */
export async function stopProducers(): Promise<void> {
  const started = [...ownProducers.entries()];
  ownProducers.clear();
  for (const [url, producer] of producers) if (started.some(([entry]) => entry === producer)) producers.delete(url);
  await Promise.all(started.map(([, stop]) => stop()));
}
