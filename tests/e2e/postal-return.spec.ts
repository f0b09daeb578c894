// Issue 9, item 5, as people do it in Chromium: the administrator gives phường Tùng Thiện its postal customer code and a
// range of waybills; the desk registers a dossier that came by post (waybill of the parcel) whose applicant wants the
// result by post (receiver on the two-level map); the office processes it to "Đã xử lý xong"; the desk returns it by
// post: a waybill is taken from the pool, the order goes through the outbox to the stand-in postal server (started by
// the e2e server on E2E_PORT + 2000), the post accepts it, the desk hands the parcel over. The waybill shows on the
// staff page and on the public tracking page, where the receiver's address is not shown. axe checks the new parts.
import { createRequire } from "node:module";
import { expect, test } from "./support/test";
import { expectAccessible, performCommand, signedIn } from "./login-steps";

// Demo world (src/tooling/demo-world/people.ts): the town's administrator, phường Tùng Thiện's desk and Tư pháp - Hộ tịch
// (Đăng ký khai tử: no leadership signature, postal intake and return allowed).
const USERS = {
  admin: "admin",
  desk: "tiepnhan.tungthien",
  officer: "chuyenvien.tungthien",
  head: "truongphong.tungthien",
} as const;
/** The pool hands out its lowest free number: this range's first sorts before any number the demo world seeds. */
const FIRST_WAYBILL = "EB100000003VN";

