// Worklists at scale: a fresh database with the demo world's units, offices, staff and catalogue, N bulk dossiers
// (bulk-dossiers.ts), VACUUM ANALYZE, then the product's own `loadWorklist` (src/server/data/worklists.ts) for the
// lists people open every day, timed warm. The SQL that loadWorklist sends is recorded on the way (the shared
// client's $queryRawUnsafe is wrapped), so each statement is also timed alone and EXPLAINed exactly as the product
// runs it. Each list also has an equivalent hand-written SQL (page + exact COUNT): its COUNT gives the list's true
// size, and if loadWorklist cannot be imported or fails, those statements are measured instead (and said so).
import { ACTIVE_STATUSES as ACTIVE_STATUS_GROUP, PENDING_STATUSES as PENDING_STATUS_GROUP } from "@/domain/dossier";
import {
  cursorOf,
  deadlineBounds,
  DEFAULT_FILTER,
  QUICK_FILTERS,
  resolveScope,
  type WorklistFilter,
} from "@/domain/worklist";
import { FOLD_FROM, FOLD_TO, foldVietnamese } from "@/lib/vietnamese-text";
import pg from "pg";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "@/server/db/client";
import { demoCalendar } from "@/tooling/demo-world/demo-calendar";
import { seedDemoWorld, startOfLocalDay } from "@/tooling/demo-world/seed";
import { buildWorld } from "@/tooling/demo-world/world";
import { insertBulkDossiers } from "./bulk-dossiers";
import { summarisePlan, type ExplainRoot, type PlanSummary } from "./explain";
import {
  formatTable,
  megabytes,
  round,
  sample,
  seconds,
  summarise,
  thousands,
  timed,
  type LatencySummary,
} from "./measure";

export interface WorklistBenchOptions {
  dossiers: number;
  months: number;
  seed: number;
  /** Timed runs of each list and statement (after two warm-up runs). */
  runs: number;
  /** Measure the database as it is (already seeded by an earlier `--keep` run) instead of seeding it. */
  reuse: boolean;
  /** Time the equivalent hand-written SQL instead of loadWorklist (to compare the two). */
  equivalentSql: boolean;
}

export interface QueryTiming {
  scenario: string;
  /** "page", or "count:<quick filter>" for the capped counts of the filter chips. */
  label: string;
  text: string;
  values: unknown[];
  timing: LatencySummary;
}

export interface ScenarioResult {
  name: string;
  /** loadWorklist, or the equivalent SQL if loadWorklist failed for this list. */
  source: string;
  description: string;
  /** Dossiers matching the list (exact COUNT, not the screen's capped one). */
  matches: number;
  rowsOnPage: number;
  /** The whole list as the screen gets it: loadWorklist (or the equivalent statements in parallel). */
  loadWorklist: LatencySummary;
  page: LatencySummary | null;
  slowestCount: LatencySummary | null;
  exactCount: LatencySummary;
}

/** A search in the busiest unit: the product's whole list load next to the statements it sent before (same run). */
export interface SearchResult {
  name: string;
  terms: number;
  /** Average exact number of matches per term. */
  matches: number;
  /** loadWorklist as it is, whole (calendar, settings and warning rules included). */
  product: LatencySummary;
  /** Its statements alone, one after the other on one connection: page + capped counts (SEARCH_TOTAL_CAP, COUNT_CAP). */
  statements: LatencySummary;
  /** The previous version's statements on its indexes (same run, in a rolled-back transaction), one after the other. */
  previous: LatencySummary;
}

export interface WorklistBenchResult {
  database: string;
  /** What was timed: the product's loadWorklist, or the equivalent SQL when it was not usable. */
  source: string;
  dossiers: number;
  seedMs: number | null;
  vacuumAnalyzeMs: number | null;
  table: { rows: number; totalBytes: number; heapBytes: number; indexBytes: number };
  statuses: Record<string, number>;
  scenarios: ScenarioResult[];
  /** Name and code-prefix searches in the busiest unit (product only). */
  searches: SearchResult[];
  /** Every recorded statement's plan, slowest first. */
  explained: (Pick<QueryTiming, "scenario" | "label"> & { p50: number } & PlanSummary)[];
}

/** The user as loadWorklist needs them. */
interface BenchUser {
  id: string;
  role: "OFFICER" | "LEADERSHIP";
  unitId: string;
  officeId: string | null;
}

