// Intake throughput: the demo world's staff and catalogue without dossiers, then dossiers registered through the
// desk's own server path (intakeSchema → registerDossier: code from the row-locked daily counter, dossier, documents,
// events, the electronic transfer and the applicant's notification in the outbox, in one transaction) by concurrent
// desks, minus HTTP and the session check.
// Scenarios: receptionists of different wards at once; every window of ONE desk at once (they queue on that desk's
// counter row); one desk one at a time (the latency floor); and a bare `db.dossier.create` of an equivalent row at the
// same concurrency (no transaction, no counter), the baseline the cost of the real path is read against. Afterwards
// the codes are checked gap-free per unit and day against the counters.
import { intakeSchema, type IntakeFormInput } from "@/domain/dossier";
import type { PrismaClient } from "@/generated/prisma/client";
import type { SessionUser } from "@/server/auth/session-user";
import { createPrismaClient } from "@/server/db/client";
import { seedDemoWorld } from "@/tooling/demo-world/seed";
import { randomMobile, randomPersonName } from "@/tooling/demo-world/people";
import { Random } from "@/tooling/demo-world/random";
import { formatTable, summarise, thousands, type LatencySummary } from "./measure";

export interface IntakeBenchOptions {
  intakes: number;
  concurrency: number;
  seed: number;
}

export interface IntakeScenarioResult {
  name: string;
  description: string;
  concurrency: number;
  completed: number;
  errors: number;
  firstError: string | null;
  wallMs: number;
  perSecond: number;
  /** CPU time of this Node process per dossier (Prisma, zod, the calendar): the app server's share of the cost. */
  nodeCpuMsPerDossier: number;
  latency: LatencySummary;
}

export interface GapFreeCheck {
  ok: boolean;
  /** (unit, day) groups checked. */
  groups: number;
  dossiers: number;
  problems: string[];
}

export interface IntakeBenchResult {
  scenarios: IntakeScenarioResult[];
  /** Bare inserts per second ÷ registerDossier per second, both with desks of different wards. */
  bareToIntakeRatio: number;
  gapFree: GapFreeCheck;
}

type Version = NonNullable<Awaited<ReturnType<typeof import("@/server/data/intake-context").procedureVersionInForce>>>;

interface Desk {
  user: SessionUser;
  level: string;
  unitCode: string;
}

/** Runs `total` operations from `concurrency` workers; returns each operation's latency and the wall time. */
async function runConcurrently(
  total: number,
  concurrency: number,
  operation: (index: number, worker: number) => Promise<unknown>,
) {
  const latencies: number[] = [];
  const cpu = process.cpuUsage();
  let errors = 0;
  let firstError: string | null = null;
  let next = 0;
  const started = performance.now();
  await Promise.all(
    Array.from({ length: concurrency }, async (_, worker) => {
      while (next < total) {
        const index = next++;
        const t = performance.now();
        try {
          await operation(index, worker);
          latencies.push(performance.now() - t);
        } catch (error) {
          errors++;
          firstError ??=
            error instanceof Error
              ? (error.message.split("\n").filter(Boolean).slice(-1)[0] ?? error.message)
              : String(error);
        }
      }
    }),
  );
  const wallMs = performance.now() - started;
  const { user, system } = process.cpuUsage(cpu);
  return { latencies, errors, firstError, wallMs, cpuMs: (user + system) / 1000 };
}

function scenarioResult(
  name: string,
  description: string,
  concurrency: number,
  run: Awaited<ReturnType<typeof runConcurrently>>,
): IntakeScenarioResult {
  return {
    name,
    description,
    concurrency,
    completed: run.latencies.length,
    errors: run.errors,
    firstError: run.firstError,
    wallMs: Math.round(run.wallMs),
    perSecond: Number(((run.latencies.length * 1000) / run.wallMs).toFixed(1)),
    nodeCpuMsPerDossier: Number((run.cpuMs / Math.max(1, run.latencies.length)).toFixed(2)),
    latency: summarise(run.latencies),
  };
}

