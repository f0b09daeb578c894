import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

// The official Prisma CLI, driven through our WebAssembly schema-engine stand-in (src/tooling/prisma-offline), on an
// empty database of the run's server: status → deploy → status → no drift between migrations and schema.
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, "../..");

async function prisma(args: string[], databaseUrl: string) {
  try {
    const { stdout, stderr } = await run("node", ["--import", "tsx", "src/tooling/prisma-cli.ts", ...args], {
      cwd: root,
      env: { ...process.env, DATABASE_URL: databaseUrl },
      timeout: 120_000,
    });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failure = error as { code: number; stdout: string; stderr: string };
    return { code: failure.code, output: failure.stdout + failure.stderr };
  }
}

describe.runIf(inject("databaseKind") === "server")("Prisma CLI on the WebAssembly schema engine", () => {
  const serverUrl = new URL(process.env.DATABASE_URL!);
  const name = `motcua_cli_${process.pid}_${Date.now()}`;
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const admin = () => new pg.Client({ connectionString: serverUrl.href });

  beforeAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`CREATE DATABASE "${name}"`);
    await client.end();
  });
  afterAll(async () => {
    const client = admin();
    await client.connect();
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    await client.end();
  });

  it("reports pending migrations on an empty database", async () => {
    const status = await prisma(["migrate", "status"], url.href);
    expect(status.output).toMatch(/have not yet been applied/);
    expect(status.output).toMatch(/_init/);
  });

  it("applies every migration with migrate deploy, then reports the schema up to date", async () => {
    const deploy = await prisma(["migrate", "deploy"], url.href);
    expect(deploy.code, deploy.output).toBe(0);
    expect(deploy.output).toMatch(/successfully applied/);
    const status = await prisma(["migrate", "status"], url.href);
    expect(status.output).toMatch(/Database schema is up to date/);
  });

  it("finds no drift between the migrated database and prisma/schema.prisma", async () => {
    const diff = await prisma(
      ["migrate", "diff", "--from-config-datasource", "--to-schema", "prisma/schema.prisma", "--exit-code"],
      url.href,
    );
    expect(diff.code, diff.output).toBe(0);
  });

  it("created the append-only trigger functions whole ($$ bodies survive)", async () => {
    const client = new pg.Client({ connectionString: url.href });
    await client.connect();
    const { rows } = await client.query<{ tgname: string }>(
      `SELECT tgname FROM pg_trigger WHERE tgname LIKE '%append_only' OR tgname LIKE '%archive' OR tgname LIKE '%portal_sync' OR tgname LIKE '%_rollups' OR tgname LIKE '%_fold_name' ORDER BY tgname`,
    );
    await client.end();
    expect(rows.map((row) => row.tgname)).toEqual([
      "AuditEntry_append_only",
      "DossierEvent_append_only",
      "DossierEvent_portal_sync",
      "DossierFile_archive",
      "Dossier_fold_name",
      "Dossier_rollups",
      "FeedbackEvent_append_only",
      "ParEvent_append_only",
      "PaymentMessage_append_only",
    ]);
  });

  it("generates the client", async () => {
    const generate = await prisma(["generate"], url.href);
    expect(generate.code, generate.output).toBe(0);
    expect(generate.output).toMatch(/Generated Prisma Client/);
  });
});
