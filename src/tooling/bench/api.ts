// The REST API at scale: a fresh database with the demo world and N bulk dossiers (500,000 by default on a server:
// ./worklist.ts seedWorld, ./bulk-dossiers.ts), VACUUM ANALYZE, then the real route handlers of /api/v1 called as
// Next.js calls them (a Request with a Bearer key: key check, rate limit, permission, zod parsing, the query, the
// answer's schema, the audit row), timed warm, each beside a plain baseline measured in the same run:
// (The handlers are built from src/server/api/routes.ts with defineApiRoute, as the route files build them: tooling
// may not import src/app.)
// - a dossier by code: GET /api/v1/dossiers/<code> (random codes of the whole table) vs a bare
//   `SELECT … FROM "Dossier" WHERE code = $1` through node-postgres;
// - a 100-row filtered list: GET /api/v1/dossiers?…&limit=100 for a client of the top unit (every dossier in scope)
//   and for one of the busiest commune, vs the same page as one hand-written SQL statement (same filter, order and
//   joins) through node-postgres.
// The query functions alone (getApiDossier, listApiDossiers: no HTTP wrapper) are timed too, so the wrapper's share
// (key check, rate limit, audit row) is visible. The rate limit (300 calls a minute per client) is reset between
// batches, outside the timings.
import crypto from "node:crypto";
import pg from "pg";
import { PUBLIC } from "@/domain/access";
import type { PrismaClient } from "@/generated/prisma/client";
import { createPrismaClient } from "@/server/db/client";
import { summarisePlan, type ExplainRoot } from "./explain";
import { formatTable, megabytes, seconds, summarise, thousands, timed, type LatencySummary } from "./measure";
import { seedWorld } from "./worklist";

export interface ApiBenchOptions {
  dossiers: number;
  months: number;
  seed: number;
  runs: number;
}

export interface ApiScenarioResult {
  name: string;
  description: string;
  rows: number;
  handler: LatencySummary;
  query: LatencySummary;
  baseline: LatencySummary;
  /** Handler p50 ÷ baseline p50. */
  ratio: number;
  plan: string;
}

export interface ApiBenchResult {
  dossiers: number;
  seedMs: number;
  tableBytes: number;
  scenarios: ApiScenarioResult[];
}

type Handler = (request: Request, context?: { params: Promise<Record<string, string>> }) => Promise<Response>;

const RATE_BATCH = 250;

