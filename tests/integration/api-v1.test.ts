// Issue 10, item 3 — the REST API (/api/v1) through its real route handlers: an API client's key lifecycle (created
// by an administrator → works; revoked → 401; expired → 401), scope (a client of another unit sees no data: 404 for a
// dossier, 403 for a unit filter, nothing in lists), permissions (403), malformed queries (400 with one problem per
// issue), filters and 100-row pages with a cursor, a dossier's history, personal data only with its permission and
// audited, the rate limit (429 + Retry-After), one audit row per call, and statistics equal to the dashboard's.
import crypto from "node:crypto";
import { afterEach, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { useTestDb } from "../support/db";
import { at, createTestWorld, type TestWorld } from "../support/fixtures";

const { createApiClient, revokeApiClient } = await import("../../src/server/api/clients");
const { apiCallsByClient, API_CALLS_PER_MINUTE } = await import("../../src/server/rate-limit");
const { getUnitPerformanceByView } = await import("../../src/server/data/dashboard");
const dossiersRoute = await import("../../src/app/api/v1/dossiers/route");
const dossierRoute = await import("../../src/app/api/v1/dossiers/[code]/route");
const historyRoute = await import("../../src/app/api/v1/dossiers/[code]/history/route");
const statisticsRoute = await import("../../src/app/api/v1/statistics/route");
const proceduresRoute = await import("../../src/app/api/v1/procedures/route");
const procedureRoute = await import("../../src/app/api/v1/procedures/[code]/route");
const documentRoute = await import("../../src/app/api/v1/openapi.json/route");

type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;

async function call(handler: Handler, path: string, key?: string, params: Record<string, string> = {}) {
  const response = await handler(
    new Request(`http://localhost${path}`, { headers: key ? { Authorization: `Bearer ${key}` } : {} }),
    { params: Promise.resolve(params) },
  );
  const text = await response.text();
  return { status: response.status, headers: response.headers, body: text ? JSON.parse(text) : null };
}

const PROBLEM_FIELDS = ["type", "title", "status", "detail", "instance"];

describe("REST API /api/v1", () => {
  const db = useTestDb() as PrismaClient;
  let world: TestWorld;
  let wardKey: string;
  let wardClientId: string;
  let personalKey: string;
  let otherKey: string;
  let townKey: string;
  const codes: string[] = [];
  const admin = () => ({ id: world.users.admin.id, unitId: world.users.admin.unitId });

  const dossier = (unitId: string, code: string, i: number, extra: Record<string, unknown> = {}) => ({
    code,
    procedureId: world.procedure.id,
    procedureVersionId: world.procedureVersion.id,
    fieldId: world.field.id,
    channel: i % 3 === 0 ? ("ONLINE" as const) : ("DIRECT" as const),
    receivedUnitId: unitId,
    decidingUnitId: unitId,
    applicantName: `Nguyễn Văn An ${i}`,
    applicantIdNumber: "001090000001",
    applicantPhone: "0912345678",
    applicantAddress: "Phường Lê Lợi, Sơn Tây",
    trackingKey: crypto.randomBytes(6).toString("hex"),
    submittedAt: new Date(Date.now() - (i + 1) * 60_000),
    receivedAt: new Date(Date.now() - (i + 1) * 60_000),
    status: i % 4 === 0 ? ("RETURNED" as const) : ("RECEIVED" as const),
    ...(i % 4 === 0
      ? {
          finishedAt: new Date(Date.now() - i * 60_000),
          timeliness: i % 8 === 0 ? ("LATE" as const) : ("ON_TIME" as const),
        }
      : {}),
    ...extra,
  });

  beforeAll(async () => {
    world = await createTestWorld(db);
    // 130 dossiers of the ward (to fill a 100-row page and a second one), 3 of the other commune.
    const rows = Array.from({ length: 130 }, (_, i) => {
      const code = `${world.ward.code}-API-${String(i).padStart(4, "0")}`;
      codes.push(code);
      return dossier(world.ward.id, code, i);
    });
    rows.push(...[0, 1, 2].map((i) => dossier(world.otherWard.id, `${world.otherWard.code}-API-${i}`, i)));
    // One received last year: outside the `from` filter below and the year's statistics.
    rows.push(
      dossier(world.ward.id, `${world.ward.code}-API-OLD`, 1, {
        submittedAt: at("2025-03-10T09:00:00"),
        receivedAt: at("2025-03-10T09:00:00"),
      }),
    );
    await db.dossier.createMany({ data: rows });
    const first = await db.dossier.findUniqueOrThrow({ where: { code: codes[0]! } });
    await db.dossierEvent.createMany({
      data: [
        { dossierId: first.id, type: "receive", toStatus: "RECEIVED", at: new Date(Date.now() - 3000) },
        {
          dossierId: first.id,
          type: "assign",
          fromStatus: "RECEIVED",
          toStatus: "IN_PROCESSING",
          reason: "Giao cho chị Hoa",
          at: new Date(Date.now() - 2000),
        },
      ],
    });

    const ward = await createApiClient(admin(), {
      name: "Cổng tỉnh",
      unitId: world.ward.id,
      permissions: ["dossiers:read"],
    });
    wardKey = ward.key;
    wardClientId = ward.id;
    personalKey = (
      await createApiClient(admin(), {
        name: "Hệ thống có quyền cá nhân",
        unitId: world.ward.id,
        permissions: ["dossiers:read", "dossiers:personal"],
      })
    ).key;
    otherKey = (
      await createApiClient(admin(), { name: "Xã khác", unitId: world.otherWard.id, permissions: ["dossiers:read"] })
    ).key;
    townKey = (
      await createApiClient(admin(), {
        name: "Thị xã",
        unitId: world.town.id,
        permissions: ["statistics:read", "dossiers:read"],
      })
    ).key;
  });

  afterEach(async () => {
    await apiCallsByClient.delete(wardClientId);
  });

  describe("keys", () => {
    it("are stored as their SHA-256 only, and the key works at once", async () => {
      const row = await db.apiClient.findUniqueOrThrow({ where: { id: wardClientId } });
      expect(row.keyHash).toBe(crypto.createHash("sha256").update(wardKey).digest("hex"));
      expect(wardKey.startsWith(`${row.keyPrefix}_`)).toBe(true);
      const audit = await db.auditEntry.findMany({ where: { entityId: wardClientId }, select: { detail: true } });
      expect(JSON.stringify(audit)).not.toContain(wardKey);
      const answer = await call(dossierRoute.GET, `/api/v1/dossiers/${codes[1]}`, wardKey, { code: codes[1]! });
      expect(answer.status).toBe(200);
      expect(answer.body.code).toBe(codes[1]);
      expect(answer.headers.get("Cache-Control")).toBe("private, no-store");
      expect(answer.headers.get("RateLimit")).toMatch(/^limit=300, remaining=\d+, reset=\d+$/);
      expect((await db.apiClient.findUniqueOrThrow({ where: { id: wardClientId } })).lastUsedAt).not.toBeNull();
    });

    it("missing, malformed or wrong: 401 with a problem and no data", async () => {
      const wrong = wardKey.slice(0, -4) + (wardKey.endsWith("AAAA") ? "BBBB" : "AAAA");
      for (const key of [undefined, "not-a-key", wrong]) {
        const answer = await call(dossierRoute.GET, `/api/v1/dossiers/${codes[1]}`, key, { code: codes[1]! });
        expect(answer.status, String(key)).toBe(401);
        expect(answer.headers.get("Content-Type")).toBe("application/problem+json");
        expect(answer.headers.get("WWW-Authenticate")).toMatch(/^Bearer realm="MotCua API"/);
        expect(Object.keys(answer.body)).toEqual(expect.arrayContaining(PROBLEM_FIELDS));
        expect(answer.body).toMatchObject({ status: 401, type: "/api/v1/problems/unauthorized" });
        expect(JSON.stringify(answer.body)).not.toContain("Nguyễn");
      }
    });

    it("revoked: 401 from the next call on; expired: 401", async () => {
      const made = await createApiClient(admin(), {
        name: "Tạm",
        unitId: world.ward.id,
        permissions: ["dossiers:read"],
      });
      const path = `/api/v1/dossiers/${codes[2]}`;
      expect((await call(dossierRoute.GET, path, made.key, { code: codes[2]! })).status).toBe(200);
      await revokeApiClient(admin(), made.id);
      expect((await call(dossierRoute.GET, path, made.key, { code: codes[2]! })).status).toBe(401);
      const audit = await db.auditEntry.findMany({ where: { entityId: made.id }, orderBy: { id: "asc" } });
      expect(audit.map((row) => row.action)).toEqual(["api_client.create", "api.call", "api_client.revoke"]);

      const expiring = await createApiClient(admin(), {
        name: "Hết hạn",
        unitId: world.ward.id,
        permissions: ["dossiers:read"],
      });
      expect((await call(dossierRoute.GET, path, expiring.key, { code: codes[2]! })).status).toBe(200);
      await db.apiClient.update({ where: { id: expiring.id }, data: { expiresAt: new Date(Date.now() - 1000) } });
      expect((await call(dossierRoute.GET, path, expiring.key, { code: codes[2]! })).status).toBe(401);
    });

    it("an administrator may scope a client only to units they manage", async () => {
      const wardAdmin = { id: world.users.admin.id, unitId: world.otherWard.id };
      await expect(
        createApiClient(wardAdmin, { name: "Ngoài phạm vi", unitId: world.ward.id, permissions: ["dossiers:read"] }),
      ).rejects.toThrow(/phạm vi quản trị/);
      await expect(revokeApiClient(wardAdmin, wardClientId)).rejects.toThrow(/phạm vi quản trị/);
    });
  });

  describe("scope and permissions", () => {
    it("a client of another unit gets no data: 404 for the dossier, 403 for the unit, nothing in its list", async () => {
      const code = codes[3]!;
      const answer = await call(dossierRoute.GET, `/api/v1/dossiers/${code}`, otherKey, { code });
      expect(answer.status).toBe(404);
      expect(answer.body).toMatchObject({ status: 404, instance: `/api/v1/dossiers/${code}` });
      expect((await call(historyRoute.GET, `/api/v1/dossiers/${code}/history`, otherKey, { code })).status).toBe(404);
      const filtered = await call(dossiersRoute.GET, `/api/v1/dossiers?unit=${world.ward.code}`, otherKey);
      expect(filtered.status).toBe(403);
      expect(filtered.body.type).toBe("/api/v1/problems/forbidden");
      const list = await call(dossiersRoute.GET, "/api/v1/dossiers?limit=100", otherKey);
      expect(list.status).toBe(200);
      expect(list.body.items.map((item: { code: string }) => item.code).sort()).toEqual(
        [0, 1, 2].map((i) => `${world.otherWard.code}-API-${i}`),
      );
    });

    it("a unit above sees the units below it; a missing permission is 403", async () => {
      const list = await call(dossiersRoute.GET, `/api/v1/dossiers?unit=${world.otherWard.code}`, townKey);
      expect(list.body.items).toHaveLength(3);
      const stats = await call(statisticsRoute.GET, "/api/v1/statistics", wardKey);
      expect(stats.status).toBe(403);
      expect(stats.body.detail).toContain("statistics:read");
    });
  });

  describe("lists", () => {
    it("100 rows a page at most, newest first, and the cursor continues without gaps or repeats", async () => {
      const first = await call(dossiersRoute.GET, "/api/v1/dossiers?limit=100", wardKey);
      expect(first.status).toBe(200);
      expect(first.body.items).toHaveLength(100);
      expect(first.body.limit).toBe(100);
      expect(first.body.items[0].code).toBe(codes[0]);
      expect(first.body.items[0]).not.toHaveProperty("applicant");
      const second = await call(
        dossiersRoute.GET,
        `/api/v1/dossiers?limit=100&cursor=${first.body.nextCursor}`,
        wardKey,
      );
      expect(second.body.items).toHaveLength(31);
      expect(second.body.nextCursor).toBeNull();
      const seen = [...first.body.items, ...second.body.items].map((item: { code: string }) => item.code);
      expect(new Set(seen).size).toBe(131);
      expect(seen.slice(0, 130)).toEqual(codes);
    });

    it("filters by status, channel, period and procedure", async () => {
      const returned = await call(dossiersRoute.GET, "/api/v1/dossiers?status=RETURNED&limit=100", wardKey);
      expect(returned.body.items.every((item: { status: string }) => item.status === "RETURNED")).toBe(true);
      expect(returned.body.items).toHaveLength(33);
      const online = await call(dossiersRoute.GET, "/api/v1/dossiers?channel=ONLINE&limit=100", wardKey);
      expect(online.body.items).toHaveLength(44);
      const thisYear = await call(dossiersRoute.GET, "/api/v1/dossiers?from=2026-01-01&limit=100&cursor=", wardKey);
      expect(thisYear.status).toBe(400);
      const old = await call(dossiersRoute.GET, "/api/v1/dossiers?from=2025-03-10&to=2025-03-10", wardKey);
      expect(old.body.items.map((item: { code: string }) => item.code)).toEqual([`${world.ward.code}-API-OLD`]);
      const byProcedure = await call(
        dossiersRoute.GET,
        `/api/v1/dossiers?procedure=${world.procedure.code}&limit=5`,
        wardKey,
      );
      expect(byProcedure.body.items).toHaveLength(5);
      const none = await call(dossiersRoute.GET, "/api/v1/dossiers?procedure=9.999999", wardKey);
      expect(none.body.items).toEqual([]);
    });

    it("a malformed query is 400 with one error per problem, and no data", async () => {
      const answer = await call(dossiersRoute.GET, "/api/v1/dossiers?limit=101&status=DONE&colour=red", wardKey);
      expect(answer.status).toBe(400);
      expect(answer.headers.get("Content-Type")).toBe("application/problem+json");
      expect(answer.body).toMatchObject({ type: "/api/v1/problems/invalid-request", status: 400 });
      expect(answer.body.errors.map((error: { name: string }) => error.name).sort()).toEqual([
        "colour",
        "limit",
        "status",
      ]);
      expect(answer.body).not.toHaveProperty("items");
      for (const query of ["status=RECEIVED&status=RETURNED", "unit=%00", "cursor=bm90LWEtY3Vyc29y"]) {
        expect((await call(dossiersRoute.GET, `/api/v1/dossiers?${query}`, wardKey)).status, query).toBe(400);
      }
    });
  });

  describe("personal data and history", () => {
    it("the applicant only with dossiers:personal, and each such read is audited", async () => {
      const code = codes[5]!;
      const plain = await call(dossierRoute.GET, `/api/v1/dossiers/${code}`, wardKey, { code });
      expect(plain.body).not.toHaveProperty("applicant");
      expect(JSON.stringify(plain.body)).not.toContain("Nguyễn");
      const before = await db.auditEntry.count({ where: { action: "personal_data.view_dossier", entityId: code } });
      const full = await call(dossierRoute.GET, `/api/v1/dossiers/${code}`, personalKey, { code });
      expect(full.body.applicant).toMatchObject({ name: "Nguyễn Văn An 5", idNumber: "001090000001" });
      const reads = await db.auditEntry.findMany({ where: { action: "personal_data.view_dossier", entityId: code } });
      expect(reads).toHaveLength(before + 1);
      expect(reads.at(-1)?.detail).toMatchObject({ by: "api", view: "dossier" });
      const list = await call(dossiersRoute.GET, "/api/v1/dossiers?limit=3", personalKey);
      expect(list.body.items[0].applicant.name).toBe("Nguyễn Văn An 0");
      const listed = await db.auditEntry.findFirst({
        where: { action: "personal_data.api_list_dossiers" },
        orderBy: { id: "desc" },
      });
      expect(listed?.detail).toMatchObject({ count: 3, codes: codes.slice(0, 3) });
    });

    it("the history lists the steps in order; the officers' reasons only with dossiers:personal", async () => {
      const code = codes[0]!;
      const plain = await call(historyRoute.GET, `/api/v1/dossiers/${code}/history`, wardKey, { code });
      expect(plain.status).toBe(200);
      expect(plain.body.events.map((event: { type: string }) => event.type)).toEqual(["receive", "assign"]);
      expect(plain.body.events[1]).toMatchObject({ fromStatus: "RECEIVED", toStatus: "IN_PROCESSING" });
      expect(plain.body.events[1]).not.toHaveProperty("reason");
      const full = await call(historyRoute.GET, `/api/v1/dossiers/${code}/history`, personalKey, { code });
      expect(full.body.events[1].reason).toBe("Giao cho chị Hoa");
    });
  });

  describe("statistics", () => {
    it("equal the leadership table's figures for the same units", async () => {
      const answer = await call(statisticsRoute.GET, "/api/v1/statistics", townKey);
      expect(answer.status).toBe(200);
      const dashboard = await getUnitPerformanceByView([world.town.id, world.ward.id, world.otherWard.id], "receiving");
      expect(answer.body.year).toBe(dashboard.year);
      expect(answer.body.quarter).toBe(dashboard.quarter);
      const byCode = new Map(answer.body.units.map((unit: { code: string }) => [unit.code, unit]));
      const codeOf = {
        [world.town.id]: world.town.code,
        [world.ward.id]: world.ward.code,
        [world.otherWard.id]: world.otherWard.code,
      };
      for (const unit of dashboard.units) {
        const api = byCode.get(codeOf[unit.unitId]!) as Record<string, unknown>;
        expect(api).toMatchObject({
          receivedYear: unit.receivedYear,
          receivedQuarter: unit.receivedQuarter,
          pendingOverdue: unit.pendingOverdue,
          year: { ...unit.year },
          quarter: { ...unit.quarter },
        });
      }
      const ward = byCode.get(world.ward.code) as {
        receivedYear: number;
        year: { resolved: number; late: number; onTimeRate: number };
      };
      expect(ward.receivedYear).toBe(130);
      expect(ward.year).toMatchObject({ resolved: 33, late: 17 });
      expect(ward.year.onTimeRate).toBeCloseTo(16 / 33);
      // Last year's first quarter holds the old dossier only.
      const past = await call(
        statisticsRoute.GET,
        `/api/v1/statistics?unit=${world.ward.code}&year=2025&quarter=1`,
        townKey,
      );
      expect(past.body.units).toHaveLength(1);
      expect(past.body.units[0]).toMatchObject({ code: world.ward.code, receivedYear: 1, receivedQuarter: 1 });
    });
  });

  describe("merged units", () => {
    it("a client of the continuing unit reads its predecessor's dossiers, and statistics by either view", async () => {
      const old = await db.administrativeUnit.create({
        data: {
          code: `O${world.tag}`,
          name: `Phường cũ ${world.tag}`,
          kindLabel: "Phường",
          level: "COMMUNE",
          parentId: world.town.id,
          effectiveTo: new Date("2025-06-30"),
          successorId: world.ward.id,
        },
      });
      await db.dossier.createMany({
        data: [0, 1].map((i) =>
          dossier(old.id, `${old.code}-API-${i}`, 10 + i, {
            submittedAt: at(`2025-02-1${i}T09:00:00`),
            receivedAt: at(`2025-02-1${i}T09:00:00`),
          }),
        ),
      });
      const code = `${old.code}-API-0`;
      expect((await call(dossierRoute.GET, `/api/v1/dossiers/${code}`, wardKey, { code })).status).toBe(200);
      expect((await call(dossierRoute.GET, `/api/v1/dossiers/${code}`, otherKey, { code })).status).toBe(404);
      const listed = await call(dossiersRoute.GET, `/api/v1/dossiers?unit=${old.code}`, wardKey);
      expect(listed.body.items).toHaveLength(2);

      const ids = [world.ward.id, old.id];
      for (const view of ["receiving", "continuing"] as const) {
        const answer = await call(
          statisticsRoute.GET,
          `/api/v1/statistics?unit=${world.ward.code}&year=2025&quarter=1&view=${view}`,
          townKey,
        );
        expect(answer.status, view).toBe(200);
        const { periodsOf } = await import("../../src/server/data/dashboard");
        const dashboard = await getUnitPerformanceByView(ids, view, new Date(), periodsOf(2025, 1));
        expect(answer.body.units.map((unit: { receivedQuarter: number }) => unit.receivedQuarter).sort()).toEqual(
          dashboard.units.map((unit) => unit.receivedQuarter).sort(),
        );
        if (view === "receiving")
          expect(answer.body.units.find((unit: { code: string }) => unit.code === old.code)).toMatchObject({
            receivedQuarter: 2,
            continuedBy: `Phường ${world.ward.name}`,
          });
        else
          expect(answer.body.units).toEqual([
            expect.objectContaining({ code: world.ward.code, receivedQuarter: 3, foldedUnits: 1, continuedBy: null }),
          ]);
      }
    });
  });

  describe("rate limit and audit", () => {
    it("one audit row per call, with the client, path and status, and no personal data", async () => {
      const before = await db.auditEntry.count({ where: { action: "api.call", entityId: wardClientId } });
      await call(dossiersRoute.GET, "/api/v1/dossiers?limit=2", wardKey);
      await call(dossiersRoute.GET, "/api/v1/dossiers?limit=0", wardKey);
      const rows = await db.auditEntry.findMany({
        where: { action: "api.call", entityId: wardClientId },
        orderBy: { id: "asc" },
      });
      expect(rows).toHaveLength(before + 2);
      expect(rows.slice(-2).map((row) => row.detail)).toEqual([
        { method: "GET", path: "/api/v1/dossiers", status: 200 },
        { method: "GET", path: "/api/v1/dossiers", status: 400 },
      ]);
    });

    it("past the calls of the minute: 429 with Retry-After, no data", async () => {
      await apiCallsByClient.penalty(wardClientId, API_CALLS_PER_MINUTE);
      const answer = await call(dossiersRoute.GET, "/api/v1/dossiers", wardKey);
      expect(answer.status).toBe(429);
      expect(Number(answer.headers.get("Retry-After"))).toBeGreaterThan(0);
      expect(answer.headers.get("RateLimit")).toMatch(/remaining=0/);
      expect(answer.body).toMatchObject({ type: "/api/v1/problems/rate-limited", status: 429 });
    });
  });

  describe("hostile input (the security corpus of src/tooling/fuzz/corpus.ts)", () => {
    it("every /api/v1 route answers 4xx, never 5xx, with a problem, in every segment and parameter", async () => {
      const { HOSTILE_VALUES, QUERY_NAMES, urlEncode } = await import("../../src/tooling/fuzz/corpus");
      const routes: [Handler, string, string | null][] = [
        [proceduresRoute.GET, "/api/v1/procedures", null],
        [procedureRoute.GET, "/api/v1/procedures/[code]", "code"],
        [dossiersRoute.GET, "/api/v1/dossiers", null],
        [dossierRoute.GET, "/api/v1/dossiers/[code]", "code"],
        [historyRoute.GET, "/api/v1/dossiers/[code]/history", "code"],
        [statisticsRoute.GET, "/api/v1/statistics", null],
        [documentRoute.GET, "/api/v1/openapi.json", null],
      ];
      const failures: string[] = [];
      for (const [handler, pattern, segment] of routes)
        for (const hostile of HOSTILE_VALUES) {
          const encoded = urlEncode(hostile.value);
          const raw = decodeURIComponent(encoded.replace(/%([89A-F][0-9A-F]|C0|C3|E1)/g, "%EF%BF%BD"));
          const path = segment ? pattern.replace(`[${segment}]`, encoded) : pattern;
          const params = segment ? { [segment]: raw } : {};
          const query = QUERY_NAMES.map((name) => `${name}=${encoded}`).join("&");
          for (const key of [townKey, undefined]) {
            for (const url of segment ? [path, `${path}?${query}`] : [`${path}?${query}`]) {
              await apiCallsByClient.delete(wardClientId);
              const answer = await call(handler, url, key, params);
              if (answer.status >= 500 || answer.status < 400 || answer.body?.status !== answer.status)
                failures.push(`${answer.status} ${url.slice(0, 80)} (${hostile.name}, ${key ? "key" : "no key"})`);
            }
          }
        }
      expect(failures).toEqual([]);
    });
  });

  describe("the public catalogue and the document", () => {
    it("needs no key; a wrong key is still refused", async () => {
      const list = await call(proceduresRoute.GET, `/api/v1/procedures?q=${encodeURIComponent("kết hôn")}&limit=100`);
      expect(list.status).toBe(200);
      expect(list.body.items.map((item: { code: string }) => item.code)).toContain(world.procedure.code);
      const one = await call(procedureRoute.GET, `/api/v1/procedures/${world.procedure.code}`, undefined, {
        code: world.procedure.code,
      });
      expect(one.status).toBe(200);
      expect(one.body.current).toMatchObject({ version: 1, effectiveFrom: "2025-01-01" });
      expect(one.body.current.documents).toHaveLength(2);
      expect(
        (await call(procedureRoute.GET, "/api/v1/procedures/9.999999", undefined, { code: "9.999999" })).status,
      ).toBe(404);
      expect((await call(proceduresRoute.GET, "/api/v1/procedures", "mck_00000000_" + "A".repeat(43))).status).toBe(
        401,
      );
      const document = await call(documentRoute.GET, "/api/v1/openapi.json");
      expect(document.body.openapi).toBe("3.1.0");
    });
  });
});
