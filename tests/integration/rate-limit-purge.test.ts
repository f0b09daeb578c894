import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { purgeExpiredRateLimits } from "../../src/server/rate-limit-purge";
import {
  RATE_LIMIT_PURGE_CRON,
  RATE_LIMIT_PURGE_QUEUE,
  startNotificationWorker,
  type NotificationWorker,
} from "../../src/server/notifications/worker";
import { useTestDb } from "../support/db";

// Expired rate-limit rows (src/server/rate-limit.ts) are deleted, by the function and by the worker's scheduled job;
// rows still counting are kept.
describe("purge of expired rate-limit rows", () => {
  const db = useTestDb();
  let worker: NotificationWorker | undefined;
  const now = Date.now();
  const rows = (prefix: string) => [
    { key: `${prefix}:expired-long-ago`, points: 3, expire: BigInt(now - 86_400_000) },
    { key: `${prefix}:expired-just-now`, points: 30, expire: BigInt(now - 1000) },
    { key: `${prefix}:still-counting`, points: 2, expire: BigInt(now + 600_000) },
  ];
  const keysOf = async (prefix: string) =>
    (await db.rateLimit.findMany({ where: { key: { startsWith: `${prefix}:` } }, orderBy: { key: "asc" } })).map(
      (row) => row.key,
    );

  beforeAll(async () => {
    worker = await startNotificationWorker({
      databaseUrl: process.env.DATABASE_URL!,
      concurrency: 1,
      pollingIntervalSeconds: 0.5,
    });
  }, 60_000);
  afterAll(async () => {
    await worker?.stop({ timeoutMs: 2000 });
  });

  it("deletes the rows whose window ended and keeps the others", async () => {
    await db.rateLimit.createMany({ data: rows("purge_fn") });
    expect(await purgeExpiredRateLimits(db, new Date(now))).toBeGreaterThanOrEqual(2);
    expect(await keysOf("purge_fn")).toEqual(["purge_fn:still-counting"]);
  });

  it("is a job of the worker, scheduled every hour", async () => {
    const schedules = await worker!.boss.getSchedules();
    expect(schedules.find((schedule) => schedule.name === RATE_LIMIT_PURGE_QUEUE)).toMatchObject({
      cron: RATE_LIMIT_PURGE_CRON,
    });
    await db.rateLimit.createMany({ data: rows("purge_job") });
    await worker!.boss.send(RATE_LIMIT_PURGE_QUEUE, null);
    const deadline = Date.now() + 30_000;
    while ((await keysOf("purge_job")).length > 1 && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    expect(await keysOf("purge_job")).toEqual(["purge_job:still-counting"]);
  }, 40_000);
});
