// Auth.js settings that need neither the database nor Node-only modules, shared by the full config and the proxy.
import type { NextAuthConfig } from "next-auth";
import { safeReturnPath } from "@/domain/access/return-path";
import type { SessionUser } from "./session-user";

export const authConfig = {
  session: { strategy: "jwt", maxAge: 10 * 60 * 60 }, // one working day
  pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // `user` is present only at sign-in: copy the identity and the server-side session's id into the token once.
      if (user) {
        const { sessionId, ...identity } = user as unknown as SessionUser & { sessionId?: string };
        token.user = identity;
        token.sessionId = sessionId;
      }
      return token;
    },
    session({ session, token }) {
      if (token.user) session.user = { ...session.user, ...token.user };
      session.sessionId = token.sessionId;
      return session;
    },
    // Auth.js's own redirects (its sign-in and sign-out endpoints take a callbackUrl): this site's paths only.
    redirect({ url, baseUrl }) {
      const origin = new URL(baseUrl).origin;
      let path: string | null = null;
      if (url.startsWith("/")) path = safeReturnPath(url);
      else if (URL.canParse(url) && new URL(url).origin === origin) {
        const parsed = new URL(url);
        path = safeReturnPath(parsed.pathname + parsed.search + parsed.hash);
      }
      return path ? `${origin}${path}` : baseUrl;
    },
  },
} satisfies NextAuthConfig;
