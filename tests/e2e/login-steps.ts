// Shared steps of the end-to-end specs. The demo world's accounts all use one password.
import { createRequire } from "node:module";
import { expect, type Browser, type Page } from "@playwright/test";

export const DEMO_PASSWORD = "motcua@2026";

/** Fills the login form (the page must already show it) and submits. */
export async function submitLogin(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(password);
  await page.getByRole("button", { name: "Đăng nhập", exact: true }).click();
}

/** Opens the login page, signs in and waits until the browser has left it. */
export async function login(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/dang-nhap");
  await submitLogin(page, username, password);
  await expect(page).not.toHaveURL(/\/dang-nhap/);
}

/** A new browser context signed in as the user; with `axe`, axe-core is injected first (the CSP allows it then). */
export async function signedIn(browser: Browser, username: string, { axe = false } = {}): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  if (axe) await page.addInitScript({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  await page.goto("/dang-nhap");
  await submitLogin(page, username);
  // A first sign-in on a freshly started server (password hashing, cold routes) may take longer than 5 s.
  await expect(page).not.toHaveURL(/\/dang-nhap/, { timeout: 30_000 });
  return page;
}

/** axe-core (WCAG 2 A and AA) on one part of a page opened by `signedIn(…, { axe: true })`. */
export async function expectAccessible(page: Page, selector: string, step: string) {
  const violations = await page.evaluate(async (include) => {
    const axe = (
      window as unknown as {
        axe: {
          run: (
            context: object,
            options: object,
          ) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run(
      { include: [include] },
      { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"] } },
    );
    return result.violations.map(
      (violation) => `${violation.id}: ${violation.nodes.map((node) => JSON.stringify(node.target)).join(", ")}`,
    );
  }, selector);
  expect(violations, step).toEqual([]);
}

/** Opens the dossier page, presses a command's button, fills its form and confirms; waits for the success message. */
export async function performCommand(
  page: Page,
  code: string,
  command: string,
  fill?: (form: ReturnType<Page["getByRole"]>) => Promise<void>,
) {
  await page.goto(`/ho-so/${code}`);
  await page.getByRole("region", { name: "Thao tác" }).getByRole("button", { name: command, exact: true }).click();
  const form = page.getByRole("form", { name: command });
  await expect(form).toBeVisible();
  if (fill) await fill(form);
  await form.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByTestId("action-message").getByRole("status")).toContainText(`Đã thực hiện «${command}»`);
}
