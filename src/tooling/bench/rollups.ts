// Leadership figures at scale (issue 13): a fresh database with the demo world's units, offices, staff and catalogue,
// N bulk dossiers over M months (bulk-dossiers.ts) — or an existing one (--database) — national-portal messages and
// ratings (seedSignals), the rollups rebuilt after the load, VACUUM ANALYZE, then:
// (a) the leadership figures per unit for a year, a 36-month trend per unit and the public home's year totals, each
//     read from the rollups (src/server/data/rollupTotals) and by plain SQL over "Dossier" in the same run, the two
//     results compared figure by figure, timed warm, with the speed-up;
// (b) a name search and a code-prefix search in one unit's worklist (the statements src/server/data/worklist-sql.ts
//     builds), next to the name search as it was before the folded column (lower(translate(…)) over the scope);
//     the Decision 766 scorecard of every unit for the year likewise (rollups only; its dossier inputs, 1.4 synced
//     and 5.4 complaint or dislike included, compared), SIPAS of every unit for the year (satisfaction rollups vs
//     the answers) and the whole leadership page's data (every loader of /lanh-dao at once, p50/p95);
// (c) desk intake latency (registerDossier, one at a time) with the rollup trigger and with it disabled, alternated
//     in blocks in the same run; the rollups are rebuilt afterwards (the dossiers received without the trigger).
import { intakeSchema } from "@/domain/dossier";
import { DEFAULT_FILTER, type WorklistFilter, type WorklistScope } from "@/domain/worklist";
import { addCalendarDays, localDateKey, startOfMonthShifted, startOfVietnamDay } from "@/lib/dates";
import { FOLD_FROM, FOLD_TO } from "@/lib/vietnamese-text";
import type { SessionUser } from "@/server/auth/session-user";
import { createPrismaClient } from "@/server/db/client";
import { rebuildRollups } from "@/server/rollups/rebuild";
import { Random } from "@/tooling/demo-world/random";
import { intakeForm } from "./intake";
import { formatTable, sample, seconds, summarise, thousands, timed, type LatencySummary } from "./measure";
import { seedWorld } from "./worklist";

export interface RollupsBenchOptions {
  dossiers: number;
  months: number;
  seed: number;
  /** Timed runs of each rollup read (plain SQL: at most 5). */
  runs: number;
  /** Desk intakes per arm (with / without the trigger). */
  intakes: number;
  /** Ratings wanted on the last whole year's returned dossiers (at most half of them). */
  ratings: number;
  /** An existing seeded database (--database, e.g. kept by --keep, migrated since): its dossiers are kept. */
  reuse?: boolean;
}

export interface FigureTiming {
  name: string;
  description: string;
  rows: number;
  /** Figures compared (rows × counters) and how many differ between the rollups and plain SQL. */
  compared: number;
  mismatches: number;
  firstMismatch: string | null;
  rollups: LatencySummary;
  plainSql: LatencySummary;
  speedUp: number;
}

export interface SearchTiming {
  name: string;
  matches: number;
  indexed: LatencySummary;
  before: LatencySummary | null;
}

export interface RollupsBenchResult {
  dossiers: number;
  seedMs: number;
  rebuildMs: number;
  rollupRows: number;
  vacuumAnalyzeMs: number;
  unit: string;
  figures: FigureTiming[];
  search: SearchTiming[];
  intake: { withTrigger: LatencySummary; withoutTrigger: LatencySummary; overheadPercent: number };
}

/** The counters compared between the two sources (as rollupTotals names them, flattened). */
const FIGURES = [
  "received",
  "receivedOnline",
  "receivedPostal",
  "receivedFullOnline",
  "receivedWithFee",
  "paidOnline",
  "digitised",
  "dataReused",
  "resolved",
  "early",
  "onTime",
  "late",
  "onTime766",
  "late766",
  "lateTimelyApology",
  "closedWithoutResult",
  "electronicResult",
  "returned",
  "returnedByPost",
  "pendingAtStart",
  "pendingAtEnd",
  "overdueAtEnd",
] as const;
type Figures = Record<(typeof FIGURES)[number], number>;

type Totals = Awaited<ReturnType<typeof import("@/server/data/rollups").rollupTotals>>[number];
const flatten = (row: Totals): Figures => ({
  received: row.received,
  receivedOnline: row.receivedOnline,
  receivedPostal: row.receivedPostal,
  receivedFullOnline: row.receivedFullOnline,
  receivedWithFee: row.receivedWithFee,
  paidOnline: row.paidOnline,
  digitised: row.digitised,
  dataReused: row.dataReused,
  resolved: row.resolved.resolved,
  early: row.resolved.early,
  onTime: row.resolved.onTime,
  late: row.resolved.late,
  onTime766: row.resolved766.onTime,
  late766: row.resolved766.late,
  lateTimelyApology: row.resolvedLateTimelyApology,
  closedWithoutResult: row.closedWithoutResult,
  electronicResult: row.electronicResult,
  returned: row.returned,
  returnedByPost: row.returnedByPost,
  pendingAtStart: row.pendingAtStart,
  pendingAtEnd: row.pendingAtEnd,
  overdueAtEnd: row.overdueAtEnd,
});

