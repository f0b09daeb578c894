// Auth.js settings that need neither the database nor Node-only modules, shared by the full config and the proxy.
import type { NextAuthConfig } from "next-auth";

export const authConfig = {
  session: { strategy: "jwt", maxAge: 10 * 60 * 60 }, // one working day
  pages: { signIn: "/dang-nhap", error: "/dang-nhap" },
  trustHost: true,
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      // `user` is present only at sign-in: copy the identity into the token once.
      if (user) token.user = user as unknown as NonNullable<typeof token.user>;
      return token;
    },
    session({ session, token }) {
      if (token.user) session.user = { ...session.user, ...token.user };
      return session;
    },
  },
} satisfies NextAuthConfig;
