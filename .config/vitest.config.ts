import path from "node:path";
import { defineConfig } from "vitest/config";

const root = path.resolve(import.meta.dirname, "..");

// Two projects: pure unit tests (fast, no database) and integration tests against a real PostgreSQL
// database that tests/integration/global-setup.ts creates fresh for the run.
export default defineConfig({
  root,
  resolve: {
    alias: { "@": path.join(root, "src"), "server-only": path.join(root, "tests/support/server-only-stub.ts") },
  },
  test: {
    // next-auth's ESM imports "next/server" without an extension, which only a bundler's resolver accepts.
    server: { deps: { inline: ["next-auth", "@auth/core"] } },
    projects: [
      {
        extends: true,
        test: { name: "unit", include: ["src/**/*.test.ts", "tests/unit/**/*.test.ts"], environment: "node" },
      },
      {
        extends: true,
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          globalSetup: ["tests/integration/global-setup.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
