// A fresh, migrated database for a test run or a benchmark, never a developer's data: a new database on the server
// named by TEST_DATABASE_URL (or DATABASE_URL) when there is one, otherwise an in-memory embedded PostgreSQL.
import path from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { deployMigrations } from "./prisma-offline/wasm-schema-engine";

const migrationsDir = path.resolve(import.meta.dirname, "../../prisma/migrations");

export interface TestDatabase {
  url: string;
  kind: "server" | "embedded";
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
    return { url: embedded.url, kind: "embedded", drop: () => embedded.stop() };
  }
  const name = `motcua_test_${label}_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}"`);
  await admin.end();
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  await deployMigrations(url.href, migrationsDir);
  return {
    url: url.href,
    kind: "server",
    async drop() {
      const client = new pg.Client({ connectionString: serverUrl });
      await client.connect();
      await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await client.end();
    },
  };
}
