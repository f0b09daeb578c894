// The postal outbox's queues (pg-boss, schema "pgboss", shared with the notifications): one job per order to send,
// a dead-letter queue whose worker marks the order FAILED, and a scheduled poll of the post for delivered parcels.
// Jobs carry the shipment id only: no address in the queue tables.
import type { PgBoss } from "pg-boss";

export const POSTAL_ORDER_QUEUE = "postal.order";
export const POSTAL_ORDER_DEAD_LETTER_QUEUE = "postal.order.dead";
export const POSTAL_TRACK_QUEUE = "postal.track";
/** Every 15 minutes, Asia/Ho_Chi_Minh. */
export const POSTAL_TRACK_CRON = "*/15 * * * *";

export interface PostalOrderJob {
  shipmentId: string;
  /** Which request of the shipment (its requestedAt, ISO): a late dead letter of an earlier one must not fail it. */
  requestedAt: string;
}

export interface PostalRetry {
  retryLimit: number;
  retryDelaySeconds: number;
}

/** About 30 s doubling to an hour: ten tries cover a postal outage of several hours. */
export const POSTAL_RETRY: PostalRetry = { retryLimit: 10, retryDelaySeconds: 30 };

/** Creates the queues if missing; with `apply`, sets the order queue's retry policy (the worker owns it). */
export async function ensurePostalQueues(
  boss: PgBoss,
  retry: PostalRetry = POSTAL_RETRY,
  { apply = false } = {},
): Promise<void> {
  const policy = {
    retryLimit: retry.retryLimit,
    retryDelay: retry.retryDelaySeconds,
    retryBackoff: true,
    retryDelayMax: 3600,
    deadLetter: POSTAL_ORDER_DEAD_LETTER_QUEUE,
  };
  if (!(await boss.getQueue(POSTAL_ORDER_DEAD_LETTER_QUEUE)))
    await boss.createQueue(POSTAL_ORDER_DEAD_LETTER_QUEUE, { retryLimit: 3, retryDelay: 5 });
  if (!(await boss.getQueue(POSTAL_ORDER_QUEUE))) await boss.createQueue(POSTAL_ORDER_QUEUE, policy);
  else if (apply) await boss.updateQueue(POSTAL_ORDER_QUEUE, policy);
  if (!(await boss.getQueue(POSTAL_TRACK_QUEUE)))
    await boss.createQueue(POSTAL_TRACK_QUEUE, { policy: "singleton", retryLimit: 1, retryDelay: 60 });
}
