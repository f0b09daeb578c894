import type { SessionUser } from "./session-user";

declare module "next-auth" {
  interface Session {
    user: SessionUser;
    /** The server-side session (UserSession.id) this cookie belongs to. */
    sessionId?: string;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    user?: SessionUser;
    /** UserSession.id, set at sign-in (./sessions.ts). */
    sessionId?: string;
  }
}
