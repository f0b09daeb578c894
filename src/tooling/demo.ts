// `npm run demo`: the whole portal with demo data on one machine, with nothing to install or configure.
// Without DATABASE_URL it starts an embedded PostgreSQL persisted under data/; with it, it uses that server.
// Then: migrations, the demo world on first start, a production build when the sources changed, and the production
// web server (src/tooling/web-server.ts).
// For editing with hot reload on the same database, use `npm run dev` (src/tooling/dev.ts).
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import {
  log,
  nextBin,
  prepareLocalDatabase,
  root,
  runLocalPortal,
  runMain,
  webServerCommand,
  webServerEnv,
} from "./local-portal";

/** Newest modification time under the given paths (files that change the build). */
function newestChange(paths: string[]): number {
  let newest = 0;
  const visit = (entry: string) => {
    if (!fs.existsSync(entry)) return;
    const stat = fs.statSync(entry);
    if (stat.isDirectory()) for (const child of fs.readdirSync(entry)) visit(path.join(entry, child));
    else newest = Math.max(newest, stat.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

/** Starts `next build` when the sources changed since the last build; resolves when it is done (or at once). */
function buildIfStale(env: NodeJS.ProcessEnv): Promise<void> {
  const buildId = path.join(root, ".next/BUILD_ID");
  const inputs = ["src", "public", "next.config.js", "package-lock.json", "tsconfig.json"].map((entry) =>
    path.join(root, entry),
  );
  if (fs.existsSync(buildId) && fs.statSync(buildId).mtimeMs >= newestChange(inputs)) return Promise.resolve();
  log("building the web app (first start or sources changed)…");
  const build = spawn(nextBin, ["build"], { cwd: root, env, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  build.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  build.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  return new Promise((resolve, reject) =>
    build.on("exit", (code) => {
      if (code === 0) {
        log("web app built");
        resolve();
      } else reject(new Error(`next build failed:\n${output}`));
    }),
  );
}

runMain(async () => {
  // The build needs no database: run it while the database is prepared and seeded.
  const built = buildIfStale(webServerEnv("production"));
  built.catch(() => {}); // awaited below; avoid an unhandled rejection while seeding
  const database = await prepareLocalDatabase();
  await built;
  await runLocalPortal(database, webServerCommand, webServerEnv("production", database));
});
