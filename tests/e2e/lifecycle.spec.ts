// The life of one dossier through the dossier page, each person in their own browser: the desk registers it
// (/tiep-nhan/moi), the head of Tư pháp - Hộ tịch assigns it, the officer asks for a supplement, the desk records its
// arrival, the officer submits, the head and the ward's leadership approve (Đăng ký kết hôn needs the leader's
// signature), the desk returns the result; the page then says it was early or on time. Another ward's officer
// opening the same URL gets the 404 page.
import { expect, test, type Page } from "@playwright/test";
import { signedIn } from "./login-steps";

// Demo world (src/tooling/demo-world/people.ts): phường Tùng Thiện (PTT) has a head of tư pháp - hộ tịch in its Văn phòng HĐND
// và UBND, the office that handles Đăng ký kết hôn since 1/7/2025.
const USERS = {
  desk: "tiepnhan.tungthien",
  officer: "chuyenvien.tungthien",
  head: "truongphong.tungthien",
  leader: "lanhdao.tungthien",
  otherWardOfficer: "chuyenvien.doaiphuong",
} as const;

/** Opens the dossier page, presses a command's button, fills its form and confirms; waits for the success message. */
async function perform(
  page: Page,
  code: string,
  command: string,
  fill?: (form: ReturnType<Page["getByRole"]>) => Promise<void>,
) {
  await page.goto(`/ho-so/${code}`);
  const actions = page.getByRole("region", { name: "Thao tác" });
  await actions.getByRole("button", { name: command, exact: true }).click();
  const form = page.getByRole("form", { name: command });
  await expect(form).toBeVisible();
  if (fill) await fill(form);
  await form.getByRole("button", { name: "Xác nhận" }).click();
  const message = page.getByTestId("action-message");
  await expect(message.getByRole("status")).toContainText(`Đã thực hiện «${command}»`);
  await expect(message).toBeFocused();
}

const status = (page: Page) => page.getByTestId("dossier-status");

