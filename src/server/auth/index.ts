import "server-only";
// Staff sign-in with username and password (Auth.js credentials provider, JWT sessions). Citizens have no accounts.
// Each sign-in opens a server-side session (./sessions.ts) whose id the JWT carries, so a session can be ended early.
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/server/env";
import { authConfig } from "./auth.config";
import { verifyCredentials } from "./credentials";
import { authLogger } from "./logger";
import { endSessionOnSignOut, openSession } from "./sessions";

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: env.AUTH_SECRET,
  logger: authLogger,
  providers: [
    Credentials({
      credentials: { username: { label: "Tên đăng nhập" }, password: { label: "Mật khẩu", type: "password" } },
      // Auth.js types the returned user as its own User; ours carries more (role, unit, office, session) for the JWT.
      authorize: async (credentials, request) => {
        const user = await verifyCredentials(credentials, request.headers);
        return { ...user, sessionId: await openSession(user.id, request.headers) } as never;
      },
    }),
  ],
  // Every way of signing out (the staff header's button, Auth.js's own endpoint) ends the server-side session, so a
  // copy of the cookie is refused afterwards.
  events: { signOut: endSessionOnSignOut },
});