interface Statement {
  text: string;
  values: unknown[];
}

interface Scenario {
  name: string;
  description: string;
  user: BenchUser;
  filter: WorklistFilter;
  /** The same list in plain SQL: its page and its exact COUNT. */
  equivalent: { page: Statement; count: Statement };
}

// "Đang giải quyết" and the statuses whose deadline clock runs, as the worklist filter defines them.
const ACTIVE_STATUSES: string[] = [...ACTIVE_STATUS_GROUP];
const PENDING_STATUSES: string[] = [...PENDING_STATUS_GROUP];
const PAGE_SIZE = 25;

/** Page and COUNT of `WHERE condition`, sorted like the default list (appointment, then code). */
function equivalentSql(condition: string, values: unknown[], page: number): Scenario["equivalent"] {
  const n = values.length;
  return {
    page: {
      text: `SELECT d.id, d.code, p.name AS "procedureName", d."applicantName", d."receivedAt", d."appointmentAt", d.status::text AS status
             FROM "Dossier" d JOIN "Procedure" p ON p.id = d."procedureId"
             WHERE ${condition} ORDER BY d."appointmentAt" ASC NULLS LAST, d.code ASC LIMIT $${n + 1} OFFSET $${n + 2}`,
      values: [...values, PAGE_SIZE + 1, (page - 1) * PAGE_SIZE],
    },
    count: { text: `SELECT count(*)::int AS n FROM "Dossier" d WHERE ${condition}`, values },
  };
}

/** The demo world and N bulk dossiers, VACUUM not included (also the API bench's set-up: ./api.ts). */
export async function seedWorld(
  client: PrismaClient,
  options: Pick<WorklistBenchOptions, "dossiers" | "months" | "seed">,
): Promise<number> {
  const cal = demoCalendar();
  const until = startOfLocalDay(cal, new Date());
  const started = performance.now();
  await seedDemoWorld(client, { seed: options.seed, until, dossiers: 0, parIndex: false });
  console.log(`  demo world (units, offices, staff, catalogue, calendar): ${seconds(performance.now() - started)}`);
  const result = await insertBulkDossiers(client, buildWorld(options.seed), cal, {
    dossiers: options.dossiers,
    months: options.months,
    until,
    seed: options.seed,
    onProgress: ({ dossiers, elapsedMs }) =>
      process.stdout.write(`\r  ${thousands(dossiers)} dossiers, ${seconds(elapsedMs)}   `),
  });
  process.stdout.write("\n");
  console.log(`  ${thousands(result.dossiers)} dossiers received ${result.firstDay} → ${result.lastDay}`);
  return performance.now() - started;
}

async function tableFigures(client: PrismaClient): Promise<WorklistBenchResult["table"]> {
  const [row] = await client.$queryRawUnsafe<{ rows: number; total: bigint; heap: bigint; indexes: bigint }[]>(
    `SELECT (SELECT count(*)::int FROM "Dossier") AS rows, pg_total_relation_size('"Dossier"') AS total,
            pg_relation_size('"Dossier"') AS heap, pg_indexes_size('"Dossier"') AS indexes`,
  );
  if (!row) throw new Error("no table figures");
  return {
    rows: row.rows,
    totalBytes: Number(row.total),
    heapBytes: Number(row.heap),
    indexBytes: Number(row.indexes),
  };
}

