import type { TestProject } from "vitest/node";
import { createTestDatabase } from "../../src/tooling/fresh-database";

// One fresh database for the integration run; test files share it (they run one after another) and create their
// own rows. DATABASE_URL is set before the test workers start, so the app's modules connect to it.
export default async function setup(project: TestProject) {
  const database = await createTestDatabase("integration");
  process.env.DATABASE_URL = database.url;
  if (database.kind === "embedded") process.env.MOTCUA_EMBEDDED_DATABASE = "1";
  process.env.AUTH_SECRET ??= "integration-tests-only-secret-0123456789abcdef";
  project.provide("databaseKind", database.kind);
  console.log(`[integration] ${database.kind} database ready`);
  return () => database.drop();
}

declare module "vitest" {
  export interface ProvidedContext {
    databaseKind: "server" | "embedded";
  }
}
