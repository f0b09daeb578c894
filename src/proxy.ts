// Early redirect of anonymous visitors away from staff pages. A convenience only: every page, action and route
// checks the session and role itself (src/server/auth/guard.ts).
import NextAuth from "next-auth";
import { NextResponse } from "next/server";
import { authConfig } from "@/server/auth/auth.config";

const { auth } = NextAuth(authConfig);

export default auth((request) => {
  if (request.auth?.user) return NextResponse.next();
  const login = new URL("/dang-nhap", request.nextUrl.origin);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
});

// Staff areas only; public pages, the login page and assets never pass through here.
export const config = {
  matcher: ["/tiep-nhan/:path*", "/ho-so/:path*", "/truong-phong/:path*", "/lanh-dao/:path*", "/noi-vu/:path*", "/quan-tri/:path*"],
};