export async function runApiBench(url: string, options: ApiBenchOptions): Promise<ApiBenchResult> {
  const client = createPrismaClient(url, { poolSize: 4 });
  const bare = new pg.Pool({ connectionString: url, max: 2 });
  try {
    console.log(`Seeding ${thousands(options.dossiers)} dossiers over ${options.months} months…`);
    const seedMs = await seedWorld(client, options);
    const vacuum = await timed(() => client.$executeRawUnsafe(`VACUUM (ANALYZE) "Dossier"`));
    console.log(`  VACUUM (ANALYZE) "Dossier": ${seconds(vacuum.ms)}`);
    // The rows the table really holds (the bulk generator skips days and procedures a unit has no office for).
    const [size] = await client.$queryRawUnsafe<{ bytes: bigint; rows: number }[]>(
      `SELECT pg_total_relation_size('"Dossier"') AS bytes, (SELECT count(*)::int FROM "Dossier") AS rows`,
    );
    const bytes = size?.bytes ?? 0n;
    const rows = size?.rows ?? 0;

    // Server modules read DATABASE_URL when first imported: cli.ts set it before calling us.
    const { createApiClient } = await import("@/server/api/clients");
    const { getApiDossier, listApiDossiers } = await import("@/server/api/dossiers");
    const { apiCallsByClient } = await import("@/server/rate-limit");
    // The route files' own definitions through the same wrapper (src/app/api/v1/dossiers/**/route.ts do exactly this).
    const { defineApiRoute } = await import("@/server/api/define-api-route");
    const routes = await import("@/server/api/routes");
    const dossierRoute = { GET: defineApiRoute({ access: PUBLIC, ...routes.dossierByCode }) as Handler };
    const listRoute = { GET: defineApiRoute({ access: PUBLIC, ...routes.dossierList }) as Handler };

    const { top, busiest, admin } = await unitsOf(client);
    const topClient = await createApiClient(admin, {
      name: "Bench (top)",
      unitId: top.id,
      permissions: ["dossiers:read"],
    });
    const unitClient = await createApiClient(admin, {
      name: "Bench (commune)",
      unitId: busiest.id,
      permissions: ["dossiers:read"],
    });
    const identity = (id: string, unitId: string) => ({ id, name: "bench", unitId, permissions: ["dossiers:read"] });

    const codes = (
      await client.$queryRawUnsafe<{ code: string }[]>(
        `SELECT code FROM "Dossier" TABLESAMPLE SYSTEM (1) LIMIT ${Math.max(options.runs, 50)}`,
      )
    ).map((row) => row.code);
    let next = 0;
    const nextCode = () => codes[next++ % codes.length]!;

    const call = async (handler: Handler, path: string, key: string, params: Record<string, string> = {}) => {
      const response = await handler(
        new Request(`http://localhost${path}`, { headers: { Authorization: `Bearer ${key}` } }),
        { params: Promise.resolve(params) },
      );
      if (response.status !== 200) throw new Error(`${path}: ${response.status} ${await response.text()}`);
      return (await response.json()) as { items?: unknown[] };
    };
    /** Warm runs in batches under the rate limit (reset between batches, outside the timings). */
    const warm = async (clientId: string | null, run: () => Promise<unknown>): Promise<LatencySummary> => {
      if (clientId) await apiCallsByClient.delete(clientId);
      for (let i = 0; i < 3; i++) await run();
      const all: number[] = [];
      for (let left = options.runs; left > 0; left -= RATE_BATCH) {
        if (clientId) await apiCallsByClient.delete(clientId);
        for (let i = 0; i < Math.min(left, RATE_BATCH); i++) all.push((await timed(run)).ms);
      }
      return summarise(all);
    };

    const scenarios: ApiScenarioResult[] = [];
    const bareQuery = async (text: string, values: unknown[]) => (await bare.query(text, values)).rows;

    // 1. A dossier by code.
    {
      const lookupSql = `SELECT d.code, d.status, d.channel, d."submittedAt", d."receivedAt", d."appointmentAt", d."finishedAt"
                         FROM "Dossier" d WHERE d.code = $1`;
      const handler = await warm(topClient.id, () => {
        const code = nextCode();
        return call(dossierRoute.GET, `/api/v1/dossiers/${code}`, topClient.key, { code });
      });
      const query = await warm(null, () => getApiDossier(identity(topClient.id, top.id), nextCode()));
      const baseline = await warm(null, () => bareQuery(lookupSql, [nextCode()]));
      scenarios.push({
        name: "dossier by code",
        description: `GET /api/v1/dossiers/<code>, ${codes.length} random codes, client of ${top.code} (all units)`,
        rows: 1,
        handler,
        query,
        baseline,
        ratio: handler.p50 / baseline.p50,
        plan: await explainOf(bare, lookupSql, [codes[0]]),
      });
    }

    // 2. 100-row filtered lists.
    const listSql = (unitIds: string[], where: string, values: unknown[]) => ({
      text: `SELECT d.id, d.code, d.channel, d.status, d."processingStep", d."applicantKind", d."submittedAt", d."receivedAt",
                    d."appointmentAt", d."finishedAt", d."returnedAt", d."resultKind", d.timeliness,
                    p.code AS "procedureCode", p.name AS "procedureName", v.version,
                    r.code AS "receivedCode", r.name AS "receivedName", r."kindLabel" AS "receivedKind",
                    k.code AS "decidingCode", k.name AS "decidingName", k."kindLabel" AS "decidingKind"
             FROM "Dossier" d
             JOIN "Procedure" p ON p.id = d."procedureId"
             JOIN "ProcedureVersion" v ON v.id = d."procedureVersionId"
             JOIN "AdministrativeUnit" r ON r.id = d."receivedUnitId"
             JOIN "AdministrativeUnit" k ON k.id = d."decidingUnitId"
             WHERE (d."receivedUnitId" = ANY($1::text[]) OR d."decidingUnitId" = ANY($1::text[])) AND ${where}
             ORDER BY d."submittedAt" DESC, d.id DESC LIMIT 101`,
      values: [unitIds, ...values],
    });
    const lastMonth = await client.$queryRawUnsafe<{ from: string; to: string }[]>(
      `SELECT to_char(date_trunc('month', max("receivedAt") AT TIME ZONE 'Asia/Ho_Chi_Minh') - interval '1 month', 'YYYY-MM-DD') AS "from",
              to_char(date_trunc('month', max("receivedAt") AT TIME ZONE 'Asia/Ho_Chi_Minh') - interval '1 day', 'YYYY-MM-DD') AS "to"
       FROM "Dossier"`,
    );
    const { from, to } = lastMonth[0]!;
    const { apiScopeUnitIds } = await import("@/server/api/scope");
    const { startOfVietnamDay, addCalendarDays } = await import("@/lib/dates");
    const lists = [
      {
        name: "list: status, all units",
        description: `GET /api/v1/dossiers?status=RETURNED&limit=100, client of ${top.code} (every dossier in scope)`,
        key: topClient.key,
        clientId: topClient.id,
        unitId: top.id,
        query: { status: "RETURNED" as const, limit: 100 },
        path: "/api/v1/dossiers?status=RETURNED&limit=100",
        sql: (ids: string[]) => listSql(ids, `d.status = 'RETURNED'`, []),
      },
      {
        name: "list: month, channel, commune",
        description: `GET /api/v1/dossiers?from=${from}&to=${to}&channel=DIRECT&limit=100, client of ${busiest.code}`,
        key: unitClient.key,
        clientId: unitClient.id,
        unitId: busiest.id,
        query: { from, to, channel: "DIRECT" as const, limit: 100 },
        path: `/api/v1/dossiers?from=${from}&to=${to}&channel=DIRECT&limit=100`,
        sql: (ids: string[]) =>
          listSql(ids, `d.channel = 'DIRECT' AND d."receivedAt" >= $2 AND d."receivedAt" < $3`, [
            startOfVietnamDay(from),
            startOfVietnamDay(addCalendarDays(to, 1)),
          ]),
      },
    ];
    for (const list of lists) {
      const ids = await apiScopeUnitIds({ unitId: list.unitId });
      const statement = list.sql(ids);
      const first = await call(listRoute.GET, list.path, list.key);
      const handler = await warm(list.clientId, () => call(listRoute.GET, list.path, list.key));
      const query = await warm(null, () => listApiDossiers(identity(list.clientId, list.unitId), list.query));
      const baseline = await warm(null, () => bareQuery(statement.text, statement.values));
      scenarios.push({
        name: list.name,
        description: list.description,
        rows: first.items?.length ?? 0,
        handler,
        query,
        baseline,
        ratio: handler.p50 / baseline.p50,
        plan: await explainOf(bare, statement.text, statement.values),
      });
    }
    for (const scenario of scenarios)
      console.log(
        `  ${scenario.name.padEnd(30)} ${scenario.rows} rows; handler p50 ${scenario.handler.p50} p95 ${scenario.handler.p95}; ` +
          `query p50 ${scenario.query.p50}; bare SQL p50 ${scenario.baseline.p50} (${scenario.description})`,
      );
    return { dossiers: rows, seedMs, tableBytes: Number(bytes), scenarios };
  } finally {
    await bare.end();
    await client.$disconnect();
  }
}

