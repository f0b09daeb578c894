import "server-only";
// Rate limits stored in PostgreSQL (table rate_limits, created by a migration), so they hold across several app
// servers. rate-limiter-flexible does the counting; this module only names the limits the product uses.
import pg from "pg";
import { RateLimiterPostgres, RateLimiterRes } from "rate-limiter-flexible";
import { CLIENT_ADDRESS_HEADER } from "@/server/client-address";
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

/**
 * Failed logins, three counters so that throttling never hands an attacker a lockout of someone else:
 * - per account AND address: 5 failures in 15 minutes refuse that account from that address for 15 minutes (the
 *   rightful user elsewhere is not affected);
 * - per address: 30 failures in 15 minutes, across accounts, refuse the address for 15 minutes;
 * - per account, from any address (a guesser spread over many addresses): from the 10th failure within an hour, each
 *   further failure pauses the account briefly, 30 s doubling up to 15 minutes (ACCOUNT_PAUSE_SECONDS). Addresses the
 *   account signed in from successfully in the last 30 days are not paused.
 */
export const loginFailuresByAccountAndAddress = limiter("login_pair", 5, 15 * 60, 15 * 60);
export const loginFailuresByAddress = limiter("login_ip", 30, 15 * 60, 15 * 60);
export const loginFailuresByAccount = limiter("login_account", 1_000_000, 60 * 60, 0);
export const loginAccountPauses = limiter("login_account_pause", 1, 1, 0);
export const loginKnownAddresses = limiter("login_known", 1, 30 * 24 * 60 * 60, 0);

/** Failures of one account (from anywhere, within the hour) before its progressive pauses begin. */
export const ACCOUNT_FAILURES_BEFORE_PAUSE = 10;
/** The pause after the account's n-th failure within the hour: none before the 10th, then 30 s, 60 s, … ≤ 15 min. */
export function accountPauseSeconds(failures: number): number {
  if (failures < ACCOUNT_FAILURES_BEFORE_PAUSE) return 0;
  return Math.min(15 * 60, 30 * 2 ** Math.min(10, failures - ACCOUNT_FAILURES_BEFORE_PAUSE));
}

/** The key of an account-and-address pair. */
export const accountAtAddress = (username: string, address: string) => `${username}|${address}`;

/** Public dossier look-ups (tra cứu hồ sơ): 20 wrong code/factor pairs per address in 10 minutes. */
export const trackingFailuresByAddress = limiter("tracking_ip", 20, 10 * 60, 10 * 60);
/**
 * And 10 wrong phone digits per dossier code in an hour, whatever the address: the 4-digit phone factor has only
 * 10,000 values, so a guesser spread over many addresses must not get 20 tries from each. It blocks only the phone
 * digits for that code: the tracking key printed on the receipt (high entropy) keeps working for its owner, and
 * wrong keys never count here (they would let anyone block the code).
 */
export const trackingPhoneFailuresByCode = limiter("tracking_phone", 10, 60 * 60, 60 * 60);

/**
 * One-time codes for citizens (src/server/citizen): codes sent per contact (5 an hour, whatever the address, so nobody
 * floods a person's phone) and per address (20 an hour, whatever the contact), and wrong codes per address (20 in
 * 10 minutes; each code also allows only 5 tries of its own).
 */
export const contactCodesByContact = limiter("contact_code_to", 5, 60 * 60, 60 * 60);
export const contactCodesByAddress = limiter("contact_code_ip", 20, 60 * 60, 60 * 60);
export const contactCodeFailuresByAddress = limiter("contact_code_fail_ip", 20, 10 * 60, 10 * 60);
/** Phản ánh, kiến nghị sent from one address (a flood of feedback): 10 an hour. */
export const feedbackByAddress = limiter("feedback_ip", 10, 60 * 60, 60 * 60);

/**
 * Satisfaction ratings sent from one address (src/server/satisfaction): 20 an hour, whatever the dossier, so a script
 * cannot pour ratings in through many links; a desk's shared Wi-Fi still serves a morning's citizens.
 */
export const ratingsByAddress = limiter("rating_ip", 20, 60 * 60, 60 * 60);

/**
 * The REST API (/api/v1, src/server/api/define-api-route.ts): every call counts, API_CALLS_PER_MINUTE per client a
 * minute (a client's key), and the same per address for the public catalogue called without a key. No block beyond
 * the window: the answer says when the window ends (Retry-After).
 */
export const API_CALLS_PER_MINUTE = 300;
export const apiCallsByClient = limiter("api_client", API_CALLS_PER_MINUTE, 60, 0);
export const apiCallsByAddress = limiter("api_ip", API_CALLS_PER_MINUTE, 60, 0);

/**
 * Counter tablets (src/server/counter-tablet): wrong pairing codes per address (10 in 15 minutes: an 8-digit code
 * valid 15 minutes cannot be guessed), and ratings per tablet (20 in 10 minutes: a citizen rates once, a child
 * tapping the screen is stopped).
 */
export const tabletPairingFailuresByAddress = limiter("tablet_pair_ip", 10, 15 * 60, 15 * 60);
export const kioskRatingsByTablet = limiter("kiosk_tablet", 20, 10 * 60, 10 * 60);

export type Limiter = RateLimiterPostgres;

/** Seconds until the key may try again, or 0 while it has failures left. */
export async function secondsBlocked(limit: Limiter, key: string): Promise<number> {
  const state = await limit.get(key);
  if (state && state.consumedPoints >= limit.points) return Math.ceil(state.msBeforeNext / 1000);
  return 0;
}

/** Counts one failure and returns the failures counted in the window; never throws when the limit is exceeded. */
export async function recordFailure(limit: Limiter, key: string): Promise<number> {
  try {
    return (await limit.consume(key)).consumedPoints;
  } catch (error) {
    if (!(error instanceof RateLimiterRes)) throw error;
    return error.consumedPoints;
  }
}

export const clearFailures = (limit: Limiter, key: string) => limit.delete(key);

/** Whole minutes to tell a person to wait (at least 1). */
export const minutesToWait = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

/**
 * The client's address: the header the portal's web server (src/tooling/web-server.ts) writes on every request from
 * the socket and the trusted proxies' X-Forwarded-For entries (src/server/client-address.ts), replacing any copy the
 * client sent. `next dev` runs without that server: there, and only outside production, Next's X-Forwarded-For is
 * used (the socket's address unless the client sent one).
 */
export function clientAddress(headers: Headers): string {
  const settled = headers.get(CLIENT_ADDRESS_HEADER)?.trim();
  if (settled) return settled;
  if (env.NODE_ENV === "production") {
    throw new Error(
      `[rate-limit] no ${CLIENT_ADDRESS_HEADER} header: in production the portal must run through its web server ` +
        "(`npm start`, src/tooling/web-server.ts), not `next start` (docs/deployment.md).",
    );
  }
  const forwarded =
    headers
      .get("x-forwarded-for")
      ?.split(",")
      .map((part) => part.trim())
      .filter(Boolean) ?? [];
  return forwarded.at(-1) ?? "unknown";
}
