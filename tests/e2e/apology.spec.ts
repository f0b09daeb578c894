// Late dossiers and the apology letter (form 04), end to end on the demo world: a dossier at risk shows in the head's
// early warnings, the assigned officer drafts the letter (the new appointment previewed by the server), the head of
// the office signs it after a confirmation that states the new date (the banner goes), the dossier page shows the new appointment and the original one, the public tracking page
// shows the signed letter with its number, and the letter prints.
import { expect, test, type Browser, type Page } from "./support/test";
import { login } from "./login-steps";

// Demo world (src/tooling/demo-world/people.ts): phường Tùng Thiện's Tư pháp - Hộ tịch has an officer and a head.
const USERS = { desk: "tiepnhan.tungthien", officer: "chuyenvien.tungthien", head: "truongphong.tungthien" } as const;
/** Enough working days after an overdue appointment for the new one to lie in the future. */
const EXTRA_WORKING_DAYS = "20";

async function signedIn(browser: Browser, username: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await login(page, username);
  return page;
}

/** The first dossier of the officer's "cần xin lỗi" list (latest appointment first) whose page offers the draft form. */
async function findDossierToApologiseFor(officer: Page): Promise<string | null> {
  const response = await officer.goto("/ho-so?han=can-xin-loi&sap-xep=hen-giam");
  if (!response?.ok()) return null;
  const codes = await officer
    .locator("tbody tr[data-code]")
    .evaluateAll((rows) => rows.map((row) => row.getAttribute("data-code")!).slice(0, 12));
  for (const code of codes) {
    await officer.goto(`/ho-so/${code}`);
    if (await officer.getByTestId("apology-draft-form").isVisible()) return code;
  }
  return null;
}

/**
 * A same-day procedure registered at the desk now and assigned to the officer: its appointment is today's (or the
 * next working day's) close of office, so it is at risk at once, whatever the day the suite runs.
 */
async function registerAtRisk(browser: Browser): Promise<string> {
  const desk = await signedIn(browser, USERS.desk);
  await desk.goto("/tiep-nhan/moi");
  await desk.getByRole("combobox", { name: "Tìm thủ tục theo tên hoặc mã" }).fill("dang ky khai tu");
  await desk
    .getByRole("option", { name: /^Đăng ký khai tử/ })
    .first()
    .click();
  const checklist = desk.getByTestId("document-checklist");
  await expect(checklist).toBeVisible();
  for (const box of await checklist.getByRole("checkbox").all()) await box.check();
  await desk.locator("#applicantName").fill("Phạm Thị Minh Thu");
  await desk.locator("#applicantIdNumber").fill("001190077777");
  await desk.locator("#applicantPhone").fill("0912345677");
  await desk.locator("#applicantAddress").fill("Số 5 phố Lê Lợi, phường Tùng Thiện");
  await desk.locator("#applicantAddress").press("Enter");
  await expect(desk).toHaveURL(/\/tiep-nhan\/PTT-\d{6}-\d{4}$/);
  const code = (await desk.getByTestId("dossier-code").textContent())!.trim();
  await desk.context().close();

  const head = await signedIn(browser, USERS.head);
  await head.goto(`/ho-so/${code}`);
  await head
    .getByRole("region", { name: "Thao tác" })
    .getByRole("button", { name: "Phân công xử lý", exact: true })
    .click();
  const form = head.getByRole("form", { name: "Phân công xử lý" });
  await form.getByLabel("Cán bộ được phân công").selectOption({ index: 1 });
  await form.getByRole("button", { name: "Xác nhận" }).click();
  await expect(head.getByTestId("action-message").getByRole("status")).toContainText("Đã thực hiện «Phân công xử lý»");
  await head.context().close();
  return code;
}

