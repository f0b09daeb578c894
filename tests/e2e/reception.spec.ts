// The reception desk, keyboard only: find the procedure, tick the documents, type the applicant, receive; print the
// receipt (form 01, with its QR code); a bad CCCD gets its Vietnamese message; an incomplete dossier gets form 02.
// The way in is a click from the desk home, and the form reports every error in one round, focusing the first.
import { expect, test, type Page } from "./support/test";
import { login } from "./login-steps";

/** Presses Tab until the element with this id has the focus (the desk is used without a mouse). */
async function tabTo(page: Page, id: string, max = 25) {
  for (let i = 0; i < max; i++) {
    if (await page.evaluate((target) => document.activeElement?.id === target, id)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`could not reach #${id} with Tab`);
}

/** Types the search, waits for the procedure among the results and chooses it with Enter. */
async function chooseProcedure(page: Page, query: string, name: string) {
  const search = page.getByRole("combobox", { name: "Tìm thủ tục theo tên hoặc mã" });
  await expect(search).toBeFocused();
  await page.keyboard.type(query);
  await expect(page.getByRole("option").first()).toContainText(name);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("document-checklist")).toBeVisible();
  // Focus has moved to the first document.
  await expect(page.locator("#documents-0-received")).toBeFocused();
}

async function fillApplicant(page: Page, applicant: { name: string; id: string; phone: string; address: string }) {
  await tabTo(page, "applicantName");
  await page.keyboard.type(applicant.name);
  await page.keyboard.press("Tab");
  await page.keyboard.type(applicant.id);
  await page.keyboard.press("Tab");
  await page.keyboard.type(applicant.phone);
  await page.keyboard.press("Tab");
  await page.keyboard.type(applicant.address);
}

