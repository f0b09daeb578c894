// What `npm run demo` (production build) and `npm run dev` (hot reload) share: the database prepared on this machine
// (the embedded PostgreSQL under data/ unless DATABASE_URL names a server, migrated, seeded on first start), the
// notification worker, and a Next.js server run in its own process group that stops cleanly, once, on Ctrl+C.
import { spawn } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { startOfVietnamDayOf } from "@/lib/dates";
import { createPrismaClient } from "@/server/db/client";
import { startNotificationWorker } from "@/server/notifications/worker";
import { postalSettings } from "@/server/postal/settings";
import { startPostalWorker } from "@/server/postal/worker";
import { startPaymentJobs } from "@/server/payments/jobs";
import { backfillDemoHistory } from "@/tooling/demo-world/portal-history";
import { startPortalJobs } from "@/server/national-portal/jobs";
import { portalSettings } from "@/server/national-portal/settings";
import { parsePaymentSettings } from "@/server/payments/settings";
import { DEMO_TABLET_PAIRING_CODE } from "./demo-world/counter-tablets";
import { demoLogins, DEMO_PASSWORD } from "./demo-world/demo-logins";
import { seedDemoWorld } from "./demo-world/seed";
import { APP_LOGIN, APP_ROLE, createAppLogin, installJobQueue } from "./app-role";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { startLocalPostalSandbox } from "./postal-sandbox/local";
import { startLocalPaymentSandbox } from "./payment-sandbox/local";
import { startLocalNationalPortalSandbox } from "./national-portal-sandbox/local";
import { deployMigrations } from "./prisma-offline/wasm-schema-engine";

export const root = path.resolve(import.meta.dirname, "../..");
export const dataDir = path.resolve(root, process.env.MOTCUA_DATA_DIR ?? "data");
export const port = Number(process.env.PORT ?? 3000);
export const nextBin = path.join(root, "node_modules/.bin/next");
/** The production web server (src/tooling/web-server.ts: Next.js plus the client address from the socket). */
export const webServerCommand = [
  path.join(root, "node_modules/.bin/tsx"),
  path.join(root, "src/tooling/web-server.ts"),
];

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
export const log = (message: string) => console.log(`[motcua] ${message} (${elapsed()})`);

/** The local signing secret, generated once and kept beside the data (never committed). */
export function localAuthSecret(): string {
  if (process.env.AUTH_SECRET) return process.env.AUTH_SECRET;
  const file = path.join(dataDir, "auth-secret");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(48).toString("base64url"), { mode: 0o600 });
  }
  return fs.readFileSync(file, "utf8").trim();
}

export interface LocalDatabase {
  /** The app's connection string: the restricted role motcua_app (src/tooling/app-role.ts). */
  url: string;
  /** Set when this process started the embedded database (and must stop it last). */
  embedded?: EmbeddedPostgres;
}

/**
 * The embedded database (unless DATABASE_URL is set), migrated, with the demo world seeded when it is empty — all as
 * the owner (MIGRATION_DATABASE_URL, else DATABASE_URL) — and the app's connection as the restricted role motcua_app.
 */
export async function prepareLocalDatabase(): Promise<LocalDatabase> {
  let embedded: EmbeddedPostgres | undefined;
  const appUrlGiven = process.env.MIGRATION_DATABASE_URL ? process.env.DATABASE_URL : undefined;
  let ownerUrl = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!ownerUrl) {
    embedded = await startEmbeddedPostgres({
      dataDir: path.join(dataDir, "pglite"),
      port: Number(process.env.MOTCUA_DB_PORT ?? 54329),
    });
    ownerUrl = embedded.url;
    log(`embedded PostgreSQL listening at ${ownerUrl} (data in ${path.relative(root, dataDir) || dataDir}/pglite)`);
  }

  const applied = await deployMigrations(ownerUrl, path.join(root, "prisma/migrations"));
  log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");

  const db = createPrismaClient(ownerUrl, { poolSize: 4 });
  try {
    if ((await db.administrativeUnit.count()) === 0) {
      log(
        "seeding the demo world (phường Sơn Tây, Tùng Thiện, Đoài Phương; the old thị xã as history; dossiers since April 2025)…",
      );
      const dossiers = process.env.MOTCUA_DEMO_DOSSIERS ? Number(process.env.MOTCUA_DEMO_DOSSIERS) : undefined;
      const summary = await seedDemoWorld(db, { dossiers });
      log(`demo world ready: ${summary.dossiers.toLocaleString("vi-VN")} dossiers`);
      log(summary.parIndex);
    }
  } finally {
    await db.$disconnect();
  }
  await installJobQueue(ownerUrl);
  return { url: await appConnection(ownerUrl, embedded, appUrlGiven), embedded };
}

