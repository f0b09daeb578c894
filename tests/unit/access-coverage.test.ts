import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PRINT_PAGES, ROUTE_ACCESS, STAFF_AREA_PREFIXES, STAFF_PAGES } from "../../src/domain/access";
import { NextRequest } from "next/server";
import * as pageStaticInfo from "next/dist/build/analysis/get-page-static-info.js";
import proxy, { config } from "../../src/proxy";

// src/domain/access lists every page and route handler with the roles that may use it; these checks tie the lists to
// the files under src/app, so a new page or route cannot be added without saying who may open it.
const appDir = path.resolve(import.meta.dirname, "../../src/app");

/** Route patterns of the files called `fileName` under a folder of src/app, route groups "(x)" left out. */
function routesUnder(folder: string, fileName: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) walk(path.join(dir, entry.name));
      else if (entry.name === fileName) {
        const segments = path
          .relative(appDir, dir)
          .split(path.sep)
          .filter((segment) => !/^\(.*\)$/.test(segment));
        found.push(`/${segments.join("/")}`);
      }
    }
  };
  walk(path.join(appDir, folder));
  return found.sort();
}

const sorted = (list: readonly string[]) => [...list].sort();

describe("access lists match the files under src/app", () => {
  it("every staff page has an entry in STAFF_PAGES, and every entry is a page", () => {
    expect(routesUnder("(staff)", "page.tsx")).toEqual(sorted(Object.keys(STAFF_PAGES)));
  });

  it("every print page has an entry in PRINT_PAGES, and every entry is a page", () => {
    expect(routesUnder("(print)", "page.tsx")).toEqual(sorted(Object.keys(PRINT_PAGES)));
  });

  it("every route handler but Auth.js's has an entry in ROUTE_ACCESS", () => {
    const routes = routesUnder("api", "route.ts").filter((route) => !route.startsWith("/api/auth/"));
    expect(routes).toEqual(sorted(Object.keys(ROUTE_ACCESS)));
  });

  it("every route handler goes through defineRoute (directly, via the PDF helper, or defineApiRoute for /api/v1); GET, or POST for a callback", () => {
    for (const route of Object.keys(ROUTE_ACCESS)) {
      const source = fs.readFileSync(path.join(appDir, route, "route.ts"), "utf8");
      expect(source, route).toMatch(/export const (GET|POST) = define(Pdf|Api)?Route\(/);
      expect(source, route).toContain(`ROUTE_ACCESS["${route}"]`);
    }
  });
});

/** The proxy's matcher compiled as Next.js compiles it at build time (an internal function, so typed here). */
const { getMiddlewareMatchers } = pageStaticInfo as unknown as {
  getMiddlewareMatchers: (matcher: string[], nextConfig: object) => { regexp: string }[];
};
const proxyMatchers = getMiddlewareMatchers(config.matcher, {}).map(({ regexp }) => new RegExp(regexp));
const proxyRuns = (pathname: string) => proxyMatchers.some((matcher) => matcher.test(pathname));

describe("the proxy (src/proxy.ts): CSP on every page, early redirect on staff areas", () => {
  const staffPaths = STAFF_AREA_PREFIXES.flatMap((prefix) => [prefix, `${prefix}/`, `${prefix}/mot/hai`]);

  it("runs on every staff area, every page and the login page", () => {
    for (const pathname of [...staffPaths, "/", "/tra-cuu", "/thu-tuc/1", "/dang-nhap", "/in/phieu/12"]) {
      expect(proxyRuns(pathname), pathname).toBe(true);
    }
  });

  it("skips static files and the public folder", () => {
    for (const pathname of ["/_next/static/chunks/a.js", "/_next/image", "/icon.svg", "/robots.txt"]) {
      expect(proxyRuns(pathname), pathname).toBe(false);
    }
  });

  it("runs on route handlers for the malformed-URL check only: 400 for invalid UTF-8 or NUL, no page CSP", async () => {
    expect(proxyRuns("/api/pdf/x")).toBe(true);
    const passed = proxy(new NextRequest("http://portal.test/api/pdf/phieu/12"));
    expect(passed.status).toBe(200);
    expect(passed.headers.get("content-security-policy")).toBeNull();
    for (const url of [
      "/api/pdf/phieu/%FF",
      "/api/pdf/phieu/%C0%80",
      "/api/thu-tuc/tim?q=%00",
      "/thu-tuc?q=%E2%80%AE",
    ]) {
      const refused = proxy(new NextRequest(`http://portal.test${url}`));
      expect(refused.status, url).toBe(400);
      expect(await refused.text(), url).toMatch(/không hợp lệ|Xin vui lòng/);
    }
  });

  it("sends a visitor without a session from every staff area to the login page, and nowhere else", () => {
    for (const pathname of staffPaths) {
      const response = proxy(new NextRequest(`http://portal.test${pathname}?q=1`));
      expect(response.status, pathname).toBe(307);
      expect(new URL(response.headers.get("location")!).pathname).toBe("/dang-nhap");
    }
    for (const pathname of ["/", "/tra-cuu", "/dang-nhap", "/ho-sox", "/in/phieu/12"]) {
      expect(proxy(new NextRequest(`http://portal.test${pathname}`)).headers.get("location"), pathname).toBeNull();
    }
    const signedIn = new NextRequest("http://portal.test/ho-so/X", {
      headers: { cookie: "authjs.session-token=abc" },
    });
    expect(proxy(signedIn).headers.get("location")).toBeNull();
  });

  it("puts a fresh nonce in the Content-Security-Policy, which forbids framing, plugins and foreign <base>", () => {
    const policies = ["/", "/tiep-nhan", "/tra-cuu"].map((pathname) =>
      proxy(new NextRequest(`http://portal.test${pathname}`)).headers.get("content-security-policy")!,
    );
    const nonces = policies.map((policy) => /'nonce-([^']+)'/.exec(policy)?.[1]);
    expect(new Set(nonces).size).toBe(3);
    for (const policy of policies) {
      expect(policy).toContain("frame-ancestors 'none'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).toContain("base-uri 'self'");
      expect(policy).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    }
  });
});
