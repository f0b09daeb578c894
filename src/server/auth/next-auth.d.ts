import type { SessionUser } from "./session-user";

declare module "next-auth" {
  interface Session {
    user: SessionUser;
  }
}

declare module "@auth/core/jwt" {
  interface JWT {
    user?: SessionUser;
  }
}
