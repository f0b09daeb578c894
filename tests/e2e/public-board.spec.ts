// The public results board (issue 13 item 5): from the public home to a unit's monthly figures by clicking, at
// 390 px, checked with axe; the figures are labelled and carry their freshness.
import path from "node:path";
import { expect, test } from "./support/test";
import { expectAccessible } from "./login-steps";

const root = path.resolve(import.meta.dirname, "../..");

test("a citizen opens the results board from the home page on a phone", async ({ browser }) => {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } });
  const page = await context.newPage();
  await page.addInitScript({ path: path.join(root, "node_modules/axe-core/axe.min.js") });

  await page.goto("/");
  await expect(page.getByTestId("figures-freshness")).toHaveText(
    /^Số liệu cập nhật lúc \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}\./,
  );
  await page.getByRole("link", { name: "Xem kết quả giải quyết theo đơn vị" }).click();
  await expect(page).toHaveURL(/\/ket-qua-giai-quyet$/);
  await expect(page.getByRole("heading", { level: 1, name: "Kết quả giải quyết thủ tục hành chính" })).toBeVisible();
  await expectAccessible(page, "main", "the list of units");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

  await page.getByRole("link", { name: "Phường Sơn Tây", exact: true }).click();
  await expect(page).toHaveURL(/\/ket-qua-giai-quyet\/PST$/);
  await expect(page.getByRole("heading", { level: 1, name: "Kết quả giải quyết — Phường Sơn Tây" })).toBeVisible();
  const table = page.getByRole("table", {
    name: "Kết quả giải quyết theo tháng của Phường Sơn Tây, 12 tháng gần nhất",
  });
  for (const header of [
    "Tháng",
    "Hồ sơ đã giải quyết",
    "Tỷ lệ đúng hạn",
    "Tỷ lệ nộp trực tuyến",
    "Mức độ hài lòng (SIPAS)",
  ])
    await expect(table.getByRole("columnheader", { name: header, exact: true })).toBeVisible();
  // Twelve months, each named "MM/yyyy", every rate a percentage or N/A (never an internal value).
  const months = table.getByRole("rowheader");
  await expect(months).toHaveCount(12);
  for (const text of await months.allTextContents()) expect(text).toMatch(/^\d{2}\/\d{4}$/);
  for (const text of await table.locator("tbody td").allTextContents())
    expect(text).toMatch(/^([\d.]+|[\d,]+\s?%|N\/A)$/);
  await expect(page.getByText(/Tỷ lệ đúng hạn = \(số hồ sơ giải quyết trước hạn \+ đúng hạn\)/)).toBeVisible();
  await expect(page.getByTestId("figures-freshness")).toContainText("Số liệu cập nhật lúc");
  await expectAccessible(page, "main", "a unit's board");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await context.close();
});
