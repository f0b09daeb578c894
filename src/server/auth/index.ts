import "server-only";
// Staff sign-in with username and password (Auth.js credentials provider, JWT sessions). Citizens have no accounts.
import NextAuth from "next-auth";
import Credentials from "next-auth/providers/credentials";
import { env } from "@/server/env";
import { authConfig } from "./auth.config";
import { verifyCredentials } from "./credentials";

export const { handlers, auth, signIn, signOut } = NextAuth({
  ...authConfig,
  secret: env.AUTH_SECRET,
  providers: [
    Credentials({
      credentials: { username: { label: "Tên đăng nhập" }, password: { label: "Mật khẩu", type: "password" } },
      // Auth.js types the returned user as its own User; ours carries more (role, unit, office) for the JWT.
      authorize: async (credentials, request) => (await verifyCredentials(credentials, request.headers)) as never,
    }),
  ],
});
