// Runs before every page (not static assets: see `matcher`), and before route handlers for the first check only:
// 0. Malformed requests answered 4xx with a clear message (src/server/actions/request-guard.ts): a URL with invalid
//    UTF-8, NUL or bidi controls (400); a server-action POST with a foreign Origin (403) or an oversized body (413).
// 1. The Content-Security-Policy with a fresh nonce (src/server/content-security-policy.ts), on the request (Next.js
//    reads the nonce from it for its scripts; pages read NONCE_HEADER) and on the response. Nonces need pages rendered
//    per request, which every page here already is (they read the session or the search parameters). The anonymous
//    public pages the web server keeps in its page cache (src/server/public-page-cache.ts) are rendered through here
//    too; the cache then swaps the nonce for the hashes of that document's inline scripts and styles.
// 2. Early redirect of visitors without a session cookie away from staff pages (STAFF_AREA_PREFIXES). A convenience
//    only: every page, action and route checks the session and role itself (src/server/auth/guard.ts). It only reads
//    cookies: wrapping requests in Auth.js here would re-issue the session cookie on every request, and a prefetch
//    still in flight at logout could then put the session back after "Đăng xuất" cleared it.
import { NextResponse, type NextRequest } from "next/server";
import { STAFF_AREA_PREFIXES } from "@/domain/access/pages";
import { safeReturnPath } from "@/domain/access/return-path";
import { refuseActionRequest, refuseMalformedUrl } from "@/server/actions/request-guard";
import { contentSecurityPolicy, createNonce, NONCE_HEADER } from "@/server/content-security-policy";

// Auth.js session cookie, plain or __Secure- on HTTPS, possibly split into chunks (.0, .1, …).
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

/** Whether a path is in a staff area (the prefix itself or below it). */
export function isStaffPath(pathname: string): boolean {
  return STAFF_AREA_PREFIXES.some((prefix) => pathname === prefix || pathname.startsWith(`${prefix}/`));
}

export default function proxy(request: NextRequest) {
  // A URL no link of ours produces (invalid UTF-8, NUL, bidi controls): 400 with its message, before any route. A
  // server-action POST Next.js would answer 500 (foreign Origin, body over the limit): 403/413 here instead.
  const refused = refuseMalformedUrl(request.url) ?? refuseActionRequest(request);
  if (refused) return refused;
  // Route handlers pass through here for that check only: they set their own headers (no page CSP).
  if (request.nextUrl.pathname.startsWith("/api/")) return NextResponse.next();
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
  // The second entry: route handlers, for the malformed-URL check only (refuseMalformedUrl).
  matcher: ["/((?!_next/static|_next/image|api/|favicon.ico|icon.svg|robots.txt).*)", "/api/:path*"],
};
