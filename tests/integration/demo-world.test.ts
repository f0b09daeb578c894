// Seeds a small demo world into its own fresh database (the shared integration database holds other tests' rows,
// and the demo world needs an empty one) and checks counts and invariants through SQL. A year at a fifth of the
// default volume: enough late dossiers in offices with a head for a few apology letters.
import { verify } from "@node-rs/argon2";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { classifyLateDossierApology } from "@/domain/apology";
import { createPrismaClient, type PrismaClient } from "@/server/db/client";
import { demoCalendar } from "@/tooling/demo-world/demo-calendar";
import { DEMO_PASSWORD } from "@/tooling/demo-world/demo-logins";
import { seedDemoWorld, type DemoWorldSummary } from "@/tooling/demo-world/seed";
import { createTestDatabase, type TestDatabase } from "../../src/tooling/fresh-database";

const UNTIL = new Date("2026-11-22T00:00:00+07:00");
const WORLD = { seed: 7, until: UNTIL, months: 12, dossiers: 8_000 } as const;

let database: TestDatabase;
let db: PrismaClient;
let summary: DemoWorldSummary;

beforeAll(async () => {
  database = await createTestDatabase("demoworld");
  db = createPrismaClient(database.url, { poolSize: 4 });
  summary = await seedDemoWorld(db, WORLD);
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
});

const count = async (sql: string): Promise<number> =>
  Number((await db.$queryRawUnsafe<{ n: bigint }[]>(sql))[0]?.n ?? -1);

