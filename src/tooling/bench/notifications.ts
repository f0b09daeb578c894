// Notification delivery benchmark: `npx tsx src/tooling/bench/notifications.ts`. On a fresh database (a new
// database on the server of TEST_DATABASE_URL (or DATABASE_URL), or an in-memory embedded PostgreSQL without it), starts the worker with
// the development provider, enqueues N notifications through the outbox in transactions of 100 (as dossier
// transitions would), waits until all are SENT and prints deliveries per second and enqueue-to-delivery latency.
// BENCH_N (default 5000) and BENCH_CONCURRENCY (default 20) tune it.
import { createPrismaClient } from "@/server/db/client";
import { enqueueNotifications, type OutboxMessage } from "@/server/notifications/outbox";
import { stopProducers } from "@/server/notifications/queue";
import { parseNotificationSettings } from "@/server/notifications/settings";
import { startNotificationWorker } from "@/server/notifications/worker";
import { createTestDatabase } from "../fresh-database";

const N = Number(process.env.BENCH_N ?? 5000);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 20);
const BATCH = 100;

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? NaN;

async function main() {
  const database = await createTestDatabase("bench_notify");
  console.log(`[bench] fresh ${database.kind} database; N = ${N}, concurrency = ${CONCURRENCY}`);
  const settings = parseNotificationSettings({ DATABASE_URL: database.url });
  const db = createPrismaClient(database.url, { poolSize: 4 });
  const worker = await startNotificationWorker({
    databaseUrl: database.url,
    concurrency: CONCURRENCY,
    settings,
    schedule: false,
    pollingIntervalSeconds: 0.5,
  });
  try {
    const message = (i: number): OutboxMessage => ({
      channel: i % 2 === 0 ? "EMAIL" : "SMS",
      recipient: i % 2 === 0 ? `bench${i}@example.com` : `09${String(i).padStart(8, "0")}`,
      template: "dossier.received",
      subject: i % 2 === 0 ? `Hồ sơ BENCH-${i} đã được tiếp nhận` : null,
      body: `Hồ sơ BENCH-${i} đã được tiếp nhận, hẹn trả 30/04/2026. Xin cảm ơn!`,
    });
    const started = Date.now();
    for (let start = 0; start < N; start += BATCH) {
      const size = Math.min(BATCH, N - start);
      await db.$transaction((tx) =>
        enqueueNotifications(
          tx,
          Array.from({ length: size }, (_, k) => message(start + k)),
          { settings, boss: worker.boss },
        ),
      );
    }
    const enqueuedIn = Date.now() - started;
    console.log(
      `[bench] enqueued ${N} in ${(enqueuedIn / 1000).toFixed(2)} s (${Math.round(N / (enqueuedIn / 1000))}/s)`,
    );

    for (;;) {
      const pending = await db.notification.count({ where: { status: { not: "SENT" } } });
      if (pending === 0) break;
      if (Date.now() - started > 15 * 60_000)
        throw new Error(`${pending} notifications still pending after 15 minutes`);
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
    const rows = await db.notification.findMany({ select: { createdAt: true, sentAt: true } });
    const first = Math.min(...rows.map((row) => row.createdAt.getTime()));
    const last = Math.max(...rows.map((row) => row.sentAt!.getTime()));
    const latencies = rows.map((row) => row.sentAt!.getTime() - row.createdAt.getTime()).sort((a, b) => a - b);
    const mailbox = await db.devOutboxMessage.count();
    console.log(
      `[bench] delivered ${rows.length} (${mailbox} in the development mailbox) in ${((last - first) / 1000).toFixed(2)} s`,
    );
    console.log(`[bench] throughput: ${(rows.length / ((last - first) / 1000)).toFixed(0)} notifications/s`);
    console.log(
      `[bench] enqueue-to-delivery latency: p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, max ${latencies.at(-1)} ms`,
    );
  } finally {
    await worker.stop({ timeoutMs: 5000 });
    await stopProducers();
    await db.$disconnect();
    await database.drop();
  }
}

main().catch((error: unknown) => {
  console.error("[bench] failed:", error instanceof Error ? error.stack : error);
  process.exit(1);
});