/** The lists to time, for the busiest people: the worst case a real unit of this size would see. */
async function scenarios(client: PrismaClient, now: Date): Promise<Scenario[]> {
  const one = async <T>(sql: string, ...values: unknown[]): Promise<T> => {
    const [row] = await client.$queryRawUnsafe<T[]>(sql, ...values);
    if (!row) throw new Error(`benchmark set-up found nothing: ${sql}`);
    return row;
  };
  const userColumns = `u.id, u.role::text AS role, u."unitId", u."officeId"`;
  const officer = await one<BenchUser>(
    `SELECT ${userColumns} FROM "Dossier" d JOIN "User" u ON u.id = d."assigneeId"
     WHERE u.role = 'OFFICER' AND d.status = ANY($1::"DossierStatus"[]) GROUP BY u.id ORDER BY count(*) DESC LIMIT 1`,
    ACTIVE_STATUSES,
  );
  const office = await one<{ officeId: string }>(
    `SELECT "handlingOfficeId" AS "officeId" FROM "Dossier" WHERE "handlingOfficeId" IS NOT NULL GROUP BY 1 ORDER BY count(*) DESC LIMIT 1`,
  );
  const officeOfficer = await one<BenchUser>(
    `SELECT ${userColumns} FROM "User" u WHERE u.role = 'OFFICER' AND u."officeId" = $1 ORDER BY u.username LIMIT 1`,
    office.officeId,
  );
  const unit = await one<{ unitId: string; code: string; n: number }>(
    `SELECT d."receivedUnitId" AS "unitId", a.code, count(*)::int AS n FROM "Dossier" d JOIN "AdministrativeUnit" a ON a.id = d."receivedUnitId" GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
  );
  // Deep in the unit's list: page 2000, or half way through a smaller unit.
  const deep = Math.max(2, Math.min(2000, Math.floor(unit.n / 2 / PAGE_SIZE)));
  const leader = await one<BenchUser>(
    `SELECT ${userColumns} FROM "User" u WHERE u.role = 'LEADERSHIP' AND u."unitId" = $1 ORDER BY u.username LIMIT 1`,
    unit.unitId,
  );
  // A month of the unit's codes, as a desk types "CDO-2610" to find last month's dossiers.
  const lastMonth = new Date(now);
  lastMonth.setUTCMonth(lastMonth.getUTCMonth() - 1);
  const codePrefix = `${unit.code}-${String(lastMonth.getUTCFullYear()).slice(2)}${String(lastMonth.getUTCMonth() + 1).padStart(2, "0")}`;
  const name = "Nguyễn Văn";
  const all = { kind: "all" } as const;
  // The "Trang sau" cursor that leads to `page` of a list sorted by appointment: the last row of the page before.
  const cursorAt = async (condition: string, values: unknown[], page: number) => {
    const row = await one<{ code: string; appointmentAt: Date | null; receivedAt: Date | null }>(
      `SELECT d.code, d."appointmentAt", d."receivedAt" FROM "Dossier" d WHERE ${condition}
        ORDER BY d."appointmentAt" ASC NULLS LAST, d.code ASC OFFSET ${(page - 1) * PAGE_SIZE - 1} LIMIT 1`,
      ...values,
    );
    return cursorOf("appointmentAsc", "next", page, row);
  };
  const active = `d.status = ANY($2::"DossierStatus"[])`;
  const inUnit = `(d."receivedUnitId" = $1 OR d."decidingUnitId" = $1)`;
  return [
    {
      name: "officer: mine",
      description: "an officer's “của tôi” (assigned, active), page 1",
      user: officer,
      filter: { ...DEFAULT_FILTER },
      equivalent: equivalentSql(`d."assigneeId" = $1 AND ${active}`, [officer.id, ACTIVE_STATUSES], 1),
    },
    {
      name: "office: active p1",
      description: "an office's active list by appointment, page 1",
      user: officeOfficer,
      filter: { ...DEFAULT_FILTER, scope: "office" },
      equivalent: equivalentSql(`d."handlingOfficeId" = $1 AND ${active}`, [office.officeId, ACTIVE_STATUSES], 1),
    },
    {
      name: "office: active p200",
      description: "the same list, page 200 (OFFSET 4975)",
      user: officeOfficer,
      filter: { ...DEFAULT_FILTER, scope: "office", page: 200 },
      equivalent: equivalentSql(`d."handlingOfficeId" = $1 AND ${active}`, [office.officeId, ACTIVE_STATUSES], 200),
    },
    {
      name: "office: all p200",
      description: "the office's every status, page 200 (OFFSET 4975)",
      user: officeOfficer,
      filter: { ...DEFAULT_FILTER, scope: "office", status: all, page: 200 },
      equivalent: equivalentSql(`d."handlingOfficeId" = $1`, [office.officeId], 200),
    },
    {
      name: "office: all p200 key",
      description: "the same page 200 by its “Trang sau” cursor (keyset, no OFFSET)",
      user: officeOfficer,
      filter: {
        ...DEFAULT_FILTER,
        scope: "office",
        status: all,
        page: 200,
        cursor: await cursorAt(`d."handlingOfficeId" = $1`, [office.officeId], 200),
      },
      equivalent: equivalentSql(`d."handlingOfficeId" = $1`, [office.officeId], 200),
    },
    {
      name: "unit: all deep",
      description: `the unit's every status, page ${deep} by OFFSET (${thousands((deep - 1) * PAGE_SIZE)} rows skipped; a typed page stops at 200)`,
      user: leader,
      filter: { ...DEFAULT_FILTER, scope: "unit", status: all, page: deep },
      equivalent: equivalentSql(inUnit, [unit.unitId], deep),
    },
    {
      name: "unit: all deep key",
      description: `the same page ${deep} by its “Trang sau” cursor (keyset)`,
      user: leader,
      filter: {
        ...DEFAULT_FILTER,
        scope: "unit",
        status: all,
        page: deep,
        cursor: await cursorAt(inUnit, [unit.unitId], deep),
      },
      equivalent: equivalentSql(inUnit, [unit.unitId], deep),
    },
    {
      name: "unit: overdue",
      description: "the unit's overdue filter (quá hạn), page 1",
      user: leader,
      filter: { ...DEFAULT_FILTER, scope: "unit", quick: "overdue" },
      equivalent: equivalentSql(
        `${inUnit} AND ${active} AND d."appointmentAt" < $3::timestamp(3)`,
        [unit.unitId, PENDING_STATUSES, now.toISOString()],
        1,
      ),
    },
    {
      name: "unit: code prefix",
      description: `search “${codePrefix}” over the unit, every status`,
      user: leader,
      filter: { ...DEFAULT_FILTER, scope: "unit", status: all, search: codePrefix },
      equivalent: equivalentSql(`${inUnit} AND d.code LIKE $2`, [unit.unitId, `${codePrefix}%`], 1),
    },
    {
      name: "unit: name search",
      description: `search “${name}” over the unit, every status`,
      user: leader,
      filter: { ...DEFAULT_FILTER, scope: "unit", status: all, search: name },
      equivalent: equivalentSql(
        `${inUnit} AND lower(translate(d."applicantName", $2, $3)) LIKE $4`,
        [unit.unitId, FOLD_FROM, FOLD_TO, `%${foldVietnamese(name)}%`],
        1,
      ),
    },
  ];
}

