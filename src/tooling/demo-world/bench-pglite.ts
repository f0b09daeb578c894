// Measures seeding the default demo world into an in-memory PGlite served over its socket, in this process (as the
// zero-setup demo does): tsx src/tooling/demo-world/bench-pglite.ts [--dossiers N]
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";
import { PGlite } from "@electric-sql/pglite";
import { btree_gin } from "@electric-sql/pglite/contrib/btree_gin";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { startOfVietnamDay } from "@/lib/dates";
import { createPrismaClient } from "@/server/db/client";
import { seedDemoWorld } from "./seed";

const PORT = 55_433;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    // Asynchronous on purpose: the PGlite server in this process must keep answering the child.
    const child = spawn(command, args, { env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${command} exited with ${code}`))));
  });
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dossiers: { type: "string" } } });
  const pg = await PGlite.create({ dataDir: "memory://", extensions: { pg_trgm, btree_gin } });
  const server = new PGLiteSocketServer({ db: pg, port: PORT, host: "127.0.0.1", maxConnections: 20 });
  await server.start();
  const url = `postgresql://postgres@127.0.0.1:${PORT}/postgres`;
  try {
    let t = performance.now();
    await run("npm", ["run", "--silent", "prisma", "--", "migrate", "deploy"], { ...process.env, DATABASE_URL: url });
    console.log(`migrate deploy: ${((performance.now() - t) / 1000).toFixed(1)} s`);
    const db = createPrismaClient(url, { poolSize: 4 });
    t = performance.now();
    const summary = await seedDemoWorld(db, {
      until: startOfVietnamDay("2026-11-22"),
      ...(values.dossiers ? { dossiers: Number(values.dossiers) } : {}),
      onProgress: ({ dossiers, elapsedMs }) =>
        process.stdout.write(`\r  ${dossiers} dossiers, ${(elapsedMs / 1000).toFixed(1)} s`),
    });
    console.log(
      `\nPGlite: seeded ${summary.dossiers} dossiers (${Object.values(summary.counts).reduce((a, b) => a + b, 0)} rows) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );
    console.log(summary.parIndex);
    await db.$disconnect();
  } finally {
    await server.stop();
    await pg.close();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
