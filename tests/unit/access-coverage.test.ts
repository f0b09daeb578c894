import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { PRINT_PAGES, ROUTE_ACCESS, STAFF_AREA_PREFIXES, STAFF_PAGES } from "../../src/domain/access";
import { config } from "../../src/proxy";

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

  it("every route handler goes through defineRoute (directly or via the PDF helper)", () => {
    for (const route of Object.keys(ROUTE_ACCESS)) {
      const source = fs.readFileSync(path.join(appDir, route, "route.ts"), "utf8");
      expect(source, route).toMatch(/export const GET = define(Pdf)?Route\(/);
      expect(source, route).toContain(`ROUTE_ACCESS["${route}"]`);
    }
  });

  it("the proxy's literal matcher is exactly the staff area's prefixes", () => {
    expect(config.matcher).toEqual(STAFF_AREA_PREFIXES.map((prefix) => `${prefix}/:path*`));
  });
});
