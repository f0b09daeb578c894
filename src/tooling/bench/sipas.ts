// SIPAS at scale (issue 12): a fresh database with the demo world's units, offices, staff and catalogue, N bulk
// dossiers over M months (bulk-dossiers.ts), R ratings with their answers on dossiers returned in the last whole year
// (bulk-ratings.ts), VACUUM ANALYZE, then, warm, in the same run:
// (a) the SIPAS index of every unit for that year the way the screens compute it: loadSipasInputs({ unitIds: [unit],
//     from, to }) then sipasIndex (src/server/data/satisfaction-report.ts does the same), one unit after another;
// (b) the same figures by a plain baseline: one SQL statement over Rating ⨝ RatingAnswer ⨝ criterion ⨝ factor ⨝
//     version ⨝ questionnaire computing per unit the share of 4–5 per criterion (N/A under the minimum sample), the
//     factor means and the overall mean, with index scans switched off for the statement (enable_indexscan,
//     enable_indexonlyscan, enable_bitmapscan = off: sequential scans and hash joins, no index help at all), compared
//     figure by figure with (a) — criterion values and answers, factor values, overall value and respondents;
// (c) one unit's index (the leadership home's figure) and one office's (the head of office's), loadSipasInputs +
//     sipasIndex for the same year (the whole panel, loadSatisfactionSummary, imports modules that need Next's
//     React and is not timed here).
// --database URL (with --keep of an earlier run) measures that database again: its dossiers are kept, and its bench
// ratings too when there are as many as --ratings (else they are redone), e.g. before and after an index.
import { DEFAULT_MINIMUM_SAMPLE, sipasIndex, type SipasIndex } from "@/domain/metrics";
import { startOfVietnamDay, localDateKey } from "@/lib/dates";
import { createPrismaClient } from "@/server/db/client";
import type { PrismaClient } from "@/generated/prisma/client";
import { existingBulkRatings, insertBulkRatings } from "./bulk-ratings";
import { formatTable, sample, seconds, thousands, timed, type LatencySummary } from "./measure";
import { seedWorld } from "./worklist";

export interface SipasBenchOptions {
  dossiers: number;
  ratings: number;
  months: number;
  seed: number;
  runs: number;
  /** An existing database (--database, e.g. kept by --keep): its dossiers are kept, the bench's ratings redone. */
  reuse: boolean;
}

export interface SipasTiming {
  name: string;
  description: string;
  timing: LatencySummary;
}

export interface SipasBenchResult {
  dossiers: number;
  ratings: number;
  answers: number;
  byChannel: Record<string, number>;
  year: number;
  seedMs: number;
  ratingsMs: number;
  vacuumAnalyzeMs: number;
  units: number;
  unitsWithIndex: number;
  tables: { rating: { rows: number; bytes: number }; answer: { rows: number; bytes: number } };
  compared: number;
  mismatches: number;
  firstMismatches: string[];
  timings: SipasTiming[];
}

type Figures = Map<string, number | null>;

/** The figures of one unit's index, keyed `<unit>|<kind>|<key>`. */
function figuresOf(unitId: string, index: SipasIndex, into: Figures): void {
  for (const criterion of index.criteria) {
    into.set(`${unitId}|criterion|${criterion.criterionCode}`, criterion.value);
    into.set(`${unitId}|answers|${criterion.criterionCode}`, criterion.answers);
  }
  for (const factor of index.factors) into.set(`${unitId}|factor|${factor.factorCode}`, factor.value);
  into.set(`${unitId}|overall|`, index.value);
  into.set(`${unitId}|respondents|`, index.respondents);
}

