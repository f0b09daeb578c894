// The reception desk, keyboard only: find the procedure, tick the documents, type the applicant, receive; print the
// receipt (form 01, with its QR code); a bad CCCD gets its Vietnamese message; an incomplete dossier gets form 02.
import { expect, test, type Page } from "@playwright/test";
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
    const idNumber = page.getByLabel("Số CCCD (12 chữ số)");
    await expect(page.locator("#err-applicantIdNumber")).toHaveText("Số CCCD phải gồm đúng 12 chữ số.");
    await expect(idNumber).toBeFocused();
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
});
