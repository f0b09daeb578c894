// Security of signing in (issue 8): no open redirect after login, and a session cookie stops working once its session
// has ended (logout, an administrator's "Kết thúc mọi phiên đăng nhập"), even when a copy of it is replayed.
import { expect, test } from "./support/test";
import { login, submitLogin } from "./login-steps";

/** The receptionist's home on this server, nowhere else. */
const DESK_HOME = /^http:\/\/127\.0\.0\.1:\d+\/tiep-nhan$/;

test.describe("no open redirect after login", () => {
  for (const callbackUrl of [
    "/%5Cevil.example/steal",
    "/%09/evil.example/steal",
    "//evil.example/steal",
    "/%2F%2Fevil.example",
    "https://evil.example/steal",
  ]) {
    test(`callbackUrl=${callbackUrl} lands on the role's home`, async ({ page }) => {
      // Raw in the query string, as an attacker's link would carry it.
      await page.goto(`/dang-nhap?callbackUrl=${callbackUrl}`);
      await submitLogin(page, "tiepnhan.sontay");
      await expect(page).toHaveURL(DESK_HOME);
    });
  }

  test("a forged form field is refused by the login action itself", async ({ page }) => {
    await page.goto("/dang-nhap");
    // The page leaves a hostile callbackUrl out of the form; a forged submission sends it anyway.
    await page.evaluate(() => {
      for (const value of ["/\\evil.example/steal"]) {
        const input = document.createElement("input");
        input.type = "hidden";
        input.name = "callbackUrl";
        input.value = value;
        document.querySelector("form")!.append(input);
      }
    });
    await submitLogin(page, "tiepnhan.sontay");
    await expect(page).toHaveURL(DESK_HOME);
  });

  test("a page of this site is still where the user comes back to", async ({ page }) => {
    await page.goto("/dang-nhap?callbackUrl=%2Ftiep-nhan%2Fmoi");
    await submitLogin(page, "tiepnhan.sontay");
    await expect(page).toHaveURL(/^http:\/\/127\.0\.0\.1:\d+\/tiep-nhan\/moi$/);
  });
});

test("after logout, replaying the old session cookie leads to the login page", async ({ page, context }) => {
  await login(page, "chuyenvien.tuphap");
  await expect(page).toHaveURL(/\/ho-so$/);
  const saved = await context.cookies();
  expect(saved.some((cookie) => cookie.name.includes("authjs.session-token"))).toBe(true);

  await page.getByRole("button", { name: "Đăng xuất" }).click();
  await expect(page).toHaveURL(/\/dang-nhap/);

  await context.addCookies(saved);
  await page.goto("/ho-so");
  // The cookie is there, so the proxy lets the request through; the session check refuses it.
  await expect(page).toHaveURL(/\/dang-nhap(\?|$)/);
  await expect(page.getByRole("button", { name: "Đăng nhập", exact: true })).toBeVisible();
});

test("an administrator ends every session of a user; the user's next request leads to login", async ({ browser }) => {
  const leaderContext = await browser.newContext();
  const leader = await leaderContext.newPage();
  await login(leader, "lanhdao.sontay");
  await expect(leader).toHaveURL(/\/lanh-dao$/);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await login(admin, "admin");
  await admin.goto("/quan-tri/nguoi-dung?vai-tro=LEADERSHIP");
  const sessions = admin.getByTestId("sessions-lanhdao.sontay");
  await expect(sessions).toContainText(/\d+ phiên đang mở/);
  await sessions.getByRole("button", { name: "Kết thúc mọi phiên đăng nhập của lanhdao.sontay" }).click();
  await expect(sessions).toContainText(/Đã kết thúc \d+ phiên\./);
  await expect(sessions).toContainText("Không có phiên");

  await leader.goto("/lanh-dao");
  await expect(leader).toHaveURL(/\/dang-nhap(\?|$)/);
  await expect(leader.getByRole("button", { name: "Đăng nhập", exact: true })).toBeVisible();
  await leaderContext.close();
  await adminContext.close();
});
