import "server-only";
// Rate limits stored in PostgreSQL (table rate_limits, created by a migration), so they hold across several app
// servers. rate-limiter-flexible does the counting; this module only names the limits the product uses.
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { env } from "@/server/env";

const globalForLimits = globalThis as unknown as { motcuaLimitPool?: pg.Pool };
const pool = (globalForLimits.motcuaLimitPool ??= createPool());

function createPool(): pg.Pool {
  const created = new pg.Pool({ connectionString: env.DATABASE_URL, max: 2 });
  // An idle connection dropped by the server (restart, failover) must not crash the process: the pool replaces it.
  created.on("error", (error) => console.error("[rate-limit] idle database connection lost:", error.message));
  return created;
}

// The library names its prepared statements ("rate_limits:rlflx-get"). Named statements live in the database session,
// and on the embedded database every connection shares one session, so a second connection preparing the same name
// fails ("prepared statement … already exists"). Send the same SQL unnamed: correct on every server.
const unnamedStatements = {
  query: (statement: { text: string; values?: unknown[] }) =>
    pool.query({ text: statement.text, values: statement.values }),
};

function limiter(keyPrefix: string, points: number, durationSeconds: number, blockSeconds: number) {
  return new RateLimiterPostgres({
    storeClient: unnamedStatements,
    storeType: "pool",
    tableName: "rate_limits",
    tableCreated: true,
    clearExpiredByTimeout: false,
    keyPrefix,
    points,
    duration: durationSeconds,
    blockDuration: blockSeconds,
  });
}

/** Failed logins: after 5 per account, or 30 per address, within 15 minutes, that key is refused for 15 minutes. */
export const loginFailuresByAccount = limiter("login_account", 5, 15 * 60, 15 * 60);
export const loginFailuresByAddress = limiter("login_ip", 30, 15 * 60, 15 * 60);

/** Public dossier look-ups (tra cứu hồ sơ): 20 wrong code/factor pairs per address in 10 minutes. */
export const trackingFailuresByAddress = limiter("tracking_ip", 20, 10 * 60, 10 * 60);
/**
 * And 10 wrong factors per dossier code in an hour, whatever the address: the 4-digit phone factor has only 10,000
 * values, so a guesser spread over many addresses must not get 20 tries from each.
 */
export const trackingFailuresByCode = limiter("tracking_code", 10, 60 * 60, 60 * 60);

export type Limiter = RateLimiterPostgres;

/** Seconds until the key may try again, or 0 while it has failures left. */
export async function secondsBlocked(limit: Limiter, key: string): Promise<number> {
  const state = await limit.get(key);
  if (state && state.consumedPoints >= limit.points) return Math.ceil(state.msBeforeNext / 1000);
  return 0;
}

/** Counts one failure; never throws when the limit is exceeded (the caller checks `secondsBlocked`). */
export async function recordFailure(limit: Limiter, key: string): Promise<void> {
  try {
    await limit.consume(key);
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
  }
}

export const clearFailures = (limit: Limiter, key: string) => limit.delete(key);

/**
 * The client's address. Next's server fills X-Forwarded-For with the socket address only when the header is absent,
 * and a reverse proxy (nginx: `proxy_add_x_forwarded_for`) appends the address it saw, so the LAST entry is the one
 * a client cannot forge when the portal runs behind a proxy, as docs/deployment.md requires.
 */
export function clientAddress(headers: Headers): string {
  const forwarded =
    headers
      .get("x-forwarded-for")
      ?.split(",")
      .map((part) => part.trim())
      .filter(Boolean) ?? [];
  return forwarded.at(-1) ?? "unknown";
}
