// Early redirect of visitors without a session cookie away from staff pages. A convenience only: every page, action
// and route checks the session and role itself (src/server/auth/guard.ts). It only reads cookies: wrapping requests in
// Auth.js here would re-issue the session cookie on every request, and a prefetch still in flight at logout could then
// put the session back after "Đăng xuất" cleared it.
import { NextResponse, type NextRequest } from "next/server";

// Auth.js session cookie, plain or __Secure- on HTTPS, possibly split into chunks (.0, .1, …).
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

export default function proxy(request: NextRequest) {
  if (request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))) return NextResponse.next();
  const login = new URL("/dang-nhap", request.nextUrl.origin);
  login.searchParams.set("callbackUrl", request.nextUrl.pathname + request.nextUrl.search);
  return NextResponse.redirect(login);
}

// Staff areas only; public pages, the login page and assets never pass through here. Next.js reads `matcher` at build
// time and ignores anything but a literal, so it repeats STAFF_AREA_PREFIXES of src/domain/access; a unit test
// (tests/unit/access-coverage.test.ts) checks the two agree.
export const config = {
  matcher: [
    "/tiep-nhan/:path*",
    "/ho-so/:path*",
    "/truong-phong/:path*",
    "/lanh-dao/:path*",
    "/noi-vu/:path*",
    "/quan-tri/:path*",
    "/bao-cao/:path*",
  ],
};