/** A desk's form as the browser sends it: every required document ticked, strings everywhere. */
export function intakeForm(random: Random, version: Version, unitCode: string): IntakeFormInput {
  const person = randomPersonName(random);
  const birthYear = random.int(1950, 2006);
  return {
    procedureId: version.procedureId,
    channel: "DIRECT",
    applicantKind: "CITIZEN",
    applicantName: person.fullName,
    applicantIdNumber: `001${(birthYear >= 2000 ? 2 : 0) + (person.male ? 0 : 1)}${String(birthYear % 100).padStart(2, "0")}${random.digits(6)}`,
    applicantPhone: randomMobile(random),
    applicantEmail: "",
    applicantAddress: `Số ${random.int(1, 180)} phố Lê Lợi, ${unitCode}, thị xã Sơn Tây, Hà Nội`,
    documents: version.documents.map((document) => ({
      position: String(document.position),
      received: "on",
      count: String(document.count),
    })),
    dataReused: random.chance(0.3) ? "on" : undefined,
    postalReturn: undefined,
    note: "",
  };
}

async function checkGapFree(client: PrismaClient): Promise<GapFreeCheck> {
  const rows = await client.$queryRawUnsafe<
    {
      unit: string | null;
      day: string | null;
      n: number;
      distinctN: number;
      first: number;
      last: number;
      counter: number | null;
    }[]
  >(`
    WITH parts AS (
      SELECT m[1] AS unit, to_date(m[2], 'YYMMDD') AS day, m[3]::int AS seq
      FROM (SELECT regexp_match(code, '^([A-Z][A-Z0-9]*)-(\\d{6})-(\\d{4,})$') AS m FROM "Dossier" WHERE code NOT LIKE 'BARE-%') codes
    )
    SELECT p.unit, p.day::text AS day, count(*)::int AS n, count(DISTINCT p.seq)::int AS "distinctN", min(p.seq) AS first, max(p.seq) AS last,
           s."lastValue" AS counter
    FROM parts p
    LEFT JOIN "AdministrativeUnit" a ON a.code = p.unit
    LEFT JOIN "DossierCodeSequence" s ON s."unitId" = a.id AND s.day = p.day
    GROUP BY p.unit, p.day, s."lastValue"
    ORDER BY p.unit, p.day`);
  const problems: string[] = [];
  for (const row of rows) {
    if (row.unit === null) problems.push(`${row.n} code(s) not of the form <unit>-<yymmdd>-<number>`);
    else if (row.first !== 1 || row.last !== row.n || row.distinctN !== row.n || row.counter !== row.n) {
      problems.push(
        `${row.unit} ${row.day}: ${row.n} dossiers, ${row.distinctN} distinct numbers ${row.first}…${row.last}, counter ${row.counter ?? "missing"}`,
      );
    }
  }
  return {
    ok: problems.length === 0 && rows.length > 0,
    groups: rows.length,
    dossiers: rows.reduce((sum, row) => sum + row.n, 0),
    problems,
  };
}

