// Worklist pages (docs/worklists.md "Pages"): "Trang sau" and "Trang trước" carry a keyset cursor in the URL, the
// page number follows, and a tampered cursor shows the first page with a Vietnamese message instead of an error.
// A ward leader's list of the whole unit, every status (the demo world holds thousands of its dossiers).
import { expect, test } from "./support/test";
import { expectAccessible, signedIn } from "./login-steps";

test("a leader walks the unit's list by next and previous page, and a tampered link falls back to page 1", async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await signedIn(browser, "lanhdao.sontay", { axe: true });
  await page.goto("/ho-so?pham-vi=cua-don-vi&trang-thai=tat-ca");
  const table = page.getByTestId("worklist-table");
  const codes = () => table.locator("tbody tr").evaluateAll((rows) => rows.map((row) => row.getAttribute("data-code")));
  const first = await codes();
  expect(first.length).toBe(25);
  const pagination = page.getByRole("navigation", { name: "Phân trang" });
  await expect(pagination).toContainText(/Trang 1\/\d+/);

  await pagination.getByRole("link", { name: "Trang sau →" }).click();
  await expect(page).toHaveURL(/vi-tri=/);
  await expect(pagination).toContainText(/Trang 2\/\d+/);
  const second = await codes();
  expect(second.length).toBe(25);
  expect(second.filter((code) => first.includes(code))).toEqual([]);

  await pagination.getByRole("link", { name: "Trang sau →" }).click();
  await expect(pagination).toContainText(/Trang 3\/\d+/);
  await pagination.getByRole("link", { name: "← Trang trước" }).click();
  await expect(pagination).toContainText(/Trang 2\/\d+/);
  expect(await codes()).toEqual(second);
  await expectAccessible(page, "main", "worklist page 2 by cursor");
  await pagination.getByRole("link", { name: "← Trang trước" }).click();
  await expect(page).not.toHaveURL(/vi-tri=/);
  expect(await codes()).toEqual(first);

  // A cursor edited by hand: the first page and a polite message, never an error page.
  await page.goto(
    "/ho-so?pham-vi=cua-don-vi&trang-thai=tat-ca&vi-tri=WzEsImFwcG9pbnRtZW50QXNjIiwibiIsMiwiaGFja2VkIiwieCJd",
  );
  // Next.js's own route announcer is an (empty) alert too: the message is the alert that carries it.
  await expect(page.getByRole("alert").filter({ hasText: "Liên kết trang không hợp lệ" })).toBeVisible();
  expect(await codes()).toEqual(first);
});
