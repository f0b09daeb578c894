// The organisation as data (issue 10, item 1): an administrator merges xã Đoài Phương into phường Sơn Tây (last day
// yesterday), the tree shows "Đã sáp nhập vào …", and phường Sơn Tây's leaders see the leadership table by either
// view: under the receiving unit (Đoài Phương its own row, marked merged) or under today's unit (one row, the same
// total); an old dossier shows the unit that continues it today. The merger is then undone on the unit's page (its last day cleared), and the database restored after the
// test whatever happened, so later specs find the demo world as seeded.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";
import { expect, test, type Page } from "./support/test";
import { expectAccessible, signedIn } from "./login-steps";

const root = path.resolve(import.meta.dirname, "../..");
const port = process.env.E2E_PORT ?? "3100";

/** A day relative to today in Vietnam, as dd/MM/yyyy. */
function vietnamDay(offsetDays: number): string {
  const day = new Date(Date.now() + 7 * 3_600_000 + offsetDays * 86_400_000).toISOString().slice(0, 10);
  return `${day.slice(8, 10)}/${day.slice(5, 7)}/${day.slice(0, 4)}`;
}

let db: pg.Client;
let original: { effectiveTo: Date | null; successorId: string | null; changeBasis: string | null } | undefined;

test.beforeAll(async () => {
  const { databaseUrl } = JSON.parse(fs.readFileSync(path.join(root, `test-results/e2e-server-${port}.json`), "utf8"));
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  const { rows } = await db.query(
    `SELECT "effectiveTo", "successorId", "changeBasis" FROM "AdministrativeUnit" WHERE code = 'XDP'`,
  );
  original = rows[0];
});

test.afterAll(async () => {
  if (original)
    await db.query(
      `UPDATE "AdministrativeUnit" SET "effectiveTo" = $1, "successorId" = $2, "changeBasis" = $3 WHERE code = 'XDP'`,
      [original.effectiveTo, original.successorId, original.changeBasis],
    );
  await db.end();
});

/** The received-this-year figure of a row of the year table (the first figure cell). */
async function receivedIn(page: Page, rowName: RegExp | string): Promise<number> {
  const row = page
    .getByTestId("leader-year-table")
    .getByRole("row")
    .filter({ has: page.getByRole("rowheader", { name: rowName }) });
  const text = (await row.locator("td").first().textContent()) ?? "";
  return Number(text.replace(/\D/g, ""));
}

