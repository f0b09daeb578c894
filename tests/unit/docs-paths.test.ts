// Every repository path the documentation names must exist: README.md, docs/**/*.md and the module READMEs under
// src/. A path is checked when it appears in backticks (`src/domain/calendar`) or as a relative link target
// ([reference](src/domain/dossier/README.md)); placeholders such as `src/features/<f>` or `src/app/api/…` are skipped.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const REPO_ROOTS = ["src/", "tests/", "prisma/", "docs/", ".config/", ".ci/"];

function markdownFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory())
      return entry.name === "generated" || entry.name === "node_modules" ? [] : markdownFiles(full);
    return entry.name.endsWith(".md") ? [full] : [];
  });
}

const documents = [
  path.join(root, "README.md"),
  ...markdownFiles(path.join(root, "docs")),
  ...markdownFiles(path.join(root, "src")).filter((file) => path.basename(file) === "README.md"),
];

/** Repository-relative paths named by one document, with the line they are on. */
export function namedPaths(text: string): { target: string; relativeToDocument: boolean; line: number }[] {
  const found: { target: string; relativeToDocument: boolean; line: number }[] = [];
  text.split("\n").forEach((line, index) => {
    for (const match of line.matchAll(/`([^`\s]+)`/g)) {
      const candidate = match[1]!.replace(/[.,;:]$/, "");
      if (REPO_ROOTS.some((prefix) => candidate.startsWith(prefix)))
        found.push({ target: candidate, relativeToDocument: false, line: index + 1 });
    }
    for (const match of line.matchAll(/\]\(([^)\s#]+)(#[^)]*)?\)/g)) {
      const target = match[1]!;
      if (/^[a-z]+:/i.test(target)) continue; // http:, mailto:
      found.push({ target, relativeToDocument: true, line: index + 1 });
    }
  });
  // Placeholders (<f>, <area>, …) and elisions (…) name a kind of path, not one path.
  return found.filter(({ target }) => !/[<>…*]/.test(target) && !target.includes("..."));
}

describe("documentation names only paths that exist", () => {
  it("finds the documents", () => {
    expect(documents.map((file) => path.relative(root, file))).toEqual(
      expect.arrayContaining(["README.md", "docs/domain.md", "docs/architecture.md", "docs/deployment.md"]),
    );
  });

  it.each(documents.map((file) => [path.relative(root, file), file]))("%s", (_name, file) => {
    const missing = namedPaths(fs.readFileSync(file, "utf8"))
      .filter(({ target, relativeToDocument }) => {
        const resolved = relativeToDocument ? path.resolve(path.dirname(file), target) : path.join(root, target);
        return !fs.existsSync(resolved.replace(/[/\\]$/, ""));
      })
      .map(({ target, line }) => `line ${line}: ${target}`);
    expect(missing).toEqual([]);
  });

  it("recognises backticked paths and relative links, and skips placeholders", () => {
    const paths = namedPaths(
      "see `src/lib/dates`, [ref](../src/x.md#part), `src/features/<f>`, [web](https://example.org), `npm test`",
    );
    expect(paths.map(({ target }) => target)).toEqual(["src/lib/dates", "../src/x.md"]);
  });
});
