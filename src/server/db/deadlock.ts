// PostgreSQL breaks a deadlock by aborting one of the transactions in it (SQLSTATE 40P01); the aborted statement
// changed nothing, so running it again is the documented remedy. Two statements that each touch several dossiers
// (the portal sync marking a chunk SYNCED, from two workers) can meet on the same rollup rows in opposite orders.
const DEADLOCK = "40P01";

/** Whether an error from Prisma (a raw query, a query or an interactive transaction) is PostgreSQL's deadlock. */
export function isDeadlock(error: unknown): boolean {
  if (typeof error !== "object" || error === null) return false;
  const { code, meta, message } = error as { code?: unknown; meta?: { code?: unknown }; message?: unknown };
  // P2034: Prisma's own code for "write conflict or deadlock"; P2010 (raw query failed) carries the SQLSTATE in meta.
  if (code === "P2034" || code === DEADLOCK || meta?.code === DEADLOCK) return true;
  return (
    typeof message === "string" && (message.includes(`Code: \`${DEADLOCK}\``) || /deadlock detected/.test(message))
  );
}

/**
 * Runs `work`, and again (up to `attempts` times in all, after a short random wait) when PostgreSQL aborted it to
 * break a deadlock. Only for work that is safe to repeat: one statement, or one whole transaction.
 */
export async function retryOnDeadlock<T>(work: () => Promise<T>, attempts = 4): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= attempts || !isDeadlock(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, 10 + Math.random() * 40 * attempt));
    }
  }
}