test("a dossier at risk: warned, apologised for, signed, rescheduled, tracked and printed", async ({ browser }) => {
  test.setTimeout(240_000);
  // Prefer one of the demo world's own overdue / at-risk dossiers of the officer; else register a controlled one.
  const officer = await signedIn(browser, USERS.officer);
  const code = (await findDossierToApologiseFor(officer)) ?? (await registerAtRisk(browser));
  expect(code).toMatch(/^PTT-\d{6}-\d{4}$/);

  // The head's home warns about it: the "cần lập phiếu xin lỗi" card leads to the office's list, which holds it.
  const head = await signedIn(browser, USERS.head);
  await head.goto("/truong-phong");
  const warnings = head.getByTestId("early-warnings");
  await expect(warnings).toBeVisible();
  await expect(head.getByTestId("warning-apologyDue")).not.toHaveText("0");
  await warnings.getByRole("link", { name: /Cần lập phiếu xin lỗi/ }).click();
  await expect(head).toHaveURL(/pham-vi=cua-phong/);
  await expect(head).toHaveURL(/han=can-xin-loi/);
  await expect(head.locator('[data-quick="apologyDue"][aria-current="page"]')).toBeVisible();
  await head.goto(`/ho-so?pham-vi=cua-phong&han=can-xin-loi&tim=${code}`);
  await expect(head.locator(`tr[data-code="${code}"]`)).toBeVisible();

  // The officer's page: the banner says an apology is due (or overdue); the draft form previews the new date.
  await officer.goto(`/ho-so/${code}`);
  await expect(officer.getByTestId("apology-banner")).toContainText(
    /Cần lập phiếu xin lỗi trước|Đã quá hạn lập phiếu xin lỗi/,
  );
  const draftForm = officer.getByTestId("apology-draft-form");
  await draftForm.getByLabel("Trễ hạn").check();
  await draftForm
    .getByLabel("Lý do chậm trễ / sai sót")
    .fill("Đang chờ ý kiến xác minh của cơ quan liên quan; hồ sơ cần thêm thời gian thẩm định.");
  await draftForm.getByLabel("Số ngày làm việc hẹn thêm").fill(EXTRA_WORKING_DAYS);
  const preview = officer.getByTestId("apology-preview-date");
  // The server's preview follows the typed number of days; wait for that one, not the default's.
  await expect(draftForm).toContainText(`Hẹn lại thêm ${EXTRA_WORKING_DAYS} ngày làm việc`);
  await expect(preview).toHaveText(/^17:00 \d{2}\/\d{2}\/\d{4}$/);
  const proposed = (await preview.textContent())!;
  await draftForm.getByRole("button", { name: "Lập phiếu, trình trưởng phòng ký" }).click();
  await expect(officer.getByTestId("apology-draft-message")).toContainText("Đã lập phiếu xin lỗi");
  const letters = officer.getByTestId("apologies");
  await expect(letters.locator('tr[data-apology-status="DRAFT"]')).toContainText("Chờ ký");
  await expect(officer.getByTestId("apology-draft-refusal")).toContainText("đang chờ trưởng phòng ký");

  // The head signs it, in two steps: "Ký phiếu" states the consequence (the appointment moves to the new date, it
  // cannot be undone); only the second button, naming the new date, signs. Cancelling leaves the letter unsigned.
  await head.goto(`/ho-so/${code}`);
  await expect(head.getByTestId("apology-banner")).toBeVisible();
  const draftRow = head.getByTestId("apologies").locator('tr[data-apology-status="DRAFT"]');
  const signButton = draftRow.getByTestId("apology-approve");
  await signButton.click();
  await expect(signButton).toHaveAttribute("aria-expanded", "true");
  const confirmation = head.getByRole("group", { name: "Xác nhận ký phiếu xin lỗi" });
  await expect(confirmation).toBeFocused();
  await expect(confirmation).toContainText(`sang ${proposed}`);
  await expect(confirmation).toContainText("không thể hoàn tác");
  await confirmation.getByRole("button", { name: "Hủy" }).click();
  await expect(confirmation).toHaveCount(0);
  await expect(head.getByTestId("apologies").locator('tr[data-apology-status="DRAFT"]')).toHaveCount(1);
  await signButton.click();
  await confirmation.getByRole("button", { name: `Ký phiếu, hẹn lại ngày ${proposed}` }).click();
  await expect(head.getByTestId("apology-decision-message")).toContainText("Đã ký phiếu xin lỗi số");
  // Signed: the "apology due / overdue" banner goes at once, without reloading.
  await expect(head.getByTestId("apology-banner")).toHaveCount(0);
  const signedRow = head.getByTestId("apologies").locator('tr[data-apology-status="APPROVED"]').last();
  await expect(signedRow).toContainText("Đã ký");
  const number = (await signedRow.getByTestId("apology-number").textContent())!.trim();
  expect(number).toMatch(/^[A-Z0-9]+-04-\d{6}-\d{3}$/);

  // The dossier page: the new appointment, and the original one with the letter's number.
  await officer.goto(`/ho-so/${code}`);
  await expect(officer.getByTestId("appointment")).toContainText(proposed);
  await expect(officer.getByTestId("original-appointment")).toContainText(`Hẹn ban đầu`);
  await expect(officer.getByTestId("original-appointment")).toContainText(`(đã hẹn lại theo phiếu số ${number})`);
  await expect(officer.getByTestId("apology-banner")).toHaveCount(0);
  // The history names the letter's steps in words, never by their codes.
  const timeline = officer.getByTestId("timeline");
  await expect(timeline).toContainText("Lập phiếu xin lỗi và hẹn lại ngày trả kết quả");
  await expect(timeline).toContainText("Ký phiếu xin lỗi, hẹn lại ngày trả kết quả");
  await expect(timeline).not.toContainText(/draft_apology|approve_apology|\b[a-z]+_[a-z_]+\b/);
  await expect(timeline).toContainText("Đang xử lý – Chờ phân công → Đang xử lý – Chuyên viên đang xử lý");

  // Form 04 prints, final (no draft mark), with the letter's number.
  await officer.goto(`/ho-so/${code}`);
  const printHref = await officer
    .getByTestId("apologies")
    .locator('tr[data-apology-status="APPROVED"]')
    .last()
    .getByRole("link", { name: /In phiếu xin lỗi/ })
    .getAttribute("href");
  expect(printHref).toMatch(new RegExp(`^/in/ho-so/${code}/xin-loi/`));
  await officer.goto(printHref!);
  await expect(officer.getByRole("heading", { name: "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ" })).toBeVisible();
  await expect(officer.getByText(`Số: ${number}`)).toBeVisible();
  await expect(officer.getByText("thành thật xin lỗi ông/bà", { exact: false })).toBeVisible();
  await expect(officer.locator("[data-draft-mark]")).toHaveCount(0);
  // A ward's section has no seal: it signs for the ward, and the ward's kind is lower case inside sentences.
  const letter = officer.locator("main");
  await expect(letter).toContainText("ĐẠI DIỆN UBND PHƯỜNG TÙNG THIỆN");
  await expect(letter).toContainText("(Ký và ghi rõ họ tên)");
  await expect(letter).not.toContainText("đóng dấu");
  await expect(letter).toContainText("UBND phường Tùng Thiện");
  expect(await letter.innerText()).not.toMatch(/[a-zà-ỹ,] (Phường|Thị xã|Xã) [A-ZĐ]/u);
  const pdf = await officer.request.get(printHref!.replace("/in/", "/api/pdf/"));
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");

  // The public tracking page, with the key printed on the receipt (form 01), shows the signed letter.
  await officer.goto(`/in/ho-so/${code}/phieu-tiep-nhan`);
  const qrLabel = await officer.getByRole("img", { name: /Mã QR tra cứu hồ sơ/ }).getAttribute("aria-label");
  const trackingKey = new URL(qrLabel!.replace(/^Mã QR tra cứu hồ sơ: /, "")).searchParams.get("xac-thuc")!;
  await expect(officer.getByText(trackingKey, { exact: true }).first()).toBeVisible();
  const visitor = await browser.newContext();
  const publicPage = await visitor.newPage();
  await publicPage.goto(`/tra-cuu?ma=${encodeURIComponent(code)}&xac-thuc=${encodeURIComponent(trackingKey)}`);
  await expect(publicPage.getByRole("heading", { name: "Thư xin lỗi và hẹn lại ngày trả kết quả" })).toBeVisible();
  await expect(publicPage.getByText(`Phiếu xin lỗi số ${number}`, { exact: false })).toBeVisible();

  await visitor.close();
  await head.context().close();
  await officer.context().close();
});