test("an administrator merges two communes and the leadership table shows both views", async ({ browser }) => {
  test.setTimeout(120_000);
  expect(original, "the demo world has xã Đoài Phương (XDP)").toBeDefined();
  const admin = await signedIn(browser, "admin", { axe: true });

  // The tree: today's units in force, the old wards already merged in 2025.
  await admin.goto("/quan-tri/don-vi");
  await expect(admin.getByRole("heading", { level: 1, name: "Đơn vị hành chính" })).toBeVisible();
  await expect(admin.getByTestId("unit-status-PST")).toHaveText("Đang hoạt động");
  await expect(admin.getByTestId("unit-status-XDP")).toHaveText("Đang hoạt động");
  await expect(admin.getByTestId("unit-tree")).toContainText("Đã sáp nhập vào Phường Sơn Tây");
  await expectAccessible(admin, "main", "the unit tree");

  // The merger: Đoài Phương ends yesterday, Sơn Tây continues it from today.
  await admin.getByRole("link", { name: "Sáp nhập / chia tách" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Sáp nhập / chia tách đơn vị" })).toBeVisible();
  const form = admin.getByTestId("merge-form");
  await form.getByRole("checkbox", { name: "Xã Đoài Phương (XDP)" }).check();
  await form.getByLabel("Đơn vị kế thừa").selectOption({ label: "Phường Sơn Tây (PST)" });
  await form.getByLabel("Ngày cuối cùng của các đơn vị kết thúc").fill(vietnamDay(-1));
  await form.getByLabel("Căn cứ (nghị quyết, quyết định)").fill("Nghị quyết thử nghiệm e2e");
  await expectAccessible(admin, "main", "the merge form");
  await form.getByRole("button", { name: "Ghi nhận sáp nhập / chia tách" }).click();
  await expect(admin.getByTestId("merge-status")).toContainText(
    `Đã ghi nhận: Xã Đoài Phương do Phường Sơn Tây kế thừa từ ngày ${vietnamDay(0)}.`,
  );
  await admin.goto("/quan-tri/don-vi");
  await expect(admin.getByTestId("unit-status-XDP")).toHaveText("Đã sáp nhập vào Phường Sơn Tây");

  // Sơn Tây's leaders: by the receiving unit, Đoài Phương keeps its own row, marked merged.
  const leader = await signedIn(browser, "lanhdao.sontay", { axe: true });
  await leader.goto("/lanh-dao");
  const views = leader.getByRole("navigation", { name: "Cách tính theo đơn vị" });
  await expect(views.getByRole("link", { name: "Theo đơn vị tiếp nhận (lúc nộp)" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  const year = leader.getByTestId("leader-year-table");
  await expect(year.getByRole("rowheader", { name: /^Xã Đoài Phương/ })).toContainText(
    "đã sáp nhập vào Phường Sơn Tây",
  );
  const totalByReceiving = await receivedIn(leader, "Tổng cộng");
  const doaiPhuong = await receivedIn(leader, /^Xã Đoài Phương/);
  expect(doaiPhuong, "xã Đoài Phương received dossiers this year").toBeGreaterThan(0);
  // axe on what this feature adds (the figures cards above it are checked by their own specs).
  await expectAccessible(leader, "[data-testid=unit-view-switch]", "the view switch");
  await expectAccessible(leader, "section[aria-labelledby=year-title]", "the leadership table by receiving unit");

  // By today's unit: Đoài Phương's dossiers count under Sơn Tây; the total is the same.
  await views.getByRole("link", { name: "Theo đơn vị hiện nay (kế thừa)" }).click();
  await expect(leader).toHaveURL(/don-vi=ke-thua/);
  await expect(views.getByRole("link", { name: "Theo đơn vị hiện nay (kế thừa)" })).toHaveAttribute(
    "aria-current",
    "page",
  );
  await expect(year.getByRole("rowheader", { name: /^Xã Đoài Phương/ })).toHaveCount(0);
  await expect(year.getByRole("rowheader", { name: /^Phường Sơn Tây/ })).toContainText(/gồm số liệu của \d+ đơn vị cũ/);
  expect(await receivedIn(leader, /^Phường Sơn Tây/)).toBe(totalByReceiving);
  await expectAccessible(leader, "section[aria-labelledby=year-title]", "the leadership table by today's unit");

  // An old dossier of a ward merged into Đoài Phương in 2025 keeps its receiving unit and names the unit that
  // continues it today: the chain is followed to phường Sơn Tây (the city's inspector reads every unit's dossiers).
  const { rows } = await db.query(
    `SELECT d.code, r.name AS received
       FROM "Dossier" d JOIN "AdministrativeUnit" r ON r.id = d."receivedUnitId"
       JOIN "AdministrativeUnit" s ON s.id = r."successorId"
      WHERE s.code = 'XDP' ORDER BY d.code LIMIT 1`,
  );
  expect(rows, "the demo world has dossiers of the wards Đoài Phương continues").toHaveLength(1);
  const inspector = await signedIn(browser, "noivu.hanoi");
  await inspector.goto(`/ho-so/${encodeURIComponent(rows[0].code)}`);
  await expect(inspector.getByText(rows[0].received).first()).toBeVisible();
  await expect(inspector.getByTestId("continuing-unit")).toContainText("Phường Sơn Tây");

  // Undone on the unit's page: the last day cleared, the unit in force again (its successor dropped).
  await admin.goto("/quan-tri/don-vi/XDP");
  await expect(admin.getByRole("heading", { level: 1, name: "Xã Đoài Phương" })).toBeVisible();
  await expectAccessible(admin, "main", "a unit's page");
  const dates = admin.getByTestId("unit-dates");
  await dates.getByLabel("Hết hiệu lực sau ngày").fill("");
  await dates.getByRole("button", { name: "Lưu ngày hiệu lực" }).click();
  await expect(dates.getByRole("status")).toContainText("Đã lưu.");
  await admin.goto("/quan-tri/don-vi");
  await expect(admin.getByTestId("unit-status-XDP")).toHaveText("Đang hoạt động");
});
