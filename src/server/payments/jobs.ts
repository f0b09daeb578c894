// The reconciliation job on pg-boss: the worker QUERYs pending attempts every 10 minutes (PAYMENT_RECONCILE_CRON,
// Asia/Ho_Chi_Minh). One run at a time (singleton); a failed run is simply the next one's work.
import type { PgBoss } from "pg-boss";
import { VIETNAM_TIME_ZONE } from "@/domain/calendar";
import type { PaymentContext } from "./context";
import { reconcilePendingPayments } from "./reconcile";
import { platformConfig } from "./settings";

export const PAYMENT_RECONCILE_QUEUE = "payment.reconcile";

const log = (message: string) => console.log(`[payments] ${message}`);

/** Registers the job on a started worker's pg-boss (src/server/notifications/worker.ts) and schedules it. */
export async function startPaymentJobs(
  boss: PgBoss,
  ctx: PaymentContext,
  { schedule = true, pollingIntervalSeconds = 2 }: { schedule?: boolean; pollingIntervalSeconds?: number } = {},
): Promise<void> {
  if (!platformConfig(ctx.settings)) {
    log("online payment is not configured (PAYMENT_PLATFORM_URL): no reconciliation");
    return;
  }
  if (!(await boss.getQueue(PAYMENT_RECONCILE_QUEUE)))
    await boss.createQueue(PAYMENT_RECONCILE_QUEUE, { policy: "singleton", retryLimit: 2, retryDelay: 60 });
  await boss.work(PAYMENT_RECONCILE_QUEUE, { pollingIntervalSeconds }, async () => {
    const run = await reconcilePendingPayments(new Date(), ctx);
    if (run.queried > 0 || run.receipts > 0)
      log(`reconciliation: ${run.queried} attempts queried ${JSON.stringify(run.outcomes)}, ${run.receipts} receipts`);
  });
  if (schedule)
    await boss.schedule(PAYMENT_RECONCILE_QUEUE, ctx.settings.PAYMENT_RECONCILE_CRON, null, { tz: VIETNAM_TIME_ZONE });
}
