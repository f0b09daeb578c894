// Least privilege on the registers and the record of who read personal data (docs/domain.md "Registers and who reads
// them"): a head gets only their office's rows of the tracking book, an officer cannot read the desk's notices, and
// the administrator finds a dossier view in the audit log.
import { expect, test, type Page } from "./support/test";
import { login } from "./login-steps";

/** The previous calendar month as yyyy-MM-dd bounds (a full month of the demo world's dossiers). */
function previousMonth(): { from: string; to: string } {
  const now = new Date();
  const first = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1));
  const last = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 0));
  return { from: first.toISOString().slice(0, 10), to: last.toISOString().slice(0, 10) };
}

/** The rows of the printed tracking book: [code, lead office] per dossier. */
async function bookRows(page: Page): Promise<{ code: string; office: string }[]> {
  return page.locator("main table tbody tr").evaluateAll((rows) =>
    rows
      .map((row) => Array.from(row.querySelectorAll("td")).map((cell) => cell.textContent?.trim() ?? ""))
      .filter((cells) => cells.length >= 7)
      .map((cells) => ({ code: cells[1]!, office: cells[6]! })),
  );
}

test("a head of office gets only the tracking-book rows of their office's dossiers, the desk gets the whole book", async ({
  browser,
}) => {
  const { from, to } = previousMonth();
  const desk = await browser.newPage();
  await login(desk, "tiepnhan.sontay");
  await desk.goto(`/in/so-theo-doi?tu=${from}&den=${to}`);
  await expect(desk.getByRole("heading", { name: "SỔ THEO DÕI HỒ SƠ" })).toBeVisible();
  const whole = await bookRows(desk);
  const others = whole.filter((row) => !row.office.includes("Văn phòng HĐND"));
  expect(others.length).toBeGreaterThan(0);
  await desk.close();

  const head = await browser.newPage();
  await login(head, "truongphong.tuphap");
  await head.goto(`/in/so-theo-doi?tu=${from}&den=${to}`);
  await expect(head.getByText(/Trích sổ: các hồ sơ do .*Văn phòng HĐND và UBND giải quyết/)).toBeVisible();
  const mine = await bookRows(head);
  expect(mine.length).toBeLessThan(whole.length);
  const codes = new Set(mine.map((row) => row.code));
  for (const row of others) expect(codes.has(row.code), `${row.code} (${row.office})`).toBe(false);
  for (const row of mine) expect(whole.map((r) => r.code)).toContain(row.code);
  await head.close();

  // An officer has no book at all.
  const officer = await browser.newPage();
  await login(officer, "chuyenvien.tuphap");
  expect((await officer.goto(`/in/so-theo-doi?tu=${from}&den=${to}`))?.status()).toBe(403);
  expect((await officer.request.get(`/api/pdf/so-theo-doi?tu=${from}&den=${to}`)).status()).toBe(403);
  await officer.close();
});

test("an officer of the same ward cannot read the desk's notice: the same 404 as a number never issued", async ({
  browser,
}) => {
  const desk = await browser.newPage();
  await login(desk, "tiepnhan.tungthien");
  await desk.goto("/tiep-nhan/moi");
  const search = desk.getByRole("combobox", { name: "Tìm thủ tục theo tên hoặc mã" });
  await search.fill("dang ky khai sinh");
  await desk.getByRole("option").first().click();
  await expect(desk.getByTestId("document-checklist")).toBeVisible();
  await desk.locator("#applicantName").fill("Lương Thị Bảo Mật");
  await desk.getByRole("button", { name: "Hồ sơ chưa đầy đủ (mẫu 02)" }).click();
  await desk.getByRole("button", { name: "Lập và in phiếu yêu cầu bổ sung" }).click();
  await expect(desk).toHaveURL(/\/in\/phieu\/PTT-02-\d{6}-\d{4}$/);
  const number = desk.url().split("/").at(-1)!;
  await expect(desk.locator("main").getByText("Lương Thị Bảo Mật")).toBeVisible();
  await desk.close();

  const officer = await browser.newPage();
  await login(officer, "chuyenvien.tungthien");
  const never = number.replace(/-\d{4}$/, "-9999");
  for (const candidate of [number, never]) {
    expect((await officer.goto(`/in/phieu/${candidate}`))?.status(), candidate).toBe(404);
    await expect(officer.getByText("Lương Thị Bảo Mật")).toHaveCount(0);
    expect((await officer.request.get(`/api/pdf/phieu/${candidate}`)).status(), candidate).toBe(404);
  }
  await officer.close();

  // The ward's leadership answers for the desk's notices and reads them.
  const leader = await browser.newPage();
  await login(leader, "lanhdao.tungthien");
  expect((await leader.goto(`/in/phieu/${number}`))?.status()).toBe(200);
  await expect(leader.locator("main").getByText("Lương Thị Bảo Mật")).toBeVisible();
  await leader.close();
});

