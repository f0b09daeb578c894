// Creates Prisma clients over node-postgres. Used by the app (through ./index.ts) and by tooling (seed, bench,
// tests), which run outside Next.js and so cannot import the server-only marker.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

export function createPrismaClient(connectionString: string, options: { poolSize?: number } = {}): PrismaClient {
  const adapter = new PrismaPg({ connectionString, max: options.poolSize ?? 10 });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
export { Prisma } from "@/generated/prisma/client";
