// Signing in and out, returning to the requested page, wrong passwords and pages of other roles.
import { expect, test } from "./support/test";
import { login, submitLogin } from "./login-steps";

test("a logged-out visitor opening a staff page logs in and comes back to it", async ({ page }) => {
  await page.goto("/quan-tri/nguoi-dung");
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fquan-tri%2Fnguoi-dung/);
  await submitLogin(page, "admin");
  await expect(page).toHaveURL(/\/quan-tri\/nguoi-dung$/);
  await expect(page.getByRole("heading", { level: 1, name: "Người dùng" })).toBeVisible();
});

test("a wrong password is refused with a message", async ({ page }) => {
  await page.goto("/dang-nhap");
  await submitLogin(page, "tiepnhan.tungthien", "sai-mat-khau");
  await expect(page.getByTestId("login-error")).toContainText("Tên đăng nhập hoặc mật khẩu không đúng");
  await expect(page).toHaveURL(/\/dang-nhap/);
});

test("a receptionist opening the administration gets the 403 page", async ({ page }) => {
  await login(page, "tiepnhan.sontay");
  const response = await page.goto("/quan-tri");
  expect(response?.status()).toBe(403);
  await expect(page.getByTestId("forbidden")).toBeVisible();
  await expect(page.getByText("Không có quyền truy cập")).toBeVisible();
});

test("logout ends the session", async ({ page }) => {
  await login(page, "chuyenvien.tuphap");
  await expect(page).toHaveURL(/\/ho-so$/);
  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);
  await page.goto("/ho-so");
  await expect(page).toHaveURL(/\/dang-nhap\?callbackUrl=%2Fho-so/);
});
