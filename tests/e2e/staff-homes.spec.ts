// Every role lands on its own home page after login, and the page shows figures specific to that role.
import { createRequire } from "node:module";
import { expect, test } from "./support/test";
import { expectAccessible, login } from "./login-steps";

test.describe("role home pages", () => {
  test("administrator lands on /quan-tri with system counts", async ({ page }) => {
    await login(page, "admin");
    await expect(page).toHaveURL(/\/quan-tri$/);
    await expect(page.getByRole("heading", { level: 1, name: "Quản trị hệ thống" })).toBeVisible();
    await expect(page.getByTestId("admin-dossiers")).toHaveText(/^[\d.]+$/);
    await expect(page.getByTestId("admin-units")).not.toHaveText("0");
    await page.getByRole("link", { name: "Quản lý người dùng" }).click();
    await expect(page).toHaveURL(/\/quan-tri\/nguoi-dung$/);
    await expect(page.getByTestId("user-table").getByRole("rowheader", { name: "admin", exact: true })).toBeVisible();
    // Filter by role: only receptionists remain.
    await page.getByLabel("Vai trò").selectOption("RECEPTIONIST");
    await page.getByRole("button", { name: "Lọc" }).click();
    await expect(page).toHaveURL(/vai-tro=RECEPTIONIST/);
    await expect(page.getByTestId("user-table").getByRole("rowheader", { name: "admin", exact: true })).toHaveCount(0);
    await expect(
      page.getByTestId("user-table").getByRole("rowheader", { name: "tiepnhan.sontay", exact: true }),
    ).toBeVisible();
  });

  test("city leadership lands on /lanh-dao with today's communes and wards", async ({ page }) => {
    await page.addInitScript({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
    await login(page, "lanhdao.hanoi");
    await expect(page).toHaveURL(/\/lanh-dao$/);
    await expect(page.getByRole("heading", { level: 1, name: "Điều hành giải quyết hồ sơ" })).toBeVisible();
    const year = page.getByTestId("leader-year-table");
    await expect(year.getByRole("rowheader", { name: "Phường Sơn Tây" })).toBeVisible();
    await expect(year.getByRole("rowheader", { name: "Phường Tùng Thiện" })).toBeVisible();
    await expect(year.getByRole("rowheader", { name: "Xã Đoài Phương" })).toBeVisible();
    await expect(page.getByTestId("leader-quarter-table")).toBeVisible();
    await expect(page.getByTestId("leader-on-time-rate")).toHaveText(/%|N\/A/);
    await expect(page.getByTestId("formula-note")).toContainText(
      "(số hồ sơ trước hạn + đúng hạn) ÷ số hồ sơ đã giải quyết",
    );
    // The cards add up the units in scope: the city's own office receives nothing, its wards do.
    await expect(page.getByTestId("leader-received-year")).not.toHaveText("0");

    // 2025 holds both maps: the old wards until 30/06, today's units since 01/07 (issue 10, item 5).
    await page.getByTestId("report-year-switch").getByRole("link", { name: "Năm 2025" }).click();
    await expect(page).toHaveURL(/nam=2025/);
    const lastYear = page.getByTestId("leader-year-table");
    const leLoi = lastYear.getByRole("rowheader", { name: /^Phường Lê Lợi/ });
    await expect(leLoi).toContainText("đã sáp nhập vào Phường Tùng Thiện");
    const receivedIn2025 = await lastYear.locator("tfoot").innerText();
    // By the unit that continues it today: Lê Lợi's dossiers are counted under Tùng Thiện, the total unchanged.
    await page.getByTestId("unit-view-switch").getByRole("link", { name: "Theo đơn vị hiện nay (kế thừa)" }).click();
    await expect(page).toHaveURL(/nam=2025/);
    await expect(page).toHaveURL(/don-vi=ke-thua/);
    await expect(lastYear.getByRole("rowheader", { name: /^Phường Lê Lợi/ })).toHaveCount(0);
    await expect(lastYear.getByRole("rowheader", { name: /^Phường Tùng Thiện/ })).toContainText("đơn vị cũ");
    expect(await lastYear.locator("tfoot").innerText()).toBe(receivedIn2025);
    await expectAccessible(page, "main", "leadership home, 2025, by today's units");
  });

  test("ward leadership sees its ward, not its neighbours", async ({ page }) => {
    await login(page, "lanhdao.tungthien");
    await expect(page).toHaveURL(/\/lanh-dao$/);
    const year = page.getByTestId("leader-year-table");
    await expect(year.getByRole("rowheader", { name: "Phường Tùng Thiện" })).toBeVisible();
    await expect(year.getByRole("rowheader", { name: "Phường Sơn Tây" })).toHaveCount(0);
    await expect(year.getByRole("rowheader", { name: "Xã Đoài Phương" })).toHaveCount(0);
  });

  test("home-affairs inspector lands on /noi-vu with the ranking of readable units", async ({ page }) => {
    // The city's Sở Nội vụ scores every unit below it.
    await login(page, "noivu.hanoi");
    await expect(page).toHaveURL(/\/noi-vu$/);
    await expect(page.getByRole("heading", { level: 1, name: "Theo dõi, đánh giá đơn vị" })).toBeVisible();
    const ranking = page.getByTestId("ranking-table");
    // Today's three units at least (the old map's units too while their dossiers fall in the period).
    for (const unit of ["Phường Sơn Tây", "Phường Tùng Thiện", "Xã Đoài Phương"])
      await expect(ranking.locator("tbody tr").filter({ hasText: unit }).first()).toBeVisible();
    await expect(ranking.locator("tbody tr").first().locator("td").first()).toHaveText("1");
    await expect(page.getByTestId("formula-note")).toContainText("Công thức báo cáo");
  });

  test("town receptionist lands on /tiep-nhan with today's desk figures", async ({ page }) => {
    await login(page, "tiepnhan.sontay");
    await expect(page).toHaveURL(/\/tiep-nhan$/);
    await expect(page.getByRole("heading", { level: 1, name: "Tiếp nhận và trả kết quả" })).toBeVisible();
    await expect(page.getByTestId("received-today")).toHaveText(/^[\d.]+$/);
    await expect(page.getByTestId("results-ready")).toHaveText(/^[\d.]+$/);
    await expect(page.getByTestId("online-waiting")).toHaveText(/^[\d.]+$/);
  });

  test("ward receptionist lands on /tiep-nhan and can open the desk's work list", async ({ page }) => {
    await login(page, "tiepnhan.tungthien");
    await expect(page).toHaveURL(/\/tiep-nhan$/);
    await page.getByRole("link", { name: "Mở danh sách hồ sơ" }).click();
    await expect(page).toHaveURL(/\/ho-so$/);
    await expect(page.getByRole("heading", { level: 1, name: "Hồ sơ của tôi" })).toBeVisible();
    await expect(page.getByText("Việc của Bộ phận Một cửa")).toBeVisible();
  });

  test("head of office lands on /truong-phong with the office's figures", async ({ page }) => {
    await login(page, "truongphong.tuphap");
    await expect(page).toHaveURL(/\/truong-phong$/);
    await expect(page.getByRole("heading", { level: 1, name: "Tổng quan Văn phòng HĐND và UBND" })).toBeVisible();
    await expect(page.getByTestId("awaiting-assignment")).toHaveText(/^[\d.]+$/);
    await expect(page.getByTestId("awaiting-head-approval")).toHaveText(/^[\d.]+$/);
    await expect(page.getByTestId("office-on-time-rate")).toHaveText(/%|N\/A/);
  });

  for (const username of ["chuyenvien.tuphap", "chuyenvien.tungthien"]) {
    test(`officer ${username} lands on /ho-so with their assigned dossiers`, async ({ page }) => {
      await login(page, username);
      await expect(page).toHaveURL(/\/ho-so$/);
      await expect(page.getByRole("heading", { level: 1, name: "Hồ sơ của tôi" })).toBeVisible();
      await expect(page.getByTestId("worklist-count")).toBeVisible();
      const table = page.getByTestId("dossier-table");
      if ((await table.count()) > 0) {
        await expect(table.locator("tbody tr").first().locator("[data-marker]")).toBeVisible();
      }
    });
  }
});
