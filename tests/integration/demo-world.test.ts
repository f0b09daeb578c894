// Seeds a small demo world into its own fresh database (the shared integration database holds other tests' rows,
// and the demo world needs an empty one) and checks counts and invariants through SQL.
import { verify } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, type PrismaClient } from "@/server/db/client";
import { DEMO_PASSWORD } from "@/tooling/demo-world/demo-logins";
import { seedDemoWorld, type DemoWorldSummary } from "@/tooling/demo-world/seed";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

const UNTIL = new Date("2026-11-22T00:00:00+07:00");

let database: TestDatabase;
let db: PrismaClient;
let summary: DemoWorldSummary;

beforeAll(async () => {
  database = await createTestDatabase("demoworld");
  db = createPrismaClient(database.url, { poolSize: 4 });
  summary = await seedDemoWorld(db, { seed: 7, until: UNTIL, months: 3, dossiers: 1_500 });
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

const count = async (sql: string): Promise<number> => Number((await db.$queryRawUnsafe<{ n: bigint }[]>(sql))[0]?.n ?? -1);

describe("seedDemoWorld", () => {
  it("stores what the summary reports", async () => {
    expect(summary.dossiers).toBeGreaterThan(1_350);
    expect(summary.dossiers).toBeLessThan(1_650);
    const tables = ["AdministrativeUnit", "Office", "User", "Procedure", "ProcedureVersion", "Dossier", "DossierEvent", "DossierHandoff", "DossierDocument", "DossierPause", "DossierCodeSequence", "CalendarDay", "OfficeHours", "Setting"];
    for (const table of tables) expect(await count(`SELECT count(*) AS n FROM "${table}"`), table).toBe(summary.counts[table]);
    expect(summary.counts.AdministrativeUnit).toBe(17);
    expect(await db.calendarRevision.count()).toBe(1);
  });

  it("refuses to seed over existing data", async () => {
    await expect(seedDemoWorld(db, { seed: 7, until: UNTIL, months: 1, dossiers: 10 })).rejects.toThrow(/refusing/);
  });

  it("keeps codes gap-free per unit and day, matching DossierCodeSequence", async () => {
    const mismatches = await count(`
      WITH per_day AS (
        SELECT "receivedUnitId" AS unit, split_part(code, '-', 2) AS yymmdd, count(*) AS n, max(split_part(code, '-', 3)::int) AS top
        FROM "Dossier" GROUP BY 1, 2)
      SELECT count(*) AS n FROM per_day p
      FULL JOIN "DossierCodeSequence" s ON s."unitId" = p.unit AND to_char(s.day, 'YYMMDD') = p.yymmdd
      WHERE p.n IS DISTINCT FROM p.top OR s."lastValue" IS DISTINCT FROM p.n`);
    expect(mismatches).toBe(0);
  });

  it("stores instants in UTC so receipts fall inside Vietnamese office hours", async () => {
    const outside = await count(`
      SELECT count(*) AS n FROM "Dossier"
      WHERE NOT ((("receivedAt" + interval '7 hours')::time >= '07:30' AND ("receivedAt" + interval '7 hours')::time < '11:30')
              OR (("receivedAt" + interval '7 hours')::time >= '13:30' AND ("receivedAt" + interval '7 hours')::time < '17:00'))`);
    expect(outside).toBe(0);
  });

  it("keeps each dossier's state consistent with its history", async () => {
    // The last event's target status is the dossier's status.
    expect(await count(`
      SELECT count(*) AS n FROM "Dossier" d
      JOIN LATERAL (SELECT "toStatus" FROM "DossierEvent" e WHERE e."dossierId" = d.id ORDER BY e.at DESC, e.id DESC LIMIT 1) last ON true
      WHERE last."toStatus" <> d.status`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Dossier" WHERE ("finishedAt" IS NULL) <> ("timeliness" IS NULL)`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Dossier" WHERE status = 'WAITING_SUPPLEMENT' AND ("appointmentAt" IS NOT NULL OR NOT EXISTS (SELECT 1 FROM "DossierPause" p WHERE p."dossierId" = "Dossier".id AND p."endedAt" IS NULL))`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Dossier" WHERE status = 'RETURNED' AND ("returnedAt" IS NULL OR "returnedAt" < "finishedAt")`)).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Dossier" WHERE status <> 'RETURNED'`)).toBeGreaterThan(0);
    expect(await count(`SELECT count(*) AS n FROM "Dossier" d WHERE NOT EXISTS (SELECT 1 FROM "DossierDocument" x WHERE x."dossierId" = d.id)`)).toBe(0);
    // Dossiers stay on the procedure version in force when received.
    expect(await count(`
      SELECT count(*) AS n FROM "Dossier" d JOIN "ProcedureVersion" v ON v.id = d."procedureVersionId"
      WHERE v."procedureId" <> d."procedureId" OR v."effectiveFrom" > (d."receivedAt" + interval '7 hours')::date
         OR (v."effectiveTo" IS NOT NULL AND v."effectiveTo" <= (d."receivedAt" + interval '7 hours')::date)`)).toBe(0);
  });

  it("gives every demo user the one shared argon2id hash of the demo password", async () => {
    const hashes = await db.user.findMany({ select: { passwordHash: true }, distinct: ["passwordHash"] });
    expect(hashes).toHaveLength(1);
    expect(hashes[0]?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(hashes[0]!.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(await db.user.findUnique({ where: { username: "tiepnhan.leloi" }, select: { role: true, office: { select: { code: true } } } })).toEqual({ role: "RECEPTIONIST", office: { code: "MOTCUA" } });
  });

  it("reseeds from scratch with force, identically for the same seed", async () => {
    const before = await db.dossier.findMany({ orderBy: { code: "asc" }, take: 50, select: { id: true, code: true, applicantName: true, appointmentAt: true, status: true } });
    const again = await seedDemoWorld(db, { seed: 7, until: UNTIL, months: 3, dossiers: 1_500, force: true });
    expect(again.counts).toEqual(summary.counts);
    const after = await db.dossier.findMany({ orderBy: { code: "asc" }, take: 50, select: { id: true, code: true, applicantName: true, appointmentAt: true, status: true } });
    expect(after).toEqual(before);
  });
});
