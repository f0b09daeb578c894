// `npm run bench`: measured figures at realistic scale, printed and written to data/bench/<timestamp>.json. Never
// thresholds: the machine decides the numbers, the reader compares them (ratios within one run mean most).
//
//   tsx --conditions=react-server src/tooling/bench/cli.ts [intake | worklist | payment | portal-sync | all]
//       [--intakes N] [--concurrency C] [--dossiers N] [--months M] [--runs R] [--seed S] [--keep] [--database URL]
//       [--equivalent-sql]
//   … public-pages [--dossiers 20000] [--seconds 10] [--connections 16] [--port 4750]   (src/tooling/bench/public-pages.ts)
//   … sipas [--dossiers 2000000] [--ratings 300000] [--runs N] [--keep]   (src/tooling/bench/sipas.ts)
//
// Each phase gets a fresh migrated database from createTestDatabase("bench") (on the server of TEST_DATABASE_URL,
// else an embedded in-memory PGlite, which --keep cannot keep) and drops it at the end unless --keep. `--database URL`
// (worklist, sipas, rollups) measures an already seeded database instead, e.g. one kept by an earlier run, to compare a change
// to an index; `--equivalent-sql` times plain SQL equivalents of the lists instead of loadWorklist. Defaults: 2,000 intakes per scenario from 8 desks at once; 500,000 dossiers over 36 months (100,000
// on the embedded database, which holds them in RAM); 20 warm runs per list and statement.
//
// The product's server modules import "server-only", which throws outside React Server Components; the
// `react-server` export condition resolves it to its empty module, as Next does on the server. They also read
// DATABASE_URL when first imported, so each phase sets it and then imports them; since that binds the process to one
// database, `all` runs each phase in a child process and merges their results.
import { spawn } from "node:child_process";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { createTestDatabase } from "../fresh-database";
import { formatIntakeSummary, runIntakeBench, type IntakeBenchResult } from "./intake";
import { megabytes, seconds, thousands } from "./measure";
import { apiTableLine, formatApiSummary, runApiBench, type ApiBenchResult } from "./api";
import { formatPaymentSummary, runPaymentBench, type PaymentBenchResult } from "./payment";
import { formatPortalSyncSummary, runPortalSyncBench, type PortalSyncBenchResult } from "./portal-sync";
import { formatRollupsSummary, runRollupsBench, type RollupsBenchResult } from "./rollups";
import { formatSipasSummary, runSipasBench, type SipasBenchResult } from "./sipas";
import { formatWorklistSummary, runWorklistBench, type WorklistBenchResult } from "./worklist";

const COMMANDS = ["intake", "worklist", "payment", "portal-sync", "api", "rollups", "sipas", "all"] as const;
/** sipas: ratings on dossiers returned in the last whole year. */
const SIPAS_DEFAULT_RATINGS = 300_000;
/** portal-sync: dossiers (each with 7 progress steps) pushed to the stand-in national portal. */
const PORTAL_SYNC_DEFAULT_DOSSIERS = 2_000;
const SERVER_DEFAULT_DOSSIERS = 500_000;
const EMBEDDED_DEFAULT_DOSSIERS = 100_000;
type Command = (typeof COMMANDS)[number];

interface Options {
  intakes: number;
  concurrency: number;
  /** null: the default for the database (see dossiersFor). */
  dossiers: number | null;
  months: number;
  /** sipas: ratings (with their answers) in the measured year. */
  ratings: number;
  runs: number;
  seed: number;
  keep: boolean;
  database: string | null;
  /** Worklist: time the equivalent hand-written SQL instead of loadWorklist. */
  equivalentSql: boolean;
  resultFile: string | null;
}

interface BenchReport {
  startedAt: string;
  machine: { cpus: number; cpuModel: string; memoryGb: number; node: string; loadAverage: number[] };
  options: Omit<Options, "resultFile">;
  intake?: IntakeBenchResult & { database: DatabaseInfo; elapsedMs: number };
  worklist?: WorklistBenchResult & { databaseInfo: DatabaseInfo; elapsedMs: number };
  payment?: PaymentBenchResult & { database: DatabaseInfo; elapsedMs: number };
  api?: ApiBenchResult & { database: DatabaseInfo; elapsedMs: number };
  portalSync?: PortalSyncBenchResult & { database: DatabaseInfo; elapsedMs: number };
  rollups?: RollupsBenchResult & { database: DatabaseInfo; elapsedMs: number };
  sipas?: SipasBenchResult & { database: DatabaseInfo; elapsedMs: number };
}

interface DatabaseInfo {
  kind: string;
  version: string;
}

