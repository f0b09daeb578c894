// Issue 11: every role does its main tasks from login by clicking only (no URL typed after the login page). One dossier
// of phường Sơn Tây (PST) goes round the roles: the desk receives it from the menu, finds it in the unit's list and
// prints the tracking book; the head of the Văn phòng HĐND và UBND assigns it from the "chờ phân công" card and
// reassigns it from the workload table; the officer opens it from "Hồ sơ của tôi" and submits it; the head approves;
// the leadership signs it, switches the report year and opens the units' figures. The inspector and the administrator
// go through their own pages. The suite's fixture (support/test.ts) fails any of these pages that shows an internal
// code; the printed book is checked again under print media. The return of the result is left to its own spec.
import { expect, expectNoInternalCodes, test, type Page } from "./support/test";
import { signedIn } from "./login-steps";

const USERS = {
  desk: "tiepnhan.sontay",
  officer: "chuyenvien.tuphap",
  head: "truongphong.tuphap",
  leader: "lanhdao.sontay",
  inspector: "noivu.sontay",
  admin: "admin",
} as const;
// Demo world (src/tooling/demo-world/people.ts): the officers of Sơn Tây's Văn phòng HĐND và UBND.
const OFFICER_NAME = "Phan Thanh Dũng"; // chuyenvien.tuphap
const APPLICANT = "Đỗ Thị Minh Nguyệt";

const menu = (page: Page) => page.getByRole("navigation", { name: "Menu chính" });
const status = (page: Page) => page.getByTestId("dossier-status");

/** On the dossier page shown: presses a command's button, fills its form, confirms, waits for the success message. */
async function press(page: Page, command: string, fill?: (form: ReturnType<Page["getByRole"]>) => Promise<void>) {
  await page.getByRole("region", { name: "Thao tác" }).getByRole("button", { name: command, exact: true }).click();
  const form = page.getByRole("form", { name: command });
  await expect(form).toBeVisible();
  if (fill) await fill(form);
  await form.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByTestId("action-message").getByRole("status")).toContainText(`Đã thực hiện «${command}»`);
}

/** In a worklist on screen: narrows it to the code with the search box and opens the dossier. */
async function openFromWorklist(page: Page, code: string) {
  await page.getByLabel("Tìm theo mã hồ sơ hoặc tên người nộp").fill(code);
  await page.getByRole("button", { name: "Lọc", exact: true }).click();
  await page.getByTestId("worklist-table").getByRole("link", { name: code, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: `Hồ sơ ${code}` })).toBeVisible();
}

