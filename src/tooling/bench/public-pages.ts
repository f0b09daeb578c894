// `npm run bench -- public-pages`: requests per second of the public pages served by the production build, beside a
// static file in the same run. A fresh database with the demo world (src/tooling/demo-world, as the e2e server seeds
// it; --dossiers, default 36,000), the production web server (src/tooling/web-server.ts, as `npm start`; run
// `npm run build` first), then wrk (`wrk -t2 -c16 -d<seconds>s --latency`, the tool; --tool autocannon for the
// pinned Node client) after a short warm-up, one target after another, on: /robots.txt (a static file: the ceiling
// of this machine and server), the public home in Vietnamese and in English (language cookie), the catalogue, a
// procedure page, the results board and the busiest unit's board (all from the page cache,
// src/server/public-page-cache.ts), and a catalogue search (`?q=…`: rendered by Next.js per request, the uncached
// path), and the home, catalogue and procedure page as a visitor with a session gets them (rendered per request, as
// every visitor got them before the page cache). Each page's answer header x-page-cache (hit, stale, miss) is
// printed. Figures, never thresholds.
//
//   tsx --conditions=react-server src/tooling/bench/cli.ts public-pages [--dossiers N] [--seconds S] [--port P]
//     [--connections C] [--tool wrk|autocannon]
import { spawn } from "node:child_process";
import { createRequire } from "node:module";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { createTestDatabase } from "../fresh-database";
import { formatTable, thousands } from "./measure";
import { wrk, type Load } from "./wrk";

const root = path.resolve(import.meta.dirname, "../../..");

interface AutocannonResult {
  requests: { average: number; total: number };
  latency: { p50: number; p99: number; average: number };
  non2xx: number;
  errors: number;
  timeouts: number;
}
type Autocannon = (options: {
  url: string;
  connections: number;
  duration: number;
  headers?: Record<string, string>;
}) => Promise<AutocannonResult>;
// autocannon ships CommonJS without types: the part used here is typed above.
const autocannon = createRequire(import.meta.url)("autocannon") as Autocannon;

export interface PublicPageFigure {
  name: string;
  path: string;
  /** x-page-cache of the answer after the warm-up: hit, stale, miss, or none (Next.js answered). */
  pageCache: string;
  requestsPerSecond: number;
  requests: number;
  latencyP50Ms: number;
  latencyP99Ms: number;
  non2xx: number;
  errors: number;
}

