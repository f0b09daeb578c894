import "server-only";
// Server-side sessions (table UserSession). The signed session cookie (a JWT) carries the id of one row, created at
// sign-in; getSessionUser (./guard.ts) accepts the cookie only while that row exists and has not ended. So logout, a
// password change and an administrator's "Kết thúc mọi phiên đăng nhập" end a session at the next request, not when
// the cookie expires.
import type { SessionEndReason } from "@/generated/prisma/enums";
import type { Prisma } from "@/generated/prisma/client";
import { db } from "@/server/db";
import { clientAddress } from "@/server/rate-limit";

type SessionWriter = Pick<Prisma.TransactionClient, "userSession">;

/** How stale lastSeenAt may get before a request refreshes it: one write every few minutes, not one per request. */
const LAST_SEEN_REFRESH_MS = 5 * 60 * 1000;

const MAX_USER_AGENT_LENGTH = 256;

/** Opens a session for a user who has just proved their password; returns its id, to be put in the cookie. */
export async function openSession(userId: string, headers: Headers): Promise<string> {
  const session = await db.userSession.create({
    data: {
      userId,
      address: clientAddress(headers),
      userAgent: headers.get("user-agent")?.slice(0, MAX_USER_AGENT_LENGTH) ?? null,
    },
    select: { id: true },
  });
  return session.id;
}

/** Whether this session of this user is still open; refreshes its lastSeenAt now and then. */
export async function isSessionOpen(sessionId: string, userId: string): Promise<boolean> {
  const session = await db.userSession.findUnique({
    where: { id: sessionId },
    select: { userId: true, endedAt: true, lastSeenAt: true },
  });
  if (!session || session.userId !== userId || session.endedAt) return false;
  const now = Date.now();
  if (now - session.lastSeenAt.getTime() > LAST_SEEN_REFRESH_MS) {
    await db.userSession.updateMany({
      where: { id: sessionId, endedAt: null },
      data: { lastSeenAt: new Date(now) },
    });
  }
  return true;
}

/** Ends one session (logout). Ending a session that already ended changes nothing. */
export async function endSession(sessionId: string, reason: SessionEndReason): Promise<void> {
  await db.userSession.updateMany({
    where: { id: sessionId, endedAt: null },
    data: { endedAt: new Date(), endReason: reason },
  });
}

/** Auth.js's signOut event (./index.ts): every way of signing out ends the cookie's server-side session. */
export async function endSessionOnSignOut(message: { token?: { sessionId?: string } | null } | object): Promise<void> {
  const sessionId = "token" in message ? message.token?.sessionId : undefined;
  if (sessionId) await endSession(sessionId, "LOGOUT");
}

/**
 * Ends every open session of a user, except `keep` (the session that changed its own password stays signed in).
 * Returns how many ended. Pass the transaction client to end them together with the change that requires it.
 */
export async function endUserSessions(
  userId: string,
  reason: SessionEndReason,
  options: { keep?: string; client?: SessionWriter } = {},
): Promise<number> {
  const { count } = await (options.client ?? db).userSession.updateMany({
    where: { userId, endedAt: null, ...(options.keep ? { id: { not: options.keep } } : {}) },
    data: { endedAt: new Date(), endReason: reason },
  });
  return count;
}