/** The plain baseline (see the header): one row per figure, in the same keys as figuresOf. */
const BASELINE_SQL = `
WITH ans AS (
  SELECT r."unitId" AS unit, r.id AS rating, q.code || '/' || c.code AS crit, f.code AS factor, a.score
  FROM "Rating" r
  JOIN "RatingAnswer" a ON a."ratingId" = r.id
  JOIN "QuestionnaireCriterion" c ON c.id = a."criterionId"
  JOIN "QuestionnaireFactor" f ON f.id = c."factorId"
  JOIN "QuestionnaireVersion" v ON v.id = c."versionId"
  JOIN "Questionnaire" q ON q.id = v."questionnaireId"
  WHERE r."createdAt" >= $1 AND r."createdAt" < $2
), crit AS (
  SELECT unit, crit, factor, count(*)::int AS n, avg(CASE WHEN score >= 4 THEN 1.0 ELSE 0.0 END)::float8 AS share
  FROM ans GROUP BY 1, 2, 3
), fac AS (
  SELECT unit, factor, avg(share) FILTER (WHERE n >= $3)::float8 AS value FROM crit GROUP BY 1, 2
), resp AS (
  SELECT unit, count(DISTINCT rating)::int AS n FROM ans GROUP BY 1
)
SELECT unit || '|criterion|' || crit AS key, CASE WHEN n >= $3 THEN share END AS value FROM crit
UNION ALL SELECT unit || '|answers|' || crit, n FROM crit
UNION ALL SELECT unit || '|factor|' || factor, value FROM fac
UNION ALL SELECT fac.unit || '|overall|', CASE WHEN max(resp.n) >= greatest(1, $3) THEN avg(fac.value) END
  FROM fac JOIN resp ON resp.unit = fac.unit GROUP BY fac.unit
UNION ALL SELECT unit || '|respondents|', n FROM resp`;

async function baseline(client: PrismaClient, from: Date, to: Date, minimum: number): Promise<Figures> {
  const rows = await client.$transaction(
    async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_indexscan = off");
      await tx.$executeRawUnsafe("SET LOCAL enable_indexonlyscan = off");
      await tx.$executeRawUnsafe("SET LOCAL enable_bitmapscan = off");
      return tx.$queryRawUnsafe<{ key: string; value: number | null }[]>(BASELINE_SQL, from, to, minimum);
    },
    { timeout: 600_000, maxWait: 60_000 },
  );
  return new Map(rows.map((row) => [row.key, row.value === null ? null : Number(row.value)]));
}

/**
 * (a') What one grouped pass would give: loadSipasInputs' two statements with the unit added to GROUP BY (every unit
 * at once, not one after another), fed to the same sipasIndex. Not what the screens do today; timed to show the cost
 * of the per-unit loop.
 */
async function groupedInputs(client: PrismaClient, from: Date, to: Date, minimum: number): Promise<Figures> {
  const [tallyRows, momentRows] = await Promise.all([
    client.$queryRawUnsafe<{ unit: string; key: string; factor: string; score: number; n: number }[]>(
      `SELECT r."unitId" AS unit, q.code || '/' || c.code AS key, f.code AS factor, a.score, count(*)::int AS n
       FROM "Rating" r
       JOIN "RatingAnswer" a ON a."ratingId" = r.id
       JOIN "QuestionnaireCriterion" c ON c.id = a."criterionId"
       JOIN "QuestionnaireFactor" f ON f.id = c."factorId"
       JOIN "QuestionnaireVersion" v ON v.id = c."versionId"
       JOIN "Questionnaire" q ON q.id = v."questionnaireId"
       WHERE r."createdAt" >= $1 AND r."createdAt" < $2
       GROUP BY 1, 2, 3, a.score`,
      from,
      to,
    ),
    client.$queryRawUnsafe<{ unit: string; n: number; s: number; s2: number }[]>(
      `WITH per_factor AS (
         SELECT r."unitId" AS unit, a."ratingId", f.code, avg(CASE WHEN a.score >= 4 THEN 1.0 ELSE 0.0 END)::float8 AS share
         FROM "Rating" r
         JOIN "RatingAnswer" a ON a."ratingId" = r.id
         JOIN "QuestionnaireCriterion" c ON c.id = a."criterionId"
         JOIN "QuestionnaireFactor" f ON f.id = c."factorId"
         WHERE r."createdAt" >= $1 AND r."createdAt" < $2
         GROUP BY 1, 2, 3
       ), per_rating AS (SELECT unit, "ratingId", avg(share) AS s FROM per_factor GROUP BY 1, 2)
       SELECT unit, count(*)::int AS n, sum(s)::float8 AS s, sum(s * s)::float8 AS s2 FROM per_rating GROUP BY 1`,
      from,
      to,
    ),
  ]);
  const byUnit = new Map<
    string,
    Map<string, { factorCode: string; counts: [number, number, number, number, number] }>
  >();
  for (const row of tallyRows) {
    const unit = byUnit.get(row.unit) ?? new Map();
    const entry = unit.get(row.key) ?? { factorCode: row.factor, counts: [0, 0, 0, 0, 0] };
    entry.counts[row.score - 1] = row.n;
    unit.set(row.key, entry);
    byUnit.set(row.unit, unit);
  }
  const figures: Figures = new Map();
  for (const moments of momentRows) {
    const tallies = [...(byUnit.get(moments.unit) ?? new Map()).entries()]
      .sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))
      .map(([criterionCode, entry]) => ({ criterionCode, factorCode: entry.factorCode, counts: entry.counts }));
    const respondents = { count: moments.n, sum: moments.s, sumOfSquares: moments.s2 };
    figuresOf(moments.unit, sipasIndex(tallies, respondents, { minimumSample: minimum }), figures);
  }
  return figures;
}

