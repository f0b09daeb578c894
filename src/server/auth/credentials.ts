import "server-only";
// Checks a staff member's username and password, with throttling per account and per address, and audits the
// outcome. Auth.js calls this from the credentials provider (./index.ts).
import { CredentialsSignin } from "next-auth";
import { z } from "zod";
import { recordAudit } from "@/server/data/audit";
import { db } from "@/server/db";
import {
  clearFailures,
  clientAddress,
  loginFailuresByAccount,
  loginFailuresByAddress,
  recordFailure,
  secondsBlocked,
} from "@/server/rate-limit";
import { decoyPasswordHash, verifyPassword } from "./password";
import type { SessionUser } from "./session-user";

/** Wrong username or password: one message for both, so the form does not reveal which usernames exist. */
export class InvalidCredentialsError extends CredentialsSignin {
  code = "invalid_credentials";
}
/** Too many failures for this account or address. */
export class TooManyAttemptsError extends CredentialsSignin {
  code = "too_many_attempts";
}

const credentialsSchema = z.object({
  username: z.string().trim().toLowerCase().min(1).max(64),
  password: z.string().min(1).max(256),
});

export async function verifyCredentials(raw: unknown, headers: Headers): Promise<SessionUser> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidCredentialsError();
  const { username, password } = parsed.data;
  const address = clientAddress(headers);

  const blockedFor = Math.max(
    await secondsBlocked(loginFailuresByAccount, username),
    await secondsBlocked(loginFailuresByAddress, address),
  );
  if (blockedFor > 0) {
    await recordAudit({ actorId: null, action: "auth.throttle_login", detail: { username }, ip: address });
    throw new TooManyAttemptsError();
  }

  const user = await db.user.findUnique({ where: { username } });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !user.active || !passwordMatches) {
    await Promise.all([
      recordFailure(loginFailuresByAccount, username),
      recordFailure(loginFailuresByAddress, address),
    ]);
    await recordAudit({ actorId: user?.id ?? null, action: "auth.reject_login", detail: { username }, ip: address });
    throw new InvalidCredentialsError();
  }

  await clearFailures(loginFailuresByAccount, username);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await recordAudit({ actorId: user.id, action: "auth.accept_login", ip: address });
  return {
    id: user.id,
    username: user.username,
    name: user.fullName,
    role: user.role,
    unitId: user.unitId,
    officeId: user.officeId,
  };
}
