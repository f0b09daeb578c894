// Issue 13, item 2: the leadership dashboard. phường Sơn Tây's leader changes the period to this year, drills from the
// units to the ward, to an office, to a procedure and to the dossiers behind its received count (the worklist with
// the same filters shows as many), and downloads the tables as Excel (a real workbook with the indicators sheet).
// axe-core checks the dashboard; the suite fixture fails on any internal code on screen.
import ExcelJS from "exceljs";
import { expect, test } from "./support/test";
import { expectAccessible, signedIn } from "./login-steps";

const digits = (text: string) => Number(text.replace(/\D/g, ""));

test("a leader changes the period, drills down to the dossiers and exports Excel", async ({ browser }) => {
  test.setTimeout(120_000);
  const page = await signedIn(browser, "lanhdao.sontay", { axe: true });
  await expect(page).toHaveURL(/\/lanh-dao/);
  const dashboard = page.getByTestId("period-dashboard");
  await expect(dashboard.getByRole("heading", { level: 2, name: "Chỉ số theo kỳ" })).toBeVisible();

  // 1. The period: this year, from the picker (a GET form: the view is in the URL).
  const picker = page.getByTestId("dashboard-picker");
  await picker.getByLabel("Kỳ").selectOption({ label: "Năm nay" });
  await picker.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(/[?&]ky=nam/);
  const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
  await expect(dashboard).toContainText(`Kỳ: 01/01/${year}`);
  await expect(page.getByTestId("indicator-onTimeReport")).toContainText("Công thức báo cáo");
  await expectAccessible(page, "[data-testid=period-dashboard]", "the dashboard of the year");

  // 2. From the units compared to the ward.
  const units = page.getByTestId("dashboard-units");
  // Each unit's SIPAS index next to its on-time rates (the ward's ratings this year are far above the minimum sample,
  // so a percentage, not N/A).
  await expect(units.getByRole("columnheader", { name: "Hài lòng (SIPAS)" })).toBeVisible();
  await expect(
    units.getByTestId("dashboard-units-row").filter({ hasText: "Phường Sơn Tây" }).getByTestId("row-satisfaction"),
  ).toHaveText(/^\d{1,3},\d{2}\s?%$/);
  await units.getByRole("link", { name: "Xem các phòng, ban và thủ tục của Phường Sơn Tây" }).click();
  await expect(page).toHaveURL(/[?&]co-quan=/);
  await expect(page).toHaveURL(/[?&]ky=nam/);
  const offices = page.getByTestId("dashboard-offices");
  await expect(offices).toBeVisible();

  // 3. To the office with the most dossiers received (the first office link in the table, by received).
  const officeRows = offices
    .getByTestId("dashboard-offices-row")
    .filter({ has: page.getByRole("link", { name: /^Xem các thủ tục của/ }) });
  const received = await officeRows.getByTestId("received-link").allTextContents();
  expect(received.length).toBeGreaterThan(0);
  const best = received.map(digits).reduce((top, value, index, all) => (value > all[top]! ? index : top), 0);
  await officeRows
    .nth(best)
    .getByRole("link", { name: /^Xem các thủ tục của/ })
    .click();
  await expect(page).toHaveURL(/[?&]phong=/);
  await expect(page.getByTestId("dashboard-breadcrumb")).toContainText("Phường Sơn Tây");

  // 4. To a procedure, then to the dossiers behind its received count.
  const procedureRow = page
    .getByTestId("dashboard-procedures-row")
    .filter({ has: page.getByTestId("received-link") })
    .first();
  const link = procedureRow.getByTestId("received-link");
  const count = digits((await link.textContent()) ?? "");
  expect(count).toBeGreaterThan(0);
  await link.click();
  await expect(page).toHaveURL(/\/ho-so\?/);
  await expect(page).toHaveURL(/[?&]thu-tuc=/);
  await expect(page).toHaveURL(/[?&]phong=/);
  await expect(page.getByTestId("worklist-count")).toContainText(`${count} hồ sơ`);

  // 5. Back on the dashboard: the Excel export of its tables.
  await page.goBack();
  await expect(page.getByTestId("dashboard-procedures")).toBeVisible();
  await expect(
    page.getByTestId("dashboard-procedures").getByRole("columnheader", { name: "Hài lòng (SIPAS)" }),
  ).toHaveCount(0);
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByTestId("dashboard-export").click()]);
  expect(download.suggestedFilename()).toMatch(/^chi-so-lanh-dao-\d{4}-\d{2}-\d{2}-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const file = await download.path();
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
    "Chỉ số chính",
    "Kênh tiếp nhận",
    "Thủ tục",
    "Xu hướng 36 tháng",
  ]);
  const indicators = workbook.getWorksheet("Chỉ số chính")!;
  expect(String(indicators.getCell("A7").value)).toBe("Tỷ lệ giải quyết đúng hạn");
});

test("an administrator sets the year's targets and the leader sees whether the year is on track", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const admin = await signedIn(browser, "admin", { axe: true });
  await admin.getByRole("navigation", { name: "Menu chính" }).getByRole("link", { name: "Chỉ tiêu năm" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Chỉ tiêu năm của các chỉ số" })).toBeVisible();
  const year = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
  const form = admin.getByRole("form", { name: `Chỉ tiêu năm ${year}` });
  // A refused value first: nothing is saved, the message is in Vietnamese next to the field.
  await form.getByLabel("Tỷ lệ giải quyết đúng hạn (%)").fill("120");
  await form.getByRole("button", { name: "Lưu chỉ tiêu" }).click();
  await expect(form).toContainText("Chỉ tiêu là một tỷ lệ phần trăm từ 0 đến 100");
  // 0 % can always be met; 100 % online cannot be met by a world with desk intake.
  await form.getByLabel("Tỷ lệ giải quyết đúng hạn (%)").fill("0");
  await form.getByLabel("Tỷ lệ hồ sơ trực tuyến (%)").fill("100");
  await form.getByRole("button", { name: "Lưu chỉ tiêu" }).click();
  await expect(form).toContainText(`Đã lưu chỉ tiêu năm ${year}.`);
  await expectAccessible(admin, "main", "the targets page");

  const leader = await signedIn(browser, "lanhdao.sontay");
  const row = (id: string) => leader.getByTestId(`indicator-${id}`);
  await expect(row("onTimeReport").getByTestId("indicator-status")).toHaveText("Đạt chỉ tiêu");
  await expect(row("onlineShare").getByTestId("indicator-status")).toHaveText("Chưa đạt");
  await expect(row("digitisation").getByTestId("indicator-status")).toHaveText("—");

  // Back to no targets, so later specs find the demo world as seeded.
  await admin.reload();
  const again = admin.getByRole("form", { name: `Chỉ tiêu năm ${year}` });
  await again.getByLabel("Tỷ lệ giải quyết đúng hạn (%)").fill("");
  await again.getByLabel("Tỷ lệ hồ sơ trực tuyến (%)").fill("");
  await again.getByRole("button", { name: "Lưu chỉ tiêu" }).click();
  await expect(again).toContainText(`Đã lưu chỉ tiêu năm ${year}.`);
});