test.describe.serial("each role's main tasks, by clicking", () => {
  let code = "";

  test("receptionist: intake from the menu, finds the dossier, prints the tracking book", async ({ browser }) => {
    const desk = await signedIn(browser, USERS.desk);
    await expect(desk).toHaveURL(/\/tiep-nhan$/);
    await menu(desk).getByRole("link", { name: "Tiếp nhận hồ sơ mới" }).click();
    await expect(desk.getByRole("heading", { level: 1, name: "Tiếp nhận hồ sơ mới" })).toBeVisible();
    await desk.getByRole("combobox", { name: "Tìm thủ tục theo tên hoặc mã" }).fill("dang ky ket hon");
    await desk
      .getByRole("option", { name: /^Đăng ký kết hôn/ })
      .first()
      .click();
    const checklist = desk.getByTestId("document-checklist");
    await expect(checklist).toBeVisible();
    for (const box of await checklist.getByRole("checkbox").all()) await box.check();
    await desk.locator("#applicantName").fill(APPLICANT);
    await desk.locator("#applicantIdNumber").fill("001190067890");
    await desk.locator("#applicantPhone").fill("0912345680");
    await desk.locator("#applicantAddress").fill("Số 5 phố Phùng Khắc Khoan, phường Sơn Tây");
    await desk.locator("#applicantAddress").press("Enter");
    await expect(desk).toHaveURL(/\/tiep-nhan\/PST-\d{6}-\d{4}$/);
    code = (await desk.getByTestId("dossier-code").innerText()).trim();
    expect(code).toMatch(/^PST-\d{6}-\d{4}$/);

    // Find it: the unit's list, searched by code; the dossier page names the applicant and the office.
    await menu(desk).getByRole("link", { name: "Hồ sơ", exact: true }).click();
    await desk.getByRole("link", { name: "Của đơn vị", exact: true }).click();
    await expect(desk).toHaveURL(/pham-vi=cua-don-vi/);
    await openFromWorklist(desk, code);
    await expect(status(desk)).toHaveText("Đang xử lý – Chờ phân công");
    await expect(desk.getByText(APPLICANT).first()).toBeVisible();

    // The tracking book of this month holds it; "In sổ" prints (the browser's dialog stood in for) what print media
    // shows: the book without the toolbar, no internal code in it.
    await menu(desk).getByRole("link", { name: "Sổ theo dõi hồ sơ" }).click();
    await expect(desk.getByRole("heading", { name: "SỔ THEO DÕI HỒ SƠ" })).toBeVisible();
    const book = desk.locator("main table");
    await expect(book.getByRole("cell", { name: code, exact: true })).toBeVisible();
    await expect(book.locator("tr").filter({ hasText: code })).toContainText(APPLICANT);
    await desk.evaluate(() => {
      const counter = window as unknown as { printed: number };
      counter.printed = 0;
      window.print = () => void counter.printed++;
    });
    await desk.getByRole("button", { name: "In sổ" }).click();
    expect(await desk.evaluate(() => (window as unknown as { printed: number }).printed)).toBe(1);
    await desk.emulateMedia({ media: "print" });
    await expect(desk.getByRole("button", { name: "In sổ" })).toBeHidden();
    await expect(book.getByRole("cell", { name: code, exact: true })).toBeVisible();
    await expectNoInternalCodes(desk, "the printed tracking book");
    await desk.context().close();
  });

  test("head of office: overview, assigns from the waiting card, reassigns from the workload table", async ({
    browser,
  }) => {
    const head = await signedIn(browser, USERS.head);
    await expect(head).toHaveURL(/\/truong-phong$/);
    await expect(head.getByTestId("office-workload")).toBeVisible();
    await expect(head.getByTestId("awaiting-assignment")).not.toHaveText("0");
    // "Chờ phân công" opens the office's list at that step.
    await head.getByRole("link", { name: "Chờ phân công", exact: true }).click();
    await expect(head).toHaveURL(/trang-thai=IN_PROCESSING\.AWAITING_ASSIGNMENT/);
    await expect(head.getByLabel("Trạng thái")).toHaveValue("IN_PROCESSING.AWAITING_ASSIGNMENT");
    await openFromWorklist(head, code);
    // Assigned first to another officer of the office …
    let first = "";
    await press(head, "Phân công xử lý", async (form) => {
      const select = form.getByLabel("Cán bộ được phân công");
      const other = (await select.locator("option").allInnerTexts()).find(
        (name) => name.trim() && name !== OFFICER_NAME && !name.startsWith("—") && !name.startsWith("Chọn"),
      );
      first = other!.trim();
      await select.selectOption({ label: first });
    });
    await expect(status(head)).toHaveText("Đang xử lý – Chuyên viên đang xử lý");

    // … then moved to chuyenvien.tuphap from the overview's workload table.
    await menu(head).getByRole("link", { name: "Tổng quan phòng" }).click();
    const workload = head.getByTestId("office-workload");
    const target = workload.locator(`tbody tr[data-officer="${OFFICER_NAME}"]`);
    const before = Number(await target.locator("td").first().innerText());
    await workload.getByRole("link", { name: `Phân công lại hồ sơ của ${first}` }).click();
    const list = head.getByTestId("reassign-list");
    await expect(list.locator(`li[data-code="${code}"]`)).toBeVisible();
    const form = head.getByTestId(`reassign-${code}`);
    await form.getByLabel("Phân công cho").selectOption({ label: OFFICER_NAME });
    await form.getByRole("button", { name: "Phân công lại", exact: true }).click();
    await expect(list.locator(`li[data-code="${code}"]`)).toHaveCount(0);
    await expect(target.locator("td").first()).toHaveText(String(before + 1));
    await head.context().close();
  });

  test("officer: opens the dossier from 'Hồ sơ của tôi' and submits the result", async ({ browser }) => {
    const officer = await signedIn(browser, USERS.officer);
    await expect(officer).toHaveURL(/\/ho-so$/);
    await expect(officer.getByRole("heading", { level: 1, name: "Hồ sơ của tôi" })).toBeVisible();
    await officer.getByTestId("worklist-table").getByRole("link", { name: code, exact: true }).click();
    await expect(officer.getByRole("heading", { level: 1, name: `Hồ sơ ${code}` })).toBeVisible();
    await press(officer, "Trình duyệt kết quả", async (form) => {
      await form.getByLabel("Giải quyết", { exact: true }).check();
    });
    await expect(status(officer)).toHaveText("Đang xử lý – Chờ trưởng phòng duyệt");
    await officer.context().close();
  });

  test("head of office: approves from the 'chờ trưởng phòng duyệt' card; the overdue warning opens its list", async ({
    browser,
  }) => {
    const head = await signedIn(browser, USERS.head);
    await head.getByRole("link", { name: "Chờ trưởng phòng duyệt", exact: true }).click();
    await expect(head).toHaveURL(/trang-thai=IN_PROCESSING\.AWAITING_HEAD_APPROVAL/);
    await head.getByTestId("worklist-table").getByRole("link", { name: code, exact: true }).click();
    await press(head, "Duyệt kết quả");
    await expect(status(head)).toHaveText("Đang xử lý – Chờ lãnh đạo ký duyệt");
    // The overdue figure of the overview is a way into the office's overdue list.
    await menu(head).getByRole("link", { name: "Tổng quan phòng" }).click();
    await head
      .getByTestId("early-warnings")
      .getByRole("link", { name: /^Quá hạn/ })
      .click();
    await expect(head).toHaveURL(/pham-vi=cua-phong&han=qua-han/);
    await expect(head.getByTestId("worklist-count")).toBeVisible();
    // The office's figures of a period: the leadership dashboard, scoped to the head's office.
    await menu(head).getByRole("link", { name: "Số liệu của phòng" }).click();
    await expect(head.getByRole("heading", { level: 1, name: "Số liệu của Văn phòng HĐND và UBND" })).toBeVisible();
    await expect(head.getByTestId("dashboard-breadcrumb")).toContainText("Văn phòng HĐND và UBND");
    await expect(head.getByTestId("dashboard-indicators")).toBeVisible();
    await head.context().close();
  });

  test("leadership: signs from the dashboard's card, switches the report year, opens the units' figures", async ({
    browser,
  }) => {
    const leader = await signedIn(browser, USERS.leader);
    await expect(leader).toHaveURL(/\/lanh-dao$/);
    await expect(leader.getByTestId("awaiting-leader-approval")).not.toHaveText("0");
    await leader.getByRole("link", { name: "Hồ sơ chờ lãnh đạo ký duyệt" }).click();
    await leader.getByTestId("worklist-table").getByRole("link", { name: code, exact: true }).click();
    await press(leader, "Duyệt kết quả");
    await expect(status(leader)).toHaveText("Đã xử lý xong");

    await menu(leader).getByRole("link", { name: "Điều hành" }).click();
    const year = leader.getByTestId("leader-year-table");
    await expect(year.getByRole("rowheader", { name: "Phường Sơn Tây" })).toBeVisible();
    await leader.getByTestId("report-year-switch").getByRole("link", { name: "Năm 2025" }).click();
    await expect(leader).toHaveURL(/nam=2025/);
    await expect(year).toContainText("2025");
    // The units' figures on lateness and apologies, by office for the whole year.
    await menu(leader).getByRole("link", { name: "Báo cáo trễ hạn" }).click();
    await leader.getByRole("combobox", { name: "Kỳ báo cáo", exact: true }).selectOption({ label: "Năm nay" });
    await leader.getByRole("combobox", { name: "Nhóm theo", exact: true }).selectOption({ label: "Phòng, ban" });
    await leader.getByRole("button", { name: "Xem báo cáo" }).click();
    await expect(leader).toHaveURL(/nhom=phong/);
    await expect(leader.locator("main table").first()).toContainText("Văn phòng HĐND và UBND");
    await leader.context().close();
  });

  test("home-affairs inspector: the ranking and the lateness report by unit", async ({ browser }) => {
    const inspector = await signedIn(browser, USERS.inspector);
    await expect(inspector).toHaveURL(/\/noi-vu$/);
    const ranking = inspector.getByTestId("ranking-table");
    await expect(ranking.locator("tbody tr").filter({ hasText: "Phường Sơn Tây" })).toBeVisible();
    await menu(inspector).getByRole("link", { name: "Báo cáo trễ hạn" }).click();
    await expect(inspector).toHaveURL(/\/bao-cao\/tre-han$/);
    await inspector.getByRole("combobox", { name: "Kỳ báo cáo", exact: true }).selectOption({ label: "Năm nay" });
    await inspector.getByRole("button", { name: "Xem báo cáo" }).click();
    // The ranking's table names the ward too: the report's own address and period first.
    await expect(inspector).toHaveURL(/\/bao-cao\/tre-han\?.*ky=nam/);
    await expect(inspector.locator("main table").first()).toContainText("Phường Sơn Tây");
    await inspector.context().close();
  });

  test("administrator: units, users, the catalogue and the calendar from the menu", async ({ browser }) => {
    const admin = await signedIn(browser, USERS.admin);
    await expect(admin).toHaveURL(/\/quan-tri$/);
    // A unit and its offices.
    await menu(admin).getByRole("link", { name: "Đơn vị, sáp nhập" }).click();
    await admin.getByRole("link", { name: "Phường Sơn Tây", exact: true }).click();
    await expect(admin).toHaveURL(/\/quan-tri\/don-vi\/PST$/);
    await expect(admin.getByText("Văn phòng HĐND và UBND").first()).toBeVisible();
    // A user, found by role.
    await menu(admin).getByRole("link", { name: "Người dùng" }).click();
    await admin.getByLabel("Vai trò").selectOption({ label: "Cán bộ tiếp nhận" });
    await admin.getByRole("button", { name: "Lọc" }).click();
    await admin.getByTestId("user-table").getByRole("link", { name: USERS.desk, exact: true }).click();
    await expect(admin).toHaveURL(new RegExp(`/quan-tri/nguoi-dung/${USERS.desk.replace(".", "\\.")}$`));
    // A procedure of the catalogue.
    await menu(admin).getByRole("link", { name: "Thủ tục hành chính" }).click();
    await admin
      .getByRole("link", { name: /Đăng ký kết hôn/ })
      .first()
      .click();
    await expect(admin).toHaveURL(/\/quan-tri\/thu-tuc\/[^/]+$/);
    await expect(admin.getByRole("heading", { level: 1 })).toContainText("Đăng ký kết hôn");
    // The working calendar.
    await menu(admin).getByRole("link", { name: "Lịch làm việc" }).click();
    await expect(admin).toHaveURL(/\/quan-tri\/lich-lam-viec$/);
    await expect(admin.getByRole("heading", { level: 1 })).toBeVisible();
    await expect(admin.locator("main")).toContainText("Tết");
    // The audit log, labelled throughout.
    await menu(admin).getByRole("link", { name: "Nhật ký truy cập" }).click();
    await expect(admin).toHaveURL(/\/quan-tri\/nhat-ky$/);
    await expect(admin.getByTestId("audit-log-table")).toBeVisible();
    await admin.context().close();
  });
});
