// The Prisma client of an integration test file, connected to the run's fresh database (global-setup.ts).
import { afterAll } from "vitest";
import { createPrismaClient } from "../../src/server/db/client";

export function useTestDb() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `npm run test:integration`");
  const db = createPrismaClient(url, { poolSize: 4 });
  afterAll(() => db.$disconnect());
  return db;
}