/** Plain SQL over "Dossier": the figures of a period per group (unit, or unit and month for flows only). */
function plainSql(groupByMonth: boolean): string {
  const inPeriod = (column: string) => `d."${column}" >= $2::timestamp(3) AND d."${column}" < $3::timestamp(3)`;
  const rec = inPeriod("receivedAt");
  const fin = `${inPeriod("finishedAt")} AND d.timeliness IS NOT NULL`;
  const late766 = `(d."finishedAt" > d."appointmentAt" OR coalesce(p.n, 0) > 1)`;
  const flows = (when: string) => `
      (count(*) FILTER (WHERE ${when === "rec" ? rec : "false"}))::int AS received,
      (count(*) FILTER (WHERE ${rec} AND d.channel = 'ONLINE'))::int AS "receivedOnline",
      (count(*) FILTER (WHERE ${rec} AND d.channel = 'POSTAL'))::int AS "receivedPostal",
      (count(*) FILTER (WHERE ${rec} AND d.channel = 'ONLINE' AND v."onlineClass" = 'FULL'))::int AS "receivedFullOnline",
      (count(*) FILTER (WHERE ${rec} AND d."feeAmount" > 0))::int AS "receivedWithFee",
      (count(*) FILTER (WHERE ${rec} AND d."feePaidOnline"))::int AS "paidOnline",
      (count(*) FILTER (WHERE ${rec} AND d.digitised))::int AS digitised,
      (count(*) FILTER (WHERE ${rec} AND d."dataReused"))::int AS "dataReused"`;
  if (!groupByMonth) {
    return `
    WITH p AS (SELECT "dossierId", count(*) AS n FROM "DossierPause" WHERE kind = 'SUPPLEMENT' GROUP BY 1)
    SELECT d."decidingUnitId" AS key, ${flows("rec")},
      (count(*) FILTER (WHERE ${fin}))::int AS resolved,
      (count(*) FILTER (WHERE ${fin} AND d.timeliness = 'EARLY'))::int AS early,
      (count(*) FILTER (WHERE ${fin} AND d.timeliness = 'ON_TIME'))::int AS "onTime",
      (count(*) FILTER (WHERE ${fin} AND d.timeliness = 'LATE'))::int AS late,
      (count(*) FILTER (WHERE ${fin} AND NOT ${late766}))::int AS "onTime766",
      (count(*) FILTER (WHERE ${fin} AND ${late766}))::int AS "late766",
      (count(*) FILTER (WHERE ${fin} AND d.timeliness = 'LATE' AND d."apologyTimely"))::int AS "lateTimelyApology",
      (count(*) FILTER (WHERE ${inPeriod("finishedAt")} AND d.timeliness IS NULL))::int AS "closedWithoutResult",
      (count(*) FILTER (WHERE ${inPeriod("finishedAt")} AND d."electronicResult"))::int AS "electronicResult",
      (count(*) FILTER (WHERE ${inPeriod("returnedAt")}))::int AS returned,
      (count(*) FILTER (WHERE ${inPeriod("returnedAt")} AND d."postalReturn"))::int AS "returnedByPost",
      (count(*) FILTER (WHERE d."receivedAt" < $2::timestamp(3) AND (d."finishedAt" IS NULL OR d."finishedAt" >= $2::timestamp(3))))::int AS "pendingAtStart",
      (count(*) FILTER (WHERE d."receivedAt" < $3::timestamp(3) AND (d."finishedAt" IS NULL OR d."finishedAt" >= $3::timestamp(3))))::int AS "pendingAtEnd",
      (count(*) FILTER (WHERE d."receivedAt" < $3::timestamp(3) AND (d."finishedAt" IS NULL OR d."finishedAt" >= $3::timestamp(3)) AND d."appointmentAt" < $3::timestamp(3)))::int AS "overdueAtEnd"
    FROM "Dossier" d JOIN "ProcedureVersion" v ON v.id = d."procedureVersionId" LEFT JOIN p ON p."dossierId" = d.id
    WHERE d."decidingUnitId" = ANY($1::text[])
    GROUP BY 1 ORDER BY 1`;
  }
  // The trend: receipts by the month of receipt, results by the month they were issued (two grouped passes).
  return `
    SELECT key, sum(received)::int AS received, sum("receivedOnline")::int AS "receivedOnline",
           sum("receivedFullOnline")::int AS "receivedFullOnline", sum("paidOnline")::int AS "paidOnline",
           sum(digitised)::int AS digitised, sum(resolved)::int AS resolved, sum(early)::int AS early,
           sum("onTime")::int AS "onTime", sum(late)::int AS late, sum("electronicResult")::int AS "electronicResult"
    FROM (
      SELECT d."decidingUnitId" || '|' || to_char(d."receivedAt" + interval '7 hours', 'YYYY-MM') AS key,
             count(*) AS received, count(*) FILTER (WHERE d.channel = 'ONLINE') AS "receivedOnline",
             count(*) FILTER (WHERE d.channel = 'ONLINE' AND v."onlineClass" = 'FULL') AS "receivedFullOnline",
             count(*) FILTER (WHERE d."feePaidOnline") AS "paidOnline", count(*) FILTER (WHERE d.digitised) AS digitised,
             0 AS resolved, 0 AS early, 0 AS "onTime", 0 AS late, 0 AS "electronicResult"
      FROM "Dossier" d JOIN "ProcedureVersion" v ON v.id = d."procedureVersionId"
      WHERE d."decidingUnitId" = ANY($1::text[]) AND ${rec}
      GROUP BY 1
      UNION ALL
      SELECT d."decidingUnitId" || '|' || to_char(d."finishedAt" + interval '7 hours', 'YYYY-MM'),
             0, 0, 0, 0, 0,
             count(*) FILTER (WHERE d.timeliness IS NOT NULL), count(*) FILTER (WHERE d.timeliness = 'EARLY'),
             count(*) FILTER (WHERE d.timeliness = 'ON_TIME'), count(*) FILTER (WHERE d.timeliness = 'LATE'),
             count(*) FILTER (WHERE d."electronicResult")
      FROM "Dossier" d
      WHERE d."decidingUnitId" = ANY($1::text[]) AND ${inPeriod("finishedAt")}
      GROUP BY 1
    ) flows
    GROUP BY 1 ORDER BY 1`;
}

const TREND_FIGURES = [
  "received",
  "receivedOnline",
  "receivedFullOnline",
  "paidOnline",
  "digitised",
  "resolved",
  "early",
  "onTime",
  "late",
  "electronicResult",
] as const;

function compare(
  rollups: Map<string, Record<string, number>>,
  plain: Map<string, Record<string, number>>,
  figures: readonly string[],
): { compared: number; mismatches: number; firstMismatch: string | null } {
  let compared = 0;
  let mismatches = 0;
  let firstMismatch: string | null = null;
  for (const key of new Set([...rollups.keys(), ...plain.keys()])) {
    for (const figure of figures) {
      const a = rollups.get(key)?.[figure] ?? 0;
      const b = plain.get(key)?.[figure] ?? 0;
      compared++;
      if (a !== b) {
        mismatches++;
        firstMismatch ??= `${key} ${figure}: rollups ${a}, plain SQL ${b}`;
      }
    }
  }
  return { compared, mismatches, firstMismatch };
}

