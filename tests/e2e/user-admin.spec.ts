// User administration end to end: the administrator creates a receptionist (on a phone-sized screen), the new user
// signs in with the password shown once, is held at "Đổi mật khẩu" until they choose their own, then reaches the desk;
// the administrator deactivates the account and the user's next click is refused. The unit and office are those of
// the demo desk account, looked up in the e2e server's database (the demo world may move to another map).
import crypto from "node:crypto";
import { expect, test } from "./support/test";
import type pg from "pg";
import { expectAccessible, signedIn, submitLogin } from "./login-steps";
import { connectE2eDatabase } from "./support/e2e-database";

let db: pg.Client;
test.beforeAll(async () => {
  db = await connectE2eDatabase();
});
test.afterAll(async () => {
  await db?.end();
});

test("admin creates a receptionist who must change the password, then deactivates them", async ({ browser }) => {
  // Two browsers and several first-time routes on a shared 2-core machine.
  test.setTimeout(180_000);
  const { rows } = await db.query<{ unitId: string; officeId: string }>(
    `SELECT "unitId", "officeId" FROM "User" WHERE username = 'tiepnhan.sontay'`,
  );
  const desk = rows[0]!;
  const username = `tiepnhan.e2e${crypto.randomBytes(3).toString("hex")}`;

  // The administrator, on a phone-sized screen.
  const admin = await signedIn(browser, "admin", { axe: true });
  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.goto("/quan-tri/nguoi-dung");
  await admin.getByRole("link", { name: "Tạo tài khoản" }).click();
  await expect(admin).toHaveURL(/\/quan-tri\/nguoi-dung\/moi$/);
  const form = admin.getByRole("form", { name: "Tạo tài khoản" });
  await expectAccessible(admin, "main", "the create page");
  await form.getByLabel("Tên đăng nhập").fill(username);
  await form.getByLabel("Họ và tên").fill("Nguyễn Thị Thử");
  await form.getByLabel("Chức danh").fill("Công chức Bộ phận Một cửa");
  await form.getByLabel("Vai trò").selectOption("RECEPTIONIST");
  await form.getByLabel("Đơn vị").selectOption(desk.unitId);
  await form.getByLabel("Phòng, bộ phận").selectOption(desk.officeId);
  await form.getByRole("button", { name: "Tạo tài khoản" }).click();
  const created = form.getByTestId("account-created");
  // The first action of a freshly started server on a busy machine (argon2 hashing, a cold route) may take a while.
  await expect(created).toContainText(`Đã tạo tài khoản ${username}.`, { timeout: 30_000 });
  const temporary = (await created.getByTestId("temporary-password").textContent())!.trim();
  expect(temporary).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
  await expectAccessible(admin, "main", "the created account's note");

  // The new user signs in with it and is held at the password page.
  const context = await browser.newContext();
  const user = await context.newPage();
  await user.goto("/dang-nhap");
  await submitLogin(user, username, temporary);
  await expect(user).toHaveURL(/\/tai-khoan\/mat-khau$/, { timeout: 30_000 });
  await expect(user.getByTestId("must-change-password")).toBeVisible();
  await expect(user.getByRole("navigation", { name: "Menu chính" })).toHaveCount(0);
  await user.goto("/tiep-nhan");
  await expect(user).toHaveURL(/\/tai-khoan\/mat-khau$/);

  const newPassword = "bông sen hồng giữa đầm 2026";
  await user.getByLabel("Mật khẩu hiện tại").fill(temporary);
  await user.getByLabel("Mật khẩu mới", { exact: true }).fill(newPassword);
  await user.getByLabel("Nhập lại mật khẩu mới").fill(newPassword);
  await user.getByRole("button", { name: "Đổi mật khẩu" }).click();
  await expect(user.getByTestId("change-password-status")).toContainText("Đã đổi mật khẩu.", { timeout: 30_000 });
  // Their menu is back once the password is theirs.
  await expect(user.getByRole("navigation", { name: "Menu chính" })).toBeVisible({ timeout: 15_000 });
  await user.getByRole("link", { name: "Tiếp tục làm việc" }).click();
  await expect(user).toHaveURL(/\/tiep-nhan$/);
  await expect(user.getByRole("heading", { level: 1, name: "Tiếp nhận và trả kết quả" })).toBeVisible();

  // The administrator deactivates the account from its page.
  await admin.goto(`/quan-tri/nguoi-dung/${username}`);
  await expect(admin.getByRole("heading", { level: 1 })).toContainText(username);
  await expectAccessible(admin, "main", "the account page");
  const deactivate = admin.getByRole("form", { name: "Khóa tài khoản" });
  await deactivate.getByRole("button", { name: "Khóa tài khoản" }).click();
  await expect(deactivate.getByRole("status")).toContainText("Đã khóa tài khoản.", { timeout: 15_000 });
  await expect(admin.getByTestId("account-status-value")).toContainText("Đã khóa");
  await expect(admin.getByTestId("account-history")).toContainText("Khóa tài khoản người dùng");

  // The user's next click is refused: back to the login page, and the new password no longer opens the account.
  await user.getByRole("navigation", { name: "Menu chính" }).getByRole("link", { name: "Hồ sơ", exact: true }).click();
  await expect(user).toHaveURL(/\/dang-nhap/);
  await submitLogin(user, username, newPassword);
  await expect(user.getByTestId("login-error").getByRole("alert")).toBeVisible();
  await expect(user).toHaveURL(/\/dang-nhap/);
  await context.close();
  await admin.context().close();
});
