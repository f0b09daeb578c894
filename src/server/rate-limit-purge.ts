// Housekeeping of the rate_limits table (src/server/rate-limit.ts): a row whose window has ended counts nothing (the
// next failure starts it afresh), but would stay forever, one per address, account and dossier code ever tried. The
// notification worker deletes them on a schedule (RATE_LIMIT_PURGE_CRON in ./notifications/worker.ts). No
// "server-only": the worker runs outside Next.js.
import type { PrismaClient } from "@/server/db/client";

/** Deletes the rows whose window ended before `now`; returns how many. */
export async function purgeExpiredRateLimits(db: PrismaClient, now: Date = new Date()): Promise<number> {
  const { count } = await db.rateLimit.deleteMany({ where: { expire: { lt: BigInt(now.getTime()) } } });
  return count;
}
