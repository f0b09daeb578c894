// `npm run dev`: the development loop. The same database as `npm run demo` (the embedded PostgreSQL under data/, or
// DATABASE_URL), migrated and seeded when empty, then `next dev` with hot reload. Ctrl+C stops the web server, the
// notification worker and the embedded database, in that order.
import { nextBin, port, prepareLocalDatabase, runLocalPortal, runMain, webServerEnv } from "./local-portal";

runMain(async () => {
  const database = await prepareLocalDatabase();
  await runLocalPortal(database, [nextBin, "dev", "-p", String(port)], webServerEnv("development", database));
});
