import { describe, expect, it } from "vitest";
import { NON_ACTING_ROLES } from "../dossier/permissions";
import {
  ACTION_ROLES,
  mayOpenPage,
  pageRolesFor,
  PUBLIC,
  PRINT_PAGES,
  ROLE_HOME,
  ROLES,
  ROUTE_ACCESS,
  type RouteAccess,
  STAFF_AREA_PREFIXES,
  STAFF_NAV,
  STAFF_PAGES,
} from "./index";

const underPrefix = (path: string) =>
  STAFF_AREA_PREFIXES.some((prefix) => path === prefix || path.startsWith(`${prefix}/`));

describe("roles and access", () => {
  it.each(ROLES)("%s: the home page and every navigation link are pages the role may open", (role) => {
    expect(mayOpenPage(role, ROLE_HOME[role])).toBe(true);
    for (const item of STAFF_NAV[role]) expect(mayOpenPage(role, item.href), item.href).toBe(true);
    expect(STAFF_NAV[role][0]?.href).toBe(ROLE_HOME[role]);
  });

  it("every staff page, and every role's home, sits under one of the proxy's prefixes", () => {
    for (const page of Object.keys(STAFF_PAGES)) expect(underPrefix(page), page).toBe(true);
    for (const home of Object.values(ROLE_HOME)) expect(underPrefix(home), home).toBe(true);
  });

  it("every prefix leads to at least one staff page", () => {
    for (const prefix of STAFF_AREA_PREFIXES)
      expect(
        Object.keys(STAFF_PAGES).some((page) => page.startsWith(prefix)),
        prefix,
      ).toBe(true);
  });

  it("matches concrete paths against route patterns, the exact page first", () => {
    expect(pageRolesFor("/tiep-nhan/moi")).toBe(STAFF_PAGES["/tiep-nhan/moi"]);
    expect(pageRolesFor("/ho-so/T01.01-260105-0001")).toBe(STAFF_PAGES["/ho-so/[code]"]);
    expect(pageRolesFor("/in/ho-so/X/xin-loi/abc")).toBe(PRINT_PAGES["/in/ho-so/[code]/xin-loi/[apologyId]"]);
    expect(pageRolesFor("/ho-so/")).toBeUndefined();
    expect(pageRolesFor("/khong-co")).toBeUndefined();
    expect(mayOpenPage("OFFICER", "/bao-cao/tre-han")).toBe(false);
    expect(mayOpenPage("INSPECTOR", "/bao-cao/tre-han?ky=quy")).toBe(true);
  });

  it("keeps separation of duties: admins and inspectors never act on dossiers or apology letters", () => {
    for (const roles of [ACTION_ROLES.dossierCommand, ACTION_ROLES.apologyLetter, ACTION_ROLES.registerDossier]) {
      expect(roles).not.toContain("ADMIN");
      expect(roles).not.toContain("INSPECTOR");
    }
  });

  it("the roles that act on dossiers and the state machine's non-acting roles split ROLES exactly", () => {
    const acting: readonly string[] = ACTION_ROLES.dossierCommand;
    expect(NON_ACTING_ROLES.filter((role) => acting.includes(role))).toEqual([]);
    expect([...acting, ...NON_ACTING_ROLES].sort()).toEqual([...ROLES].sort());
  });

  it("no route handler is public by accident: each declares roles or PUBLIC", () => {
    const routes: Record<string, RouteAccess> = ROUTE_ACCESS;
    for (const [route, access] of Object.entries(routes))
      expect(access === PUBLIC || access.length > 0, route).toBe(true);
  });
});
