import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    // Pure domain logic stays framework-free (STYLE.md): no Next.js, React, Prisma or server modules in src/domain.
    files: ["src/domain/**/*.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: ["next", "next/*", "react", "react-dom", "@prisma/*", "@/generated/*", "@/server/*", "@/features/*", "node:*", "pg"] },
      ],
    },
  },
  globalIgnores([".next/**", "node_modules/**", "src/generated/**", "test-results/**", "playwright-report/**", "data/**", "next-env.d.ts"]),
]);