async function timeBoth<T, U>(
  runs: number,
  rollups: () => Promise<T>,
  plain: () => Promise<U>,
): Promise<{ rollups: LatencySummary; plainSql: LatencySummary; rollupValue: T; plainValue: U }> {
  const rollupValue = await rollups(); // warm-up, and the values compared
  await rollups();
  const plainValue = await plain();
  const rollupTiming = await sample(runs, rollups);
  const plainTiming = await sample(Math.min(runs, 5), plain);
  return { rollups: rollupTiming, plainSql: plainTiming, rollupValue, plainValue };
}

/**
 * What 1.4 and 5.4 count, so the scorecard's plain SQL has something to find: national-portal messages for 70 % of
 * the received dossiers (90 % of them SYNCED, the rest FAILED or PENDING) and ratings on the last whole year's
 * returned dossiers (bulk-ratings.ts; dislikes among them). Loaded with the rollup triggers off; the rebuild after
 * the load counts them.
 */
async function seedSignals(client: ReturnType<typeof createPrismaClient>, options: RollupsBenchOptions) {
  const started = performance.now();
  const [present] = await client.$queryRawUnsafe<{ messages: number; ratings: number }[]>(
    `SELECT (SELECT count(*)::int FROM "PortalSyncMessage" WHERE kind = 'DOSSIER') AS messages,
            (SELECT count(*)::int FROM "Rating" WHERE id LIKE 'rb\\_%') AS ratings`,
  );
  if ((present?.messages ?? 0) > 0 && (present?.ratings ?? 0) > 0) {
    console.log(
      `  ${thousands(present!.messages)} national-portal messages and ${thousands(present!.ratings)} ratings already there`,
    );
    return;
  }
  const messages =
    (present?.messages ?? 0) > 0
      ? present!.messages
      : await client.$transaction(
          async (tx) => {
            await tx.$executeRawUnsafe("SET LOCAL motcua.rollups = 'off'");
            return tx.$executeRawUnsafe(`
        INSERT INTO "PortalSyncMessage" ("kind", "dossierId", "status", "createdAt", "nextAttemptAt", "syncedAt")
        SELECT 'DOSSIER', d.id, CASE WHEN h < 0.9 THEN 'SYNCED' WHEN h < 0.95 THEN 'FAILED' ELSE 'PENDING' END::"PortalSyncStatus",
               d."receivedAt", d."receivedAt", CASE WHEN h < 0.9 THEN d."receivedAt" + interval '1 hour' END
        FROM (SELECT d.*, ('x' || substr(md5(d.id || ':portal:${options.seed}'), 1, 8))::bit(32)::bigint / 4294967296.0 AS h FROM "Dossier" d
              WHERE d."receivedAt" IS NOT NULL) d
        WHERE ('x' || substr(md5(d.id || ':share:${options.seed}'), 1, 8))::bit(32)::bigint / 4294967296.0 < 0.7`);
          },
          { maxWait: 60_000, timeout: 3_600_000 },
        );
  // Fresh statistics: the refresh of each rated dossier's signal looks its messages up by dossier (an index scan only
  // when the planner knows the table is no longer empty).
  await client.$executeRawUnsafe(`ANALYZE "PortalSyncMessage", "Feedback", "Rating", "RatingAnswer"`);
  const year = Number(localDateKey(new Date()).slice(0, 4)) - 1;
  const from = startOfVietnamDay(`${year}-01-01`);
  const to = startOfVietnamDay(`${year + 1}-01-01`);
  const [pool] = await client.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "Dossier" WHERE status = 'RETURNED' AND "returnedAt" >= $1 AND "returnedAt" < $2`,
    from,
    to,
  );
  const { insertBulkRatings } = await import("./bulk-ratings");
  const rated = await insertBulkRatings(client, {
    ratings: Math.min(options.ratings, Math.floor((pool?.n ?? 0) / 2)),
    from,
    to,
    seed: options.seed,
    rebuildRollups: false, // the rebuild after the load counts them
  });
  console.log(
    `  ${thousands(messages)} national-portal messages, ${thousands(rated.ratings)} ratings (${thousands(rated.answers)} answers) in ${year}: ${seconds(performance.now() - started)}`,
  );
}

export async function runRollupsBench(url: string, options: RollupsBenchOptions): Promise<RollupsBenchResult> {
  // The plain SQL baselines run as PostgreSQL runs them by default (JIT on for whole-table scans); the app's
  // loaders use the app's own client (src/server/db, JIT off).
  const client = createPrismaClient(url, { poolSize: 4, jit: true });
  let stopNotifications: () => Promise<void> = async () => undefined;
  try {
    let seedMs = 0;
    if (options.reuse) console.log(`Existing database: its ${thousands(await client.dossier.count())} dossiers kept`);
    else {
      console.log(`Seeding ${thousands(options.dossiers)} dossiers over ${options.months} months…`);
      seedMs = await seedWorld(client, options);
    }
    await seedSignals(client, options);
    // Statistics first: the rebuild's joins of 1.5 million answers to the criteria go wrong on never-analysed tables.
    await client.$executeRawUnsafe(
      `ANALYZE "QuestionnaireCriterion", "QuestionnaireFactor", "QuestionnaireVersion", "Questionnaire", "PortalSyncMessage", "Feedback", "Rating", "RatingAnswer"`,
    );
    // The rollups were rebuilt at the end of the load; once more, timed on its own.
    const rebuild = await rebuildRollups(client);
    console.log(
      `  rollups rebuilt from the dossiers: ${thousands(rebuild.rows)} rows in ${seconds(rebuild.elapsedMs)}`,
    );
    const vacuumAnalyzeMs = (
      await timed(() =>
        client.$executeRawUnsafe(
          `VACUUM (ANALYZE) "Dossier", "DossierPause", "DossierDailyRollup", "DossierMonthlyRollup", "DossierProcedureMonthlyRollup", "DossierRollupSignal", "PortalSyncMessage", "Feedback", "Rating", "RatingAnswer", "RatingScore", "RatingCriterionMonthlyRollup"`,
        ),
      )
    ).ms;
    console.log(`  VACUUM (ANALYZE): ${seconds(vacuumAnalyzeMs)}`);

    // Server modules read DATABASE_URL when first imported (cli.ts sets it before calling us).
    const { rollupTotals } = await import("@/server/data/rollups");
    const { buildWorklistPageSql, buildWorklistWhere } = await import("@/server/data/worklist-sql");
    const units = await client.administrativeUnit.findMany({ select: { id: true, code: true, level: true } });
    const unitIds = units.map((unit) => unit.id);
    const today = localDateKey(new Date());
    const year = Number(today.slice(0, 4)) - 1; // the last whole year
    const yearFrom = `${year}-01-01`;
    const yearTo = `${year + 1}-01-01`;
    const trendTo = `${today.slice(0, 7)}-01`;
    const trendFrom = `${Number(trendTo.slice(0, 4)) - 3}${trendTo.slice(4)}`;
    const instants = (from: string, to: string) => [
      startOfVietnamDay(from).toISOString(),
      startOfVietnamDay(to).toISOString(),
    ];
    const byKey = <R extends { key: string }>(rows: R[], map: (row: R) => Record<string, number>) =>
      new Map(rows.map((row) => [row.key, map(row)]));

    const figures: FigureTiming[] = [];
    const report = (figure: FigureTiming) => {
      figures.push(figure);
      console.log(
        `  ${figure.name.padEnd(34)} rollups p50 ${figure.rollups.p50} ms (p95 ${figure.rollups.p95}); plain SQL p50 ${figure.plainSql.p50} ms; ×${figure.speedUp}; ` +
          `${figure.mismatches === 0 ? `all ${thousands(figure.compared)} figures equal` : `${figure.mismatches} of ${figure.compared} differ (${figure.firstMismatch})`}`,
      );
    };
    console.log(`\nLeadership figures, ${units.length} units (warm; plain SQL over "Dossier" in the same run)`);

    {
      const perUnit = await timeBoth(
        options.runs,
        () => rollupTotals({ unitIds, from: yearFrom, to: yearTo, groupBy: "unit" }),
        () =>
          client.$queryRawUnsafe<({ key: string } & Figures)[]>(
            plainSql(false),
            unitIds,
            ...instants(yearFrom, yearTo),
          ),
      );
      const check = compare(
        byKey(perUnit.rollupValue, flatten),
        byKey(perUnit.plainValue, (row): Record<string, number> => ({ ...row, key: 0 })),
        FIGURES,
      );
      report({
        name: `year ${year} per unit`,
        description: `received, resolved under the three formulas' inputs, online, toàn trình, fees, digitised, e-results, returned, pending at start and end, overdue — ${yearFrom} to ${yearTo}`,
        rows: perUnit.rollupValue.length,
        ...check,
        rollups: perUnit.rollups,
        plainSql: perUnit.plainSql,
        speedUp: Number((perUnit.plainSql.p50 / Math.max(0.01, perUnit.rollups.p50)).toFixed(1)),
      });
    }
    {
      const trend = await timeBoth(
        options.runs,
        () => rollupTotals({ unitIds, from: trendFrom, to: trendTo, groupBy: "unitMonth" }),
        () =>
          client.$queryRawUnsafe<({ key: string } & Record<string, number>)[]>(
            plainSql(true),
            unitIds,
            ...instants(trendFrom, trendTo),
          ),
      );
      const check = compare(
        byKey(trend.rollupValue, flatten),
        byKey(trend.plainValue, (row) => row),
        TREND_FIGURES,
      );
      report({
        name: "36-month trend per unit",
        description: `per unit and month ${trendFrom} to ${trendTo}: received, online, toàn trình, paid online, digitised, resolved by timeliness, e-results`,
        rows: trend.rollupValue.length,
        ...check,
        rollups: trend.rollups,
        plainSql: trend.plainSql,
        speedUp: Number((trend.plainSql.p50 / Math.max(0.01, trend.rollups.p50)).toFixed(1)),
      });
    }
    {
      const [from, to] = instants(`${today.slice(0, 4)}-01-01`, addCalendarDays(today, 1));
      const home = await timeBoth(
        options.runs,
        () =>
          rollupTotals({
            unitIds,
            from: `${today.slice(0, 4)}-01-01`,
            to: addCalendarDays(today, 1),
            groupBy: "total",
          }),
        () =>
          client.$queryRawUnsafe<{ received: number; resolved: number; early: number; onTime: number; late: number }[]>(
            `SELECT (SELECT count(*)::int FROM "Dossier" WHERE "receivedAt" >= $1::timestamp(3) AND "receivedAt" < $2::timestamp(3)) AS received,
                    count(*)::int AS resolved, (count(*) FILTER (WHERE timeliness = 'EARLY'))::int AS early,
                    (count(*) FILTER (WHERE timeliness = 'ON_TIME'))::int AS "onTime", (count(*) FILTER (WHERE timeliness = 'LATE'))::int AS late
             FROM "Dossier" WHERE "finishedAt" >= $1::timestamp(3) AND "finishedAt" < $2::timestamp(3) AND timeliness IS NOT NULL`,
            from,
            to,
          ),
      );
      const check = compare(new Map([["", flatten(home.rollupValue[0]!)]]), new Map([["", home.plainValue[0]!]]), [
        "received",
        "resolved",
        "early",
        "onTime",
        "late",
      ]);
      report({
        name: "public home, this year, all units",
        description: "received and resolved by timeliness since 1 January, every unit together",
        rows: 1,
        ...check,
        rollups: home.rollups,
        plainSql: home.plainSql,
        speedUp: Number((home.plainSql.p50 / Math.max(0.01, home.rollups.p50)).toFixed(1)),
      });
    }
    {
      // The Decision 766 scorecard of every unit for the year (src/server/data/decision-766.ts: rollups only — 1.4 and
      // 5.4 as rollup counters, the procedures used from the monthly procedure rollup — and the catalogue, each unit
      // with its children; feedback left out, its module reaching Next.js), next to its dossier counts by plain SQL
      // over "Dossier" (with the portal messages, feedback and ratings for 1.4 and 5.4) summed over the same subtrees;
      // the dossier-based inputs compared figure by figure.
      const { scorecardInputs, subtreesOf } = await import("@/server/data/decision-766");
      const tree = await client.administrativeUnit.findMany({
        select: { id: true, parentId: true, successorId: true },
      });
      const members = subtreesOf(tree);
      const [start, end] = instants(yearFrom, yearTo);
      const scorecard = await timeBoth(
        options.runs,
        () =>
          scorecardInputs({ unitIds, officeId: null }, { from: yearFrom, to: yearTo }, null, { withFeedback: false }),
        async () => {
          const rows = await client.$queryRawUnsafe<({ key: string } & Record<string, number>)[]>(
            `SELECT d."decidingUnitId" AS key,
               (count(*) FILTER (WHERE d."receivedAt" >= $2::timestamp(3) AND d."receivedAt" < $3::timestamp(3)))::int AS received,
               (count(*) FILTER (WHERE d."receivedAt" >= $2::timestamp(3) AND d."receivedAt" < $3::timestamp(3) AND d.channel = 'ONLINE'))::int AS "receivedOnline",
               (count(*) FILTER (WHERE d."receivedAt" >= $2::timestamp(3) AND d."receivedAt" < $3::timestamp(3) AND d."feeAmount" > 0))::int AS "receivedWithFee",
               (count(*) FILTER (WHERE d."receivedAt" >= $2::timestamp(3) AND d."receivedAt" < $3::timestamp(3) AND d."feePaidOnline"))::int AS "paidOnline",
               (count(*) FILTER (WHERE d."receivedAt" >= $2::timestamp(3) AND d."receivedAt" < $3::timestamp(3) AND d.digitised))::int AS digitised,
               (count(*) FILTER (WHERE d."receivedAt" >= $2::timestamp(3) AND d."receivedAt" < $3::timestamp(3) AND d."dataReused"))::int AS "dataReused",
               (count(*) FILTER (WHERE d."finishedAt" >= $2::timestamp(3) AND d."finishedAt" < $3::timestamp(3) AND d.timeliness IS NOT NULL))::int AS resolved,
               (count(*) FILTER (WHERE d."finishedAt" >= $2::timestamp(3) AND d."finishedAt" < $3::timestamp(3) AND d."electronicResult"))::int AS "electronicResult",
               (count(*) FILTER (WHERE d."finishedAt" >= $2::timestamp(3) AND d."finishedAt" < $3::timestamp(3) AND d.timeliness IS NOT NULL
                 AND ((d."appointmentAt" IS NOT NULL AND d."finishedAt" > d."appointmentAt")
                   OR (SELECT count(*) FROM "DossierPause" p WHERE p."dossierId" = d.id AND p.kind = 'SUPPLEMENT') > 1)))::int AS "resolved766Late",
               (count(*) FILTER (WHERE d."receivedAt" >= $2::timestamp(3) AND d."receivedAt" < $3::timestamp(3)
                 AND EXISTS (SELECT 1 FROM "PortalSyncMessage" m WHERE m."dossierId" = d.id AND m.kind = 'DOSSIER' AND m.status = 'SYNCED')
                 AND NOT EXISTS (SELECT 1 FROM "PortalSyncMessage" m WHERE m."dossierId" = d.id AND m.kind = 'DOSSIER' AND m.status <> 'SYNCED')))::int AS synced,
               (count(*) FILTER (WHERE d."finishedAt" >= $2::timestamp(3) AND d."finishedAt" < $3::timestamp(3) AND d.timeliness IS NOT NULL
                 AND (EXISTS (SELECT 1 FROM "Feedback" f WHERE f."dossierId" = d.id)
                   OR EXISTS (SELECT 1 FROM "Rating" r WHERE r."dossierId" = d.id AND (r."overallScore" <= 2 OR (r."overallScore" IS NULL
                     AND (SELECT count(*) FILTER (WHERE a.score <= 2) > count(*) FILTER (WHERE a.score >= 4) FROM "RatingAnswer" a WHERE a."ratingId" = r.id)))))))::int AS "resolvedWithComplaintOrDislike",
               (count(*) FILTER (WHERE d."receivedAt" < $3::timestamp(3) AND (d."finishedAt" IS NULL OR d."finishedAt" >= $3::timestamp(3))))::int AS "pendingAtEnd",
               (count(*) FILTER (WHERE d."receivedAt" IS NOT NULL AND d."appointmentAt" < $3::timestamp(3)
                 AND (d."finishedAt" IS NULL OR (d."appointmentAt" < d."finishedAt" AND d."finishedAt" >= $3::timestamp(3)))))::int AS "overdueAtEnd"
             FROM "Dossier" d WHERE d."decidingUnitId" = ANY($1::text[]) GROUP BY 1`,
            unitIds,
            start,
            end,
          );
          const byUnit = new Map(rows.map((row) => [row.key, row]));
          return new Map(
            [...members].map(([unitId, ids]) => {
              const sum: Record<string, number> = {};
              for (const id of ids)
                for (const [figure, value] of Object.entries(byUnit.get(id) ?? {}))
                  if (figure !== "key") sum[figure] = (sum[figure] ?? 0) + Number(value);
              return [unitId, sum];
            }),
          );
        },
      );
      const SCORECARD_FIGURES = [
        "received",
        "receivedOnline",
        "receivedWithFee",
        "paidOnline",
        "digitised",
        "dataReused",
        "resolved",
        "electronicResult",
        "resolved766Late",
        "pendingAtEnd",
        "overdueAtEnd",
        "synced",
        "resolvedWithComplaintOrDislike",
      ];
      const check = compare(
        new Map(
          [...scorecard.rollupValue.inputs].map(([unitId, inputs]) => [
            unitId,
            Object.fromEntries(
              SCORECARD_FIGURES.map((figure) => [figure, inputs[figure as keyof typeof inputs] as number]),
            ),
          ]),
        ),
        scorecard.plainValue,
        SCORECARD_FIGURES,
      );
      report({
        name: `QĐ 766 scorecard ${year}, all units`,
        description: `every unit with its children: the scorecard's inputs (rollups only, and the catalogue; feedback left out: its module needs Next.js) vs its dossier counts (1.4 synced and 5.4 complaint or dislike included) by plain SQL — ${yearFrom} to ${yearTo}`,
        rows: scorecard.rollupValue.inputs.size,
        ...check,
        rollups: scorecard.rollups,
        plainSql: scorecard.plainSql,
        speedUp: Number((scorecard.plainSql.p50 / Math.max(0.01, scorecard.rollups.p50)).toFixed(1)),
      });
    }

    {
      // SIPAS of every unit for the year: the satisfaction rollups (loadSipasInputsByUnit: whole months from
      // "RatingCriterionMonthlyRollup", Σ/Σ² from "RatingScore") vs the same statements over the answers
      // (loadSipasInputsFromAnswers), every unit's index compared figure by figure.
      const { loadSipasInputsByUnit, loadSipasInputsFromAnswers } = await import("@/server/data/satisfaction");
      const { sipasIndex } = await import("@/domain/metrics");
      const [from, to] = [startOfVietnamDay(yearFrom), startOfVietnamDay(yearTo)];
      const scope = { unitIds, from, to };
      const sipas = await timeBoth(
        options.runs,
        () => loadSipasInputsByUnit(scope),
        () => loadSipasInputsFromAnswers(scope, "unit"),
      );
      const figuresOf = (byUnit: Awaited<ReturnType<typeof loadSipasInputsByUnit>>) =>
        new Map(
          [...byUnit].map(([unitId, inputs]) => {
            const index = sipasIndex(inputs.tallies, inputs.respondents.satisfiedShare);
            const figures: Record<string, number> = {
              overall: Math.round((index.value ?? -1) * 1e9),
              respondents: index.respondents,
              ratings: inputs.ratings,
              low: Math.round((index.interval?.low ?? -1) * 1e9),
            };
            for (const criterion of index.criteria) {
              figures[`answers ${criterion.criterionCode}`] = criterion.answers;
              figures[`value ${criterion.criterionCode}`] = Math.round((criterion.value ?? -1) * 1e9);
            }
            return [unitId, figures];
          }),
        );
      const rolled = figuresOf(sipas.rollupValue);
      const plain = figuresOf(sipas.plainValue);
      const names = [...new Set([...rolled.values(), ...plain.values()].flatMap((figures) => Object.keys(figures)))];
      const check = compare(rolled, plain, names);
      report({
        name: `SIPAS ${year} every unit`,
        description: `each unit's SIPAS index (criteria, factors, overall, 95% interval): satisfaction rollups vs the same statements over Rating ⨝ RatingAnswer`,
        rows: sipas.rollupValue.size,
        ...check,
        rollups: sipas.rollups,
        plainSql: sipas.plainSql,
        speedUp: Number((sipas.plainSql.p50 / Math.max(0.01, sipas.rollups.p50)).toFixed(1)),
      });
    }
    {
      // The whole leadership page's data (src/app/(staff)/lanh-dao/page.tsx) for the city leader, as its Suspense
      // sections load it, all at once: early warnings (warningCounts, atRiskCount; the overdue feedback count left out:
      // its module needs Next.js), the year and quarter tables (getUnitPerformanceByView, countAwaitingLeaderApproval),
      // the period dashboard for the year (loadPeriodDashboard: totals, channels, units, 36-month trend, processing
      // time, targets, each unit's SIPAS) and the satisfaction panel's SIPAS (the year and its months; its comments and
      // feedback left out). Baseline: the same rollup-based figures by plain SQL over "Dossier" and the answers (year
      // per unit, 36-month trend per unit, SIPAS of the year, by month and by unit from the answers), in parallel.
      const [
        { warningCounts },
        { atRiskCount },
        dashboard,
        { loadPeriodDashboard },
        satisfaction,
        { reportUnitViewOf },
        dates,
      ] = await Promise.all([
        import("@/server/data/early-warning"),
        import("@/server/data/finish-estimate"),
        import("@/server/data/dashboard"),
        import("@/server/data/dashboard-period"),
        import("@/server/data/satisfaction"),
        import("@/domain/organisation"),
        import("@/lib/dates"),
      ]);
      const [leader] = await client.$queryRawUnsafe<SessionUser[]>(
        `SELECT u.id, u.username, u."fullName" AS name, u.role::text AS role, u."unitId", u."officeId"
         FROM "User" u JOIN "AdministrativeUnit" a ON a.id = u."unitId"
         WHERE u.role = 'LEADERSHIP' AND u.active AND a."effectiveTo" IS NULL
         ORDER BY a.level, a.code, u.username LIMIT 1`,
      );
      if (!leader) throw new Error("the demo world has no leader");
      const { unitTreeAndPredecessorIds } = await import("@/server/data/unit-tree");
      const scopeIds = await unitTreeAndPredecessorIds(leader.unitId);
      const now = new Date();
      const periods = dashboard.periodsOf(year, 4, now);
      const period = dates.periodOf("year", yearFrom, addCalendarDays(yearTo, -1));
      const [from, to] = [startOfVietnamDay(yearFrom), startOfVietnamDay(yearTo)];
      const sipasScope = { unitIds: scopeIds, from, to };
      const page = () =>
        Promise.all([
          warningCounts(leader, now),
          atRiskCount(leader, now),
          dashboard.getUnitPerformanceByView(scopeIds, reportUnitViewOf(undefined), now, periods),
          dashboard.countAwaitingLeaderApproval(leader.unitId),
          loadPeriodDashboard({ unitIds: scopeIds, officeId: null }, period, { unitId: null, officeId: null }),
          // The satisfaction panel reads the months once and sums them for the year (loadSatisfactionSummary).
          satisfaction
            .loadSipasInputsByMonth(sipasScope)
            .then((byMonth) => satisfaction.mergeSipasInputs(byMonth.values())),
        ]);
      const plainPage = () =>
        Promise.all([
          client.$queryRawUnsafe(plainSql(false), scopeIds, ...instants(yearFrom, yearTo)),
          client.$queryRawUnsafe(plainSql(true), scopeIds, ...instants(startOfMonthShifted(yearTo, -36), yearTo)),
          satisfaction.loadSipasInputsFromAnswers(sipasScope, "none"),
          satisfaction.loadSipasInputsFromAnswers(sipasScope, "month"),
          satisfaction.loadSipasInputsFromAnswers(sipasScope, "unit"),
        ]);
      const whole = await timeBoth(Math.max(options.runs, 10), page, plainPage);
      // Each loader alone (p50), to see where the page's time goes.
      const loaders: [string, () => Promise<unknown>][] = [
        ["warningCounts", () => warningCounts(leader, now)],
        ["atRiskCount", () => atRiskCount(leader, now)],
        [
          "getUnitPerformanceByView",
          () => dashboard.getUnitPerformanceByView(scopeIds, reportUnitViewOf(undefined), now, periods),
        ],
        ["countAwaitingLeaderApproval", () => dashboard.countAwaitingLeaderApproval(leader.unitId)],
        [
          "loadPeriodDashboard",
          () => loadPeriodDashboard({ unitIds: scopeIds, officeId: null }, period, { unitId: null, officeId: null }),
        ],
        [
          "loadSipasInputsByMonth + the year as their sum",
          () => satisfaction.loadSipasInputsByMonth(sipasScope).then((m) => satisfaction.mergeSipasInputs(m.values())),
        ],
      ];
      const parts: string[] = [];
      for (const [name, load] of loaders)
        parts.push(`${name} ${(await sample(Math.min(options.runs, 5), load)).p50} ms`);
      console.log(`    each loader alone, p50: ${parts.join(", ")}`);
      const [rolledSipas, plainSipas] = [whole.rollupValue[5], whole.plainValue[2].get("")];
      // The scope's ratings and respondents, and each unit's respondents (its row's satisfaction denominator).
      const check = compare(
        new Map([
          ["", { ratings: rolledSipas.ratings, respondents: rolledSipas.respondents.satisfiedShare.count }],
          ...whole.rollupValue[4].units.map(
            (row) => [`unit ${row.id}`, { ratings: 0, respondents: row.satisfaction?.denominator ?? 0 }] as const,
          ),
        ]),
        new Map([
          ["", { ratings: plainSipas?.ratings ?? 0, respondents: plainSipas?.respondents.satisfiedShare.count ?? 0 }],
          ...[...whole.plainValue[4]].map(
            ([unitId, inputs]) =>
              [`unit ${unitId}`, { ratings: 0, respondents: inputs.respondents.satisfiedShare.count }] as const,
          ),
        ]),
        ["ratings", "respondents"],
      );
      report({
        name: `leadership page ${year} (${leader.username})`,
        description: `every loader of /lanh-dao for ${scopeIds.length} units, in parallel, year ${year} (feedback counts and rating comments left out) vs its rollup figures by plain SQL`,
        rows: scopeIds.length,
        ...check,
        rollups: whole.rollups,
        plainSql: whole.plainSql,
        speedUp: Number((whole.plainSql.p50 / Math.max(0.01, whole.rollups.p50)).toFixed(1)),
      });
    }

    // (b) Worklist search in the busiest unit.
    const [busiest] = await client.$queryRawUnsafe<{ id: string; code: string; n: number }[]>(
      `SELECT u.id, u.code, count(*)::int AS n FROM "Dossier" d JOIN "AdministrativeUnit" u ON u.id = d."receivedUnitId" GROUP BY 1, 2 ORDER BY 3 DESC LIMIT 1`,
    );
    const unit = busiest!;
    console.log(
      `\nWorklist search in ${unit.code} (${thousands(unit.n)} dossiers), all statuses, newest receipt first`,
    );
    const names = await client.$queryRawUnsafe<{ name: string }[]>(
      `SELECT "applicantNameFolded" AS name FROM "Dossier" WHERE "receivedUnitId" = $1 ORDER BY md5(id) LIMIT 40`,
      unit.id,
    );
    const nameTerms = names.map(({ name }) => name.split(" ").slice(-2).join(" "));
    const days = await client.$queryRawUnsafe<{ code: string }[]>(
      `SELECT code FROM "Dossier" WHERE "receivedUnitId" = $1 ORDER BY md5(code) LIMIT 40`,
      unit.id,
    );
    const scope: WorklistScope = { kind: "units", unitIds: [unit.id] };
    const context = { bounds: { now: new Date(), dueSoonBefore: new Date(), horizon: today } };
    const filterOf = (search: string): WorklistFilter => ({
      ...DEFAULT_FILTER,
      status: { kind: "all" },
      sort: "receivedDesc",
      search,
    });
    const search: SearchTiming[] = [];
    const timeSearch = async (name: string, terms: string[], before: boolean) => {
      let matches = 0;
      const run = async (term: string, legacy: boolean) => {
        const page = buildWorklistPageSql(scope, filterOf(term), context, 20)!;
        const where = buildWorklistWhere(scope, filterOf(term), context)!;
        const rewrite = (text: string, values: unknown[]) => {
          if (!legacy) return { text, values };
          const at = text.indexOf(`d."applicantNameFolded" LIKE $`);
          const n = Number(/d\."applicantNameFolded" LIKE \$(\d+)/.exec(text.slice(at))![1]);
          return {
            text: text.replace(
              `d."applicantNameFolded" LIKE $${n}`,
              `lower(translate(d."applicantName", $${values.length + 1}, $${values.length + 2})) LIKE $${n}`,
            ),
            values: [...values, FOLD_FROM, FOLD_TO],
          };
        };
        const p = rewrite(page.text, page.values);
        const c = rewrite(`SELECT count(*)::int AS n FROM "Dossier" d WHERE ${where.text}`, where.values);
        const [, counted] = await Promise.all([
          client.$queryRawUnsafe(p.text, ...p.values),
          client.$queryRawUnsafe<{ n: number }[]>(c.text, ...c.values),
        ]);
        matches += counted[0]?.n ?? 0;
      };
      const latencies = async (legacy: boolean) => {
        for (const term of terms.slice(0, 3)) await run(term, legacy); // warm-up
        const samples: number[] = [];
        for (const term of terms) samples.push((await timed(() => run(term, legacy))).ms);
        return summarise(samples);
      };
      const indexed = await latencies(false);
      const averageMatches = Math.round(matches / (terms.length + 3));
      const old = before ? await latencies(true) : null;
      search.push({ name, matches: averageMatches, indexed, before: old });
      console.log(
        `  ${name.padEnd(34)} page + count p50 ${indexed.p50} ms, p95 ${indexed.p95} (≈ ${averageMatches} matches)` +
          (old ? `; before the folded column p50 ${old.p50} ms, p95 ${old.p95}` : ""),
      );
    };
    await timeSearch("name (two words, folded)", nameTerms, true);
    await timeSearch(
      "code prefix (unit-yymmdd)",
      days.map(({ code }) => code.split("-").slice(0, 2).join("-")),
      false,
    );
    await timeSearch(
      "code prefix (unit-yymm)",
      days.map(({ code }) => `${code.split("-")[0]}-${code.split("-")[1]!.slice(0, 4)}`),
      false,
    );

    // (c) Desk intake with and without the rollup trigger, alternating blocks in the same run.
    const [{ registerDossier }, { intakeContext }, { db }] = await Promise.all([
      import("@/server/dossiers/intake"),
      import("@/server/data/intake-context"),
      import("@/server/db"),
    ]);
    const { startNotificationProducer } = await import("@/server/notifications");
    const { stopProducers } = await import("@/server/notifications/queue");
    await startNotificationProducer();
    stopNotifications = stopProducers;
    const [desk] = await client.$queryRawUnsafe<(SessionUser & { unitCode: string; level: string })[]>(
      `SELECT u.id, u.username, u."fullName" AS name, u.role::text AS role, u."unitId", u."officeId", a.code AS "unitCode", a.level::text AS level
       FROM "User" u JOIN "AdministrativeUnit" a ON a.id = u."unitId"
       WHERE u.role = 'RECEPTIONIST' AND u."officeId" IS NOT NULL AND u.active AND a."effectiveTo" IS NULL
       ORDER BY a.level DESC, a.code, u.username LIMIT 1`,
    );
    if (!desk) throw new Error("the demo world has no receptionist in a unit in force");
    const { unitCode, level: _level, ...user } = desk;
    const procedures = await client.procedure.findMany({ where: { active: true }, select: { id: true } });
    const versions: Parameters<typeof intakeForm>[1][] = [];
    for (const procedure of procedures) {
      try {
        versions.push((await intakeContext(db, user, procedure.id, new Date())).version);
      } catch {
        // not receivable at this desk today
      }
    }
    if (versions.length === 0) throw new Error(`no procedure can be received at ${unitCode}`);
    const intakeRandom = new Random(options.seed).fork("bench-rollups-intake");
    const intake = () =>
      registerDossier(
        user,
        intakeSchema.parse(intakeForm(intakeRandom, intakeRandom.pick(versions), unitCode)),
        new Date(),
      );
    const setTrigger = (on: boolean) =>
      client.$executeRawUnsafe(`ALTER TABLE "Dossier" ${on ? "ENABLE" : "DISABLE"} TRIGGER "Dossier_rollups"`);
    for (let i = 0; i < 10; i++) await intake(); // warm-up
    const withTrigger: number[] = [];
    const withoutTrigger: number[] = [];
    const block = 5;
    for (let done = 0; done < options.intakes; done += block) {
      for (const on of [true, false]) {
        await setTrigger(on);
        for (let i = 0; i < block; i++) (on ? withTrigger : withoutTrigger).push((await timed(intake)).ms);
      }
    }
    await setTrigger(true);
    await rebuildRollups(client, { unitId: user.unitId });
    const on = summarise(withTrigger);
    const off = summarise(withoutTrigger);
    const overheadPercent = Number((((on.p50 - off.p50) / off.p50) * 100).toFixed(1));
    console.log(
      `\nDesk intake (registerDossier, one at a time at ${unitCode}, ${withTrigger.length} per arm in alternating blocks of ${block}): ` +
        `with the rollup trigger p50 ${on.p50} ms (p95 ${on.p95}), without p50 ${off.p50} ms (p95 ${off.p95}): ${overheadPercent >= 0 ? "+" : ""}${overheadPercent}%`,
    );

    return {
      dossiers: options.dossiers,
      seedMs,
      rebuildMs: Math.round(rebuild.elapsedMs),
      rollupRows: rebuild.rows,
      vacuumAnalyzeMs: Math.round(vacuumAnalyzeMs),
      unit: unit.code,
      figures,
      search,
      intake: { withTrigger: on, withoutTrigger: off, overheadPercent },
    };
  } finally {
    await stopNotifications();
    await client.$disconnect();
  }
}

export function formatRollupsSummary(result: RollupsBenchResult): string {
  const figureRows = result.figures.map((figure) => ({
    figure: figure.name,
    rows: figure.rows,
    "rollups p50": figure.rollups.p50,
    "rollups p95": figure.rollups.p95,
    "plain SQL p50": figure.plainSql.p50,
    "speed-up": `×${figure.speedUp}`,
    equal: figure.mismatches === 0 ? `all ${figure.compared}` : `${figure.mismatches} differ`,
  }));
  const searchRows = result.search.map((row) => ({
    search: row.name,
    matches: row.matches,
    p50: row.indexed.p50,
    p95: row.indexed.p95,
    "before p50": row.before?.p50 ?? "",
    "before p95": row.before?.p95 ?? "",
  }));
  return [
    formatTable(figureRows),
    "",
    formatTable(searchRows),
    "",
    `Intake p50 with trigger ${result.intake.withTrigger.p50} ms, without ${result.intake.withoutTrigger.p50} ms (${result.intake.overheadPercent}%); ` +
      `rollups: ${thousands(result.rollupRows)} rows, rebuild ${seconds(result.rebuildMs)}`,
  ].join("\n");
}
