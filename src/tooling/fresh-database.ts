// A fresh, migrated database for a test run or a benchmark, never a developer's data: a new database on the server
// named by TEST_DATABASE_URL (or DATABASE_URL) when there is one, otherwise an in-memory embedded PostgreSQL.
// `url` is the owner's (migrations, seeding, tests that check the rows); the app under test connects with
// `connectApp()`, as the restricted role motcua_app (src/tooling/app-role.ts).
import crypto from "node:crypto";
import path from "node:path";
import pg from "pg";
import { APP_ROLE, createAppLogin, dropAppLogin, installJobQueue } from "./app-role";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { deployMigrations } from "./prisma-offline/wasm-schema-engine";

const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");

export interface TestDatabase {
  /** The owner's connection string. */
  url: string;
  kind: "server" | "embedded";
  /**
   * Once the owner's work is done (seeding): installs the job queue as the owner and returns the connection string
   * for the app as motcua_app — a login of its own on a server; on the embedded database the one shared session
   * switches to motcua_app, so from then on every connection, the owner's `url` included, has only its privileges.
   */
  connectApp(): Promise<string>;
  drop(): Promise<void>;
}

export async function createTestDatabase(label: string): Promise<TestDatabase> {
  // A DATABASE_URL that points at an embedded database cannot host a second database (PGlite ignores the name):
  // MOTCUA_EMBEDDED_DATABASE marks it, so each caller gets an embedded database of its own.
  const serverUrl =
    process.env.TEST_DATABASE_URL ?? (process.env.MOTCUA_EMBEDDED_DATABASE ? undefined : process.env.DATABASE_URL);
  if (!serverUrl) {
    const embedded = await startEmbeddedPostgres({ dataDir: "memory://", maxConnections: 64 });
    await deployMigrations(embedded.url, migrationsDir);
    return {
      url: embedded.url,
      kind: "embedded",
      async connectApp() {
        await installJobQueue(embedded.url);
        await embedded.setSessionRole(APP_ROLE);
        return embedded.url;
      },
      drop: () => embedded.stop(),
    };
  }
  const name = `motcua_test_${label}_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await deployMigrations(url.href, migrationsDir);
  // Roles belong to the whole server: each test database gets a login of its own, dropped with it.
  const appLogin = `${name}_app`;
  let appLoginCreated = false;
  return {
    url: url.href,
    kind: "server",
    async connectApp() {
      await installJobQueue(url.href);
      appLoginCreated = true;
      return createAppLogin(url.href, appLogin, crypto.randomBytes(24).toString("base64url"));
    },
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
      if (appLoginCreated) await dropAppLogin(serverUrl, appLogin);
    },
  };
}
