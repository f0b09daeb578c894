// Embedded PostgreSQL for the zero-setup demo and for tests on machines without a server: PGlite (PostgreSQL compiled
// to WebAssembly) served over the Postgres wire protocol on a local port, so the app, Prisma and the migration tool
// use exactly the same code path (node-postgres + @prisma/adapter-pg) as with a real server.
import fs from "node:fs";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedPostgres {
  url: string;
  port: number;
  /**
   * Switches the database's one session to `role` (SET ROLE; null: back to the superuser). PGlite runs a single
   * backend session that every connection shares and that starts as the superuser; it cannot log a connection in as
   * another user. Call it while no connection is in a transaction (src/tooling/app-role.ts explains the limit).
   */
  setSessionRole(role: string | null): Promise<void>;
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
    throw new Error(
      `The embedded database in ${dataDir} is already in use by process ${holder}. Stop that process first.`,
    );
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

/** The query queue inside PGLiteSocketServer (@electric-sql/pglite-socket 0.2.17), as far as we touch it. */
interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve(bytes: number): void;
  reject(error: unknown): void;
  onData(data: Uint8Array): void;
}
interface QueryQueue {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGlite;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

// Frontend messages of the extended query protocol that a Sync ends (Parse, Bind, Describe, Execute, Close, Flush).
const EXTENDED_PROTOCOL_MESSAGES = new Set(["P", "B", "D", "E", "C", "H"]);

/**
 * The socket server keeps a connection's TRANSACTION together but queues each protocol message on its own, so outside
 * a transaction one connection's Parse/Bind/Execute could in principle interleave with another's and bind a query to
 * the wrong (unnamed) statement. Keep each connection's extended-protocol batch together up to its Sync as well.
 * Defensive: a mix-up was reported once while seeding over parallel pools, but tests/integration/embedded-postgres.test.ts
 * (distinct statements, multi-chunk messages, 12 connections) has not reproduced one without this either. Pinned to
 * pglite-socket 0.2.17's queue; drop it if a release keeps batches together itself.
 */
function keepProtocolBatchesTogether(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueryQueue }).queryQueue;
  if (!queue || typeof queue.processQueue !== "function" || !Array.isArray(queue.queue)) {
    throw new Error("@electric-sql/pglite-socket changed its query queue: review keepProtocolBatchesTogether()");
  }
  const midBatch = new Set<number>();
  queue.processQueue = async function processQueue(this: QueryQueue) {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner =
          this.lastHandlerId !== null && (this.db.isInTransaction() || midBatch.has(this.lastHandlerId))
            ? this.lastHandlerId
            : null;
        const index = owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === owner);
        if (index === -1) break; // wait for the owner's next message
        const [item] = this.queue.splice(index, 1);
        if (!item) break;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          midBatch.delete(item.handlerId);
          item.reject(error);
          continue;
        }
        const type = String.fromCharCode(item.message[0] ?? 0);
        if (EXTENDED_PROTOCOL_MESSAGES.has(type)) midBatch.add(item.handlerId);
        else midBatch.delete(item.handlerId); // Sync, simple Query, Terminate, start-up
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };
  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    midBatch.delete(handlerId);
    clearQueueForHandler(handlerId);
    void queue.processQueue();
  };
}

export async function startEmbeddedPostgres({
  dataDir,
  port = 0,
  maxConnections = 40,
}: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  const inMemory = dataDir.startsWith("memory://");
  let unlock = () => {};
  if (!inMemory) {
    fs.mkdirSync(dataDir, { recursive: true }); // PGlite does not create parent directories
    unlock = lockDataDir(dataDir);
  }
  // pg_trgm and btree_gin: the worklist's name search index, trigrams and scope columns in one GIN index (migrations
  // 20261207141000_worklist_search_indexes, 20261208130000_worklist_search).
  const db = await PGlite.create({
    dataDir: inMemory ? dataDir : path.join(dataDir, "pgdata"),
    extensions: { pg_trgm, btree_gin },
  });
  const server = new PGLiteSocketServer({ db, port, host: "127.0.0.1", maxConnections });
  keepProtocolBatchesTogether(server);
  await server.start();
  const actualPort = Number(new URL(`postgresql://${server.getServerConn()}`).port);
  let stopped = false;
  return {
    port: actualPort,
    url: `postgresql://postgres@127.0.0.1:${actualPort}/postgres?sslmode=disable`,
    async setSessionRole(role) {
      if (role !== null && !/^[a-z_][a-z0-9_]{0,62}$/.test(role)) throw new Error(`not a plain role name: ${role}`);
      await db.exec(role === null ? "RESET ROLE" : `SET ROLE ${role}`);
    },
    async stop() {
      if (stopped) return;
      stopped = true;
      await server.stop();
      await db.close();
      unlock();
    },
  };
}