async function load(
  tool: "wrk" | "autocannon",
  url: string,
  connections: number,
  seconds: number,
  headers: Record<string, string>,
): Promise<Load> {
  if (tool === "wrk") return wrk(url, connections, seconds, headers);
  const result = await autocannon({ url, connections, duration: seconds, headers });
  return {
    requestsPerSecond: Math.round(result.requests.average),
    requests: result.requests.total,
    latencyP50Ms: result.latency.p50,
    latencyP99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

async function waitFor(url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(`the server did not answer ${url} within ${timeoutMs / 1000} s`);
}

export async function runPublicPagesCli(args: string[]): Promise<void> {
  const { values } = parseArgs({
    args,
    options: {
      dossiers: { type: "string", default: "36000" },
      seconds: { type: "string", default: "10" },
      port: { type: "string", default: "4750" },
      connections: { type: "string", default: "16" },
      tool: { type: "string", default: "wrk" },
    },
  });
  const tool = values.tool;
  if (tool !== "wrk" && tool !== "autocannon") throw new Error("--tool is wrk or autocannon");
  const dossiers = Number(values.dossiers);
  const seconds = Number(values.seconds);
  const connections = Number(values.connections);
  const port = values.port;
  for (const [name, value] of Object.entries({ dossiers, seconds, connections, port: Number(port) }))
    if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number ≥ 1`);

  const database = await createTestDatabase("bench");
  let server: ReturnType<typeof spawn> | null = null;
  try {
    process.env.DATABASE_URL = database.url;
    const { createPrismaClient } = await import("@/server/db/client");
    console.log(`▶ public-pages — seeding the demo world with ${thousands(dossiers)} dossiers (${database.kind})`);
    // `npm run seed` in a child: the seed renders PDFs with @react-pdf, which fails under the react-server condition
    // this process runs with.
    await new Promise<void>((resolve, reject) => {
      const child = spawn(
        path.join(root, "node_modules/.bin/tsx"),
        [path.join(root, "src/tooling/demo-world/cli.ts"), "--dossiers", String(dossiers)],
        { cwd: root, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, DATABASE_URL: database.url } },
      );
      child.on("error", reject);
      child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`the demo seed ended with ${code}`))));
    });
    const db = createPrismaClient(database.url, { poolSize: 4 });
    // A procedure page and the busiest unit's board: fixed by the seed, looked up rather than assumed.
    const procedure = await db.procedure.findFirstOrThrow({ where: { active: true }, orderBy: { code: "asc" } });
    const [busiest] = await db.dossier.groupBy({
      by: ["decidingUnitId"],
      _count: { _all: true },
      orderBy: { _count: { decidingUnitId: "desc" } },
      take: 1,
    });
    const unit = await db.administrativeUnit.findUniqueOrThrow({ where: { id: busiest!.decidingUnitId } });
    await db.$disconnect();
    const appUrl = await database.connectApp();

    server = spawn(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "src/tooling/web-server.ts")], {
      cwd: root,
      stdio: ["ignore", "ignore", "inherit"],
      detached: true,
      env: {
        ...process.env,
        NODE_ENV: "production",
        NEXT_TELEMETRY_DISABLED: "1",
        DATABASE_URL: appUrl,
        DATABASE_POOL_SIZE: "10",
        AUTH_SECRET: "bench-only-secret-0123456789abcdefghijklmnop",
        APP_URL: `http://127.0.0.1:${port}`,
        PORT: port,
        TRUSTED_PROXY_HOPS: "0",
        NOTIFY_SEND_NOTHING: "true",
      },
    });
    const base = `http://127.0.0.1:${port}`;
    await waitFor(`${base}/robots.txt`, 60_000);

    const english = { cookie: "NEXT_LOCALE=en" };
    const uncached = { cookie: "motcua-bench=per-request" };
    const procedurePath = `/thu-tuc/${encodeURIComponent(procedure.code)}`;
    const targets: { name: string; path: string; headers?: Record<string, string> }[] = [
      { name: "static file /robots.txt", path: "/robots.txt" },
      { name: "public home", path: "/" },
      { name: "public home, English", path: "/", headers: english },
      { name: "catalogue", path: "/thu-tuc" },
      { name: `procedure ${procedure.code}`, path: procedurePath },
      { name: "results board", path: "/ket-qua-giai-quyet" },
      { name: `results board ${unit.code}`, path: `/ket-qua-giai-quyet/${encodeURIComponent(unit.code)}` },
      { name: "catalogue search (not cached)", path: "/thu-tuc?q=khai+sinh" },
      // The same pages as a visitor with a session gets them: rendered by Next.js per request (a cookie the page
      // cache does not know sends the request past it), from the same Data Cache: what every visitor got before.
      { name: "public home, per request", path: "/", headers: uncached },
      { name: "catalogue, per request", path: "/thu-tuc", headers: uncached },
      { name: `procedure ${procedure.code}, per request`, path: procedurePath, headers: uncached },
    ];
    const figures: PublicPageFigure[] = [];
    console.log(`▶ ${tool}, ${connections} connections, ${seconds} s per page after a 2 s warm-up`);
    for (const target of targets) {
      const url = `${base}${target.path}`;
      const headers = target.headers ?? {};
      const first = await fetch(url, { headers });
      if (!first.ok) throw new Error(`${target.path} answered ${first.status}`);
      await load(tool, url, connections, 2, headers); // warm-up: caches filled, code paths compiled
      const pageCache = (await fetch(url, { headers })).headers.get("x-page-cache") ?? "none";
      figures.push({
        name: target.name,
        path: target.path,
        pageCache,
        ...(await load(tool, url, connections, seconds, headers)),
      });
    }
    console.log(
      formatTable(
        figures.map((figure) => ({
          page: figure.name,
          cache: figure.pageCache,
          "req/s": thousands(figure.requestsPerSecond),
          "× static": (figure.requestsPerSecond / figures[0]!.requestsPerSecond).toFixed(2),
          requests: thousands(figure.requests),
          "p50 ms": figure.latencyP50Ms,
          "p99 ms": figure.latencyP99Ms,
          "non-2xx": figure.non2xx,
          errors: figure.errors,
        })),
      ),
    );
    const report = {
      startedAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model ?? "unknown", node: process.version },
      options: { dossiers, seconds, connections, tool },
      database: database.kind,
      figures,
    };
    const dir = path.join(root, "data/bench");
    await mkdir(dir, { recursive: true });
    const file = path.join(dir, `public-pages-${report.startedAt.replaceAll(":", "-")}.json`);
    await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
    console.log(`written to ${file}`);
  } finally {
    if (server?.pid) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
      await new Promise((resolve) => setTimeout(resolve, 1000));
    }
    await database.drop().catch((error: unknown) => console.error("could not drop the bench database", error));
  }
}
