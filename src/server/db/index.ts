import "server-only";
import { env } from "@/server/env";
import { createPrismaClient, type PrismaClient } from "./client";

// One client per server process; Next's dev server re-evaluates modules on change, so keep it on globalThis.
const globalForDb = globalThis as unknown as { motcuaDb?: PrismaClient };

export const db: PrismaClient =
  globalForDb.motcuaDb ?? createPrismaClient(env.DATABASE_URL, { poolSize: env.DATABASE_POOL_SIZE });
if (env.NODE_ENV !== "production") globalForDb.motcuaDb = db;

export { Prisma } from "./client";