function compare(product: Figures, plain: Figures): { compared: number; mismatches: number; first: string[] } {
  let compared = 0;
  let mismatches = 0;
  const first: string[] = [];
  for (const key of new Set([...product.keys(), ...plain.keys()])) {
    // Units without ratings: the product gives an empty index (overall null, 0 respondents), the baseline no row.
    const a = product.has(key) ? product.get(key)! : key.endsWith("|respondents|") ? 0 : null;
    const b = plain.has(key) ? plain.get(key)! : key.endsWith("|respondents|") ? 0 : null;
    compared++;
    const equal = a === null || b === null ? a === b : Math.abs(a - b) < 1e-9;
    if (!equal) {
      mismatches++;
      if (first.length < 10) first.push(`${key}: screens ${a}, baseline ${b}`);
    }
  }
  return { compared, mismatches, first };
}

async function tableSize(client: PrismaClient, table: string): Promise<{ rows: number; bytes: number }> {
  const [row] = await client.$queryRawUnsafe<{ rows: number; bytes: bigint }[]>(
    `SELECT (SELECT count(*)::int FROM "${table}") AS rows, pg_total_relation_size('"${table}"') AS bytes`,
  );
  return { rows: row?.rows ?? 0, bytes: Number(row?.bytes ?? 0) };
}

