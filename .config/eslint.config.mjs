import fs from "node:fs";
import path from "node:path";
import { defineConfig, globalIgnores } from "eslint/config";
import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Imports run one way: app → features → server → domain / lib, with ui for shared presentation and tooling beside
// app (docs/architecture.md). Each layer lists what it may NOT import; `npm run lint:deps` checks the same directions
// on the whole graph (relative imports and cycles too, .config/dependency-cruiser.cjs).
const frameworks = ["next", "next/*", "react", "react/*", "react-dom", "react-dom/*", "@prisma/*", "pg", "node:*"];
const layer = (...names) => names.flatMap((name) => [`@/${name}`, `@/${name}/*`]);
const rule = (patterns, message) => ["error", { patterns: [{ group: patterns, message }] }];

const layers = [
  {
    files: ["src/domain/**/*.{ts,tsx}"],
    forbidden: [...frameworks, ...layer("app", "features", "ui", "server", "tooling", "generated", "i18n")],
    message: "src/domain is pure rules: it may import src/lib and other domain areas only.",
  },
  {
    files: ["src/lib/**/*.{ts,tsx}"],
    forbidden: [...frameworks, ...layer("app", "features", "ui", "server", "tooling", "generated", "domain", "i18n")],
    message: "src/lib holds framework-free helpers that import nothing of ours.",
  },
  {
    files: ["src/ui/**/*.{ts,tsx}"],
    forbidden: layer("app", "features", "server", "tooling"),
    message: "src/ui is shared presentation: it may import domain, lib and i18n, never server, features or app.",
  },
  {
    files: ["src/server/**/*.{ts,tsx}"],
    forbidden: layer("app", "features", "ui", "tooling"),
    message: "src/server serves features and never imports them (nor ui, app or tooling).",
  },
  {
    files: ["src/tooling/**/*.{ts,tsx}"],
    forbidden: layer("app", "features", "ui"),
    message: "src/tooling uses server, domain and lib, never features, ui or app.",
  },
  {
    files: ["src/i18n/**/*.{ts,tsx}"],
    forbidden: layer("app", "features", "ui", "tooling"),
    message: "src/i18n holds messages and their loader.",
  },
];

// A feature folder never imports another one: shared pieces go to src/ui or down a layer.
const featuresDir = path.resolve(import.meta.dirname, "../src/features");
const featureNames = fs.existsSync(featuresDir)
  ? fs.readdirSync(featuresDir).filter((name) => fs.statSync(path.join(featuresDir, name)).isDirectory())
  : [];
const features = featureNames.map((name) => ({
  files: [`src/features/${name}/**/*.{ts,tsx}`],
  forbidden: [...layer("app", "tooling"), "@/features/*", `!@/features/${name}`, `!@/features/${name}/**`],
  message: `src/features/${name} may import server, domain, lib, ui and i18n, but no other feature folder and never app or tooling.`,
}));

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  ...[...layers, ...features].map(({ files, forbidden, message }) => ({
    files,
    rules: { "no-restricted-imports": rule(forbidden, message) },
  })),
  globalIgnores([
    ".next/**",
    "node_modules/**",
    "src/generated/**",
    "test-results/**",
    "playwright-report/**",
    "data/**",
    "next-env.d.ts",
  ]),
]);
