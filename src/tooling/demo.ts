// `npm run demo`: the whole portal with demo data on one machine, with nothing to install or configure.
// Without DATABASE_URL it starts an embedded PostgreSQL persisted under data/; with it, it uses that server.
// Then: migrations, the demo world on first start, a production build when the sources changed, and `next start`.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "@/server/db/client";
import { demoLogins, DEMO_PASSWORD } from "./demo-world/demo-logins";
import { seedDemoWorld } from "./demo-world/seed";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { startNotificationWorker, type NotificationWorker } from "@/server/notifications/worker";
import { deployMigrations } from "./prisma-offline/wasm-schema-engine";

const root = path.resolve(import.meta.dirname, "../..");
const dataDir = path.resolve(root, process.env.MOTCUA_DATA_DIR ?? "data");
const port = Number(process.env.PORT ?? 3000);
const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const log = (message: string) => console.log(`[motcua] ${message} (${elapsed()})`);

/** The demo's own signing secret, generated once and kept beside its data (never committed). */
function demoAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

/** Newest modification time under the given paths (files that change the build). */
function newestChange(paths: string[]): number {
  let newest = 0;
  const visit = (entry: string) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/** Starts `next build` when the sources changed since the last build; resolves when it is done (or at once). */
function buildIfStale(env: NodeJS.ProcessEnv): Promise<void> {
  const buildId = path.join(root, ".next/BUILD_ID");
  const inputs = ["src", "public", "next.config.js", "package-lock.json", "tsconfig.json"].map((entry) => path.join(root, entry));
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs >= newestChange(inputs)) return Promise.resolve();
  log("building the web app (first start or sources changed)…");
  const build = spawn(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  build.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  build.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) =>
    build.on("exit", (code) => {
      if (code === 0) {
        log("web app built");
        resolve();
      } else reject(new Error(`next build failed:\n${output}`));
    }),
  );
}

async function waitUntilServing(url: string, child: ReturnType<typeof spawn>) {
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`the web server exited with code ${child.exitCode}`);
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`the web server did not answer at ${url}`);
}

async function main() {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: demoAuthSecret(),
    APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
  };
  // The build needs no database: run it while the database is prepared and seeded.
  const built = buildIfStale(env);
  built.catch(() => {}); // awaited below; avoid an unhandled rejection while seeding

  let embedded: EmbeddedPostgres | undefined;
  let databaseUrl = process.env.DATABASE_URL;
  if (!databaseUrl) {
    embedded = await startEmbeddedPostgres({ dataDir: path.join(dataDir, "pglite"), port: Number(process.env.MOTCUA_DB_PORT ?? 54329) });
    databaseUrl = embedded.url;
    log(`embedded PostgreSQL listening at ${databaseUrl} (data in ${path.relative(root, dataDir) || dataDir}/pglite)`);
  }
  env.DATABASE_URL = databaseUrl;
  // the embedded database answers one query at a time: a small pool is faster than a queue of idle connections
  env.DATABASE_POOL_SIZE = process.env.DATABASE_POOL_SIZE ?? (embedded ? "4" : "10");

  const applied = await deployMigrations(databaseUrl, path.join(root, "prisma/migrations"));
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");

  const db = createPrismaClient(databaseUrl, { poolSize: 4 });
  if ((await db.administrativeUnit.count()) === 0) {
    log("seeding the demo world (thị xã Sơn Tây, 12 months of dossiers)…");
    const dossiers = process.env.MOTCUA_DEMO_DOSSIERS ? Number(process.env.MOTCUA_DEMO_DOSSIERS) : undefined;
    const summary = await seedDemoWorld(db, { dossiers });
    log(`demo world ready: ${summary.dossiers.toLocaleString("vi-VN")} dossiers`);
  }
  await db.$disconnect();
  await built;

  // The notification worker runs in this process for the demo (messages land in the development mailbox, viewable in
  // the admin area); production runs it as its own process (`npm run worker`).
  const notifications: NotificationWorker = await startNotificationWorker({ databaseUrl, concurrency: embedded ? 4 : 10 });
  log("notification worker started (development mailbox)");

  // Own process group, so stopping the demo also stops next-server (which `next start` forks).
  const server = spawn(path.join(root, "node_modules/.bin/next"), ["start", "-p", String(port)], { cwd: root, env, stdio: "inherit", detached: true });
  // Ctrl+C reaches this process twice (from the terminal and relayed by tsx), and the web server's exit calls stop()
  // again: stop once, and never let a stuck connection keep the demo from exiting.
  let stopping = false;
  const serverExited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const signalServer = (signal: NodeJS.Signals) => {
    try {
      if (server.pid) process.kill(-server.pid, signal);
    } catch {
      // already gone
    }
  };
  const stop = async (code = 0) => {
    if (stopping) return;
    stopping = true;
    setTimeout(() => process.exit(code), 15_000).unref();
    // The web server goes first, and completely: a browser's keep-alive connection could otherwise still reach it
    // after its database is gone.
    if (server.exitCode === null) {
      signalServer("SIGTERM");
      const killLater = setTimeout(() => signalServer("SIGKILL"), 5000);
      await serverExited;
      clearTimeout(killLater);
    }
    await notifications.stop({ timeoutMs: 5000 }).catch(() => {});
    await embedded?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  server.on("exit", (code) => void stop(code ?? 1));

  await waitUntilServing(`http://127.0.0.1:${port}/dang-nhap`, server);
  log(`MotCua is running at http://localhost:${port}`);
  console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`);
  for (const login of demoLogins) console.log(`  ${login.username.padEnd(24)} ${login.description}`);
  console.log("\nPress Ctrl+C to stop.");
}

main().catch((error: unknown) => {
  console.error("[motcua] could not start:", error instanceof Error ? error.message : error);
  process.exit(1);
});