describe("seedDemoWorld", () => {
  it("stores what the summary reports", async () => {
    expect(summary.dossiers).toBeGreaterThan(7_200);
    expect(summary.dossiers).toBeLessThan(8_800);
    const tables = [
      "AdministrativeUnit",
      "Office",
      "User",
      "Procedure",
      "ProcedureVersion",
      "Dossier",
      "DossierEvent",
      "DossierHandoff",
      "DossierDocument",
      "DossierPause",
      "DossierCodeSequence",
      "CalendarDay",
      "OfficeHours",
      "Setting",
      "ApologyLetter",
      "IntakeNotice",
      "AuditEntry",
    ];
    for (const table of tables)
      expect(await count(`SELECT count(*) AS n FROM "${table}"`), table).toBe(summary.counts[table]);
    expect(summary.counts.AdministrativeUnit).toBe(17);
    expect(summary.counts.ApologyLetter).toBeGreaterThan(5);
    expect(
      summary.apologies.byStatus.APPROVED + summary.apologies.byStatus.DRAFT + summary.apologies.byStatus.REJECTED,
    ).toBe(summary.counts.ApologyLetter);
    expect(summary.intakeNotices.SUPPLEMENT_REQUEST + summary.intakeNotices.REFUSAL).toBe(summary.counts.IntakeNotice);
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
    expect(
      await count(`
      SELECT count(*) AS n FROM "Dossier" d
      JOIN LATERAL (SELECT "toStatus" FROM "DossierEvent" e WHERE e."dossierId" = d.id ORDER BY e.at DESC, e.id DESC LIMIT 1) last ON true
      WHERE last."toStatus" <> d.status`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM "Dossier" WHERE ("finishedAt" IS NULL) <> ("timeliness" IS NULL)`),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM "Dossier" WHERE status = 'WAITING_SUPPLEMENT' AND ("appointmentAt" IS NOT NULL OR NOT EXISTS (SELECT 1 FROM "DossierPause" p WHERE p."dossierId" = "Dossier".id AND p."endedAt" IS NULL))`,
      ),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM "Dossier" WHERE status = 'RETURNED' AND ("returnedAt" IS NULL OR "returnedAt" < "finishedAt")`,
      ),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "Dossier" WHERE status <> 'RETURNED'`)).toBeGreaterThan(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM "Dossier" d WHERE NOT EXISTS (SELECT 1 FROM "DossierDocument" x WHERE x."dossierId" = d.id)`,
      ),
    ).toBe(0);
    // Dossiers stay on the procedure version in force when received.
    expect(
      await count(`
      SELECT count(*) AS n FROM "Dossier" d JOIN "ProcedureVersion" v ON v.id = d."procedureVersionId"
      WHERE v."procedureId" <> d."procedureId" OR v."effectiveFrom" > (d."receivedAt" + interval '7 hours')::date
         OR (v."effectiveTo" IS NOT NULL AND v."effectiveTo" <= (d."receivedAt" + interval '7 hours')::date)`),
    ).toBe(0);
  });

  it("gives every demo user the one shared argon2id hash of the demo password", async () => {
    const hashes = await db.user.findMany({ select: { passwordHash: true }, distinct: ["passwordHash"] });
    expect(hashes).toHaveLength(1);
    expect(hashes[0]?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(hashes[0]!.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(
      await db.user.findUnique({
        where: { username: "tiepnhan.leloi" },
        select: { role: true, office: { select: { code: true } } },
      }),
    ).toEqual({ role: "RECEPTIONIST", office: { code: "MOTCUA" } });
  });

  it("numbers apology letters per unit and day of signing, gap-free, signed by the head of the letter's office", async () => {
    // Number <unit code>-04-<yymmdd of signing>-<3 digits> on approved letters only.
    expect(
      await count(`
      SELECT count(*) AS n FROM "ApologyLetter" a JOIN "Dossier" d ON d.id = a."dossierId" JOIN "AdministrativeUnit" u ON u.id = d."decidingUnitId"
      WHERE (a.status = 'APPROVED') <> (a.number IS NOT NULL)
         OR (a.status = 'APPROVED' AND a.number <> u.code || '-04-' || to_char(a."decidedAt" + interval '7 hours', 'YYMMDD') || '-' || lpad(split_part(a.number, '-', 4), 3, '0'))
         OR (a.status = 'APPROVED' AND a.number !~ '^[A-Z]{3}-04-[0-9]{6}-[0-9]{3}$')`),
    ).toBe(0);
    expect(
      await count(`
      SELECT count(*) AS n FROM (
        SELECT split_part(number, '-', 1) || split_part(number, '-', 3) AS k, count(*) AS c, max(split_part(number, '-', 4)::int) AS top,
               bool_and(rn = split_part(number, '-', 4)::int) AS ordered
        FROM (SELECT number, row_number() OVER (PARTITION BY split_part(number, '-', 1), split_part(number, '-', 3) ORDER BY "decidedAt") AS rn
              FROM "ApologyLetter" WHERE number IS NOT NULL) x
        GROUP BY 1) g
      WHERE c <> top OR NOT ordered`),
    ).toBe(0);
    // Drafted by an officer of the office at fault, decided by its head, after the draft.
    expect(
      await count(`
      SELECT count(*) AS n FROM "ApologyLetter" a
      JOIN "User" drafter ON drafter.id = a."draftedById" LEFT JOIN "User" head ON head.id = a."decidedById"
      WHERE drafter.role <> 'OFFICER' OR drafter."officeId" <> a."officeId"
         OR (a.status <> 'DRAFT' AND (head.role IS DISTINCT FROM 'DEPARTMENT_HEAD' OR head."officeId" IS DISTINCT FROM a."officeId" OR a."decidedAt" <= a."draftedAt"))
         OR (a.status = 'DRAFT' AND (a."decidedById" IS NOT NULL OR a."decidedAt" IS NOT NULL))
         OR (a.status = 'REJECTED') <> (a."rejectionReason" IS NOT NULL)`),
    ).toBe(0);
  });

  it("moves the appointment of a dossier with an approved LATE letter as approveApology does, with its events", async () => {
    const approvedLate = await count(
      `SELECT count(*) AS n FROM "ApologyLetter" WHERE kind = 'LATE' AND status = 'APPROVED'`,
    );
    expect(approvedLate).toBeGreaterThan(0);
    expect(
      await count(`
      SELECT count(*) AS n FROM "ApologyLetter" a JOIN "Dossier" d ON d.id = a."dossierId"
      WHERE a.kind = 'LATE' AND a.status = 'APPROVED' AND (
            d."originalAppointmentAt" IS DISTINCT FROM a."previousAppointmentAt" OR d."appointmentAt" IS DISTINCT FROM a."proposedAppointmentAt"
         OR d."rescheduleCount" <> 1 OR d."appointmentNote" <> a."appointmentNote" || ' (theo phiếu xin lỗi số ' || a.number || ')'
         OR a."extraWorkingDays" NOT BETWEEN 2 AND 10 OR (d."finishedAt" IS NOT NULL AND (d.timeliness <> 'LATE' OR d."finishedAt" <= d."originalAppointmentAt")))`),
    ).toBe(0);
    // Only an approved letter reschedules; the statutory appointment is set only then.
    expect(
      await count(`
      SELECT count(*) AS n FROM "Dossier" d
      WHERE d."rescheduleCount" <> (SELECT count(*) FROM "ApologyLetter" a WHERE a."dossierId" = d.id AND a.status = 'APPROVED')
         OR (d."originalAppointmentAt" IS NOT NULL) <> EXISTS (SELECT 1 FROM "ApologyLetter" a WHERE a."dossierId" = d.id AND a.status = 'APPROVED' AND a.kind = 'LATE')`),
    ).toBe(0);
    // draft_apology at the draft, approve_apology / reject_apology at the decision, with the services' payloads.
    expect(
      await count(`
      SELECT count(*) AS n FROM "ApologyLetter" a
      WHERE NOT EXISTS (SELECT 1 FROM "DossierEvent" e WHERE e."dossierId" = a."dossierId" AND e.type = 'draft_apology' AND e.at = a."draftedAt"
                          AND e."actorId" = a."draftedById" AND e.payload->>'apologyId' = a.id AND e."fromStatus" = e."toStatus")
         OR (a.status = 'APPROVED' AND NOT EXISTS (SELECT 1 FROM "DossierEvent" e WHERE e."dossierId" = a."dossierId" AND e.type = 'approve_apology'
                          AND e.at = a."decidedAt" AND e."actorId" = a."decidedById" AND e.payload->>'apologyId' = a.id AND e.payload->>'number' = a.number
                          AND e.payload->>'kind' = a.kind::text AND (e.payload->>'appointmentAt')::timestamptz = a."proposedAppointmentAt" AT TIME ZONE 'UTC'))
         OR (a.status = 'REJECTED' AND NOT EXISTS (SELECT 1 FROM "DossierEvent" e WHERE e."dossierId" = a."dossierId" AND e.type = 'reject_apology'
                          AND e.at = a."decidedAt" AND e.payload->>'apologyId' = a.id))`),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "DossierEvent" WHERE type LIKE '%_apology'`)).toBe(
      await count(`SELECT (count(*) + count(*) FILTER (WHERE status <> 'DRAFT')) AS n FROM "ApologyLetter"`),
    );
  });

  it("reports apology compliance from the database as the summary computed it", async () => {
    // latenessReport reads the app's database client, which takes DATABASE_URL when first imported.
    process.env.DATABASE_URL = database.url;
    const { latenessReport } = await import("@/server/data/apology-report");
    const units = await db.administrativeUnit.findMany({ select: { id: true, code: true } });
    const rows = await latenessReport(
      units.map((u) => u.id),
      { from: new Date("2000-01-01T00:00:00Z"), to: UNTIL },
      "unit",
    );
    const byCode = new Map(rows.map((r) => [units.find((u) => u.id === r.id)!.code, r]));
    for (const unit of summary.timeliness.filter((u) => u.resolved > 0)) {
      const row = byCode.get(unit.unitCode)!;
      expect(
        {
          resolved: row.resolved,
          late: row.late,
          timely: row.lateWithTimelyApology,
          lateApology: row.lateWithLateApology,
          none: row.lateWithoutApology,
          compliance: row.compliance,
        },
        unit.unitCode,
      ).toEqual({
        resolved: unit.resolved,
        late: unit.late,
        timely: unit.lateWithTimelyApology,
        lateApology: unit.lateWithLateApology,
        none: unit.lateWithoutApology,
        compliance: unit.apologyCompliance,
      });
    }
    // The same with the pure rule straight from the rows.
    const cal = demoCalendar();
    const late = await db.dossier.findMany({
      where: { timeliness: "LATE" },
      select: {
        originalAppointmentAt: true,
        appointmentAt: true,
        apologies: {
          where: { status: "APPROVED" },
          orderBy: { decidedAt: "asc" },
          take: 1,
          select: { decidedAt: true },
        },
      },
    });
    const verdicts = late.map((d) =>
      classifyLateDossierApology(cal, {
        originalAppointmentAt: (d.originalAppointmentAt ?? d.appointmentAt)!,
        apologyIssuedAt: d.apologies[0]?.decidedAt ?? null,
      }),
    );
    expect(verdicts.filter((v) => v === "TIMELY_APOLOGY").length).toBe(
      summary.timeliness.reduce((s, u) => s + u.lateWithTimelyApology, 0),
    );
  });

  it("registers intake notices gap-free per unit, kind and day, each with its audit entry", async () => {
    expect(summary.counts.IntakeNotice).toBeGreaterThan(50);
    expect(
      await count(`
      SELECT count(*) AS n FROM (
        SELECT split_part(number, '-', 1) || split_part(number, '-', 2) || split_part(number, '-', 3) AS k, count(*) AS c, max(split_part(number, '-', 4)::int) AS top
        FROM "IntakeNotice" GROUP BY 1) g WHERE c <> top`),
    ).toBe(0);
    expect(
      await count(`
      SELECT count(*) AS n FROM "IntakeNotice" i JOIN "AdministrativeUnit" u ON u.id = i."unitId" JOIN "User" r ON r.id = i."issuedById"
      WHERE i.number <> u.code || '-' || CASE i.kind WHEN 'SUPPLEMENT_REQUEST' THEN '02' ELSE '03' END || '-' || to_char(i."issuedAt" + interval '7 hours', 'YYMMDD') || '-' || split_part(i.number, '-', 4)
         OR r.role <> 'RECEPTIONIST' OR r."unitId" <> i."unitId"
         OR (i.kind = 'SUPPLEMENT_REQUEST') <> (jsonb_typeof(i."missingDocuments") = 'array' AND jsonb_array_length(i."missingDocuments") > 0)
         OR NOT EXISTS (SELECT 1 FROM "AuditEntry" a WHERE a."entityId" = i.id AND a.entity = 'IntakeNotice' AND a.at = i."issuedAt" AND a.detail->>'number' = i.number)`),
    ).toBe(0);
  });

  it("reseeds from scratch with force, identically for the same seed", async () => {
    const before = await db.dossier.findMany({
      orderBy: { code: "asc" },
      take: 50,
      select: { id: true, code: true, applicantName: true, appointmentAt: true, status: true },
    });
    const letters = await db.apologyLetter.findMany({ orderBy: { id: "asc" } });
    const again = await seedDemoWorld(db, { ...WORLD, force: true });
    expect(again.counts).toEqual(summary.counts);
    const after = await db.dossier.findMany({
      orderBy: { code: "asc" },
      take: 50,
      select: { id: true, code: true, applicantName: true, appointmentAt: true, status: true },
    });
    expect(after).toEqual(before);
    expect(await db.apologyLetter.findMany({ orderBy: { id: "asc" } })).toEqual(letters);
  });
});