test("the administrator finds a head's view of a dossier in the audit log", async ({ browser }) => {
  const { from, to } = previousMonth();
  const head = await browser.newPage();
  await login(head, "truongphong.tuphap");
  await head.goto(`/in/so-theo-doi?tu=${from}&den=${to}`);
  const [first] = await bookRows(head);
  expect(first).toBeDefined();
  const code = first!.code;
  expect((await head.goto(`/ho-so/${code}`))?.status()).toBe(200);
  await head.close();

  const admin = await browser.newPage();
  await login(admin, "admin");
  await admin.getByRole("link", { name: "Nhật ký truy cập" }).click();
  await expect(admin).toHaveURL(/\/quan-tri\/nhat-ky$/);
  await expect(admin.getByRole("heading", { level: 1, name: "Nhật ký truy cập dữ liệu cá nhân" })).toBeVisible();
  await admin.getByLabel("Tên đăng nhập").fill("truongphong.tuphap");
  await admin.getByLabel("Hành động").selectOption("personal_data.view_dossier");
  await admin.getByLabel("Mã đối tượng").fill(code);
  await admin.getByRole("button", { name: "Tìm", exact: true }).click();
  await expect(admin).toHaveURL(/hanh-dong=personal_data.view_dossier/);
  const rows = admin.getByTestId("audit-log-table").locator("tbody tr");
  await expect(rows).toHaveCount(1);
  await expect(rows.first()).toContainText("truongphong.tuphap");
  await expect(rows.first()).toContainText("Xem hồ sơ");
  await expect(rows.first()).toContainText(code);

  // Another role may not open the log.
  const officer = await browser.newPage();
  await login(officer, "chuyenvien.tuphap");
  expect((await officer.goto("/quan-tri/nhat-ky"))?.status()).toBe(403);
  await officer.close();
  await admin.close();
});

/** The @page rules the page applies, adopted sheets included (an inline style the CSP refused is missing). */
const landscapeRule = (page: Page) =>
  page.evaluate(() =>
    [...Array.from(document.styleSheets), ...document.adoptedStyleSheets]
      .flatMap((sheet) => Array.from(sheet.cssRules))
      .filter((rule) => rule.cssText.startsWith("@page"))
      .map((rule) => rule.cssText)
      .join(" "),
  );

/** dd/MM/yyyy of a yyyy-MM-dd day, as the period form expects it. */
const typed = (day: string) => day.split("-").reverse().join("/");

test("the desk, the head and the leadership open the tracking book from the menu, choose a period and print it landscape", async ({
  browser,
}) => {
  const { from, to } = previousMonth();
  const title = `Sổ theo dõi hồ sơ từ ${typed(from)} đến ${typed(to)}`;
  for (const username of ["tiepnhan.sontay", "truongphong.tuphap", "lanhdao.sontay"]) {
    const page = await browser.newPage();
    await login(page, username);
    // Clicking only: the menu, the period form, "Xem sổ".
    await page.getByRole("navigation", { name: "Menu chính" }).getByRole("link", { name: "Sổ theo dõi hồ sơ" }).click();
    await expect(page.getByRole("heading", { name: "SỔ THEO DÕI HỒ SƠ" })).toBeVisible();
    expect(await landscapeRule(page), "the page rule after the menu's link").toMatch(/size: A4 landscape/i);
    const form = page.getByRole("form", { name: "Chọn thời gian in sổ" });
    await form.getByLabel("Từ ngày").fill(typed(from));
    await form.getByLabel("Đến ngày").fill(typed(to));
    await form.getByRole("button", { name: "Xem sổ" }).click();
    await expect(page.getByText(title, { exact: true })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`^${title}`));
    await expect(page.getByText(`Từ ngày ${typed(from)} đến ngày ${typed(to)}`)).toBeVisible();
    expect(await page.locator("body").innerText()).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    await expect(page.getByRole("button", { name: "In sổ" })).toBeVisible();
    // A4 landscape, and a date cell stays on one line ("01/12/202 / 6" was the portrait fault).
    expect(await landscapeRule(page)).toMatch(/size: A4 landscape/i);
    const received = page.locator("main table tbody tr").first().locator("td").nth(7);
    await expect(received).toHaveText(/^\d{2}\/\d{2}\/\d{4}$/);
    await page.emulateMedia({ media: "print" });
    const lines = await received.evaluate((cell) => {
      const range = document.createRange();
      range.selectNodeContents(cell);
      return {
        wrap: getComputedStyle(cell).whiteSpace,
        boxes: new Set(Array.from(range.getClientRects(), (r) => r.top)).size,
      };
    });
    expect(lines).toEqual({ wrap: "nowrap", boxes: 1 });
    await page.close();
  }
});
