// The app under test: the production build (`next build` runs before the e2e suite), a fresh database with the
// deterministic demo world, and the production web server (src/tooling/web-server.ts, as `npm start`). Playwright starts
// this and stops it with SIGTERM.
// First: the fresh data folder must be in the environment before src/server/env.ts reads it.
import { dataDir } from "./fresh-data-dir";
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../../../src/server/db/client";
import { seedDemoWorld } from "../../../src/tooling/demo-world/seed";
import { createTestDatabase } from "../../../src/tooling/fresh-database";
import { postalSettings } from "../../../src/server/postal/settings";
import { startPostalWorker } from "../../../src/server/postal/worker";
import { startLocalPostalSandbox } from "../../../src/tooling/postal-sandbox/local";
import { startLocalPaymentSandbox } from "../../../src/tooling/payment-sandbox/local";

const root = path.resolve(import.meta.dirname, "../../..");
const port = process.env.E2E_PORT ?? "3100";

const database = await createTestDatabase("e2e");
const db = createPrismaClient(database.url, { poolSize: 4 });
// A smaller world than the demo's keeps the suite quick; the e2e tests rely on its fixed users and units.
await seedDemoWorld(db, { dossiers: Number(process.env.E2E_DOSSIERS ?? 4000) });
await db.$disconnect();
// Specs that check the database (tests/e2e/security-input.spec.ts: zero rows changed) read its URL here. Playwright
// empties test-results before it starts this server, so the file is never a stale one.
fs.mkdirSync(path.join(root, "test-results"), { recursive: true });
fs.writeFileSync(
  path.join(root, `test-results/e2e-server-${port}.json`),
  JSON.stringify({ databaseUrl: database.url, dataDir }),
);
// The app runs as the restricted role (src/tooling/app-role.ts), as in production: the suite checks the app needs
// no more (on the embedded database the shared session switches to it; the seeding above ran as the owner).
const appDatabaseUrl = await database.connectApp();
// The stand-in postal server on its own port (E2E_PORT + 2000, so e2e servers side by side do not clash), and the
// postal worker sending the orders the app writes to it.
const postalSandbox = await startLocalPostalSandbox(
  Number(process.env.POSTAL_SANDBOX_PORT ?? Number(port) + 2000),
  (line) => console.log(`[e2e] ${line}`),
);
const postalWorker = await startPostalWorker({
  databaseUrl: appDatabaseUrl,
  settings: postalSettings({ ...process.env, ...postalSandbox?.env }),
  retry: { retryLimit: 2, retryDelaySeconds: 1 },
  pollingIntervalSeconds: 0.5,
  schedule: false,
});
// The sandbox payment platform on its own port, away from other e2e servers running beside this one.
const payments = await startLocalPaymentSandbox(
  Number(process.env.PAYMENT_SANDBOX_PORT ?? Number(port) + 1000),
  (line) => console.log(`[e2e] ${line}`),
);

const server = spawn(path.join(root, "node_modules/.bin/tsx"), [path.join(root, "src/tooling/web-server.ts")], {
  cwd: root,
  stdio: "inherit",
  detached: true,
  env: {
    ...process.env,
    NODE_ENV: "production",
    NEXT_TELEMETRY_DISABLED: "1",
    DATABASE_URL: appDatabaseUrl,
    DATABASE_POOL_SIZE: database.kind === "embedded" ? "4" : "10",
    AUTH_SECRET: "e2e-tests-only-secret-0123456789abcdefghijkl",
    APP_URL: `http://127.0.0.1:${port}`,
    PORT: port,
    // No proxy in front: the client address is the socket's, whatever X-Forwarded-For a client sends.
    TRUSTED_PROXY_HOPS: "0",
    // The suite sends nothing: messages stay in the development mailbox, which production accepts only with this.
    NOTIFY_SEND_NOTHING: "true",
    ...postalSandbox?.env,
    ...payments?.env,
  },
});

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  try {
    if (server.pid) process.kill(-server.pid, "SIGTERM");
  } catch {
    // already gone
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  await postalWorker.stop({ timeoutMs: 2000 }).catch(() => {});
  await postalSandbox?.sandbox.close().catch(() => {});
  await payments?.sandbox.stop().catch(() => {});
  await database.drop().catch((error: unknown) => console.error("[e2e] could not drop the test database", error));
  fs.rmSync(dataDir, { recursive: true, force: true });
  process.exit(code);
}
process.on("SIGTERM", () => void stop());
process.on("SIGINT", () => void stop());
server.on("exit", (code) => void stop(code ?? 1));
