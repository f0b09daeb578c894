import "server-only";
// Checks a staff member's username and password, with throttling that never hands an attacker a lockout of the
// rightful user (per account and address, per address, short growing pauses per account: src/server/rate-limit.ts),
// and audits the outcome. Auth.js calls this from the credentials provider (./index.ts).
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { textProblem } from "@/lib/text-input";
import { recordAudit } from "@/server/data/audit";
import { db } from "@/server/db";
import {
  accountAtAddress,
  accountPauseSeconds,
  clearFailures,
  clientAddress,
  loginAccountPauses,
  loginFailuresByAccount,
  loginFailuresByAccountAndAddress,
  loginFailuresByAddress,
  loginKnownAddresses,
  minutesToWait,
  recordFailure,
  secondsBlocked,
} from "@/server/rate-limit";
import { decoyPasswordHash, verifyPassword } from "./password";
import { sessionUserOf, type SessionUser } from "./session-user";

/** Wrong username or password: one message for both, so the form does not reveal which usernames exist. */
export class InvalidCredentialsError extends CredentialsSignin {
  code = "invalid_credentials";
}
/** Too many failures for this account from this address, from this address, or (briefly) for this account. */
export class TooManyAttemptsError extends CredentialsSignin {
  code = "too_many_attempts";
  constructor(
    /** Whole minutes until the next attempt may succeed, for the message shown to the user. */
    readonly retryAfterMinutes: number,
    /** "address": failures from this address; "account": the account's short pause after failures from many. */
    readonly reason: "address" | "account",
  ) {
    super();
  }
}

const credentialsSchema = z.object({
  // A control character (NUL would fail the query), U+FFFD or a bidi control is no username: refused as a wrong one,
  // before any query, throttle counter or audit row.
  username: z
    .string()
    .trim()
    .toLowerCase()
    .min(1)
    .max(64)
    .refine((value) => textProblem(value) === null),
  password: z
    .string()
    .min(1)
    .max(256)
    .refine((value) => textProblem(value, { multiline: true }) === null),
});

export async function verifyCredentials(raw: unknown, headers: Headers): Promise<SessionUser> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidCredentialsError();
  const { username, password } = parsed.data;
  const address = clientAddress(headers);
  const pair = accountAtAddress(username, address);

  // Refused before the password is checked: this account from this address, this address, or the account's short
  // pause after failures from many addresses (unless this address signed in to it before).
  const [pairSeconds, addressSeconds, pauseSeconds] = await Promise.all([
    secondsBlocked(loginFailuresByAccountAndAddress, pair),
    secondsBlocked(loginFailuresByAddress, address),
    secondsBlocked(loginAccountPauses, username),
  ]);
  const knownAddress = pauseSeconds > 0 && (await secondsBlocked(loginKnownAddresses, pair)) > 0;
  const addressBlocked = Math.max(pairSeconds, addressSeconds);
  const accountPaused = knownAddress ? 0 : pauseSeconds;
  if (addressBlocked > 0 || accountPaused > 0) {
    await recordAudit({ actorId: null, action: "auth.throttle_login", detail: { username }, ip: address });
    throw addressBlocked > 0
      ? new TooManyAttemptsError(minutesToWait(addressBlocked), "address")
      : new TooManyAttemptsError(minutesToWait(accountPaused), "account");
  }

  const user = await db.user.findUnique({ where: { username } });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !user.active || !passwordMatches) {
    const [, , accountFailures] = await Promise.all([
      recordFailure(loginFailuresByAccountAndAddress, pair),
      recordFailure(loginFailuresByAddress, address),
      recordFailure(loginFailuresByAccount, username),
    ]);
    const pause = accountPauseSeconds(accountFailures);
    if (pause > 0) await loginAccountPauses.block(username, pause);
    await recordAudit({ actorId: user?.id ?? null, action: "auth.reject_login", detail: { username }, ip: address });
    throw new InvalidCredentialsError();
  }

  await clearFailures(loginFailuresByAccountAndAddress, pair);
  await loginKnownAddresses.set(pair, 1, 30 * 24 * 60 * 60);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await recordAudit({ actorId: user.id, action: "auth.accept_login", ip: address });
  return sessionUserOf(user);
}
