// The owner's step of a deployment (docs/deployment.md): applies the migrations (which create the group role
// motcua_app and its grants) and installs the job queue's schema, both as the owner of the tables, so the app — a
// login in motcua_app that may create nothing — finds everything in place.
//
//   MIGRATION_DATABASE_URL=postgresql://owner@…/motcua npx tsx src/tooling/setup-database.ts
//
// With `--app-login <name>` it also creates that login in motcua_app (or resets its password), reading the password
// from APP_DATABASE_PASSWORD, and prints nothing secret. Without MIGRATION_DATABASE_URL it uses DATABASE_URL.
import path from "node:path";
import { APP_ROLE, createAppLogin, installJobQueue } from "./app-role";
import { deployMigrations } from "./prisma-offline/wasm-schema-engine";

async function main() {
  const ownerUrl = process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL;
  if (!ownerUrl) throw new Error("set MIGRATION_DATABASE_URL (the owner's connection string)");
  const applied = await deployMigrations(ownerUrl, path.resolve(import.meta.dirname, "../../prisma/migrations"));
  console.log(applied.length ? `applied migrations: ${applied.join(", ")}` : "database schema is up to date");
  await installJobQueue(ownerUrl);
  console.log("job queue installed");
  const loginFlag = process.argv.indexOf("--app-login");
  if (loginFlag !== -1) {
    const login = process.argv[loginFlag + 1];
    const password = process.env.APP_DATABASE_PASSWORD;
    if (!login || !password) throw new Error("--app-login <name> needs the name and APP_DATABASE_PASSWORD");
    await createAppLogin(ownerUrl, login, password);
    console.log(`login ${login} is a member of ${APP_ROLE}`);
  }
}

main().catch((error: unknown) => {
  console.error("[motcua] database set-up failed:", error instanceof Error ? error.message : error);
  process.exit(1);
});
