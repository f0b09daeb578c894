// The charts (Recharts, src/ui/charts) on the leadership home: the satisfaction trend by month (bars) and the
// dashboard's trend lines over 12 and 36 months. Each is one image with a Vietnamese description, drawn in the
// browser under the Content-Security-Policy without a violation, with the data table behind it; axe-core stays clean
// and the tooltip shows Vietnamese percentages.
import { expect, test, type Page } from "./support/test";
import { expectAccessible, signedIn } from "./login-steps";

/** CSP violations and script errors of a page (as content-security-policy.spec.ts collects them). */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) {
      problems.push(`${page.url()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

test("a leader reads the satisfaction and trend charts, their tables behind, with no policy violation", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await signedIn(browser, "lanhdao.sontay", { axe: true });
  const problems = watch(page);
  await page.goto("/lanh-dao");
  await page.waitForLoadState("networkidle");

  // 1. The satisfaction trend: one image named by its caption, bars drawn as SVG, the month table next to it.
  const satisfaction = page.getByRole("img", { name: /^Chỉ số hài lòng theo tháng năm \d{4}$/ });
  await expect(satisfaction).toBeVisible();
  await expect(satisfaction.locator("svg.recharts-surface")).toBeVisible();
  const months = page.getByTestId("sipas-months").locator("tbody tr");
  const monthCount = await months.count();
  expect(monthCount).toBeGreaterThan(0);
  // One tick per month shown in the table (MM/yyyy), as many as fit.
  await expect(
    satisfaction
      .locator(".recharts-cartesian-axis-tick-value")
      .filter({ hasText: /^\d{2}\/\d{4}$/ })
      .first(),
  ).toBeVisible();

  // 2. The dashboard trend: an image per indicator, a line drawn, the axis in percent, the table behind it.
  const trend = page.getByTestId("trend-onTime766");
  const line = trend.getByRole("img", { name: /^Biểu đồ đường: .+ theo tháng, \d+ tháng đến \d{2}\/\d{4}/ });
  await expect(line).toBeVisible();
  await expect(line.locator(".recharts-line-curve").first()).toBeAttached();
  await expect(line.locator(".recharts-cartesian-axis-tick-value").filter({ hasText: /^100%$/ })).toHaveCount(1);
  await trend.getByText("Bảng số liệu của biểu đồ").click();
  const rows = trend.getByRole("table").locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  const rowCount = await rows.count();
  // The tooltip at the last month shows its figure as the table does (Vietnamese decimals) or N/A.
  const box = (await line.boundingBox())!;
  await page.mouse.move(box.x + box.width - 14, box.y + box.height / 2);
  await expect(line.locator(".recharts-tooltip-wrapper")).toContainText(/\d{2}\/\d{4}/);
  await expect(line.locator(".recharts-tooltip-wrapper")).toContainText(/\d+,\d{2}%|N\/A/);

  // 3. Over 36 months the chart and its table hold 36 months.
  await page.getByRole("link", { name: "36 tháng" }).click();
  await expect(page).toHaveURL(/[?&]xu-huong=36/);
  await expect(trend.getByRole("img", { name: /36 tháng đến/ })).toBeVisible();
  // (The table's <details> stays as the reader left it: open.)
  await expect(trend.getByRole("table").locator("tbody tr")).toHaveCount(36);
  expect(rowCount).toBe(12);

  await expectAccessible(page, "main", "the leadership home with its charts");
  expect(problems).toEqual([]);
});
