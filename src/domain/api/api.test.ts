// Issue 10, item 3: API keys are shown once and stored hashed (only their shape is checked here; hashing is in
// src/server/api/keys.ts), permissions are granted per client, errors follow one problem format (RFC 9457).
import { describe, expect, it } from "vitest";
import { bearerKey, composeKey, keyPrefixOf, keyUsable } from "./keys";
import { hasPermission, normalisePermissions } from "./permissions";
import { issuesOf, problem, PROBLEM_KINDS } from "./problem";
import { dossierListQuery, procedureListQuery, statisticsQuery } from "./schemas";

const SECRET = "A".repeat(40) + "b_-";
const KEY = composeKey("0a1b2c3d", SECRET);

describe("API keys", () => {
  it("have a public prefix and a 256-bit secret", () => {
    expect(KEY).toBe(`mck_0a1b2c3d_${SECRET}`);
    expect(keyPrefixOf(KEY)).toBe("mck_0a1b2c3d");
    expect(keyPrefixOf(`${KEY}x`)).toBeNull();
    expect(keyPrefixOf("mck_0A1B2C3D_" + SECRET)).toBeNull();
    expect(() => composeKey("xyz", SECRET)).toThrow();
  });

  it("are read from an Authorization: Bearer header only (scheme case-insensitive), nothing else", () => {
    expect(bearerKey(`Bearer ${KEY}`)).toBe(KEY);
    expect(bearerKey(`bearer  ${KEY}`)).toBe(KEY);
    expect(bearerKey(null)).toBeNull();
    expect(bearerKey(KEY)).toBeNull();
    expect(bearerKey(`Basic ${KEY}`)).toBeNull();
    expect(bearerKey(`Bearer ${KEY} extra`)).toBeNull();
    expect(bearerKey("Bearer mck_0a1b2c3d_short")).toBeNull();
  });

  it("stop working once revoked or expired", () => {
    const now = new Date("2026-12-05T10:00:00Z");
    const earlier = new Date("2026-12-05T09:00:00Z");
    const later = new Date("2026-12-05T11:00:00Z");
    expect(keyUsable({ revokedAt: null, expiresAt: null }, now)).toBe(true);
    expect(keyUsable({ revokedAt: null, expiresAt: later }, now)).toBe(true);
    expect(keyUsable({ revokedAt: null, expiresAt: earlier }, now)).toBe(false);
    expect(keyUsable({ revokedAt: null, expiresAt: now }, now)).toBe(false);
    expect(keyUsable({ revokedAt: earlier, expiresAt: null }, now)).toBe(false);
  });
});

describe("permissions", () => {
  it("are granted one by one; personal data only together with reading dossiers", () => {
    expect(hasPermission(["dossiers:read"], "dossiers:read")).toBe(true);
    expect(hasPermission(["dossiers:read"], "dossiers:personal")).toBe(false);
    expect(hasPermission(["dossiers:personal"], "dossiers:personal")).toBe(false);
    expect(hasPermission(["dossiers:read", "dossiers:personal"], "dossiers:personal")).toBe(true);
    expect(hasPermission(["statistics:read"], "dossiers:read")).toBe(false);
  });

  it("that an administrator grants are known codes, each once", () => {
    expect(normalisePermissions(["statistics:read", "admin", "statistics:read"])).toEqual(["statistics:read"]);
    expect(normalisePermissions(["dossiers:personal"])).toEqual([]);
    expect(normalisePermissions(["dossiers:personal", "dossiers:read"])).toEqual([
      "dossiers:read",
      "dossiers:personal",
    ]);
  });
});

describe("the problem format (RFC 9457)", () => {
  it("has type, title, status, detail and instance; errors only when there are some", () => {
    expect(problem("not-found", "Không có hồ sơ này.", "/api/v1/dossiers/X")).toEqual({
      type: "/api/v1/problems/not-found",
      title: PROBLEM_KINDS["not-found"].title,
      status: 404,
      detail: "Không có hồ sơ này.",
      instance: "/api/v1/dossiers/X",
    });
    expect(problem("invalid-request", "x", "/", [])).not.toHaveProperty("errors");
  });

  it("lists one error per zod issue, naming each unknown parameter", () => {
    const parsed = dossierListQuery.safeParse({ limit: "101", status: "DONE", colour: "red", page: "2" });
    expect(parsed.success).toBe(false);
    const errors = issuesOf("query", parsed.error!.issues);
    expect(errors.map((error) => error.name).sort()).toEqual(["colour", "limit", "page", "status"]);
    expect(errors.every((error) => error.location === "query" && error.message.length > 0)).toBe(true);
    expect(errors.find((error) => error.name === "colour")?.code).toBe("unrecognized_keys");
  });
});

describe("query schemas", () => {
  it("read numbers as decimal digits only, at most 100 rows a page", () => {
    expect(dossierListQuery.parse({ limit: "100" }).limit).toBe(100);
    for (const limit of ["0", "101", "1e2", "0x10", " 5", "+5", "5.0"])
      expect(dossierListQuery.safeParse({ limit }).success, limit).toBe(false);
    expect(procedureListQuery.safeParse({ limit: "101" }).success).toBe(false);
  });

  it("take real dates in order, and statuses, channels and quarters from their lists", () => {
    expect(dossierListQuery.safeParse({ from: "2026-02-30" }).success).toBe(false);
    expect(dossierListQuery.safeParse({ from: "2026-10-02", to: "2026-10-01" }).success).toBe(false);
    expect(dossierListQuery.safeParse({ from: "2026-10-01", to: "2026-10-01", channel: "ONLINE" }).success).toBe(true);
    expect(dossierListQuery.safeParse({ channel: "FAX" }).success).toBe(false);
    expect(statisticsQuery.safeParse({ quarter: "5" }).success).toBe(false);
    expect(statisticsQuery.parse({ year: "2026", quarter: "4" })).toEqual({ year: 2026, quarter: 4 });
  });
});
