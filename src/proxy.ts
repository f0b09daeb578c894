// Runs before every page (not static assets nor /api route handlers: see `matcher`). Two jobs:
// 1. The Content-Security-Policy with a fresh nonce (src/server/content-security-policy.ts), on the request (Next.js
//    reads the nonce from it for its scripts; pages read NONCE_HEADER) and on the response. Nonces need pages rendered
//    per request, which every page here already is (they read the session or the search parameters).
// 2. Early redirect of visitors without a session cookie away from staff pages (STAFF_AREA_PREFIXES). A convenience
//    only: every page, action and route checks the session and role itself (src/server/auth/guard.ts). It only reads
//    cookies: wrapping requests in Auth.js here would re-issue the session cookie on every request, and a prefetch
//    still in flight at logout could then put the session back after "Đăng xuất" cleared it.
import { NextResponse, type NextRequest } from "next/server";
import { safeReturnPath } from "@/domain/access/return-path";
import { STAFF_AREA_PREFIXES } from "@/domain/access/pages";
import { contentSecurityPolicy, createNonce, NONCE_HEADER } from "@/server/content-security-policy";

// Auth.js session cookie, plain or __Secure- on HTTPS, possibly split into chunks (.0, .1, …).
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** Whether a path is in a staff area (the prefix itself or below it). */
export function isStaffPath(pathname: string): boolean {
  return STAFF_AREA_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

export default function proxy(request: NextRequest) {
  const nonce = createNonce();
  const policy = contentSecurityPolicy(nonce, { development: process.env.NODE_ENV === "development" });
  const response = anonymousStaffRedirect(request) ?? passWithNonce(request, nonce, policy);
  response.headers.set("Content-Security-Policy", policy);
  return response;
}

function passWithNonce(request: NextRequest, nonce: string, policy: string): NextResponse {
  const headers = new Headers(request.headers);
  headers.set(NONCE_HEADER, nonce);
  headers.set("Content-Security-Policy", policy);
  return NextResponse.next({ request: { headers } });
}

function anonymousStaffRedirect(request: NextRequest): NextResponse | null {
  if (!isStaffPath(request.nextUrl.pathname)) return null;
  if (request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))) return null;
  const login = new URL("/dang-nhap", request.nextUrl.origin);
  const back = safeReturnPath(request.nextUrl.pathname + request.nextUrl.search);
  if (back) login.searchParams.set("callbackUrl", back);
  return NextResponse.redirect(login);
}

// Every path except Next.js's static files, the public folder's files and route handlers (/api: PDFs, exports and
// Auth.js answer with their own content types; next.config.js still forbids framing them). Next.js reads `matcher` at
// build time and accepts only a literal; tests/unit/access-coverage.test.ts checks it lets every staff area through.
export const config = {
  matcher: ["/((?!_next/static|_next/image|api/|favicon.ico|icon.svg|robots.txt).*)"],
};
