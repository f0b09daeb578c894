// Seeds a small demo world into its own fresh database (the shared integration database holds other tests' rows,
// and the demo world needs an empty one) and checks counts and invariants through SQL. A year at a fifth of the
// default volume: enough late dossiers in offices with a head for a few apology letters.
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { verify } from "@node-rs/argon2";
import { fileTypeFromBuffer } from "file-type";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { classifyLateDossierApology } from "@/domain/apology";
import { addWorkingTime, toLocalDate } from "@/domain/calendar";
import { createPrismaClient, type PrismaClient } from "@/server/db/client";
import { sha256Hex, type FileStore } from "@/server/storage/file-store";
import { localFileStore } from "@/server/storage/local-store";
import { demoCalendar } from "@/tooling/demo-world/demo-calendar";
import { DEMO_PASSWORD } from "@/tooling/demo-world/demo-logins";
import { seedDemoWorld, type DemoWorldSummary } from "@/tooling/demo-world/seed";
import { parMetricUnitIds, readParMetrics } from "@/server/par-index/metrics";
import { parFigureWindows } from "@/tooling/demo-world/par-index";
import { buildWorld } from "@/tooling/demo-world/world";
import { createTestDatabase, type TestDatabase } from "../../src/tooling/fresh-database";

// The app's readers (src/server/…) read through the app's client: pointed at this test's own database once seeded.
const appDb = vi.hoisted(() => ({ client: null as unknown }));
vi.mock("@/server/db", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/server/db")>();
  return {
    ...original,
    get db() {
      return appDb.client ?? original.db;
    },
  };
});

const UNTIL = new Date("2026-11-22T00:00:00+07:00");
// 18 months: from late May 2025 (the old map: thị xã Sơn Tây and its wards) across 1/7/2025 to today's three units.
const WORLD = { seed: 7, until: UNTIL, months: 18, dossiers: 8_000 } as const;

let database: TestDatabase;
let db: PrismaClient;
let summary: DemoWorldSummary;
let filesDir: string;
let store: FileStore;

beforeAll(async () => {
  database = await createTestDatabase("demoworld");
  db = createPrismaClient(database.url, { poolSize: 4 });
  // The files go to a store of the test's own (the local-disk driver, as the demo uses by default).
  filesDir = await mkdtemp(path.join(tmpdir(), "motcua-demo-files-"));
  store = localFileStore(filesDir);
  summary = await seedDemoWorld(db, { ...WORLD, fileStore: store });
  appDb.client = db;
});

afterAll(async () => {
  await db?.$disconnect();
  await database?.drop();
  if (filesDir) await rm(filesDir, { recursive: true, force: true });
});

const count = async (sql: string): Promise<number> =>
  Number((await db.$queryRawUnsafe<{ n: bigint }[]>(sql))[0]?.n ?? -1);

