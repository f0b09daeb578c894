// `npm run prisma -- <args>`: the official Prisma CLI, pointed at the WebAssembly schema engine so that it works
// without downloading Prisma's native engine (offline machines, CI). Set PRISMA_SCHEMA_ENGINE_BINARY yourself to use
// another engine.
import { spawnSync } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");
const env = {
  ...process.env,
  PRISMA_SCHEMA_ENGINE_BINARY:
    process.env.PRISMA_SCHEMA_ENGINE_BINARY ?? path.join(root, "src/tooling/prisma-offline/schema-engine-shim.ts"),
  PRISMA_HIDE_UPDATE_MESSAGE: "1",
  CHECKPOINT_DISABLE: "1",
};
const result = spawnSync(path.join(root, "node_modules/.bin/prisma"), process.argv.slice(2), {
  stdio: "inherit",
  env,
  cwd: root,
});
process.exit(result.status ?? 1);
