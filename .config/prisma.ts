import { defineConfig } from "prisma/config";

// The Prisma CLI reads this file. DATABASE_URL may be unset for `prisma generate` (prisma's env() would throw).
// On machines without Prisma's native schema engine, run the CLI through `npm run prisma -- …`, which points it
// at the WebAssembly engine (src/tooling/prisma-offline).
export default defineConfig({
  schema: "../prisma/schema.prisma",
  migrations: { path: "../prisma/migrations" },
  datasource: {
    // Migrations run as the owner of the tables; the app's own login (DATABASE_URL) may not change the schema.
    url: process.env.MIGRATION_DATABASE_URL ?? process.env.DATABASE_URL ?? "",
    shadowDatabaseUrl: process.env.SHADOW_DATABASE_URL,
  },
});