type ServerDb = typeof import("@/server/db").db;
type RawQuery = (text: string, ...values: unknown[]) => Promise<unknown>;

/** Records the SQL sent through the shared client's $queryRawUnsafe while a capture list is set. */
function recordRawQueries(db: ServerDb): { original: RawQuery; capture: (into: Statement[] | null) => void } {
  const original = db.$queryRawUnsafe.bind(db) as ServerDb["$queryRawUnsafe"];
  let into: Statement[] | null = null;
  db.$queryRawUnsafe = ((text: string, ...values: unknown[]) => {
    into?.push({ text, values });
    return original(text, ...values);
  }) as ServerDb["$queryRawUnsafe"];
  return { original: (text, ...values) => original(text, ...values), capture: (target) => (into = target) };
}

/** How a list is loaded: the product's loadWorklist, or the equivalent statements in parallel. */
interface Loader {
  source: string;
  /** Loads the list once; returns the rows on the page and the statements sent. */
  load(scenario: Scenario, now: Date): Promise<{ rowsOnPage: number; statements: Statement[] }>;
  /** Runs one statement as it was sent. */
  execute: RawQuery;
}

async function productLoader(): Promise<Loader> {
  // Server modules read DATABASE_URL when first imported (cli.ts sets it before calling us).
  const { loadWorklist } = await import("@/server/data/worklists");
  const { db } = await import("@/server/db");
  if (typeof loadWorklist !== "function") throw new Error("src/server/data/worklists.ts exports no loadWorklist");
  const recorder = recordRawQueries(db);
  return {
    source: "loadWorklist (src/server/data/worklists.ts)",
    async load(scenario, now) {
      const statements: Statement[] = [];
      recorder.capture(statements);
      try {
        const page = await loadWorklist(scenario.user, scenario.filter, { now });
        if (!page) throw new Error(`${scenario.name}: loadWorklist returned no list for this user`);
        return { rowsOnPage: page.rows.length, statements };
      } finally {
        recorder.capture(null);
      }
    },
    execute: recorder.original,
  };
}