/** The app's connection as motcua_app: the login given in DATABASE_URL, or one this runner makes for it. */
async function appConnection(
  ownerUrl: string,
  embedded: EmbeddedPostgres | undefined,
  appUrlGiven: string | undefined,
): Promise<string> {
  if (embedded) {
    // PGlite cannot log in as another user: its one session switches role (the limit: src/tooling/app-role.ts).
    await embedded.setSessionRole(APP_ROLE);
    log(`the app runs as ${APP_ROLE} (SET ROLE on the embedded database's session)`);
    return ownerUrl;
  }
  if (appUrlGiven) return appUrlGiven;
  // Only the owner's DATABASE_URL: a login in motcua_app with a password kept beside the data (never committed).
  const file = path.join(dataDir, "app-db-password");
  if (!fs.existsSync(file)) {
    fs.mkdirSync(dataDir, { recursive: true });
    fs.writeFileSync(file, crypto.randomBytes(24).toString("base64url"), { mode: 0o600 });
  }
  try {
    const url = await createAppLogin(ownerUrl, APP_LOGIN, fs.readFileSync(file, "utf8").trim());
    log(`the app runs as ${APP_LOGIN} (member of ${APP_ROLE})`);
    return url;
  } catch (error) {
    log(
      `could not create the login ${APP_LOGIN} (${error instanceof Error ? error.message : String(error)}): the app runs as the owner. Set MIGRATION_DATABASE_URL to the owner and DATABASE_URL to a login in ${APP_ROLE} (docs/deployment.md)`,
    );
    return ownerUrl;
  }
}

/** The environment the web server runs with; without a database (e.g. for `next build`, which needs none) it has no DATABASE_URL. */
export function webServerEnv(nodeEnv: "production" | "development", database?: LocalDatabase): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: nodeEnv,
    NEXT_TELEMETRY_DISABLED: "1",
    AUTH_SECRET: localAuthSecret(),
    APP_URL: process.env.APP_URL ?? `http://localhost:${port}`,
    // Clients connect straight to the demo (no reverse proxy): their address is the socket's (docs/deployment.md).
    TRUSTED_PROXY_HOPS: process.env.TRUSTED_PROXY_HOPS ?? "0",
  };
  // The demo sends nothing: its messages stay in the development mailbox, which production otherwise refuses
  // (src/server/notifications/settings.ts). A demo configured with a real provider keeps its own setting.
  const realProvider = [process.env.NOTIFY_EMAIL_PROVIDER, process.env.NOTIFY_SMS_PROVIDER].some(
    (provider) => provider !== undefined && provider !== "dev",
  );
  if (!realProvider) env.NOTIFY_SEND_NOTHING ??= "true";
  // The web server gets the app's login only, never the owner's.
  delete env.MIGRATION_DATABASE_URL;
  if (database) {
    env.DATABASE_URL = database.url;
    // the embedded database answers one query at a time: a small pool is faster than a queue of idle connections
    env.DATABASE_POOL_SIZE = process.env.DATABASE_POOL_SIZE ?? (database.embedded ? "4" : "10");
  }
  return env;
}

