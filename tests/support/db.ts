// The Prisma client of an integration test file, connected to the run's fresh database (global-setup.ts).
import { afterAll, beforeAll } from "vitest";
import { createPrismaClient } from "../../src/server/db/client";
import { startNotificationProducer } from "../../src/server/notifications/outbox";
import { stopProducers } from "../../src/server/notifications/queue";

export function useTestDb() {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error("DATABASE_URL is not set: run integration tests through `npm run test:integration`");
  const db = createPrismaClient(url, { poolSize: 4 });
  // Dossier services write notification jobs in their transactions; the job queue's producer connects first, as the
  // web server does at start (on the embedded database no second connection gets in while a transaction is open).
  beforeAll(() => startNotificationProducer(), 60_000);
  afterAll(async () => {
    await stopProducers();
    await db.$disconnect();
  });
  return db;
}
