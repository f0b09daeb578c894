// Internal codes on screen (issue 11: "no code or enum name reaches a screen or a printed form"). A pure finder of the
// tokens a reader should never see: snake_case and UPPER_SNAKE_CASE words (event types, enum names), the single-word
// enum values of the schema (RECEIVED, OFFICER…), camelCase keys (dueSoon) and next-intl's fallback for a missing
// message ("office.dueSoon"). The e2e fixture (./test.ts) runs it over every page of the suite; a unit test
// (tests/unit/internal-codes.test.ts) shows what it catches and what it lets through.
import fs from "node:fs";
import path from "node:path";

/**
 * Upper-case words that are legitimate Vietnamese or international text although the schema has an enum value of the
 * same spelling. Kept small on purpose: add a word only when a page really writes it as prose.
 */
export const ALLOWED_TOKENS: ReadonlySet<string> = new Set([
  // "Thông báo qua SMS": the channel's everyday name in Vietnamese.
  "SMS",
  // "Số CCCD": the citizen's identity card (căn cước công dân) as every form and clerk abbreviates it.
  "CCCD",
]);

/** Every value of every enum in prisma/schema.prisma (the names that must stay in the database and the code). */
export function schemaEnumValues(schemaPath = path.resolve(import.meta.dirname, "../../../prisma/schema.prisma")) {
  const values = new Set<string>();
  let inside = false;
  for (const line of fs.readFileSync(schemaPath, "utf8").split("\n")) {
    const text = line.trim();
    if (/^enum\s+\w+\s*\{/.test(text)) inside = true;
    else if (inside && text.startsWith("}")) inside = false;
    else if (inside && /^[A-Z][A-Z0-9_]*$/.test(text.split(/\s/)[0] ?? "")) values.add(text.split(/\s/)[0]!);
  }
  return values;
}

/**
 * Text a reader legitimately sees with underscores or odd case: web addresses, e-mail addresses, and an API key
 * (src/domain/api/keys.ts): its public prefix ("mck_1a2b3c4d") in the list, the whole key once when it is created.
 */
const ADDRESSES = /\bhttps?:\/\/\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b|\bmck_[0-9a-f]{8}(?:_[A-Za-z0-9_-]{43})?/gu;

/**
 * Pages whose content is code by design: the API reference for developers (/api/v1/reference) names operations
 * (listDossiers) and fields as the API spells them.
 */
export const PAGES_OF_CODE: readonly RegExp[] = [/^\/api\/v1\/reference(?:[/?#]|$)/];

/** Whether a page (its path, or its whole address) is one of PAGES_OF_CODE. */
export function isPageOfCode(address: string): boolean {
  const path = address.startsWith("/") ? address : new URL(address).pathname;
  return PAGES_OF_CODE.some((pattern) => pattern.test(path));
}
// Letters only in ASCII: Vietnamese words carry diacritics or are spelt without underscores, so these shapes are code.
const SNAKE = /(?<![\p{L}\p{N}-])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?![\p{L}\p{N}-])/gu;
const CAMEL = /(?<![\p{L}\p{N}.-])[a-z]+(?:[A-Z][a-z0-9]+)+(?![\p{L}\p{N}-])/gu;
const MESSAGE_KEY = /(?<![\p{L}\p{N}.-])[a-z][A-Za-z]*(?:\.[A-Za-z][A-Za-z0-9]*)+(?![\p{L}\p{N}-])/gu;
const UPPER_WORD = /(?<![\p{L}\p{N}_-])[A-Z][A-Z0-9]*(?![\p{L}\p{N}_-])/gu;

/** The internal codes in a page's visible text, each once, in order of appearance. */
export function findInternalCodes(text: string, enumValues: ReadonlySet<string>): string[] {
  const visible = text.normalize("NFC").replace(ADDRESSES, " ");
  const found = new Set<string>();
  for (const match of visible.matchAll(SNAKE)) found.add(match[0]);
  for (const match of visible.matchAll(CAMEL)) found.add(match[0]);
  // A dotted key is a missing message only when one of its parts is camelCase ("office.dueSoon"); "tiepnhan.sontay"
  // is a user name and stays.
  for (const match of visible.matchAll(MESSAGE_KEY)) if (/[a-z][A-Z]/.test(match[0])) found.add(match[0]);
  for (const match of visible.matchAll(UPPER_WORD)) {
    if (enumValues.has(match[0]) && !ALLOWED_TOKENS.has(match[0])) found.add(match[0]);
  }
  return [...found].filter((token) => !ALLOWED_TOKENS.has(token));
}
