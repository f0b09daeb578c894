import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { TestProject } from "vitest/node";
import { createTestDatabase } from "../../src/tooling/fresh-database";

// One fresh database for the integration run; test files share it (they run one after another) and create their
// own rows. DATABASE_URL is set before the test workers start, so the app's modules connect to it.
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("integration");
  process.env.DATABASE_URL = database.url;
  if (database.kind === "embedded") process.env.MOTCUA_EMBEDDED_DATABASE = "1";
  process.env.AUTH_SECRET ??= "integration-tests-only-secret-0123456789abcdef";
  // Dossier files of the run go to a temporary folder (the local-disk store), removed at the end.
  const dataDir = mkdtempSync(path.join(tmpdir(), "motcua-integration-data-"));
  process.env.MOTCUA_DATA_DIR = dataDir;
  project.provide("databaseKind", database.kind);
  console.log(`[integration] ${database.kind} database ready`);
  return async () => {
    await database.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseKind: "server" | "embedded";
  }
}