export async function runSipasBench(url: string, options: SipasBenchOptions): Promise<SipasBenchResult> {
  const client = createPrismaClient(url, { poolSize: 4 });
  try {
    let seedMs = 0;
    let kept = false;
    if (options.reuse) {
      const [existing] = await client.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM "Rating" WHERE id LIKE 'rb\\_%'`,
      );
      kept = existing?.n === options.ratings;
      if (!kept) await client.$executeRawUnsafe(`DELETE FROM "Rating" WHERE id LIKE 'rb\\_%'`);
      console.log(
        `Existing database: its dossiers kept, ${thousands(existing?.n ?? 0)} bench ratings ${kept ? "kept" : "removed"}`,
      );
    } else {
      console.log(`Seeding ${thousands(options.dossiers)} dossiers over ${options.months} months…`);
      seedMs = await seedWorld(client, options);
    }
    const year = Number(localDateKey(new Date()).slice(0, 4)) - 1; // the last whole year
    const from = startOfVietnamDay(`${year}-01-01`);
    const to = startOfVietnamDay(`${year + 1}-01-01`);
    const rated = kept
      ? await existingBulkRatings(client, { from, to })
      : await insertBulkRatings(client, { ratings: options.ratings, from, to, seed: options.seed });
    console.log(
      `  ${thousands(rated.ratings)} ratings (${Object.entries(rated.byChannel)
        .map(([channel, n]) => `${channel} ${n}`)
        .join(", ")}) with ${thousands(rated.answers)} answers, on dossiers returned in ${year} ` +
        `(${thousands(rated.eligible)} returned): ${seconds(rated.elapsedMs)}`,
    );
    const vacuumAnalyzeMs = kept ? 0 : (await timed(() => client.$executeRawUnsafe(`VACUUM (ANALYZE)`))).ms;
    console.log(`  VACUUM (ANALYZE): ${seconds(vacuumAnalyzeMs)}`);
    const tables = {
      rating: await tableSize(client, "Rating"),
      answer: await tableSize(client, "RatingAnswer"),
    };
    const dossierRows = (await tableSize(client, "Dossier")).rows;

    // Server modules read DATABASE_URL when first imported (cli.ts sets it before calling us).
    const { loadSipasInputs } = await import("@/server/data/satisfaction");
    const units = await client.administrativeUnit.findMany({ select: { id: true }, orderBy: { code: "asc" } });
    const minimum = DEFAULT_MINIMUM_SAMPLE;
    const everyUnit = async (): Promise<Figures> => {
      const figures: Figures = new Map();
      for (const unit of units) {
        const inputs = await loadSipasInputs({ unitIds: [unit.id], from, to });
        figuresOf(
          unit.id,
          sipasIndex(inputs.tallies, inputs.respondents.satisfiedShare, { minimumSample: minimum }),
          figures,
        );
      }
      return figures;
    };

    // Warm-up, and the values compared.
    const product = await everyUnit();
    const plain = await baseline(client, from, to, minimum);
    const check = compare(product, plain);
    const unitsWithIndex = [...product.entries()].filter(
      ([key, value]) => key.endsWith("|overall|") && value !== null,
    ).length;
    console.log(
      `\nSIPAS ${year}, ${units.length} units (${unitsWithIndex} with an index): ` +
        (check.mismatches === 0
          ? `all ${thousands(check.compared)} figures equal (screens vs baseline)`
          : `${check.mismatches} of ${thousands(check.compared)} figures differ:\n    ${check.first.join("\n    ")}`),
    );

    const grouped = compare(product, await groupedInputs(client, from, to, minimum));
    console.log(
      `  one grouped pass vs the screens: ${grouped.mismatches === 0 ? `all ${thousands(grouped.compared)} figures equal` : `${grouped.mismatches} differ: ${grouped.first.join("; ")}`}`,
    );

    const timings: SipasTiming[] = [];
    const report = (name: string, description: string, timing: LatencySummary) => {
      timings.push({ name, description, timing });
      console.log(`  ${name.padEnd(40)} p50 ${timing.p50} ms, p95 ${timing.p95} ms (${timing.n} runs)`);
    };
    report(
      "(a) every unit, screens' way",
      `loadSipasInputs per unit (${units.length} units, one after another) + sipasIndex, year ${year}`,
      await sample(options.runs, everyUnit),
    );
    report(
      "(b) every unit, plain SQL baseline",
      "one statement over Rating ⨝ RatingAnswer ⨝ criteria, index scans off",
      await sample(Math.min(options.runs, 10), () => baseline(client, from, to, minimum)),
    );

    report(
      "(a') every unit, one grouped pass",
      "loadSipasInputs' statements grouped by unit (all units at once) + sipasIndex per unit",
      await sample(options.runs, () => groupedInputs(client, from, to, minimum)),
    );

    const [busiest] = await client.$queryRawUnsafe<{ unitId: string; officeId: string }[]>(
      `SELECT r."unitId", (SELECT r2."officeId" FROM "Rating" r2 WHERE r2."unitId" = r."unitId" AND r2."officeId" IS NOT NULL
                           GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) AS "officeId"
       FROM "Rating" r GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
    );
    if (busiest) {
      const [counts] = await client.$queryRawUnsafe<{ unit: number; office: number }[]>(
        `SELECT count(*)::int AS unit, (count(*) FILTER (WHERE "officeId" = $2))::int AS office FROM "Rating"
         WHERE "unitId" = $1 AND "createdAt" >= $3 AND "createdAt" < $4`,
        busiest.unitId,
        busiest.officeId,
        from,
        to,
      );
      const one = (scope: { unitIds: string[]; officeId?: string }) => async () => {
        const inputs = await loadSipasInputs({ ...scope, from, to });
        return sipasIndex(inputs.tallies, inputs.respondents.satisfiedShare, { minimumSample: minimum });
      };
      const unitScope = { unitIds: [busiest.unitId] };
      const officeScope = { unitIds: [busiest.unitId], officeId: busiest.officeId };
      await one(unitScope)();
      report(
        "(c) one unit (leadership home)",
        `the busiest unit, ${thousands(counts?.unit ?? 0)} ratings in ${year}`,
        await sample(options.runs, one(unitScope)),
      );
      await one(officeScope)();
      report(
        "(c) one office (head of office home)",
        `its busiest office, ${thousands(counts?.office ?? 0)} ratings in ${year}`,
        await sample(options.runs, one(officeScope)),
      );
    }

    return {
      dossiers: dossierRows,
      ratings: rated.ratings,
      answers: rated.answers,
      byChannel: rated.byChannel,
      year,
      seedMs,
      ratingsMs: Math.round(rated.elapsedMs),
      vacuumAnalyzeMs: Math.round(vacuumAnalyzeMs),
      units: units.length,
      unitsWithIndex,
      tables,
      compared: check.compared,
      mismatches: check.mismatches,
      firstMismatches: check.first,
      timings,
    };
  } finally {
    await client.$disconnect();
  }
}

export function formatSipasSummary(result: SipasBenchResult): string {
  return formatTable(
    result.timings.map((t) => ({
      figure: t.name,
      "p50 ms": t.timing.p50,
      "p95 ms": t.timing.p95,
      runs: t.timing.n,
    })),
  );
}