function parseOptions(): { command: Command; options: Options } {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      intakes: { type: "string", default: "2000" },
      concurrency: { type: "string", default: "8" },
      dossiers: { type: "string" },
      months: { type: "string", default: "36" },
      ratings: { type: "string", default: String(SIPAS_DEFAULT_RATINGS) },
      runs: { type: "string", default: "20" },
      seed: { type: "string", default: "2026" },
      keep: { type: "boolean", default: false },
      database: { type: "string" },
      "equivalent-sql": { type: "boolean", default: false },
      "result-file": { type: "string" },
    },
  });
  const command = (positionals[0] ?? "all") as Command;
  if (!COMMANDS.includes(command) || positionals.length > 1)
    throw new Error(`usage: bench [${COMMANDS.join(" | ")}] [--intakes N] [--concurrency C] [--dossiers N] [--keep] …`);
  const whole = (name: keyof typeof values, min: number): number => {
    const n = Number(values[name]);
    if (!Number.isInteger(n) || n < min)
      throw new Error(`--${name} needs a whole number ≥ ${min}, got "${String(values[name])}"`);
    return n;
  };
  if (values.database && command !== "worklist" && command !== "sipas" && command !== "rollups")
    throw new Error("--database measures an existing database: worklist, sipas and rollups only");
  return {
    command,
    options: {
      intakes: whole("intakes", 1),
      concurrency: whole("concurrency", 1),
      dossiers: values.dossiers === undefined ? null : whole("dossiers", 1),
      months: whole("months", 1),
      ratings: whole("ratings", 1),
      runs: whole("runs", 1),
      seed: whole("seed", 0),
      keep: values.keep,
      database: values.database ?? null,
      equivalentSql: values["equivalent-sql"],
      resultFile: values["result-file"] ?? null,
    },
  };
}

function requireReactServerCondition(): void {
  if (!import.meta.resolve("server-only").endsWith("/empty.js")) {
    throw new Error(
      "The product's server modules need the react-server condition: run `npm run bench`, or `tsx --conditions=react-server src/tooling/bench/cli.ts`.",
    );
  }
}

async function serverVersion(url: string): Promise<string> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ version: string }>("SELECT version()");
    return (rows[0]?.version ?? "unknown").replace(/ on .*$/, "").replace(/,.*$/, "");
  } finally {
    await client.end();
  }
}

/** One phase in this process: its database, the environment the server modules read, the run, the clean-up. */
async function runPhase(
  command: "intake" | "worklist" | "payment" | "portal-sync" | "api" | "rollups" | "sipas",
  options: Options,
  report: BenchReport,
): Promise<BenchReport> {
  const started = performance.now();
  const database = options.database
    ? { url: options.database, kind: "existing", drop: async () => undefined }
    : await createTestDatabase("bench");
  process.env.DATABASE_URL = database.url;
  process.env.DATABASE_POOL_SIZE = String(Math.min(100, options.concurrency + 2));
  try {
    const info: DatabaseInfo = { kind: database.kind, version: await serverVersion(database.url) };
    console.log(`\n▶ ${command} — ${info.version} (${info.kind}${options.keep ? `, kept: ${database.url}` : ""})`);
    if (command === "api") {
      // The REST API (src/tooling/bench/api.ts): dossier by code and 100-row lists through the real handlers.
      const dossiers =
        options.dossiers ?? (database.kind === "embedded" ? EMBEDDED_DEFAULT_DOSSIERS : SERVER_DEFAULT_DOSSIERS);
      report.options.dossiers = dossiers;
      const result = await runApiBench(database.url, { ...options, dossiers });
      report.api = { ...result, database: info, elapsedMs: Math.round(performance.now() - started) };
    } else if (command === "rollups") {
      // Leadership figures from the daily rollups vs plain SQL, worklist search, intake with and without the
      // rollup trigger (src/tooling/bench/rollups.ts). --intakes: desk intakes per arm (default here 200).
      const dossiers =
        options.dossiers ?? (database.kind === "embedded" ? EMBEDDED_DEFAULT_DOSSIERS : SERVER_DEFAULT_DOSSIERS);
      report.options.dossiers = dossiers;
      const intakes = process.argv.some((arg) => arg.startsWith("--intakes")) ? options.intakes : 200;
      const result = await runRollupsBench(database.url, {
        ...options,
        dossiers,
        intakes,
        reuse: options.database !== null,
      });
      report.rollups = { ...result, database: info, elapsedMs: Math.round(performance.now() - started) };
    } else if (command === "sipas") {
      // SIPAS for every unit for a year, the screens' way vs a plain SQL baseline, one unit and one office
      // (src/tooling/bench/sipas.ts). --ratings: ratings in the measured year (default 300,000).
      const dossiers =
        options.dossiers ?? (database.kind === "embedded" ? EMBEDDED_DEFAULT_DOSSIERS : SERVER_DEFAULT_DOSSIERS);
      report.options.dossiers = dossiers;
      const result = await runSipasBench(database.url, { ...options, dossiers, reuse: options.database !== null });
      report.sipas = { ...result, database: info, elapsedMs: Math.round(performance.now() - started) };
    } else if (command === "portal-sync") {
      // The national-portal outbox against the stand-in portal (src/tooling/bench/portal-sync.ts), beside raw POSTs.
      const dossiers = options.dossiers ?? PORTAL_SYNC_DEFAULT_DOSSIERS;
      const result = await runPortalSyncBench(database.url, { dossiers });
      report.portalSync = { ...result, database: info, elapsedMs: Math.round(performance.now() - started) };
    } else if (command === "payment") {
      // The sandbox round trip (src/tooling/bench/payment.ts): --runs round trips, one after another.
      const result = await runPaymentBench(database.url, { runs: options.runs });
      report.payment = { ...result, database: info, elapsedMs: Math.round(performance.now() - started) };
    } else if (command === "intake") {
      const result = await runIntakeBench(database.url, options);
      report.intake = { ...result, database: info, elapsedMs: Math.round(performance.now() - started) };
    } else {
      const dossiers =
        options.dossiers ?? (database.kind === "embedded" ? EMBEDDED_DEFAULT_DOSSIERS : SERVER_DEFAULT_DOSSIERS);
      if (options.dossiers === null && database.kind === "embedded") {
        console.log(
          `  (embedded database: ${thousands(dossiers)} dossiers by default, since the in-memory PGlite holds the whole table in RAM; --dossiers overrides)`,
        );
      }
      report.options.dossiers = dossiers;
      const result = await runWorklistBench(database.url, { ...options, dossiers, reuse: options.database !== null });
      report.worklist = { ...result, databaseInfo: info, elapsedMs: Math.round(performance.now() - started) };
    }
  } finally {
    if (!options.keep) await database.drop();
  }
  return report;
}