async function waitUntilServing(url: string, child: ReturnType<typeof spawn>) {
  for (let attempt = 0; attempt < 1200; attempt++) {
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

/**
 * Starts the notification worker and the web server (`serverCommand`: the executable and its arguments; PORT is in
 * the environment) on the prepared database, waits until the login page answers,
 * prints the demo logins, and stops everything on Ctrl+C: the web server first, then the worker, then the database.
 */
export async function runLocalPortal(
  database: LocalDatabase,
  serverCommand: string[],
  env: NodeJS.ProcessEnv,
): Promise<void> {
  // The notification worker runs in this process (messages land in the development mailbox, viewable in the admin
  // area); production runs it as its own process (`npm run worker`).
  const notifications = await startNotificationWorker({
    databaseUrl: database.url,
    concurrency: database.embedded ? 4 : 10,
  });
  log("notification worker started (development mailbox)");
  // The stand-in postal server on its own port (unless POSTAL_ENDPOINT_URL names a real post) and the postal worker.
  const postalSandbox = await startLocalPostalSandbox(Number(process.env.POSTAL_SANDBOX_PORT ?? port + 2000), log);
  const postal = await startPostalWorker({
    databaseUrl: database.url,
    settings: postalSettings({ ...process.env, ...postalSandbox?.env }),
  });
  // The sandbox payment platform on its own port (unless PAYMENT_PLATFORM_URL names a real one), and the payment
  // reconciliation job on the worker's queue.
  const payments = await startLocalPaymentSandbox(Number(process.env.PAYMENT_SANDBOX_PORT ?? port + 1000), log);
  const paymentEnv = payments?.env ?? {};
  await startPaymentJobs(notifications.boss, {
    db: notifications.db,
    settings: parsePaymentSettings({ ...process.env, ...env, ...paymentEnv }),
  });

  // The stand-in national portal (Cổng DVCQG) on its own port (unless NATIONAL_PORTAL_URL names the real one), and the
  // outbox sender and the pull on the worker's queue (docs/national-portal.md).
  const nationalPortal = await startLocalNationalPortalSandbox(
    Number(process.env.NATIONAL_PORTAL_SANDBOX_PORT ?? port + 3000),
    log,
  );
  await startPortalJobs(notifications.boss, {
    db: notifications.db,
    settings: portalSettings({ ...process.env, APP_URL: env.APP_URL, ...nationalPortal?.env }),
  });

  // Own process group, so stopping also stops the servers Next.js forks (next-server, the dev bundler's workers).
  const [executable, ...args] = serverCommand;
  const server = spawn(executable!, args, {
    cwd: root,
    env: { ...env, ...paymentEnv, PORT: String(port) },
    stdio: "inherit",
    detached: true,
  });
  // Ctrl+C reaches this process twice (from the terminal and relayed by tsx), and the web server's exit calls stop()
  // again: stop once, and never let a stuck connection keep the process from exiting.
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
    await postal.stop({ timeoutMs: 5000 }).catch(() => {});
    await postalSandbox?.sandbox.close().catch(() => {});
    await payments?.sandbox.stop().catch(() => {});
    await nationalPortal?.sandbox.close().catch(() => {});
    await database.embedded?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  server.on("exit", (code) => void stop(code ?? 1));

  await waitUntilServing(`http://127.0.0.1:${port}/dang-nhap`, server);
  // The demo's seeded past counts as already on the national portal (today's work is pushed live); in the
  // background, a month per statement, once (while the outbox is empty).
  void backfillDemoHistory(notifications.db, startOfVietnamDayOf(new Date())).then(
    (done) =>
      done.dossiers > 0 &&
      log(`national portal: the seeded history recorded as synced (${done.dossiers} dossiers, ${done.steps} steps)`),
    (error: unknown) =>
      log(`national portal: history not recorded (${error instanceof Error ? error.message : error})`),
  );
  log(`MotCua is running at http://localhost:${port}`);
  console.log(`\nDemo logins (password for all: ${DEMO_PASSWORD}):`);
  for (const login of demoLogins) console.log(`  ${login.username.padEnd(24)} ${login.description}`);
  console.log(
    `\nCounter tablet: open http://localhost:${port}/quay/ghep-noi and type ${DEMO_TABLET_PAIRING_CODE.replace(/(\d{4})(\d{4})/, "$1 $2")} (phường Sơn Tây, quầy 2).`,
  );
  console.log("\nPress Ctrl+C to stop.");
}

/** Entry-point wrapper: a failure to start is one readable line and exit code 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error("[motcua] could not start:", error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
