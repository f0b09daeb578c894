// Shared steps of the end-to-end specs. The demo world's accounts all use one password.
import { expect, type Page } from "@playwright/test";

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