function emptyReport(options: Options): BenchReport {
  const { resultFile: _resultFile, ...rest } = options;
  return {
    startedAt: new Date().toISOString(),
    machine: {
      cpus: os.cpus().length,
      cpuModel: os.cpus()[0]?.model ?? "",
      memoryGb: Math.round(os.totalmem() / 2 ** 30),
      node: process.version,
      loadAverage: os.loadavg().map((x) => Number(x.toFixed(2))),
    },
    options: rest,
  };
}

/** `all`: each phase in a child process (see the header), same flags, results through a temporary file. */
async function runChild(command: "intake" | "worklist", argv: string[], resultFile: string): Promise<BenchReport> {
  const script = process.argv[1];
  if (!script) throw new Error("cannot find the bench script path");
  await new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...process.execArgv, script, command, ...argv, "--result-file", resultFile],
      { stdio: "inherit" },
    );
    child.on("error", reject);
    child.on("exit", (code) =>
      code === 0 ? resolve() : reject(new Error(`bench ${command} exited with code ${code}`)),
    );
  });
  return JSON.parse(await readFile(resultFile, "utf8")) as BenchReport;
}

function printSummary(report: BenchReport): void {
  console.log(
    `\n═══ MotCua bench, ${report.startedAt} — ${report.machine.cpus} × ${report.machine.cpuModel}, Node ${report.machine.node}, load ${report.machine.loadAverage.join(" ")} ═══`,
  );
  if (report.rollups) {
    const rollups = report.rollups;
    console.log(
      `\nRollups (${rollups.database.version}, ${rollups.database.kind}): ${thousands(rollups.dossiers)} dossiers seeded in ${seconds(rollups.seedMs)}; ms, warm`,
    );
    console.log(formatRollupsSummary(rollups));
  }
  if (report.sipas) {
    const sipas = report.sipas;
    console.log(
      `\nSIPAS ${sipas.year} (${sipas.database.version}, ${sipas.database.kind}): ${thousands(sipas.dossiers)} dossiers seeded in ${seconds(sipas.seedMs)}, ` +
        `${thousands(sipas.ratings)} ratings with ${thousands(sipas.answers)} answers in ${seconds(sipas.ratingsMs)} ` +
        `(Rating ${megabytes(sipas.tables.rating.bytes)}, RatingAnswer ${megabytes(sipas.tables.answer.bytes)}); ${sipas.units} units; ms, warm`,
    );
    console.log(formatSipasSummary(sipas));
    console.log(
      sipas.mismatches === 0
        ? `screens vs baseline: all ${thousands(sipas.compared)} figures equal`
        : `screens vs baseline: ${sipas.mismatches} of ${thousands(sipas.compared)} figures DIFFER: ${sipas.firstMismatches.join("; ")}`,
    );
  }
  if (report.intake) {
    const intake = report.intake;
    console.log(
      `\nIntake (${intake.database.version}, ${intake.database.kind}): ${thousands(report.options.intakes)} dossiers per scenario`,
    );
    console.log(formatIntakeSummary(intake));
    console.log(
      `bare insert ÷ registerDossier (many desks): ${intake.bareToIntakeRatio}× · codes gap-free per unit and day: ${intake.gapFree.ok ? "OK" : "FAIL"} (${intake.gapFree.groups} unit-days, ${thousands(intake.gapFree.dossiers)} codes)`,
    );
  }
  if (report.api) {
    console.log(
      `\nREST API /api/v1 (${report.api.database.version}, ${report.api.database.kind}): ${apiTableLine(report.api)}; ms over ${report.options.runs} warm runs`,
    );
    console.log(formatApiSummary(report.api));
  }
  if (report.payment) {
    console.log(
      `\nPayment through the sandbox platform (${report.payment.database.version}, ${report.payment.database.kind}): ${report.payment.runs} runs`,
    );
    console.log(formatPaymentSummary(report.payment));
  }
  if (report.portalSync) {
    console.log(
      `\nNational-portal sync to the stand-in portal (${report.portalSync.database.version}, ${report.portalSync.database.kind})`,
    );
    console.log(formatPortalSyncSummary(report.portalSync));
  }
  if (report.worklist) {
    const worklist = report.worklist;
    const { table } = worklist;
    console.log(
      `\nWorklists (${worklist.databaseInfo.version}, ${worklist.databaseInfo.kind}): ${thousands(table.rows)} dossiers, Dossier ${megabytes(table.totalBytes)} ` +
        `(heap ${megabytes(table.heapBytes)}, indexes ${megabytes(table.indexBytes)})` +
        (worklist.seedMs !== null
          ? `; seeded in ${seconds(worklist.seedMs)}, VACUUM ANALYZE ${seconds(worklist.vacuumAnalyzeMs ?? 0)}`
          : "") +
        `; ${worklist.source}, ms over ${report.options.runs} warm runs`,
    );
    console.log(formatWorklistSummary(worklist));
    for (const plan of worklist.explained.slice(0, 2)) {
      console.log(
        `EXPLAIN ${plan.scenario} / ${plan.label}: ${plan.executionMs.toFixed(1)} ms, index ${plan.indexes.join(" + ") || "none"}${plan.seqScans.length ? `, seq scan ${plan.seqScans.join(", ")}` : ""}`,
      );
    }
    const scans = worklist.explained.filter((plan) => plan.seqScans.includes("Dossier"));
    if (scans.length)
      console.log(
        `Seq scan of Dossier: ${scans.map((plan) => `${plan.scenario} / ${plan.label} (${plan.executionMs.toFixed(1)} ms)`).join("; ")}`,
      );
  }
}