function equivalentLoader(client: PrismaClient): Loader {
  const execute: RawQuery = (text, ...values) => client.$queryRawUnsafe(text, ...values);
  return {
    source: "equivalent SQL (page and COUNT in parallel, Prisma $queryRawUnsafe)",
    async load(scenario) {
      const { page, count } = scenario.equivalent;
      const [rows] = await Promise.all([execute(page.text, ...page.values), execute(count.text, ...count.values)]);
      return { rowsOnPage: Math.min(PAGE_SIZE, (rows as unknown[]).length), statements: [page, count] };
    },
    execute,
  };
}

/** Names the statements of one load: pages, and counts (one per quick filter chip when all are there). */
function labelStatements(statements: Statement[]): string[] {
  const isCount = (text: string) => /\bcount\s*\(/i.test(text);
  const counts = statements.filter((s) => isCount(s.text)).length;
  const pages = statements.length - counts;
  let c = 0;
  let p = 0;
  return statements.map((s) => {
    if (!isCount(s.text)) return pages > 1 ? `page#${++p}` : "page";
    const index = c++;
    return counts === QUICK_FILTERS.length ? `count:${QUICK_FILTERS[index]}` : `count#${index + 1}`;
  });
}

export async function runWorklistBench(url: string, options: WorklistBenchOptions): Promise<WorklistBenchResult> {
  const client = createPrismaClient(url, { poolSize: 4 });
  try {
    let seedMs: number | null = null;
    let vacuumAnalyzeMs: number | null = null;
    if (!options.reuse) {
      console.log(`Seeding ${thousands(options.dossiers)} dossiers over ${options.months} months…`);
      seedMs = await seedWorld(client, options);
      // What autovacuum would have done long ago on a live system (statistics, visibility map for index-only scans);
      // done now so that it does not start in the middle of the timings.
      vacuumAnalyzeMs = (await timed(() => client.$executeRawUnsafe(`VACUUM (ANALYZE) "Dossier"`))).ms;
      console.log(`  VACUUM (ANALYZE) "Dossier": ${seconds(vacuumAnalyzeMs)}`);
    }
    const table = await tableFigures(client);
    const statusRows = await client.$queryRawUnsafe<{ status: string; n: number }[]>(
      `SELECT status::text AS status, count(*)::int AS n FROM "Dossier" GROUP BY 1 ORDER BY 2 DESC`,
    );
    const statuses = Object.fromEntries(statusRows.map((row) => [row.status, row.n]));
    console.log(
      `  Dossier: ${thousands(table.rows)} rows, ${megabytes(table.totalBytes)} (heap ${megabytes(table.heapBytes)}, indexes ${megabytes(table.indexBytes)}); ` +
        statusRows.map((row) => `${row.status} ${((100 * row.n) / table.rows).toFixed(1)}%`).join(", "),
    );

    const firstNow = new Date();
    const lists = await scenarios(client, firstNow);
    let loader: Loader = equivalentLoader(client);
    if (!options.equivalentSql) {
      try {
        const product = await productLoader();
        await product.load(lists[0]!, firstNow);
        loader = product;
      } catch (error) {
        console.log(
          `  src/server/data/worklists.ts is not usable now (${error instanceof Error ? error.message.split("\n")[0] : String(error)}): timing the equivalent SQL instead.`,
        );
      }
    }

    const results: ScenarioResult[] = [];
    const queries: QueryTiming[] = [];
    console.log(`\nWorklists through ${loader.source}, ${options.runs} warm runs each (ms)`);
    for (const scenario of lists) {
      const now = new Date();
      let used = loader;
      try {
        await used.load(scenario, now);
      } catch (error) {
        console.log(
          `  ${scenario.name}: ${loader.source} failed (${error instanceof Error ? error.message.split("\n")[0] : String(error)}); timing the equivalent SQL.`,
        );
        used = equivalentLoader(client);
        await used.load(scenario, now);
      }
      const { rowsOnPage, statements } = await used.load(scenario, now);
      const loadTiming = await sample(options.runs, () => used.load(scenario, now));

      const labels = labelStatements(statements);
      const timings: QueryTiming[] = [];
      for (const [index, statement] of statements.entries()) {
        const timing = await sample(options.runs, () => used.execute(statement.text, ...statement.values));
        timings.push({
          scenario: scenario.name,
          label: labels[index]!,
          text: statement.text,
          values: statement.values,
          timing,
        });
      }
      queries.push(...timings);

      let matches = 0;
      const { count } = scenario.equivalent;
      const exactCount = await sample(options.runs, async () => {
        const [row] = (await client.$queryRawUnsafe<{ n: number }[]>(count.text, ...count.values)) ?? [];
        matches = row?.n ?? 0;
      });
      const counts = timings.filter((t) => t.label.startsWith("count")).sort((a, b) => b.timing.p50 - a.timing.p50);
      const pages = timings.filter((t) => t.label.startsWith("page")).sort((a, b) => b.timing.p50 - a.timing.p50);
      const result: ScenarioResult = {
        name: scenario.name,
        source: used.source,
        description: scenario.description,
        matches,
        rowsOnPage,
        loadWorklist: loadTiming,
        page: pages[0]?.timing ?? null,
        slowestCount: counts[0]?.timing ?? null,
        exactCount,
      };
      results.push(result);
      console.log(
        `  ${scenario.name.padEnd(20)} ${scenario.description}: ${thousands(matches)} match, ${rowsOnPage} on the page; ` +
          `whole list p50 ${loadTiming.p50} p95 ${loadTiming.p95}; ` +
          timings.map((t) => `${t.label} ${t.timing.p50}`).join(", ") +
          `; exact COUNT p50 ${exactCount.p50}`,
      );
    }

    const searches = loader.source.startsWith("loadWorklist") ? await timeSearches(client, url, loader, lists) : [];

    // Every statement sent, explained as sent (which index, any sequential scan); the plans of the two
    // slowest are printed.
    const explainOf = async (query: QueryTiming): Promise<PlanSummary | null> => {
      const [row] = (await client.$queryRawUnsafe(
        `EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${query.text}`,
        ...query.values,
      )) as { "QUERY PLAN": ExplainRoot[] }[];
      const root = row?.["QUERY PLAN"][0];
      return root ? summarisePlan(root) : null;
    };
    const explained: WorklistBenchResult["explained"] = [];
    for (const query of queries) {
      const summary = await explainOf(query);
      if (summary) explained.push({ scenario: query.scenario, label: query.label, p50: query.timing.p50, ...summary });
    }
    explained.sort((a, b) => b.p50 - a.p50);
    for (const plan of explained.slice(0, 2)) {
      console.log(`\nEXPLAIN (ANALYZE, BUFFERS) — ${plan.scenario}, ${plan.label} (p50 ${plan.p50} ms):`);
      console.log(
        `  execution ${round(plan.executionMs)} ms, planning ${round(plan.planningMs)} ms${plan.jitMs !== null ? `, JIT ${round(plan.jitMs)} ms` : ""}; ` +
          `indexes: ${plan.indexes.join(", ") || "none"}${plan.seqScans.length ? `; sequential scans: ${plan.seqScans.join(", ")}` : ""}`,
      );
      for (const line of plan.lines) console.log(`  ${line}`);
    }
    const scans = explained.filter((plan) => plan.seqScans.includes("Dossier"));
    console.log(
      scans.length
        ? `\nSequential scans of Dossier: ${scans.map((plan) => `${plan.scenario} / ${plan.label} (${round(plan.executionMs)} ms)`).join("; ")}`
        : "\nNo statement scanned Dossier sequentially.",
    );
    return {
      database: url.replace(/\/\/[^@]*@/, "//"),
      source: loader.source,
      dossiers: table.rows,
      seedMs,
      vacuumAnalyzeMs,
      table,
      statuses,
      scenarios: results,
      searches,
      explained,
    };
  } finally {
    await client.$disconnect();
  }
}

/**
 * Name and code-prefix searches in the busiest unit, as its leader types them (every status, newest receipt first):
 * 30 names (the last two words of real applicants' names there), 30 days (unit-yymmdd) and 30 months (unit-yymm) of
 * its codes, after 3 warm-up terms each. Each term is loaded by loadWorklist (whole), and its statements are run one
 * after the other on one connection. The baseline, in the same run: the statements the previous version sent (the
 * code by LIKE alone, the list counted up to 100,000 instead of 1,000), one after the other on one connection inside
 * a transaction that puts the previous indexes back (the folded name's plain trigram index, the code's trigram
 * index; the combined name and scope index dropped) and is rolled back at the end.
 */
async function timeSearches(
  client: PrismaClient,
  url: string,
  loader: Loader,
  lists: Scenario[],
): Promise<SearchResult[]> {
  const leader = lists.find((scenario) => scenario.name === "unit: overdue")!.user;
  const [unit] = await client.$queryRawUnsafe<{ n: number }[]>(
    `SELECT count(*)::int AS n FROM "Dossier" WHERE "receivedUnitId" = $1`,
    leader.unitId,
  );
  const sampleOf = (column: string) =>
    client.$queryRawUnsafe<{ value: string }[]>(
      `SELECT ${column} AS value FROM "Dossier" WHERE "receivedUnitId" = $1 ORDER BY md5(id) LIMIT 33`,
      leader.unitId,
    );
  const names = (await sampleOf(`"applicantNameFolded"`)).map(({ value }) => value.split(" ").slice(-2).join(" "));
  const codes = (await sampleOf("code")).map(({ value }) => value);
  const kinds: [string, string[]][] = [
    ["name (two words, folded)", names],
    ["code prefix unit-yymmdd", codes.map((code) => code.split("-").slice(0, 2).join("-"))],
    ["code prefix unit-yymm", codes.map((code) => `${code.split("-")[0]}-${code.split("-")[1]!.slice(0, 4)}`)],
  ];
  console.log(
    `\nSearch in the busiest unit (${thousands(unit?.n ?? 0)} dossiers received), every status, newest receipt first (ms)`,
  );
  // The previous version's statements, built the way it built them: the list's WHERE with the code by LIKE alone,
  // the page sorted by the chosen sort, and five capped counts (the list's own up to 100,000).
  const { buildWorklistWhere, toPlainCondition, worklistOrderBy } = await import("@/server/data/worklist-sql");
  const { getCurrentCalendar, getSetting } = await import("@/server/data/calendar");
  const { warningFilters } = await import("@/server/data/early-warning");
  const scope = resolveScope(leader, "unit")!.scope;
  const now = new Date();
  const context = {
    bounds: deadlineBounds(await getCurrentCalendar(), now, await getSetting("dueSoonWorkingDays")),
    apologyDue: toPlainCondition((await warningFilters(now)).apologyDue),
  };
  const withoutRange = (text: string) =>
    text.replace(/d\."code" >= (\$\d+) AND d\."code" < (\$\d+)/g, "$1::text IS NOT NULL AND $2::text IS NOT NULL");
  const previousOf = (filter: WorklistFilter): { statements: Statement[]; exact: Statement } => {
    const statements: Statement[] = [];
    const all = buildWorklistWhere(scope, filter, context, "all")!;
    const order = worklistOrderBy(filter.sort);
    const n = all.values.length;
    statements.push({
      text: `SELECT d.id, d.code, d."applicantName", d."receivedAt", d."appointmentAt", d.status::text AS status, p.name AS "procedureName" FROM (SELECT d.* FROM "Dossier" d WHERE ${withoutRange(all.text)} ORDER BY ${order} LIMIT $${n + 1} OFFSET $${n + 2}) d JOIN "Procedure" p ON p.id = d."procedureId" ORDER BY ${order}`,
      values: [...all.values, PAGE_SIZE + 1, 0],
    });
    for (const quick of QUICK_FILTERS) {
      const where = buildWorklistWhere(scope, filter, context, quick);
      if (!where) continue;
      statements.push({
        text: `SELECT count(*)::int AS n FROM (SELECT 1 FROM "Dossier" d WHERE ${withoutRange(where.text)} LIMIT $${where.values.length + 1}) capped`,
        values: [...where.values, quick === "all" ? 100_001 : 1001],
      });
    }
    return {
      statements,
      exact: { text: `SELECT count(*)::int AS n FROM "Dossier" d WHERE ${all.text}`, values: all.values },
    };
  };
  const inTurn = async (run: (statement: Statement) => Promise<unknown>, statements: Statement[]) => {
    for (const statement of statements) await run(statement);
  };

  const measured: {
    name: string;
    terms: { statements: Statement[]; previous: Statement[]; matches: number }[];
    product: number[];
    current: number[];
    previous: number[];
  }[] = [];
  for (const [name, terms] of kinds) {
    const entry = {
      name,
      terms: [] as { statements: Statement[]; previous: Statement[]; matches: number }[],
      product: [] as number[],
      current: [] as number[],
      previous: [] as number[],
    };
    for (const [index, term] of terms.entries()) {
      const scenario: Scenario = {
        name,
        description: term,
        user: leader,
        filter: { ...DEFAULT_FILTER, scope: "unit", status: { kind: "all" }, sort: "receivedDesc", search: term },
        equivalent: equivalentSql("TRUE", [], 1),
      };
      const now = new Date();
      const { statements } = await loader.load(scenario, now);
      const run = (statement: Statement) => loader.execute(statement.text, ...statement.values);
      if (index < 3) {
        await inTurn(run, statements); // warm-up
        continue;
      }
      const previous = previousOf(scenario.filter);
      const [counted] = (await loader.execute(previous.exact.text, ...previous.exact.values)) as { n: number }[];
      entry.terms.push({ statements, previous: previous.statements, matches: counted?.n ?? 0 });
      entry.product.push((await timed(() => loader.load(scenario, now))).ms);
      entry.current.push((await timed(() => inTurn(run, statements))).ms);
    }
    measured.push(entry);
  }

  // The baseline: the previous statements on the previous indexes, inside a transaction rolled back at the end.
  const pgClient = new pg.Client({ connectionString: url });
  await pgClient.connect();
  try {
    await pgClient.query("BEGIN");
    const started = performance.now();
    await pgClient.query(`DROP INDEX IF EXISTS "Dossier_worklist_name_search_idx"`);
    await pgClient.query(
      `CREATE INDEX IF NOT EXISTS "Dossier_applicantNameFolded_idx" ON "Dossier" USING GIN ("applicantNameFolded" gin_trgm_ops)`,
    );
    await pgClient.query(`CREATE INDEX IF NOT EXISTS "Dossier_code_idx" ON "Dossier" USING GIN ("code" gin_trgm_ops)`);
    console.log(`  (previous indexes put back inside a transaction in ${seconds(performance.now() - started)})`);
    const run = (statement: Statement) => pgClient.query(statement.text, statement.values);
    for (const entry of measured) {
      for (const term of entry.terms.slice(0, 3)) await inTurn(run, term.previous); // warm-up
      for (const term of entry.terms) entry.previous.push((await timed(() => inTurn(run, term.previous))).ms);
    }
  } finally {
    await pgClient.query("ROLLBACK").catch(() => undefined);
    await pgClient.end();
  }

  return measured.map((entry) => {
    const result: SearchResult = {
      name: entry.name,
      terms: entry.terms.length,
      matches: Math.round(entry.terms.reduce((sum, term) => sum + term.matches, 0) / Math.max(1, entry.terms.length)),
      product: summarise(entry.product),
      statements: summarise(entry.current),
      previous: summarise(entry.previous),
    };
    console.log(
      `  ${entry.name.padEnd(26)} ≈ ${thousands(result.matches)} matches; statements p50 ${result.statements.p50} p95 ${result.statements.p95}; ` +
        `previous statements and indexes p50 ${result.previous.p50} p95 ${result.previous.p95}; whole loadWorklist p50 ${result.product.p50} p95 ${result.product.p95}`,
    );
    return result;
  });
}

export function worklistSummaryRows(result: WorklistBenchResult): Record<string, string | number>[] {
  return result.scenarios.map((s) => ({
    worklist: s.name,
    matches: thousands(s.matches),
    "load p50": s.loadWorklist.p50,
    "load p95": s.loadWorklist.p95,
    "page p50": s.page?.p50 ?? "-",
    "page p95": s.page?.p95 ?? "-",
    "slowest count p50": s.slowestCount?.p50 ?? "-",
    "COUNT(*) p50": s.exactCount.p50,
    "COUNT(*) p95": s.exactCount.p95,
  }));
}

export const formatWorklistSummary = (result: WorklistBenchResult): string =>
  formatTable(worklistSummaryRows(result)) +
  ((result.searches ?? []).length === 0
    ? ""
    : "\n\n" +
      formatTable(
        result.searches.map((search) => ({
          search: search.name,
          terms: search.terms,
          matches: thousands(search.matches),
          "statements p50": search.statements.p50,
          "statements p95": search.statements.p95,
          "previous p50": search.previous.p50,
          "previous p95": search.previous.p95,
          "loadWorklist p50": search.product.p50,
          "loadWorklist p95": search.product.p95,
        })),
      ));