// docs/par-index.md "Demo world": the finished years' frozen inputs are what MotCua reads.
describe("seedDemoWorld: PAR Index", () => {
  it("freezes the figures the app's PAR metrics reader reads for the same units and periods", async () => {
    const world = buildWorld(WORLD.seed);
    const finished = await db.parUnitEvaluation.findMany({
      where: { status: "FINALISED" },
      include: { evaluation: true, answers: { include: { criterion: true } } },
    });
    expect(finished).toHaveLength(18);
    const windows = parFigureWindows(summary.firstDay, toLocalDate(demoCalendar(), UNTIL));
    let compared = 0;
    for (const unit of finished) {
      const year = unit.evaluation.periodFrom.getUTCFullYear() === 2024 ? 2024 : 2025;
      const period = windows[year]!.period;
      const live = await readParMetrics(await parMetricUnitIds(unit.unitId), period, new Date());
      for (const answer of unit.answers) {
        const metric = answer.criterion.metric;
        if (!metric || metric === "decision766Score" || !answer.metricInput) continue;
        const frozen = answer.metricInput as {
          value: number | null;
          numerator: number | null;
          denominator: number | null;
        };
        const read = live[metric as keyof typeof live];
        expect(
          [frozen.numerator, frozen.denominator],
          `${world.units.find((u) => u.id === unit.unitId)?.seed.code} ${metric}`,
        ).toEqual([read.numerator, read.denominator]);
        if (frozen.value === null) expect(read.value).toBeNull();
        else expect(frozen.value).toBeCloseTo(read.value!, 6);
        compared += 1;
      }
    }
    expect(compared).toBeGreaterThan(100);
  });

  it("publishes 2024 and 2025 and leaves 2026 open with a unit submitted, one drafting and one sent back", async () => {
    const evaluations = await db.parEvaluation.findMany({ include: { set: true, units: { include: { unit: true } } } });
    const byYear = new Map(evaluations.map((e) => [e.set.year, e]));
    expect(byYear.get(2024)?.status).toBe("PUBLISHED");
    expect(byYear.get(2024)?.units).toHaveLength(15);
    expect(byYear.get(2025)?.status).toBe("PUBLISHED");
    expect(byYear.get(2026)?.status).toBe("OPEN");
    expect(Object.fromEntries(byYear.get(2026)!.units.map((u) => [u.unit.code, u.status]))).toEqual({
      PST: "SUBMITTED",
      PTT: "DRAFT",
      XDP: "RETURNED",
    });
    expect(summary.parIndex).toMatch(/Chỉ số CCHC: 2024 công bố, 15 đơn vị/);
  });
});