/** EXPLAIN (ANALYZE, BUFFERS) of a statement as one line: time, indexes, sequential scans. */
async function explainOf(pool: pg.Pool, text: string, values: unknown[]): Promise<string> {
  const { rows } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) ${text}`, values);
  const root = (rows[0] as { "QUERY PLAN": ExplainRoot[] })["QUERY PLAN"][0]!;
  const plan = summarisePlan(root);
  return (
    `${plan.executionMs.toFixed(1)} ms, index ${plan.indexes.join(" + ") || "none"}` +
    (plan.seqScans.length ? `, seq scan ${plan.seqScans.join(", ")}` : "")
  );
}

/** The top unit (every dossier below it), the commune that received most, and an administrator of the top unit. */
async function unitsOf(client: PrismaClient) {
  const busiest = (
    await client.$queryRawUnsafe<{ id: string; code: string }[]>(
      `SELECT a.id, a.code FROM "Dossier" d JOIN "AdministrativeUnit" a ON a.id = d."receivedUnitId"
       GROUP BY 1, 2 ORDER BY count(*) DESC LIMIT 1`,
    )
  )[0]!;
  const top = (
    await client.$queryRawUnsafe<{ id: string; code: string }[]>(
      `WITH RECURSIVE up AS (
         SELECT id, code, "parentId" FROM "AdministrativeUnit" WHERE id = $1
         UNION ALL SELECT a.id, a.code, a."parentId" FROM "AdministrativeUnit" a JOIN up ON a.id = up."parentId")
       SELECT id, code FROM up WHERE "parentId" IS NULL`,
      busiest.id,
    )
  )[0]!;
  const user = await client.user.create({
    data: {
      username: `bench-api-${crypto.randomBytes(3).toString("hex")}`,
      passwordHash: "x",
      fullName: "Bench",
      role: "ADMIN",
      unitId: top.id,
    },
  });
  return { top, busiest, admin: { id: user.id, unitId: top.id } };
}

export function formatApiSummary(result: ApiBenchResult): string {
  return formatTable(
    result.scenarios.map((s) => ({
      scenario: s.name,
      rows: s.rows,
      "handler p50": s.handler.p50,
      "handler p95": s.handler.p95,
      "query p50": s.query.p50,
      "bare SQL p50": s.baseline.p50,
      "bare SQL p95": s.baseline.p95,
      "handler ÷ bare": s.ratio.toFixed(1),
    })),
  );
}

export const apiTableLine = (result: ApiBenchResult) =>
  `${thousands(result.dossiers)} dossiers, Dossier ${megabytes(result.tableBytes)}, seeded in ${seconds(result.seedMs)}`;
