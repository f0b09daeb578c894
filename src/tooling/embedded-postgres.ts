// Embedded PostgreSQL for the zero-setup demo and for tests on machines without a server: PGlite (PostgreSQL compiled
// to WebAssembly) served over the Postgres wire protocol on a local port, so the app, Prisma and the migration tool
// use exactly the same code path (node-postgres + @prisma/adapter-pg) as with a real server.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** A directory to persist to, or "memory://" for a throw-away database. */
  dataDir: string;
  /** 0 picks a free port. */
  port?: number;
  /** Must be at least the sum of every pool that connects (the socket server drops connections beyond it). */
  maxConnections?: number;
}

/** PGlite has no lock of its own: two processes on one directory would corrupt it. */
function lockDataDir(dataDir: string): () => void {
  const lockFile = path.join(dataDir, "motcua.pid");
  const holder = fs.existsSync(lockFile) ? Number(fs.readFileSync(lockFile, "utf8")) : NaN;
  if (Number.isInteger(holder) && holder !== process.pid && isRunning(holder)) {
    throw new Error(`The embedded database in ${dataDir} is already in use by process ${holder}. Stop that process first.`);
  }
  fs.writeFileSync(lockFile, String(process.pid));
  return () => fs.rmSync(lockFile, { force: true });
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

export async function startEmbeddedPostgres({ dataDir, port = 0, maxConnections = 40 }: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const inMemory = dataDir.startsWith("memory://");
  let unlock = () => {};
  if (!inMemory) {
    fs.mkdirSync(dataDir, { recursive: true }); // PGlite does not create parent directories
    unlock = lockDataDir(dataDir);
  }
  const db = await PGlite.create({ dataDir: inMemory ? dataDir : path.join(dataDir, "pgdata") });
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections });
  await server.start();
  const actualPort = Number(new URL(`postgresql://${server.getServerConn()}`).port);
  let stopped = false;
  return {
    port: actualPort,
    url: `postgresql://postgres@127.0.0.1:${actualPort}/postgres?sslmode=disable`,
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      unlock();
    },
  };
}