export async function runIntakeBench(url: string, options: IntakeBenchOptions): Promise<IntakeBenchResult> {
  const client = createPrismaClient(url, { poolSize: 2 });
  let stopNotifications: () => Promise<void> = async () => undefined;
  try {
    await seedDemoWorld(client, { seed: options.seed, dossiers: 0, parIndex: false });
    // Server modules read DATABASE_URL (and DATABASE_POOL_SIZE) when first imported: cli.ts sets them first.
    const [{ registerDossier }, { intakeContext }] = await Promise.all([
      import("@/server/dossiers/intake"),
      import("@/server/data/intake-context"),
    ]);
    const { db } = await import("@/server/db");
    // As the server does at start (src/instrumentation.ts): the notification producer that registerDossier's outbox
    // writes through; on the embedded database it must be connected before the first transaction opens.
    const { startNotificationProducer } = await import("@/server/notifications");
    const { stopProducers } = await import("@/server/notifications/queue");
    await startNotificationProducer();
    stopNotifications = stopProducers;

    const receptionists = await client.$queryRawUnsafe<(SessionUser & { level: string; unitCode: string })[]>(`
      SELECT u.id, u.username, u."fullName" AS name, u.role::text AS role, u."unitId", u."officeId", a.level::text AS level, a.code AS "unitCode"
      FROM "User" u JOIN "AdministrativeUnit" a ON a.id = u."unitId"
      WHERE u.role = 'RECEPTIONIST' AND u."officeId" IS NOT NULL AND u.active
      ORDER BY a.level DESC, a.code, u.username`);
    const desks: Desk[] = receptionists.map(({ level, unitCode, ...user }) => ({ user, level, unitCode }));
    // One receptionist per unit (wards first), for "different desks".
    const byUnit = [...new Map(desks.map((desk) => [desk.user.unitId, desk])).values()];
    const wardDesks = byUnit.filter((desk) => desk.level === "COMMUNE");
    const manyDesks = [...wardDesks, ...byUnit.filter((desk) => desk.level !== "COMMUNE")];
    const oneUnit = wardDesks[0] ?? manyDesks[0];
    if (!oneUnit) throw new Error("the demo world has no receptionist");
    const oneDesk = desks.filter((desk) => desk.user.unitId === oneUnit.user.unitId);

    // The procedures each level's desks can accept today, with their version and checklist.
    const now = new Date();
    const procedures = await client.procedure.findMany({
      where: { active: true },
      select: { id: true, level: true },
      orderBy: { code: "asc" },
    });
    const versionsByLevel = new Map<string, Version[]>();
    for (const desk of manyDesks) {
      if (versionsByLevel.has(desk.level)) continue;
      const accepted: Version[] = [];
      for (const procedure of procedures.filter((p) => p.level === desk.level)) {
        try {
          accepted.push((await intakeContext(db, desk.user, procedure.id, now)).version);
        } catch {
          // not acceptable at this level today (e.g. no handling office): the desk would not offer it either
        }
      }
      versionsByLevel.set(desk.level, accepted);
    }
    const random = new Random(options.seed).fork("bench-intake");
    const formFor = (desk: Desk) => {
      const versions = versionsByLevel.get(desk.level) ?? [];
      if (versions.length === 0) throw new Error(`no procedure can be received at ${desk.unitCode}`);
      return intakeForm(random, random.pick(versions), desk.unitCode);
    };
    // What the desk's server action does after its session check: validate the form, register.
    const intake = (desk: Desk) => registerDossier(desk.user, intakeSchema.parse(formFor(desk)), new Date());

    const c = options.concurrency;
    const usedDesks = manyDesks.slice(0, c);
    console.log(
      `Intake: ${thousands(options.intakes)} dossiers per scenario, ${c} concurrent; desks ${usedDesks.map((d) => d.unitCode).join(", ")}; one desk ${oneUnit.unitCode} (${oneDesk.length} receptionist(s))`,
    );
    // Warm-up (connections, calendar cache, first-statement costs): one intake per desk used, not timed.
    for (const desk of [...usedDesks, oneDesk[0]!]) await intake(desk);

    const scenarios: IntakeScenarioResult[] = [];
    const report = (result: IntakeScenarioResult) => {
      scenarios.push(result);
      const { latency } = result;
      console.log(
        `  ${result.name.padEnd(28)} ${result.perSecond} dossiers/s; p50 ${latency.p50} ms, p95 ${latency.p95}, p99 ${latency.p99}, max ${latency.max}; ` +
          `Node CPU ${result.nodeCpuMsPerDossier} ms/dossier` +
          `${result.errors ? `; ${result.errors} errors (first: ${result.firstError})` : ""}`,
      );
    };
    const desksAtOnce = usedDesks.length;
    report(
      scenarioResult(
        "registerDossier, many desks",
        `${c} at once, receptionists of ${desksAtOnce} different units`,
        c,
        await runConcurrently(options.intakes, c, (_, worker) => intake(usedDesks[worker % desksAtOnce]!)),
      ),
    );
    report(
      scenarioResult(
        "registerDossier, one desk",
        `${c} at once, all at ${oneUnit.unitCode} (one daily counter)`,
        c,
        await runConcurrently(options.intakes, c, (_, worker) => intake(oneDesk[worker % oneDesk.length]!)),
      ),
    );
    const serial = Math.max(1, Math.round(options.intakes / 4));
    report(
      scenarioResult(
        "registerDossier, 1 at a time",
        `one desk, ${serial} in a row`,
        1,
        await runConcurrently(serial, 1, () => intake(oneDesk[0]!)),
      ),
    );

    // Baseline: the same dossier row, one INSERT each, no transaction, no counter, no documents or events.
    const bareRows = usedDesks.map((desk) => {
      const version = (versionsByLevel.get(desk.level) ?? [])[0]!;
      return { desk, version };
    });
    const stamp = Date.now().toString(36).toUpperCase();
    report(
      scenarioResult(
        "bare db.dossier.create",
        `${c} at once, same row shape, no transaction`,
        c,
        await runConcurrently(options.intakes, c, (index, worker) => {
          const { desk, version } = bareRows[worker % bareRows.length]!;
          const form = intakeSchema.parse(intakeForm(random, version, desk.unitCode));
          const at = new Date();
          return db.dossier.create({
            data: {
              code: `BARE-${stamp}-${index}`,
              procedureId: version.procedureId,
              procedureVersionId: version.id,
              fieldId: version.procedure.fieldId,
              channel: form.channel,
              receivedUnitId: desk.user.unitId,
              decidingUnitId: desk.user.unitId,
              receivedById: desk.user.id,
              applicantKind: form.applicantKind,
              applicantName: form.applicantName,
              applicantIdNumber: form.applicantIdNumber,
              applicantPhone: form.applicantPhone,
              applicantEmail: form.applicantEmail ?? null,
              applicantAddress: form.applicantAddress,
              trackingKey: `${stamp.slice(-4)}-${String(index).padStart(4, "0")}`,
              submittedAt: at,
              receivedAt: at,
              appointmentAt: at,
              appointmentNote: "bench",
              calendarRevision: 1,
              status: "RECEIVED",
              feeAmount: version.feeAmount,
              dataReused: form.dataReused,
            },
            select: { id: true },
          });
        }),
      ),
    );

    const gapFree = await checkGapFree(client);
    console.log(
      `  codes gap-free per unit and day: ${gapFree.ok ? "OK" : "FAIL"} (${thousands(gapFree.dossiers)} dossiers in ${gapFree.groups} unit-days)` +
        (gapFree.problems.length ? `\n    ${gapFree.problems.slice(0, 10).join("\n    ")}` : ""),
    );
    const many = scenarios[0]!;
    const bare = scenarios[scenarios.length - 1]!;
    return { scenarios, bareToIntakeRatio: Number((bare.perSecond / many.perSecond).toFixed(1)), gapFree };
  } finally {
    await stopNotifications();
    await client.$disconnect();
  }
}

export function intakeSummaryRows(result: IntakeBenchResult): Record<string, string | number>[] {
  return result.scenarios.map((s) => ({
    intake: s.name,
    conc: s.concurrency,
    done: s.completed,
    errors: s.errors,
    "dossiers/s": s.perSecond,
    p50: s.latency.p50,
    p95: s.latency.p95,
    p99: s.latency.p99,
    max: s.latency.max,
    "node cpu/op": s.nodeCpuMsPerDossier,
  }));
}

export const formatIntakeSummary = (result: IntakeBenchResult): string => formatTable(intakeSummaryRows(result));