test.describe("reception desk", () => {
  test("registers a dossier with the keyboard, prints the receipt, validates the CCCD and issues form 02", async ({
    page,
  }) => {
    await login(page, "tiepnhan.tungthien");
    await page.goto("/tiep-nhan/moi");
    await expect(page.getByRole("heading", { level: 1, name: "Tiếp nhận hồ sơ mới" })).toBeVisible();

    // 1. Procedure, accent-insensitive, chosen with Enter.
    await chooseProcedure(page, "dang ky khai sinh", "Đăng ký khai sinh");
    await expect(page.getByTestId("appointment-preview")).toContainText(/Hẹn trả: \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
    await expect(page.getByTestId("procedure-facts")).toContainText("Trong ngày");

    // 2. Tick every document with the space bar (each row: checkbox, then its number of copies).
    const rows = await page.getByTestId("document-checklist").getByRole("checkbox").count();
    for (let index = 0; index < rows; index++) {
      await tabTo(page, `documents-${index}-received`);
      await page.keyboard.press("Space");
      await expect(page.locator(`#documents-${index}-received`)).toBeChecked();
    }

    // 3. Applicant, then Enter receives the dossier.
    await fillApplicant(page, {
      name: "Nguyễn Thị Hoa",
      id: "001190012345",
      phone: "0912345678",
      address: "Số 12 phố Lê Lợi, phường Tùng Thiện",
    });
    await page.keyboard.press("Enter");

    // Success view: the code, big, and the appointment.
    await expect(page).toHaveURL(/\/tiep-nhan\/PTT-\d{6}-\d{4}$/);
    const code = (await page.getByTestId("dossier-code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^PTT-\d{6}-\d{4}$/);
    await expect(page.getByTestId("success-appointment")).toHaveText(/\d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);

    // The receipt (form 01): the print link has the focus; Enter opens it; the slip carries the code and a QR code.
    const printLink = page.getByRole("link", { name: "In giấy tiếp nhận (mẫu 01)" });
    await expect(printLink).toBeFocused();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(new RegExp(`/in/ho-so/${code}/phieu-tiep-nhan$`));
    const slip = page.locator("main");
    await expect(slip.getByText(code).first()).toBeVisible();
    await expect(slip.locator("svg, img").first()).toBeVisible();

    // Back to the success view; "N" starts the next dossier.
    await page.goBack();
    await expect(page.getByTestId("dossier-code")).toHaveText(code);
    await page.keyboard.press("n");
    await expect(page).toHaveURL(/\/tiep-nhan\/moi$/);

    // A bad CCCD: the Vietnamese message under the field, which takes the focus.
    await chooseProcedure(page, "khai sinh", "Đăng ký khai sinh");
    await tabTo(page, "documents-0-received");
    await page.keyboard.press("Space");
    await fillApplicant(page, {
      name: "Trần Văn Nam",
      id: "12345",
      phone: "0987654321",
      address: "Số 3 ngõ Văn Miếu, phường Tùng Thiện",
    });
    await page.keyboard.press("Enter");
    // Both at once: the documents not ticked (first in the form, so its first unticked box takes the focus) and the CCCD.
    const idNumber = page.getByLabel("Số CCCD (12 chữ số)");
    await expect(page.locator("#err-applicantIdNumber")).toHaveText("Số CCCD phải gồm đúng 12 chữ số.");
    await expect(page.locator("#err-documents")).toContainText("Giấy chứng sinh");
    await expect(page.locator("#documents-1-received")).toBeFocused();
    await expect(idNumber).toHaveAttribute("aria-invalid", "true");
    await expect(idNumber).toHaveAttribute("aria-describedby", /err-applicantIdNumber/);

    // The dossier is incomplete (only the first document was ticked): form 02, pre-filled with the missing ones.
    await page.getByRole("button", { name: "Hồ sơ chưa đầy đủ (mẫu 02)" }).press("Enter");
    const missing = page.getByLabel("Giấy tờ cần bổ sung, hoàn thiện (mỗi giấy tờ một dòng)");
    await expect(missing).toBeFocused();
    await expect(missing).toHaveValue(/Giấy chứng sinh \(bản chính\)/);
    await page.getByRole("button", { name: "Lập và in phiếu yêu cầu bổ sung" }).press("Enter");

    await expect(page).toHaveURL(/\/in\/phieu\/PTT-02-\d{6}-\d{4}$/);
    await expect(
      page.getByRole("heading", { level: 1, name: "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ" }),
    ).toBeVisible();
    await expect(page.locator("main").getByText("Giấy chứng sinh (bản chính)")).toBeVisible();
    await expect(page.locator("main").getByText("Trần Văn Nam")).toBeVisible();
  });

  test("opens the form from the desk home and reports every error at once, focusing the first", async ({ page }) => {
    await login(page, "tiepnhan.sontay");
    await expect(page).toHaveURL(/\/tiep-nhan$/);

    // The menu and the home lead to the form; the figures the desk acts on open their lists.
    const menu = page.getByRole("navigation", { name: "Menu chính" });
    await expect(menu.getByRole("link", { name: "Tiếp nhận hồ sơ mới" })).toHaveAttribute("href", "/tiep-nhan/moi");
    await expect(page.getByRole("link", { name: "Hồ sơ trực tuyến chờ tiếp nhận", exact: true })).toHaveAttribute(
      "href",
      "/tiep-nhan/truc-tuyen",
    );
    await page.getByRole("link", { name: "Kết quả chờ trả", exact: true }).click();
    await expect(page).toHaveURL(/\/ho-so\?.*trang-thai=/);
    await page.goBack();
    await expect(page).toHaveURL(/\/tiep-nhan$/);
    await page.getByRole("main").getByRole("link", { name: "Tiếp nhận hồ sơ mới" }).click();
    await expect(page).toHaveURL(/\/tiep-nhan\/moi$/);
    await expect(page.getByRole("heading", { level: 1, name: "Tiếp nhận hồ sơ mới" })).toBeVisible();
    // Our own messages, not the browser's bubbles.
    await expect(page.getByRole("form", { name: "Phiếu tiếp nhận hồ sơ" })).toHaveAttribute("novalidate", "");

    // 1. Nothing filled: every missing field in one round; the procedure search, first in the form, has the focus.
    const submit = page.getByRole("button", { name: "Tiếp nhận hồ sơ", exact: true });
    await submit.click();
    await expect(page.getByRole("alert").filter({ hasText: "Chưa tiếp nhận được hồ sơ" })).toContainText(
      "còn 5 chỗ cần sửa",
    );
    await expect(page.locator("#err-procedureId")).toHaveText("Xin vui lòng chọn thủ tục hành chính.");
    await expect(page.locator("#err-applicantName")).toHaveText("Xin vui lòng nhập họ và tên người nộp hồ sơ.");
    await expect(page.locator("#err-applicantIdNumber")).toHaveText(
      "Xin vui lòng nhập số CCCD (công dân) hoặc mã số thuế (tổ chức).",
    );
    await expect(page.locator("#err-applicantPhone")).toHaveText("Xin vui lòng nhập số điện thoại.");
    await expect(page.locator("#err-applicantAddress")).toHaveText("Xin vui lòng nhập địa chỉ.");
    const search = page.getByRole("combobox", { name: "Tìm thủ tục theo tên hoặc mã" });
    await expect(search).toBeFocused();
    await expect(search).toHaveAttribute("aria-invalid", "true");

    // 2. Procedure chosen, no document ticked, name empty, a 5-digit CCCD: three messages together.
    await chooseProcedure(page, "khai sinh", "Đăng ký khai sinh");
    await fillApplicant(page, {
      name: "",
      id: "12345",
      phone: "0912345678",
      address: "Số 8 phố Quang Trung, phường Sơn Tây",
    });
    await page.keyboard.press("Enter");
    await expect(page.locator("#err-documents")).toContainText("Còn giấy tờ bắt buộc chưa được đánh dấu đã nhận");
    await expect(page.locator("#err-applicantName")).toHaveText("Xin vui lòng nhập họ và tên người nộp hồ sơ.");
    await expect(page.locator("#err-applicantIdNumber")).toHaveText("Số CCCD phải gồm đúng 12 chữ số.");
    await expect(page.locator("#err-procedureId")).toBeEmpty();
    await expect(page.locator("#err-applicantPhone")).toBeEmpty();
    await expect(page.locator("#documents-0-received")).toBeFocused();
    const name = page.getByLabel("Họ và tên", { exact: true });
    await expect(name).toHaveAttribute("aria-invalid", "true");
    await expect(name).toHaveAttribute("aria-describedby", /err-applicantName/);

    // 3. Fixed: the dossier is received.
    await page.getByRole("button", { name: "Đánh dấu đã nhận tất cả" }).click();
    await name.fill("Lê Thị Mai");
    await page.getByLabel("Số CCCD (12 chữ số)").fill("001190054321");
    await submit.click();
    await expect(page).toHaveURL(/\/tiep-nhan\/PST-\d{6}-\d{4}$/);
  });
});
