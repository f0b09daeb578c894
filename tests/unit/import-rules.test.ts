// The layer rules of .config/eslint.config.mjs, proven on fixtures: each wrong import below must be reported, each
// allowed one must not. Without these tests a typo in a glob would silently switch a rule off.
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const eslint = new ESLint({ cwd: root, overrideConfigFile: path.join(root, ".config/eslint.config.mjs") });

async function restrictedImports(file: string, source: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${source}\nexport const used = x;\n`, { filePath: path.join(root, file) });
  return (result?.messages ?? [])
    .filter((message) => message.ruleId === "no-restricted-imports")
    .map((message) => message.message);
}

// ESLint loads the whole Next.js config on first use: seconds on a busy two-core machine.
describe("import directions (app → features → server → domain / lib; ui shared)", { timeout: 60_000 }, () => {
  it.each([
    ["src/domain/metrics/x.ts", 'import x from "@/server/db";'],
    ["src/domain/metrics/x.ts", 'import x from "@/features/reports/lateness-table";'],
    ["src/domain/metrics/x.ts", 'import x from "next/navigation";'],
    ["src/domain/metrics/x.ts", 'import x from "@/generated/prisma/enums";'],
    ["src/lib/x.ts", 'import x from "@/domain/calendar";'],
    ["src/ui/x.tsx", 'import x from "@/server/db";'],
    ["src/ui/x.tsx", 'import x from "@/features/reports/lateness-table";'],
    ["src/server/data/x.ts", 'import x from "@/features/worklists/worklist";'],
    ["src/server/data/x.ts", 'import x from "@/ui/section";'],
    ["src/tooling/bench/x.ts", 'import x from "@/features/worklists/worklist";'],
    ["src/features/dossier/x.tsx", 'import x from "@/features/documents/html/print-page";'],
    ["src/features/reports/x.tsx", 'import x from "@/app/layout";'],
  ])("%s may not: %s", async (file, source) => {
    expect(await restrictedImports(file, source)).toHaveLength(1);
  });

  it.each([
    ["src/domain/metrics/x.ts", 'import x from "@/lib/dates";'],
    ["src/domain/metrics/x.ts", 'import x from "@/domain/calendar";'],
    ["src/ui/x.tsx", 'import x from "@/domain/dossier";'],
    ["src/server/data/x.ts", 'import x from "@/domain/dossier";'],
    ["src/features/dossier/x.tsx", 'import x from "@/features/dossier/labels";'],
    ["src/features/dossier/x.tsx", 'import x from "@/server/data/dossier-page";'],
    ["src/features/dossier/x.tsx", 'import x from "@/ui/section";'],
    ["src/tooling/bench/x.ts", 'import x from "@/server/db";'],
  ])("%s may: %s", async (file, source) => {
    expect(await restrictedImports(file, source)).toEqual([]);
  });
});