test.describe("dossier lifecycle", () => {
  test("from the desk to the returned result, early or on time; invisible to another ward", async ({ browser }) => {
    test.setTimeout(180_000);

    // 1. The desk registers a marriage registration.
    const desk = await signedIn(browser, USERS.desk);
    await desk.goto("/tiep-nhan/moi");
    const search = desk.getByRole("combobox", { name: "Tìm thủ tục theo tên hoặc mã" });
    await search.fill("dang ky ket hon");
    await desk
      .getByRole("option", { name: /^Đăng ký kết hôn/ })
      .first()
      .click();
    const checklist = desk.getByTestId("document-checklist");
    await expect(checklist).toBeVisible();
    for (const box of await checklist.getByRole("checkbox").all()) await box.check();
    await desk.locator("#applicantName").fill("Nguyễn Thị Thu Hà");
    await desk.locator("#applicantIdNumber").fill("001190054321");
    await desk.locator("#applicantPhone").fill("0912345679");
    await desk.locator("#applicantAddress").fill("Số 8 phố Chùa Mía, phường Tùng Thiện");
    await desk.locator("#applicantAddress").press("Enter");
    await expect(desk).toHaveURL(/\/tiep-nhan\/PTT-\d{6}-\d{4}$/);
    const code = (await desk.getByTestId("dossier-code").textContent())?.trim() ?? "";
    expect(code).toMatch(/^PTT-\d{6}-\d{4}$/);

    // The dossier page: header, control slip, print buttons; nothing for the desk to do while it is being handled.
    await desk.goto(`/ho-so/${code}`);
    await expect(desk.getByRole("heading", { level: 1, name: `Hồ sơ ${code}` })).toBeVisible();
    await expect(status(desk)).toHaveText("Đang xử lý – Chờ phân công");
    await expect(desk.getByText("Nguyễn Thị Thu Hà").first()).toBeVisible();
    await expect(desk.getByRole("link", { name: "In phiếu tiếp nhận (mẫu 01)" })).toHaveAttribute(
      "href",
      `/in/ho-so/${code}/phieu-tiep-nhan`,
    );
    await expect(desk.getByRole("link", { name: "In phiếu kiểm soát (mẫu 05)" })).toHaveAttribute(
      "href",
      `/in/ho-so/${code}/phieu-kiem-soat`,
    );
    await expect(desk.getByTestId("handoffs")).toContainText("Văn phòng HĐND và UBND");

    // 2. The head finds it in the office's list and assigns the officer.
    const head = await signedIn(browser, USERS.head);
    await head.goto(`/ho-so?pham-vi=cua-phong&tim=${code}`);
    await expect(head.getByTestId("worklist-table").getByRole("link", { name: code })).toBeVisible();
    await perform(head, code, "Phân công xử lý", async (form) => {
      await form.getByLabel("Cán bộ được phân công").selectOption({ index: 1 });
    });
    await expect(status(head)).toHaveText("Đang xử lý – Chuyên viên đang xử lý");

    // 3. The officer sees it in "của tôi" and asks for a supplement: the clock pauses, form 02 can be printed.
    const officer = await signedIn(browser, USERS.officer);
    await officer.goto(`/ho-so?tim=${code}`);
    await expect(officer.getByTestId("worklist-table").getByRole("link", { name: code })).toBeVisible();
    await perform(officer, code, "Yêu cầu bổ sung hồ sơ", async (form) => {
      await form.getByLabel("Lý do").fill("Giấy xác nhận tình trạng hôn nhân đã quá 6 tháng, đề nghị cấp lại.");
    });
    await expect(status(officer)).toHaveText("Yêu cầu bổ sung giấy tờ");
    await expect(officer.getByTestId("dossier-timeliness")).toContainText("Đang tạm dừng");
    await expect(officer.getByRole("link", { name: /In phiếu yêu cầu bổ sung \(mẫu 02\)/ })).toHaveAttribute(
      "href",
      new RegExp(`/in/ho-so/${code}/yeu-cau-bo-sung/`),
    );
    await expect(officer.getByTestId("pauses")).toContainText("Giấy xác nhận tình trạng hôn nhân đã quá 6 tháng");

    // 4. The applicant brings the paper to the desk.
    await perform(desk, code, "Ghi nhận đã bổ sung");
    await expect(status(desk)).toHaveText("Đang xử lý – Chuyên viên đang xử lý");

    // 5. The officer submits a grant; the head approves and passes it to the leadership, who signs.
    await perform(officer, code, "Trình duyệt kết quả", async (form) => {
      await form.getByLabel("Giải quyết", { exact: true }).check();
    });
    await perform(head, code, "Duyệt kết quả");
    await expect(status(head)).toHaveText("Đang xử lý – Chờ lãnh đạo ký duyệt");
    const leader = await signedIn(browser, USERS.leader);
    await perform(leader, code, "Duyệt kết quả");
    await expect(status(leader)).toHaveText("Đã xử lý xong");

    // 6. The desk returns the result; finished before (or on) the appointment day.
    await perform(desk, code, "Trả kết quả", async (form) => {
      // The applicant collects in person: name and CCCD are proposed; the desk types the result's number.
      await form.getByLabel("Số/ký hiệu kết quả").fill("12/GCNKH-UBND");
    });
    await expect(status(desk)).toHaveText("Đã trả kết quả");
    await expect(desk.getByTestId("return-method")).toContainText("Trả tại Bộ phận Một cửa");
    await expect(desk.getByTestId("return-collector")).toContainText("Nguyễn Thị Thu Hà (Người nộp hồ sơ)");
    await expect(desk.getByTestId("dossier-timeliness")).toHaveText(/Trước hạn|Đúng hạn/);
    await expect(desk.getByTestId("timeline")).toContainText("Trả kết quả");
    await expect(desk.getByRole("button", { name: "Trả kết quả", exact: true })).toHaveCount(0);

    // 7. Another ward's officer: the same answer as for a code that does not exist.
    const stranger = await signedIn(browser, USERS.otherWardOfficer);
    const response = await stranger.goto(`/ho-so/${code}`);
    expect(response?.status()).toBe(404);
    await expect(stranger.getByRole("heading", { name: "Không tìm thấy hồ sơ" })).toBeVisible();
    await expect(stranger.getByText("Nguyễn Thị Thu Hà")).toHaveCount(0);

    // 8. The control slip (form 05) prints every step of this life, each against its own deadline (Thông tư
    // 01/2018/TT-VPCP, mẫu số 05): desk → office, officer → head, head → leadership, leadership → desk, return.
    const [slip] = await Promise.all([
      desk.context().waitForEvent("page"),
      desk.getByRole("link", { name: "In phiếu kiểm soát (mẫu 05)" }).click(),
    ]);
    await expect(slip.getByRole("heading", { name: "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ" })).toBeVisible();
    const rows = slip
      .getByRole("table")
      .getByRole("row")
      .filter({ has: slip.getByRole("cell") });
    await expect(rows).toHaveCount(5);
    const steps = [
      "Tiếp nhận, chuyển hồ sơ",
      "Thụ lý, giải quyết",
      "Lãnh đạo phòng xem xét, trình",
      "Lãnh đạo cơ quan ký duyệt",
      "Trả kết quả",
    ];
    for (const [i, name] of steps.entries()) {
      await expect(rows.nth(i)).toContainText(name);
      // Done within seconds of each other, well before each step's deadline.
      await expect(rows.nth(i)).toContainText(/Trước hạn|Đúng hạn/);
      await expect(rows.nth(i)).toContainText(/\d{2}\/\d{2}\/\d{4}\s+\d{2}:\d{2}/);
    }
    await expect(rows.nth(4)).toContainText("Nguyễn Thị Thu Hà");
    await expect(slip.locator("body")).not.toContainText(/\b[A-Z]+_[A-Z_]+\b|RECEPTION|HANDLING|SIGNING/);
    await slip.close();
  });
});