describe("seedDemoWorld", () => {
  it("stores what the summary reports", async () => {
    expect(summary.dossiers).toBeGreaterThan(7_200);
    expect(summary.dossiers).toBeLessThan(8_800);
    const tables = [
      "AdministrativeUnit",
      "Office",
      "Counter",
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
      "VerifiedContact",
      "DossierFile",
      "DossierResultDocument",
      "PaymentRequest",
      "PaymentAttempt",
      "PaymentMessage",
      "PostalShipment",
      "PostalWaybill",
    ];
    for (const table of tables)
      expect(await count(`SELECT count(*) AS n FROM "${table}"`), table).toBe(summary.counts[table]);
    expect(summary.counts.AdministrativeUnit).toBe(20);
    expect(summary.counts.ApologyLetter).toBeGreaterThan(5);
    expect(
      summary.apologies.byStatus.APPROVED + summary.apologies.byStatus.DRAFT + summary.apologies.byStatus.REJECTED,
    ).toBe(summary.counts.ApologyLetter);
    expect(summary.intakeNotices.SUPPLEMENT_REQUEST + summary.intakeNotices.REFUSAL).toBe(summary.counts.IntakeNotice);
    expect(await db.calendarRevision.count()).toBe(1);
    // The seeded history is not pushed to the national portal again (the outbox trigger is told to skip it).
    expect(await count(`SELECT count(*) AS n FROM "PortalSyncMessage"`)).toBe(0);
  });

  it("ends with daily rollups equal to a recomputation from its dossiers (docs/rollups.md)", async () => {
    const rows = (sql: string) => db.$queryRawUnsafe<Record<string, unknown>[]>(sql);
    const counters = `"received", "resolved", "resolvedLate", "resolved766Late", "returned", "pendingDelta", "overdueDelta"`;
    const table = await rows(
      `SELECT to_char(day, 'YYYY-MM-DD') AS day, "decidingUnitId", "handlingOfficeId", "procedureId", channel::text, ${counters}
       FROM "DossierDailyRollup" ORDER BY 1, 2, 3, 4, 5`,
    );
    const recomputed = await rows(
      `SELECT to_char(c.day, 'YYYY-MM-DD') AS day, c."decidingUnitId", c."handlingOfficeId", c."procedureId", c.channel::text,
              ${counters.replace(/"(\w+)"/g, 'sum(c."$1")::int AS "$1"')}
       FROM "Dossier" d CROSS JOIN LATERAL motcua_rollup_contributions(d) c GROUP BY 1, 2, 3, 4, 5 ORDER BY 1, 2, 3, 4, 5`,
    );
    expect(table.length).toBeGreaterThan(0);
    expect(table).toEqual(recomputed);
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
        // A received dossier waiting for a supplement has its clock stopped; one sent back before receipt (online) has none.
        `SELECT count(*) AS n FROM "Dossier" WHERE status = 'WAITING_SUPPLEMENT' AND "receivedAt" IS NOT NULL AND ("appointmentAt" IS NOT NULL OR NOT EXISTS (SELECT 1 FROM "DossierPause" p WHERE p."dossierId" = "Dossier".id AND p."endedAt" IS NULL))`,
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

  it("times the steps of form 05 on the dossier's appointment: the return is due at it, the steps in order", async () => {
    // The result goes back to the desk by the appointment in force (moved by a signed letter), from the step budget.
    expect(
      await count(`
      SELECT count(*) AS n FROM "DossierHandoff" h JOIN "Dossier" d ON d.id = h."dossierId"
      WHERE h."toOfficeId" IN (SELECT id FROM "Office" WHERE kind = 'RECEPTION') AND d."appointmentAt" IS NOT NULL
        AND h."dueAt" <> d."appointmentAt"`),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "DossierHandoff" WHERE "dueAt" IS NOT NULL`)).toBeGreaterThan(0);
    // Officer → head → leadership: each hand-over after the one before it.
    expect(
      await count(`
      SELECT count(*) AS n FROM "DossierEvent" s JOIN "DossierEvent" a ON a."dossierId" = s."dossierId"
      WHERE s.type = 'submit_for_approval' AND a.type = 'approve' AND a.at <= s.at`),
    ).toBe(0);
    expect(
      await count(`
      SELECT count(*) AS n FROM "DossierEvent" h JOIN "DossierEvent" f ON f."dossierId" = h."dossierId"
      WHERE h.type = 'approve' AND h."toStatus" = 'IN_PROCESSING' AND f.type = 'approve' AND f."toStatus" = 'RESULT_READY'
        AND f.at <= h.at`),
    ).toBe(0);
  });

  it("gives every demo user the one shared argon2id hash of the demo password", async () => {
    const hashes = await db.user.findMany({ select: { passwordHash: true }, distinct: ["passwordHash"] });
    expect(hashes).toHaveLength(1);
    expect(hashes[0]?.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verify(hashes[0]!.passwordHash, DEMO_PASSWORD)).toBe(true);
    expect(
      await db.user.findUnique({
        where: { username: "tiepnhan.tungthien" },
        select: { role: true, active: true, office: { select: { code: true } } },
      }),
    ).toEqual({ role: "RECEPTIONIST", active: true, office: { code: "MOTCUA" } });
    // The closed units' accounts stay as the old dossiers' actors, but nobody logs in there.
    expect(await db.user.findUnique({ where: { username: "tiepnhan.leloi" }, select: { active: true } })).toEqual({
      active: false,
    });
    expect(
      await count(
        `SELECT count(*) AS n FROM "User" r JOIN "AdministrativeUnit" u ON u.id = r."unitId" WHERE r.active AND NOT u.active`,
      ),
    ).toBe(0);
  });

  it("keeps the old map as history: units closed on 30/06/2025 with successors, dossiers on both sides", async () => {
    const units = await db.administrativeUnit.findMany({
      select: {
        code: true,
        level: true,
        active: true,
        effectiveFrom: true,
        effectiveTo: true,
        successor: { select: { code: true } },
        changeBasis: true,
        parent: { select: { code: true } },
      },
    });
    const byCode = new Map(units.map((u) => [u.code, u]));
    for (const code of ["PST", "PTT", "XDP"]) {
      const u = byCode.get(code)!;
      expect(u).toMatchObject({ level: "COMMUNE", active: true, effectiveTo: null, parent: { code: "HNI" } });
      expect(u.effectiveFrom).toEqual(new Date("2025-07-01T00:00:00Z"));
    }
    const closed = units.filter((u) => u.effectiveTo !== null);
    expect(closed).toHaveLength(16);
    for (const u of closed) {
      expect(u.active).toBe(false);
      expect(u.effectiveTo).toEqual(new Date("2025-06-30T00:00:00Z"));
      expect(["PST", "PTT", "XDP"]).toContain(u.successor?.code);
      expect(u.changeBasis).toMatch(/Nghị quyết/);
    }
    expect(byCode.get("STY")?.successor?.code).toBe("PST");
    expect(byCode.get("DLA")?.successor?.code).toBe("PST");
    // Received before 1/7/2025 at the old units only, after it at the new ones only.
    expect(
      await count(`
      SELECT count(*) AS n FROM "Dossier" d JOIN "AdministrativeUnit" u ON u.id = d."receivedUnitId"
      WHERE (coalesce(d."receivedAt", d."submittedAt") + interval '7 hours')::date NOT BETWEEN coalesce(u."effectiveFrom", '2000-01-01') AND coalesce(u."effectiveTo", '2100-01-01')`),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM "Dossier" d JOIN "AdministrativeUnit" u ON u.id = d."receivedUnitId" WHERE u.code = 'STY'`,
      ),
    ).toBeGreaterThan(10);
    expect(
      await count(
        `SELECT count(*) AS n FROM "Dossier" d JOIN "AdministrativeUnit" u ON u.id = d."receivedUnitId" WHERE NOT u.active`,
      ),
    ).toBeGreaterThan(300);
    // Every procedure is decided at commune level today; each dossier's office is the one its version names.
    expect(await count(`SELECT count(*) AS n FROM "Procedure" WHERE level <> 'COMMUNE'`)).toBe(0);
    expect(
      await count(`
      SELECT count(*) AS n FROM "Dossier" d JOIN "ProcedureVersion" v ON v.id = d."procedureVersionId" JOIN "Office" o ON o.id = d."handlingOfficeId"
      WHERE o."unitId" <> d."decidingUnitId"
         OR (o.code <> v."handlingOfficeCode" AND NOT EXISTS (SELECT 1 FROM "DossierEvent" e WHERE e."dossierId" = d.id AND e.type = 'forward'))`),
    ).toBe(0);
    // Desk counters at each centre of today's map.
    expect(
      await count(`
      SELECT count(*) AS n FROM "AdministrativeUnit" u WHERE u.active AND u.level = 'COMMUNE'
        AND (SELECT count(*) FROM "Counter" c JOIN "Office" o ON o.id = c."officeId" WHERE o."unitId" = u.id AND o.kind = 'RECEPTION') < 2`),
    ).toBe(0);
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

  it("varies online, digitisation and payment shares by unit and month: leaders near today's best, laggards behind, all rising", async () => {
    const rows = await db.$queryRawUnsafe<
      {
        code: string;
        quarter: number;
        month: string;
        n: number;
        online: number;
        digitised: number;
        fee_online: number;
        paid_online: number;
      }[]
    >(`
      SELECT u.code, floor((extract(epoch FROM d."receivedAt") - extract(epoch FROM timestamp '2025-11-22 00:00')) / (91.3 * 86400))::int AS quarter,
             to_char(d."receivedAt" + interval '7 hours', 'YYYY-MM') AS month,
             count(*)::int AS n, count(*) FILTER (WHERE d.channel = 'ONLINE')::int AS online,
             count(*) FILTER (WHERE d.digitised)::int AS digitised,
             count(*) FILTER (WHERE d.channel = 'ONLINE' AND EXISTS (SELECT 1 FROM "PaymentRequest" p WHERE p."dossierId" = d.id AND p.status IN ('PAID', 'REFUNDED')))::int AS fee_online,
             count(*) FILTER (WHERE d.channel = 'ONLINE' AND d."feePaidOnline")::int AS paid_online
      FROM "Dossier" d JOIN "AdministrativeUnit" u ON u.id = d."receivedUnitId"
      WHERE d."receivedAt" IS NOT NULL GROUP BY 1, 2, 3`);
    const share = (
      code: string,
      pick: (r: (typeof rows)[number]) => number,
      filter: (r: (typeof rows)[number]) => boolean = () => true,
    ) => {
      const mine = rows.filter((r) => r.code === code && filter(r));
      return mine.reduce((s, r) => s + pick(r), 0) / mine.reduce((s, r) => s + r.n, 0);
    };
    const lastQuarter = (r: (typeof rows)[number]) => r.quarter === 3;
    const firstQuarter = (r: (typeof rows)[number]) => r.quarter === 0;
    for (const leader of ["PST"]) {
      expect(
        share(leader, (r) => r.online, lastQuarter),
        leader,
      ).toBeGreaterThan(0.85);
      expect(
        share(leader, (r) => r.digitised, lastQuarter),
        leader,
      ).toBeGreaterThan(0.85);
    }
    for (const laggard of ["XDP"]) {
      expect(
        share(laggard, (r) => r.online),
        laggard,
      ).toBeGreaterThan(0.15);
      expect(
        share(laggard, (r) => r.online),
        laggard,
      ).toBeLessThan(0.38);
      expect(
        share(laggard, (r) => r.digitised),
        laggard,
      ).toBeLessThan(0.5);
    }
    const units = [...new Set(rows.map((r) => r.code))];
    // The 15 wards and the town until 30/06/2025, today's three units since.
    expect(units).toHaveLength(19);
    const rising = ["PST", "PTT", "XDP"].filter(
      (u) => share(u, (r) => r.online, lastQuarter) > share(u, (r) => r.online, firstQuarter),
    );
    expect(rising).toHaveLength(3);
    // Months differ within a unit (not one flat rate) and units differ within a month.
    const monthly = new Map<string, number>();
    for (const r of rows.filter((r) => r.code === "PTT")) monthly.set(r.month, r.online / r.n);
    expect(new Set([...monthly.values()].map((v) => v.toFixed(2))).size).toBeGreaterThan(6);
    // Online payment: a share of the online dossiers that paid, higher at the leaders.
    const paidShare = (code: string) => share(code, (r) => r.paid_online) / share(code, (r) => r.fee_online);
    expect(paidShare("PST")).toBeGreaterThan(paidShare("XDP"));
    expect(paidShare("XDP")).toBeGreaterThan(0.02);
  });

  it("puts a real PDF behind every digitised component and every electronic result, under the dossier's key", async () => {
    // Digitised components ⇔ component files (one each).
    expect(
      await count(`
      SELECT count(*) AS n FROM "DossierDocument" x
      WHERE x.digitised <> EXISTS (SELECT 1 FROM "DossierFile" f WHERE f."dossierId" = x."dossierId" AND f.purpose = 'COMPONENT' AND f."documentPosition" = x.position)`),
    ).toBe(0);
    expect(
      await count(`
      SELECT count(*) AS n FROM "DossierFile" f
      WHERE (f.purpose = 'COMPONENT' AND NOT EXISTS (SELECT 1 FROM "DossierDocument" x WHERE x."dossierId" = f."dossierId" AND x.position = f."documentPosition" AND x.digitised))
         OR f."storageKey" <> 'demo/' || f.sha256 || '.pdf' OR f."mediaType" <> 'application/pdf'
         OR (f.source = 'UPLOAD') <> (f."uploadedByContactId" IS NOT NULL) OR (f.source = 'SCAN' AND f."uploadedById" IS NULL)`),
    ).toBe(0);
    // A dossier is digitised when every required component it received has a file.
    expect(
      await count(`
      SELECT count(*) AS n FROM "Dossier" d
      WHERE d.digitised <> NOT EXISTS (SELECT 1 FROM "DossierDocument" x WHERE x."dossierId" = d.id AND x.required AND x.received AND NOT x.digitised)`),
    ).toBe(0);
    // electronicResult ⇔ a result document whose file is a RESULT file of the same dossier.
    expect(
      await count(`
      SELECT count(*) AS n FROM "Dossier" d
      WHERE d."electronicResult" <> EXISTS (SELECT 1 FROM "DossierResultDocument" r JOIN "DossierFile" f ON f.id = r."fileId"
                                               WHERE r."dossierId" = d.id AND f."dossierId" = d.id AND f.purpose = 'RESULT')
         OR (d."electronicResult" AND d."finishedAt" IS NULL)`),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "DossierResultDocument"`)).toBeGreaterThan(100);

    // Every row's bytes are in the store, each distinct PDF once (content-addressed), each a PDF matching its hash
    // and size.
    // The PAR Index's evidence files (src/tooling/demo-world/par-index.ts) share the store and its rule.
    const select = { storageKey: true, sha256: true, sizeBytes: true } as const;
    const files = [...(await db.dossierFile.findMany({ select })), ...(await db.parEvidenceFile.findMany({ select }))];
    const keys = await store.list("demo/");
    expect(keys).toEqual([...new Set(files.map((f) => f.storageKey))].sort());
    const checked = new Set<string>();
    for (const [i, file] of files.entries()) {
      // Every distinct document, and a sample of the rest.
      if (checked.has(file.sha256) && i % 50 !== 0) continue;
      checked.add(file.sha256);
      const stored = await store.get(file.storageKey);
      const chunks: Buffer[] = [];
      for await (const chunk of stored!.body) chunks.push(chunk as Buffer);
      const bytes = Buffer.concat(chunks);
      expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
      // As the upload check sniffs it (src/server/files): a PDF by its content.
      expect((await fileTypeFromBuffer(bytes))?.mime).toBe("application/pdf");
      expect(bytes.subarray(-1024).toString("latin1")).toContain("%%EOF");
      expect(sha256Hex(bytes)).toBe(file.sha256);
      expect(bytes.byteLength).toBe(file.sizeBytes);
      expect(bytes.byteLength).toBeLessThan(8_000);
    }
    expect(checked.size).toBeGreaterThan(40);
  });

  it("keeps payments consistent with feePaidOnline, the fee timing and the platform's messages", async () => {
    expect(
      await count(`
      SELECT count(*) AS n FROM "Dossier" d
      WHERE d."feePaidOnline" <> EXISTS (SELECT 1 FROM "PaymentRequest" p WHERE p."dossierId" = d.id AND p.method = 'ONLINE' AND p.status IN ('PAID', 'REFUNDED'))
         OR d."feeAmount" <> coalesce((SELECT sum(p."feeAmount" + p."chargeAmount") FROM "PaymentRequest" p WHERE p."dossierId" = d.id), 0)`),
    ).toBe(0);
    expect(
      await count(`
      SELECT count(*) AS n FROM "PaymentRequest" p JOIN "Dossier" d ON d.id = p."dossierId"
      WHERE (p.status IN ('PAID', 'REFUNDED')) <> (p."paidAt" IS NOT NULL AND p.method IS NOT NULL)
         OR (p.method IN ('CASH', 'TRANSFER') AND (p."recordedById" IS NULL OR p.reference IS NULL))
         OR (p.timing = 'BEFORE_INTAKE' AND d."receivedAt" IS NOT NULL AND (p.status NOT IN ('PAID', 'REFUNDED') OR p."paidAt" > d."receivedAt"))
         OR (p.timing = 'AFTER_RESULT' AND p.status = 'PAID' AND (d."finishedAt" IS NULL OR p."paidAt" < d."finishedAt"))
         OR (p.status = 'REFUNDED' AND (p."refundAmount" IS NULL OR p."refundAmount" > p."feeAmount" + p."chargeAmount"))
         OR p.timing = 'EXEMPT' OR p."feeAmount" + p."chargeAmount" = 0`),
    ).toBe(0);
    // Paid online: one successful attempt for the amount, with the INIT we sent and the platform's signed confirmation.
    expect(
      await count(`
      SELECT count(*) AS n FROM "PaymentRequest" p
      WHERE p.method = 'ONLINE' AND p.status IN ('PAID', 'REFUNDED') AND 1 <> (
        SELECT count(*) FROM "PaymentAttempt" a WHERE a."requestId" = p.id AND a.status = 'SUCCESS' AND a.amount = p."feeAmount" + p."chargeAmount"
          AND EXISTS (SELECT 1 FROM "PaymentMessage" m WHERE m."attemptId" = a.id AND m.kind = 'INIT' AND m.body->>'MaThamChieu' = a.reference)
          AND EXISTS (SELECT 1 FROM "PaymentMessage" m WHERE m."attemptId" = a.id AND m.kind = 'CALLBACK' AND m."signatureValid" AND m.body->>'MaLoi' = '00' AND m.body->>'MaXacThuc' ~ '^[0-9a-f]{64}$'))`),
    ).toBe(0);
    expect(await count(`SELECT count(*) AS n FROM "PaymentAttempt" a WHERE a.status = 'FAILED'`)).toBeGreaterThan(0);
    const methods = await db.paymentRequest.groupBy({ by: ["method"], _count: true });
    expect(methods.map((m) => m.method).sort()).toEqual(["CASH", "ONLINE", "TRANSFER", null]);
  });

  it("sends parcels by the public post with waybills from each unit's pool, and records the ones that came by post", async () => {
    expect(
      await count(`
      SELECT count(*) AS n FROM "Dossier" d
      WHERE (d.channel = 'POSTAL' AND d."receivedAt" IS NOT NULL) <> EXISTS (SELECT 1 FROM "PostalShipment" s WHERE s."dossierId" = d.id AND s.direction = 'INBOUND' AND s."arrivedAt" IS NOT NULL AND s."receivedById" IS NOT NULL)
         OR (d."resultDelivery" = 'POST') <> d."postalReturn"
         OR (d.channel = 'ONLINE') <> (d."submittedContactId" IS NOT NULL)
         OR (d.channel = 'ONLINE') <> (d."intakeDueAt" IS NOT NULL OR (d.status = 'REGISTERED_ONLINE' AND EXISTS (SELECT 1 FROM "PaymentRequest" p WHERE p."dossierId" = d.id AND p.status = 'UNPAID')))`),
    ).toBe(0);
    expect(
      await count(`
      SELECT count(*) AS n FROM "PostalShipment" s JOIN "Dossier" d ON d.id = s."dossierId"
      LEFT JOIN "PostalWaybill" w ON w.number = s.waybill
      WHERE s.direction = 'OUTBOUND' AND (d."resultDelivery" <> 'POST' OR w.id IS NULL OR w."shipmentId" <> s.id OR w."unitId" <> d."receivedUnitId" OR w."usedAt" IS NULL
         OR s.status NOT IN ('ACCEPTED', 'HANDED_OVER', 'DELIVERED') OR (s.status = 'DELIVERED' AND s."deliveredAt" IS NULL)
         OR (s.status IN ('HANDED_OVER', 'DELIVERED')) <> (s."handedOverAt" IS NOT NULL) OR s."requestedAt" < d."finishedAt")`),
    ).toBe(0);
    expect(
      await count(`SELECT count(*) AS n FROM "PostalShipment" WHERE direction = 'OUTBOUND' AND status = 'DELIVERED'`),
    ).toBeGreaterThan(10);
    expect(await count(`SELECT count(*) AS n FROM "PostalWaybill" WHERE number !~ '^[A-Z]{2}[0-9]{9}VN$'`)).toBe(0);
    // 200 unused numbers left in the pool of every unit that receives today.
    expect(
      await count(`
      SELECT count(*) AS n FROM "AdministrativeUnit" u WHERE u.level <> 'PROVINCE' AND u.active
        AND (SELECT count(*) FROM "PostalWaybill" w WHERE w."unitId" = u.id AND w."usedAt" IS NULL AND w."shipmentId" IS NULL) <> 200`),
    ).toBe(0);
    expect(
      await count(
        `SELECT count(*) AS n FROM "AdministrativeUnit" WHERE phone IS NULL OR "openingHours" IS NULL OR "postalCustomerCode" IS NULL`,
      ),
    ).toBe(0);
  });

  it("leaves a few online dossiers in every desk's queue today, one overdue, one unpaid and one sent back for a supplement", async () => {
    const cal = demoCalendar();
    const units = await db.administrativeUnit.findMany({
      where: { level: { not: "PROVINCE" }, active: true },
      select: { id: true, code: true },
    });
    const waiting = await db.dossier.findMany({
      where: { receivedAt: null },
      select: {
        id: true,
        receivedUnitId: true,
        status: true,
        submittedAt: true,
        intakeDueAt: true,
        channel: true,
        payments: { select: { timing: true, status: true, method: true } },
        documents: { select: { check: true } },
        files: { select: { source: true } },
        intakeNotices: { select: { kind: true, answeredAt: true, unitId: true } },
      },
    });
    for (const unit of units) {
      const mine = waiting.filter((d) => d.receivedUnitId === unit.id);
      const queue = mine.filter(
        (d) =>
          d.status === "REGISTERED_ONLINE" &&
          d.payments.every((p) => p.timing !== "BEFORE_INTAKE" || p.status === "PAID"),
      );
      expect(queue.length, unit.code).toBeGreaterThanOrEqual(3);
      expect(
        queue.filter((d) => d.intakeDueAt! < UNTIL),
        unit.code,
      ).toHaveLength(1);
      for (const d of queue) {
        expect(d.intakeDueAt).toEqual(addWorkingTime(cal, d.submittedAt, 8 * 3_600_000));
        expect(d.documents.every((x) => x.check === "PENDING")).toBe(true);
        expect(d.files.length).toBeGreaterThan(0);
        expect(d.files.every((f) => f.source === "UPLOAD")).toBe(true);
      }
      expect(
        queue.some((d) =>
          d.payments.some((p) => p.timing === "BEFORE_INTAKE" && p.status === "PAID" && p.method === "ONLINE"),
        ),
        unit.code,
      ).toBe(true);
      const unpaid = mine.filter((d) => d.payments.some((p) => p.timing === "BEFORE_INTAKE" && p.status === "UNPAID"));
      expect(unpaid, unit.code).toHaveLength(1);
      const supplement = mine.filter((d) => d.status === "WAITING_SUPPLEMENT");
      expect(supplement, unit.code).toHaveLength(1);
      expect(supplement[0]!.intakeNotices).toEqual([{ kind: "SUPPLEMENT_REQUEST", answeredAt: null, unitId: unit.id }]);
      expect(mine.every((d) => d.channel === "ONLINE")).toBe(true);
    }
  });

  it("has feedback of every kind in every unit with offices, mostly on time, a few overdue, some linked and rated", async () => {
    const rows = await db.feedback.findMany({
      select: {
        unitId: true,
        category: true,
        status: true,
        dossierId: true,
        verdict: true,
        answeredAt: true,
        answerDueAt: true,
        publishDueAt: true,
        _count: { select: { events: true } },
      },
    });
    expect(summary.counts.Feedback).toBe(rows.length);
    expect(new Set(rows.map((row) => row.category).filter(Boolean))).toEqual(
      new Set(["REGULATION", "PROCEDURE", "STAFF_CONDUCT", "OTHER"]),
    );
    const answered = rows.filter((row) => row.answeredAt);
    const onTime = answered.filter((row) => row.answeredAt! <= row.answerDueAt);
    expect(onTime.length / answered.length).toBeGreaterThan(0.8);
    expect(onTime.length).toBeLessThan(answered.length);
    const overdue = rows.filter((row) => row.status === "RECEIVED" && row.answerDueAt < UNTIL);
    expect(overdue.length).toBeGreaterThan(0);
    expect(overdue.length / rows.length).toBeLessThan(0.1);
    expect(rows.some((row) => row.dossierId)).toBe(true);
    expect(rows.some((row) => row.verdict === "SATISFIED")).toBe(true);
    expect(rows.some((row) => row.verdict === "DISSATISFIED")).toBe(true);
    expect(rows.every((row) => row._count.events >= 1)).toBe(true);
    expect(rows.every((row) => row.status !== "ANSWERED" || row.publishDueAt)).toBe(true);
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
    // A whole second seeding: a minute or more on a busy machine.
  }, 300_000);
});
