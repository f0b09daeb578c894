// The PAR Index ranking (issue 14 item 4) on the demo world: a citizen opens the published ranking from the results
// board on a phone (390 px, axe, no provisional unit, scores by domain); home affairs of the city opens the staff
// ranking from the menu, sees the open 2026 evaluation's units marked provisional, then a 2024 ward's result with the
// radar chart, its data table and the criteria where points were lost.
import path from "node:path";
import { expect, test } from "./support/test";
import { expectAccessible, signedIn } from "./login-steps";

const root = path.resolve(import.meta.dirname, "../..");

test("a citizen reads the published PAR Index ranking on a phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript({ path: path.join(root, "node_modules/axe-core/axe.min.js") });

  await page.goto("/ket-qua-giai-quyet");
  await page.getByRole("link", { name: "Xếp hạng Chỉ số cải cách hành chính" }).first().click();
  await expect(page).toHaveURL(/\/chi-so-cai-cach-hanh-chinh$/);
  await expect(page.getByRole("heading", { level: 1, name: "Chỉ số cải cách hành chính" })).toBeVisible();
  const rows = page.getByTestId("par-ranking-row");
  expect(await rows.count()).toBeGreaterThan(0);
  // Published and finalised only: nothing provisional, every row ranked, every score a number on 100.
  await expect(page.getByText("Tạm tính")).toHaveCount(0);
  for (const text of await page.getByTestId("par-ranking").locator("tbody td:nth-child(1)").allTextContents())
    expect(text).toMatch(/^\d+$/);
  for (const text of await page.getByTestId("par-ranking").locator("tbody td:nth-child(3)").allTextContents())
    expect(text).toMatch(/^\d{1,3}(,\d{1,2})?$/);
  await expect(page.getByTestId("par-domains")).toBeVisible();
  await expectAccessible(page, "main", "the published ranking");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  // The 2024 ranking of the old town's 15 wards and communes.
  await page.getByLabel("Năm").selectOption("2024");
  await page.getByRole("button", { name: "Xem" }).click();
  await expect(page).toHaveURL(/nam=2024/);
  await expect(rows).toHaveCount(15);
  await expectAccessible(page, "main", "the 2024 ranking");
  await context.close();
});

test("home affairs reads the ranking, the provisional units and a ward's lost points", async ({ browser }) => {
  const page = await signedIn(browser, "noivu.hanoi", { axe: true });
  await page
    .getByRole("navigation", { name: "Menu chính" })
    .getByRole("link", { name: "Xếp hạng chỉ số CCHC" })
    .click();
  await expect(page.getByRole("heading", { level: 1, name: "Xếp hạng Chỉ số cải cách hành chính" })).toBeVisible();
  await page.getByLabel("Năm").selectOption("2026");
  await page.getByRole("button", { name: "Xem" }).click();
  // 2026 is open: home affairs sees each unit's current appraisal, marked provisional and not ranked.
  await expect(
    page
      .getByTestId("par-ranking")
      .getByText(/Tạm tính/)
      .first(),
  ).toBeVisible();
  await expect(page.getByTestId("par-notes")).toContainText("Tạm tính");
  await expectAccessible(page, "main", "the 2026 ranking");

  await page.getByLabel("Năm").selectOption("2024");
  await page.getByRole("button", { name: "Xem" }).click();
  await expect(page.getByTestId("par-ranking-row")).toHaveCount(15);
  await expect(page.getByTestId("par-export")).toHaveAttribute("href", /\/api\/bao-cao\/chi-so-cchc\?dot=/);
  // The Excel workbook and the A4 table in the administrative layout.
  const excel = await page.request.get((await page.getByTestId("par-export").getAttribute("href"))!);
  expect(excel.status()).toBe(200);
  expect(excel.headers()["content-type"]).toContain("spreadsheetml");
  const rankingUrl = page.url();
  await page.getByRole("link", { name: "In bảng xếp hạng (A4)" }).click();
  await expect(page.getByText("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")).toBeVisible();
  await expect(page.getByRole("heading", { name: "BẢNG XẾP HẠNG CHỈ SỐ CẢI CÁCH HÀNH CHÍNH NĂM 2024" })).toBeVisible();
  await expect(page.getByText(/ngày \d{2} tháng \d{2} năm \d{4}/)).toBeVisible();
  await page.goto(rankingUrl);
  // The last-ranked unit: where it lost points.
  await page.getByTestId("par-ranking-row").last().getByRole("link").click();
  await expect(page.getByRole("heading", { level: 1, name: /^Kết quả Chỉ số CCHC 2024 — / })).toBeVisible();
  await expect(page.getByTestId("par-radar")).toBeVisible();
  await expect(page.getByTestId("par-domain-table").locator("tbody tr").first()).toBeVisible();
  await expect(page.getByTestId("par-lost").locator("tbody tr").first()).toBeVisible();
  await expect(page.getByTestId("par-rank")).toContainText("/15");
  await expectAccessible(page, "main", "a unit's result");
});
