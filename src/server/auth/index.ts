import "server-only";
// Staff sign-in with username and password (Auth.js credentials provider, JWT sessions). Citizens have no accounts.
import NextAuth, { CredentialsSignin } from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { z } from "zod";
import { db } from "@/server/db";
import { env } from "@/server/env";
import { recordAudit } from "@/server/data/audit";
import {
  clearFailures,
  clientAddress,
  loginFailuresByAccount,
  loginFailuresByAddress,
  recordFailure,
  secondsBlocked,
} from "@/server/rate-limit";
import { authConfig } from "./auth.config";
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

async function authorize(raw: unknown, request: Request): Promise<SessionUser> {
  const parsed = credentialsSchema.safeParse(raw);
  if (!parsed.success) throw new InvalidCredentialsError();
  const { username, password } = parsed.data;
  const address = clientAddress(request.headers);

  const blocked = Math.max(
    await secondsBlocked(loginFailuresByAccount, username),
    await secondsBlocked(loginFailuresByAddress, address),
  );
  if (blocked > 0) throw new TooManyAttemptsError();

  const user = await db.user.findUnique({ where: { username } });
  const passwordMatches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), password);
  if (!user || !user.active || !passwordMatches) {
    await Promise.all([recordFailure(loginFailuresByAccount, username), recordFailure(loginFailuresByAddress, address)]);
    await recordAudit({ actorId: user?.id ?? null, action: "login_failed", detail: { username }, ip: address });
    throw new InvalidCredentialsError();
  }

  await clearFailures(loginFailuresByAccount, username);
  await db.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  await recordAudit({ actorId: user.id, action: "login", ip: address });
  return { id: user.id, username: user.username, name: user.fullName, role: user.role, unitId: user.unitId, officeId: user.officeId };
}

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: env.AUTH_SECRET,
  providers: [
    Credentials({
      credentials: { username: { label: "Tên đăng nhập" }, password: { label: "Mật khẩu", type: "password" } },
      authorize: (credentials, request) => authorize(credentials, request) as never,
    }),
  ],
});
