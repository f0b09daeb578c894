// Oversight reads (issue 13 item 6): the city's leader follows the leadership dashboard's drill-down to a ward's
// list and opens one of its dossiers: it shows, marked read-only, with no action.
import { expect, test } from "./support/test";
import { expectAccessible, signedIn } from "./login-steps";

test("a city leader opens a ward's dossier from the dashboard drill-down, read-only", async ({ browser }) => {
  const page = await signedIn(browser, "lanhdao.hanoi", { axe: true });
  await page.goto("/lanh-dao");
  const row = page.getByTestId("dashboard-units-row").filter({ hasText: "Tùng Thiện" });
  // The received count's link: the worklist of that unit's dossiers (?don-vi=).
  await row.locator("td a").first().click();
  await expect(page).toHaveURL(/\/ho-so\?.*don-vi=/);
  const first = page.locator("main table tbody a[href^='/ho-so/']").first();
  const code = (await first.textContent())?.trim() ?? "";
  expect(code).not.toBe("");
  await first.click();
  await expect(page).toHaveURL(new RegExp(`/ho-so/${code}$`));
  await expect(page.getByRole("note").getByText("Chế độ xem giám sát (chỉ đọc)")).toBeVisible();
  await expect(page.getByRole("region", { name: "Thao tác" })).toHaveCount(0);
  await expectAccessible(page, "main", "the oversight view of a dossier");
});
