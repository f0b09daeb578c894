// `npm run worker` (package.json: "worker": "tsx src/tooling/worker.ts"): the notification worker as its own
// process, for production. Reads DATABASE_URL and the NOTIFY_* / SMTP_* / SMS_GATEWAY_* settings. On SIGTERM/SIGINT it
// stops fetching, lets deliveries in flight finish (up to 25 s, inside the usual 30 s grace of systemd/Kubernetes)
// and exits; an interrupted delivery is simply retried by the next worker, and providers deduplicate on its id.
import { notificationSettings } from "@/server/notifications/settings";
import { startNotificationWorker } from "@/server/notifications/worker";
import { startPostalWorker } from "@/server/postal/worker";
import { startPaymentJobs } from "@/server/payments/jobs";
import { paymentSettings } from "@/server/payments/settings";
import { startPortalJobs } from "@/server/national-portal/jobs";
import { portalSettings } from "@/server/national-portal/settings";

async function main() {
  const settings = notificationSettings();
  if (!settings.DATABASE_URL) throw new Error("DATABASE_URL is not set");
  const worker = await startNotificationWorker({ databaseUrl: settings.DATABASE_URL, settings });
  // The postal outbox (orders to the public postal service) runs in the same process.
  const postal = await startPostalWorker({ databaseUrl: settings.DATABASE_URL });
  console.log(`[postal] worker started: endpoint ${process.env.POSTAL_ENDPOINT_URL ?? "not configured"}`);
  // Payment reconciliation (QUERY of attempts still pending) on the same queue (PAYMENT_* settings).
  await startPaymentJobs(worker.boss, { db: worker.db, settings: paymentSettings() });
  // The national portal (NATIONAL_PORTAL_* settings): the outbox sender every minute, the pull every 5 minutes.
  await startPortalJobs(worker.boss, { db: worker.db, settings: portalSettings() });
  console.log(
    `[notifications] worker started: concurrency ${settings.NOTIFY_WORKER_CONCURRENCY}, channels ${settings.NOTIFY_CHANNELS.join("+") || "none"}, ` +
      `e-mail via ${settings.NOTIFY_EMAIL_PROVIDER}, SMS via ${settings.NOTIFY_SMS_PROVIDER}`,
  );
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    console.log(`[notifications] ${signal}: finishing deliveries in flight…`);
    try {
      await Promise.all([worker.stop({ timeoutMs: 25_000 }), postal.stop({ timeoutMs: 25_000 })]);
      process.exit(0);
    } catch (error) {
      console.error("[notifications] stop failed:", error instanceof Error ? error.message : error);
      process.exit(1);
    }
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));
}

main().catch((error: unknown) => {
  console.error("[notifications] could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
