// Creates Prisma clients over node-postgres. Used by the app (through ./index.ts) and by tooling (seed, bench,
// tests), which run outside Next.js and so cannot import the server-only marker.
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/generated/prisma/client";

/**
 * `jit` (default off): PostgreSQL compiles a query to machine code when its plan's estimated cost passes
 * jit_above_cost; the app's reads run in milliseconds over indexes and rollups, yet their estimates often pass it
 * (a LIMIT per unit over a large table), and the compilation then costs more than the query (10–100 ms,
 * docs/performance.md). Tooling whose statements scan whole tables may pass `jit: true` (PostgreSQL's default).
 * The setting travels as a startup option, which the embedded PGlite (built without JIT) accepts and ignores.
 */
export function createPrismaClient(
  connectionString: string,
  options: { poolSize?: number; jit?: boolean } = {},
): PrismaClient {
  const adapter = new PrismaPg({
    connectionString,
    max: options.poolSize ?? 10,
    ...(options.jit ? {} : { options: "-c jit=off" }),
  });
  return new PrismaClient({ adapter });
}

export type { PrismaClient };
export { Prisma } from "@/generated/prisma/client";