test("return by post: pool, intake by post, order accepted by the stand-in post, waybill on staff and tracking pages", async ({
  browser,
}) => {
  test.setTimeout(240_000);

  // 1. The administrator: customer code and a range of 5 waybills for phường Tùng Thiện.
  const admin = await signedIn(browser, USERS.admin, { axe: true });
  await admin.goto("/quan-tri/van-don");
  await expect(admin.getByRole("heading", { level: 1, name: "Vận đơn bưu chính" })).toBeVisible();
  // The demo world may already give the ward a pool (its numbers start with "LL"): count from what is there.
  const count = async (kind: "free" | "used") => Number(await admin.getByTestId(`${kind}-PTT`).textContent());
  const [freeBefore, usedBefore] = [await count("free"), await count("used")];
  const row = admin.getByTestId("waybill-pool").getByRole("row").filter({ hasText: "Phường Tùng Thiện" });
  await row.getByLabel("Mã khách hàng bưu chính — Phường Tùng Thiện").fill("HN-PTT-2025");
  await row.getByRole("button", { name: "Lưu mã khách hàng" }).click();
  await expect(row.getByRole("status")).toContainText("Đã lưu mã khách hàng.");
  const add = admin.getByRole("form", { name: "Nhập dải số vận đơn" });
  await add.getByLabel("Đơn vị").selectOption({ label: "Phường Tùng Thiện" });
  await add.getByLabel("Số vận đơn đầu tiên").fill("EB100000004VN");
  await add.getByLabel("Số lượng").fill("5");
  await add.getByRole("button", { name: "Nhập dải số" }).click();
  await expect(add).toContainText("Số vận đơn đầu tiên phải có dạng"); // wrong check digit
  await add.getByLabel("Số vận đơn đầu tiên").fill(FIRST_WAYBILL);
  await add.getByRole("button", { name: "Nhập dải số" }).click();
  await expect(add.getByRole("status")).toContainText("Đã nhập 5 số vận đơn");
  await admin.reload();
  expect(await count("free")).toBe(freeBefore + 5);
  await expectAccessible(admin, "main", "waybill pool page");

  // 2. The desk: the dossier arrived by post; the applicant asks for the result by post.
  const desk = await signedIn(browser, USERS.desk, { axe: true });
  await desk.goto("/tiep-nhan/moi");
  await desk.getByRole("combobox", { name: "Tìm thủ tục theo tên hoặc mã" }).fill("dang ky khai tu");
  await desk
    .getByRole("option", { name: /^Đăng ký khai tử/ })
    .first()
    .click();
  const checklist = desk.getByTestId("document-checklist");
  await expect(checklist).toBeVisible();
  for (const box of await checklist.getByRole("checkbox").all()) await box.check();
  await desk.locator("#applicantName").fill("Phạm Văn Bình");
  await desk.locator("#applicantIdNumber").fill("001085012345");
  await desk.locator("#applicantPhone").fill("0912340042");
  await desk.locator("#applicantAddress").fill("Số 12 phố Lê Lợi, phường Sơn Tây");
  await desk.getByRole("radio", { name: "Bưu chính công ích" }).check();
  await desk.locator("#postalWaybill").fill("EL987654321VN");
  await desk.getByRole("checkbox", { name: "Trả kết quả qua bưu chính" }).check();
  await desk.locator("#receiverName").fill("Phạm Văn Bình");
  await desk.locator("#receiverPhone").fill("0912340042");
  await desk.locator("#receiverCommune").selectOption({ label: "Phường Sơn Tây" });
  await desk.locator("#receiverAddress").fill("Số 12 phố Lê Lợi");
  await expectAccessible(desk, "fieldset:has(#postalWaybill)", "intake by post");
  await expectAccessible(desk, "fieldset:has(#receiverName)", "return address");
  await desk.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
  await expect(desk).toHaveURL(/\/tiep-nhan\/PTT-\d{6}-\d{4}$/);
  const code = (await desk.getByTestId("dossier-code").textContent())?.trim() ?? "";

  await desk.goto(`/ho-so/${code}`);
  const shipments = desk.getByTestId("postal-shipments");
  await expect(shipments).toContainText("EL987654321VN");
  await expect(shipments).toContainText("Đã đăng ký nhận kết quả qua bưu điện, chờ có kết quả");
  await expect(shipments).toContainText("Số 12 phố Lê Lợi, Phường Sơn Tây, Thành phố Hà Nội");

  // 3. The office processes it (no leadership signature for this procedure).
  const head = await signedIn(browser, USERS.head);
  await performCommand(head, code, "Phân công xử lý", async (form) => {
    await form.getByLabel("Cán bộ được phân công").selectOption({ index: 1 });
  });
  const officer = await signedIn(browser, USERS.officer);
  await performCommand(officer, code, "Trình duyệt kết quả", async (form) => {
    await form.getByLabel("Giải quyết", { exact: true }).check();
  });
  await performCommand(head, code, "Duyệt kết quả");
  await expect(head.getByTestId("dossier-status")).toHaveText("Đã xử lý xong");

  // 4. The desk returns it by post: the first waybill of the pool, accepted by the stand-in post.
  await performCommand(desk, code, "Trả kết quả", async (form) => {
    await form.getByLabel("Trả qua bưu chính công ích").check();
    await expect(form.getByTestId("return-post-to")).toContainText("Phường Sơn Tây");
    await form.getByLabel("Số/ký hiệu kết quả").fill("21/GCN-UBND");
  });
  await expect(desk.getByTestId("return-waybill")).toContainText(FIRST_WAYBILL);
  await expect(desk.getByTestId("dossier-status")).toHaveText("Đã trả kết quả");
  await expect(shipments).toContainText(FIRST_WAYBILL);
  await expect(async () => {
    await desk.reload();
    await expect(shipments).toContainText("Bưu điện đã nhận yêu cầu", { timeout: 1000 });
  }).toPass({ timeout: 60_000 });
  await expect(desk.getByTestId("timeline")).toContainText(
    `Chuyển thông tin nhận kết quả sang bưu điện, mã vận đơn ${FIRST_WAYBILL}`,
  );
  await shipments.getByRole("button", { name: "Đã giao bưu gửi cho bưu điện" }).click();
  // The row changes in place (the button goes with the step it offered).
  await expect(shipments).toContainText("Đã giao bưu gửi cho nhân viên bưu điện");
  await expect(shipments.getByRole("button", { name: "Đã giao bưu gửi cho bưu điện" })).toHaveCount(0);
  await desk.reload();
  await expect(shipments).toContainText("Giao bưu gửi lúc");
  await expectAccessible(desk, "section[aria-labelledby=dossier-postal-title]", "postal section");

  await admin.reload();
  expect([await count("free"), await count("used")]).toEqual([freeBefore + 4, usedBefore + 1]);

  // 5. The applicant's tracking page (phone's last 4 digits): the waybill and status, not the street address.
  const citizenContext = await browser.newContext();
  const citizen = await citizenContext.newPage();
  await citizen.addInitScript({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  await citizen.goto(`/tra-cuu?ma=${code}&xac-thuc=0042`);
  const tracking = citizen.getByTestId("tracking-postal");
  await expect(tracking).toContainText(FIRST_WAYBILL);
  await expect(tracking).toContainText("Đã giao bưu gửi cho nhân viên bưu điện");
  await expect(tracking).toContainText("Phường Sơn Tây, Thành phố Hà Nội");
  await expect(citizen.getByText("Số 12 phố Lê Lợi")).toHaveCount(0);
  await expectAccessible(citizen, "[data-testid=tracking-postal]", "tracking page postal box");
});
