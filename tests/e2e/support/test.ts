// The suite's `test`: Playwright's, plus an automatic check that no page the test shows carries an internal code
// (./internal-codes.ts). Every page of every context the test opens — the default one and any `browser.newContext()`
// (login-steps.ts signedIn) — reports the codes in its visible text after each load, client-side navigation or
// update (a debounced MutationObserver in the page), and once more when the test ends; the test fails listing each
// code with the address it appeared on. Printed views are checked on screen here; a spec checks print media itself
// (expectNoInternalCodes after page.emulateMedia({ media: "print" })).
import { expect, test as base, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { findInternalCodes, isPageOfCode, schemaEnumValues } from "./internal-codes";

// Everything else of Playwright's (expect, types, devices…), so a spec imports from here alone; `test` below wins.
export * from "@playwright/test";

const ENUM_VALUES = schemaEnumValues();
const BINDING = "__motcuaInternalCodes";

/** The visible text of the page: rendered text, and the labels of select options (innerText leaves those out). */
const visibleTextInPage = () =>
  [
    document.body?.innerText ?? "",
    ...Array.from(document.querySelectorAll("option"), (option) => option.label || option.textContent || ""),
  ].join("\n");

// Runs in every page before its own scripts (the CSP does not apply to scripts the browser injects). It sends the
// page's text to the test after load and after each burst of changes; the finder runs in the test, not the page.
const WATCHER = `(() => {
  if (window.top !== window) return;
  const send = () => {
    const report = window[${JSON.stringify(BINDING)}];
    if (!report || !document.body) return;
    const text = (${visibleTextInPage.toString()})();
    if (text !== window.__motcuaLastText) { window.__motcuaLastText = text; report(location.pathname + location.search, text); }
  };
  let timer = 0;
  const later = () => { clearTimeout(timer); timer = setTimeout(send, 200); };
  addEventListener("DOMContentLoaded", () => {
    later();
    new MutationObserver(later).observe(document.body, { childList: true, subtree: true, characterData: true });
  });
})();`;

type Finding = { url: string; codes: string[] };

async function watch(context: BrowserContext, findings: Finding[]) {
  await context.exposeBinding(BINDING, (_source, url: string, text: string) => {
    if (isPageOfCode(url)) return;
    const codes = findInternalCodes(text, ENUM_VALUES);
    if (codes.length > 0) findings.push({ url, codes });
  });
  await context.addInitScript({ content: WATCHER });
}

/** The internal codes visible on the page now (for a spec's own checks, e.g. under print media). */
export async function internalCodesOn(page: Page): Promise<string[]> {
  return findInternalCodes(await page.evaluate(visibleTextInPage), ENUM_VALUES);
}

/** Fails when the page, as it is rendered now (screen or emulated print media), shows an internal code. */
export async function expectNoInternalCodes(page: Page, where: string) {
  expect(await internalCodesOn(page), `internal codes on ${where} (${new URL(page.url()).pathname})`).toEqual([]);
}

export const test = base.extend<{ internalCodesCheck: void }>({
  internalCodesCheck: [
    async ({ context, browser }, runTest) => {
      const findings: Finding[] = [];
      const contexts = new Set<BrowserContext>([context]);
      await watch(context, findings);
      // Contexts the test opens itself (login-steps.ts signedIn) are watched too, for the length of the test.
      const original = browser.newContext.bind(browser);
      const patched: Browser["newContext"] = async (options) => {
        const created = await original(options);
        contexts.add(created);
        await watch(created, findings);
        return created;
      };
      browser.newContext = patched;
      try {
        await runTest();
      } finally {
        browser.newContext = original;
      }
      // The pages still open: their text as it stands at the end of the test.
      for (const open of contexts) {
        for (const page of open.pages()) {
          if (page.isClosed() || !page.url().startsWith("http") || isPageOfCode(page.url())) continue;
          const codes = await internalCodesOn(page).catch(() => []);
          if (codes.length > 0)
            findings.push({ url: new URL(page.url()).pathname + new URL(page.url()).search, codes });
        }
      }
      const byPage = new Map<string, Set<string>>();
      for (const { url, codes } of findings) {
        const seen = byPage.get(url) ?? new Set<string>();
        codes.forEach((code) => seen.add(code));
        byPage.set(url, seen);
      }
      expect(
        [...byPage].map(([url, codes]) => `${url}: ${[...codes].join(", ")}`),
        "internal codes (snake_case, enum names, message keys) on screen: label them in the messages",
      ).toEqual([]);
    },
    { auto: true },
  ],
});