async function writeReport(report: BenchReport): Promise<string> {
  const dir = path.resolve(import.meta.dirname, "../../../data/bench");
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, `${report.startedAt.replace(/[:.]/g, "-")}.json`);
  await writeFile(file, `${JSON.stringify(report, null, 2)}\n`);
  return path.relative(process.cwd(), file);
}

async function main(): Promise<void> {
  requireReactServerCondition();
  if (process.argv[2] === "public-pages") {
    // The built app under HTTP load (src/tooling/bench/public-pages.ts): its own options and report file.
    const { runPublicPagesCli } = await import("./public-pages");
    return runPublicPagesCli(process.argv.slice(3));
  }
  const { command, options } = parseOptions();
  const started = performance.now();
  let report = emptyReport(options);
  if (command === "all") {
    const argv = process.argv.slice(2).filter((arg) => !(COMMANDS as readonly string[]).includes(arg));
    const tmp = path.join(os.tmpdir(), `motcua-bench-${process.pid}`);
    await mkdir(tmp, { recursive: true });
    try {
      const intake = await runChild("intake", argv, path.join(tmp, "intake.json"));
      const worklist = await runChild("worklist", argv, path.join(tmp, "worklist.json"));
      report = {
        ...report,
        options: { ...report.options, dossiers: worklist.options.dossiers },
        intake: intake.intake,
        worklist: worklist.worklist,
      };
    } finally {
      await rm(tmp, { recursive: true, force: true });
    }
  } else {
    report = await runPhase(command, options, report);
  }
  if (options.resultFile) {
    await writeFile(options.resultFile, JSON.stringify(report));
    return;
  }
  printSummary(report);
  if (report.intake && !report.intake.gapFree.ok) process.exitCode = 1;
  if (report.sipas && report.sipas.mismatches > 0) process.exitCode = 1;
  console.log(`\nTotal ${seconds(performance.now() - started)}; written to ${await writeReport(report)}`);
}

main().then(
  // The server modules' shared Prisma client keeps its pool open: leave once the report is out.
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error);
    process.exit(1);
  },
);
