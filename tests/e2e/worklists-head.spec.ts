// Issue 11: the head of office sees each officer's load, reassigns a dossier by clicking, and exports an officer's
// list to Excel (an .xlsx with one row per dossier of the list). Starts from login; no URL typed after it.
import fs from "node:fs";
import ExcelJS from "exceljs";
import { expect, test, type Locator } from "./support/test";
import { expectAccessible, signedIn } from "./login-steps";

const HEADER_ROW = 5; // src/features/worklists/worklist-workbook.ts WORKLIST_HEADER_ROW

const numberIn = async (locator: Locator) => Number((await locator.innerText()).replace(/\D/g, "") || "0");

test("the head reassigns a dossier from the workload table and exports an officer's list", async ({ browser }) => {
  test.setTimeout(120_000);
  const head = await signedIn(browser, "truongphong.tuphap", { axe: true });
  await expect(head).toHaveURL(/\/truong-phong$/);
  const table = head.getByTestId("office-workload");
  await expect(table).toBeVisible();
  // Overdue and due soon once (the warnings strip), and the due-soon threshold in the worklist's words.
  await expect(head.getByTestId("office-overdue")).toHaveCount(0);
  await expect(head.getByTestId("workload-due-soon")).toContainText("ngày làm việc");
  await expectAccessible(head, "main", "head overview with the workload table");

  // The first officer holding dossiers, and another officer of the office.
  const rows = table.locator("tbody tr");
  const count = await rows.count();
  expect(count).toBeGreaterThan(1);
  let from = -1;
  for (let index = 0; index < count; index++) {
    if ((await numberIn(rows.nth(index).locator("td").first())) > 0) {
      from = index;
      break;
    }
  }
  expect(from).toBeGreaterThanOrEqual(0);
  const to = from === 0 ? 1 : 0;
  const fromName = (await rows.nth(from).getAttribute("data-officer"))!;
  const toName = (await rows.nth(to).getAttribute("data-officer"))!;
  const toBefore = await numberIn(rows.nth(to).locator("td").first());

  await rows
    .nth(from)
    .getByRole("link", { name: `Phân công lại hồ sơ của ${fromName}` })
    .click();
  await expect(head).toHaveURL(/phan-cong=/);
  const list = head.getByTestId("reassign-list");
  await expect(list).toBeVisible();
  const code = (await list.locator("li").first().getAttribute("data-code"))!;
  const form = head.getByTestId(`reassign-${code}`);
  await form.getByLabel("Phân công cho").selectOption({ label: toName });
  await form.getByRole("button", { name: "Phân công lại", exact: true }).click();
  // The dossier leaves the officer's list and the other officer holds one more.
  await expect(list.locator(`li[data-code="${code}"]`)).toHaveCount(0);
  await expect(rows.nth(to).locator("td").first()).toHaveText(String(toBefore + 1));

  // Back to the first officer, so the demo world stays as the other specs expect it.
  await rows
    .nth(to)
    .getByRole("link", { name: `Phân công lại hồ sơ của ${toName}` })
    .click();
  const back = head.getByTestId(`reassign-${code}`);
  await back.getByLabel("Phân công cho").selectOption({ label: fromName });
  await back.getByRole("button", { name: "Phân công lại", exact: true }).click();
  await expect(head.getByTestId("reassign-list").locator(`li[data-code="${code}"]`)).toHaveCount(0);
  await expect(rows.nth(to).locator("td").first()).toHaveText(String(toBefore));

  // The officer's list, its exact total, and its Excel export with one row per dossier.
  await rows
    .nth(from)
    .getByRole("link", { name: `Xem danh sách hồ sơ của ${fromName}` })
    .click();
  await expect(head).toHaveURL(/can-bo=/);
  await expect(head.getByLabel("Chuyên viên được phân công")).toHaveValue(/.+/);
  const total = await numberIn(head.getByTestId("worklist-count"));
  expect(total).toBeGreaterThan(0);
  const [download] = await Promise.all([head.waitForEvent("download"), head.getByTestId("worklist-export").click()]);
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(fs.readFileSync((await download.path())!) as unknown as ArrayBuffer);
  const sheet = book.worksheets[0]!;
  expect(sheet.getCell(HEADER_ROW, 2).value).toBe("Mã hồ sơ");
  expect(sheet.rowCount - HEADER_ROW).toBe(total);
  await head.context().close();
});
