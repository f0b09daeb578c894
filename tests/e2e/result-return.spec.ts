// Issue 11, "the return of a result", as the desk does it in Chromium: a marriage registration taken to "Đã xử lý xong"
// (the head, the officer and the ward's leadership), then the receptionist presses "Trả kết quả" on the dossier page.
// Post is not offered (the applicant did not ask for it at intake); an authorised person's fields appear only when
// chosen; a first try with mistakes shows every message at once with the focus on the first; the corrected form
// returns the result, and the page then shows the method and who collected it, in the "Trả kết quả" section and in the
// history (labelled, no codes). axe-core checks the form and the section.
import { expect, test, type Page } from "./support/test";
import { expectAccessible, performCommand as perform, signedIn } from "./login-steps";

// Demo world (src/tooling/demo-world/people.ts): phường Tùng Thiện's desk, Tư pháp - Hộ tịch and the ward's leadership.
const USERS = {
  desk: "tiepnhan.tungthien",
  officer: "chuyenvien.tungthien",
  head: "truongphong.tungthien",
  leader: "lanhdao.tungthien",
} as const;

const status = (page: Page) => page.getByTestId("dossier-status");

test("the desk returns a result to an authorised person and sees the method and the collector", async ({ browser }) => {
  test.setTimeout(240_000);

  // 1. The desk registers a marriage registration (no return by post asked for).
  const desk = await signedIn(browser, USERS.desk, { axe: true });
  await desk.goto("/tiep-nhan/moi");
  await desk.getByRole("combobox", { name: "Tìm thủ tục theo tên hoặc mã" }).fill("dang ky ket hon");
  await desk
    .getByRole("option", { name: /^Đăng ký kết hôn/ })
    .first()
    .click();
  const checklist = desk.getByTestId("document-checklist");
  await expect(checklist).toBeVisible();
  for (const box of await checklist.getByRole("checkbox").all()) await box.check();
  await desk.locator("#applicantName").fill("Đỗ Thị Minh Châu");
  await desk.locator("#applicantIdNumber").fill(`0011900${String(Date.now()).slice(-5)}`);
  await desk.locator("#applicantPhone").fill("0912345680");
  await desk.locator("#applicantAddress").fill("Số 3 phố Phùng Hưng, phường Tùng Thiện");
  await desk.locator("#applicantAddress").press("Enter");
  await expect(desk).toHaveURL(/\/tiep-nhan\/PTT-\d{6}-\d{4}$/);
  const code = (await desk.getByTestId("dossier-code").textContent())?.trim() ?? "";

  // 2. Handled and signed.
  const head = await signedIn(browser, USERS.head);
  await perform(head, code, "Phân công xử lý", async (form) => {
    await form.getByLabel("Cán bộ được phân công").selectOption({ index: 1 });
  });
  const officer = await signedIn(browser, USERS.officer);
  await perform(officer, code, "Trình duyệt kết quả", async (form) => {
    await form.getByLabel("Giải quyết", { exact: true }).check();
  });
  await perform(head, code, "Duyệt kết quả");
  const leader = await signedIn(browser, USERS.leader);
  await perform(leader, code, "Duyệt kết quả");

  // 3. The desk opens the return form by clicking.
  await desk.goto(`/ho-so/${code}`);
  await expect(status(desk)).toHaveText("Đã xử lý xong");
  await desk
    .getByRole("region", { name: "Thao tác" })
    .getByRole("button", { name: "Trả kết quả", exact: true })
    .click();
  const form = desk.getByRole("form", { name: "Trả kết quả" });
  await expect(form).toBeVisible();
  // Only the desk: post was not asked for, and no electronic result was issued; the form says why.
  await expect(form.getByRole("radio", { name: "Trả tại Bộ phận Một cửa" })).toBeChecked();
  await expect(form.getByRole("radio", { name: "Trả qua bưu chính công ích" })).toHaveCount(0);
  await expect(form).toContainText("Người nộp không đăng ký nhận kết quả qua bưu điện");
  // The applicant in person is proposed; an authorised person's fields are not there yet.
  await expect(form.getByLabel("Họ và tên người nhận")).toHaveValue("Đỗ Thị Minh Châu");
  await expect(form.getByLabel("Quan hệ với người nộp hồ sơ")).toHaveCount(0);

  await form.getByRole("radio", { name: "Người được ủy quyền" }).check();
  await expect(form.getByLabel("Họ và tên người nhận")).toHaveValue("");
  await form.getByLabel("Họ và tên người nhận").fill("Lê Văn Cường");
  await form.getByLabel("Số giấy tờ tùy thân").fill("12345");
  await expectAccessible(desk, "[data-testid='form-return_result']", "return form");

  // 4. A first try with mistakes: every message at once, the focus on the first field in error.
  await form.getByRole("button", { name: "Xác nhận" }).click();
  await expect(form).toContainText("Xin vui lòng nhập số/ký hiệu của kết quả");
  await expect(form).toContainText("Xin vui lòng ghi quan hệ của người được ủy quyền");
  await expect(form).toContainText("Xin vui lòng ghi giấy ủy quyền");
  await expect(form).toContainText("Số CCCD/căn cước phải gồm đúng 12 chữ số");
  await expect(form.getByLabel("Số/ký hiệu kết quả")).toBeFocused();
  await expect(status(desk)).toHaveText("Đã xử lý xong");

  // 5. Corrected with the keyboard's help (typing into the focused field), and confirmed.
  await desk.keyboard.type("125/GCNKH-UBND");
  await form.getByLabel("Quan hệ với người nộp hồ sơ").fill("Anh trai");
  await form.getByLabel("Giấy ủy quyền (số, ngày, nơi chứng thực)").fill("Số 45/2026, chứng thực tại UBND phường");
  await form.getByLabel("Số giấy tờ tùy thân").fill("001085012345");
  await form.getByRole("button", { name: "Xác nhận" }).click();
  await expect(desk.getByTestId("action-message").getByRole("status")).toContainText("Đã thực hiện «Trả kết quả»");
  await expect(status(desk)).toHaveText("Đã trả kết quả");

  // 6. The page shows how and to whom.
  const section = desk.getByTestId("result-return");
  await expect(section.getByTestId("return-method")).toContainText("Trả tại Bộ phận Một cửa");
  await expect(section.getByTestId("return-collector")).toContainText("Lê Văn Cường (Người được ủy quyền)");
  await expect(section).toContainText("125/GCNKH-UBND");
  await expect(section).toContainText("Anh trai");
  await expect(section).toContainText("Căn cước công dân / Thẻ căn cước: 001085012345");
  await expect(desk.getByTestId("timeline-return")).toHaveText(
    "Hình thức: Trả tại Bộ phận Một cửa; Người nhận: Người được ủy quyền; Số kết quả: 125/GCNKH-UBND",
  );
  await expectAccessible(desk, "section:has(#dossier-return-title)", "return section");
  await expect(desk.getByRole("button", { name: "Trả kết quả", exact: true })).toHaveCount(0);
});
