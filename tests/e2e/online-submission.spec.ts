// Issue 9, item 2, as a citizen does it in Chromium: find a procedure, prove a phone with the code the portal sends
// (read from the outbox the development providers deliver into), fill in the applicant, choose the receiving unit
// and the post, upload a real PDF and PNG made here, review, submit, read the code and key, then open "hồ sơ của tôi".
// axe-core checks every step (WCAG 2 A and AA rules).
import { createRequire } from "node:module";
import { expect, test, type Page } from "./support/test";
import pg from "pg";
import QRCode from "qrcode";
import { largePdf, samplePdf } from "../support/sample-files";
import { expectAccessible } from "./login-steps";
import { codeSentTo, connectE2eDatabase } from "./support/e2e-database";

/** Small real files as Playwright's setInputFiles takes them. */
const pdf = (text: string) => Buffer.from(samplePdf(text));
const largePdfOf = (size: number) => Buffer.from(largePdf(size));

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let db: pg.Client;

test.beforeAll(async () => {
  db = await connectE2eDatabase();
});
test.afterAll(async () => {
  await db?.end();
});

/** Steps 1 to 3 without detours: the phone and its code, the applicant, the first unit, the result at the desk. */
async function verifyAndFill(page: Page, phone: string) {
  await page.goto("/thu-tuc/1.001193/nop-truc-tuyen");
  await page.getByLabel("Số điện thoại di động hoặc thư điện tử").fill(phone);
  await page.getByRole("button", { name: "Gửi mã xác thực" }).click();
  await expect(page.getByLabel("Mã xác thực (6 chữ số)")).toBeVisible();
  await page.getByLabel("Mã xác thực (6 chữ số)").fill(await codeSentTo(db, phone));
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await page.getByLabel(/^Họ và tên/).fill("Lê Văn Cường");
  await page.getByLabel(/^Số CCCD/).fill("001090012345");
  await page.getByLabel(/^Số điện thoại/).fill(phone);
  await page.getByLabel(/^Địa chỉ/).fill("Số 3 phố Lê Lợi, Sơn Tây, Hà Nội");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await page.getByLabel("Nơi tiếp nhận hồ sơ").selectOption({ index: 1 });
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByRole("heading", { name: "Thành phần hồ sơ" })).toBeVisible();
}

/** The confirmation page; on failure, the page's text says why (a refusal, or another page). */
async function expectConfirmation(page: Page, timeout = 10_000) {
  try {
    await expect(page.getByRole("heading", { level: 1, name: "Đã nộp hồ sơ trực tuyến" })).toBeVisible({ timeout });
  } catch (error) {
    throw new Error(`${(error as Error).message}\n--- ${page.url()}\n${await page.locator("main").innerText()}`);
  }
}

test.beforeEach(async ({ page }) => {
  await page.addInitScript({ path: axePath });
});

test("a citizen submits online with a verified phone, then finds the dossier in 'hồ sơ của tôi'", async ({ page }) => {
  test.setTimeout(120_000);
  const phone = `09${String(Date.now()).slice(-8)}`;

  // The procedure page offers the online submission.
  await page.goto("/thu-tuc?q=khai+sinh");
  await page.getByRole("link", { name: "Đăng ký khai sinh", exact: true }).click();
  await page.getByRole("link", { name: "Nộp hồ sơ trực tuyến" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Nộp hồ sơ trực tuyến" })).toBeVisible();
  await expectAccessible(page, "body", "contact");

  // Step 1: the phone and its code; a wrong code first.
  await page.getByLabel("Số điện thoại di động hoặc thư điện tử").fill(`${phone.slice(0, 4)} ${phone.slice(4)}`);
  await page.getByRole("button", { name: "Gửi mã xác thực" }).click();
  await expect(page.getByText(`Mã xác thực đã được gửi đến ${phone.slice(0, 3)}****${phone.slice(-3)}`)).toBeVisible();
  const code = await codeSentTo(db, phone);
  await page.getByLabel("Mã xác thực (6 chữ số)").fill(code === "000000" ? "111111" : "000000");
  await page.getByRole("button", { name: "Xác nhận" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Ông/bà còn 4 lần thử" })).toBeVisible();
  await expectAccessible(page, "body", "wrong code");
  await page.getByLabel("Mã xác thực (6 chữ số)").fill(code);
  await page.getByRole("button", { name: "Xác nhận" }).click();

  // Step 2: the applicant, checked as at the desk.
  await expect(page.getByRole("heading", { name: "Thông tin người nộp hồ sơ" })).toBeVisible();
  await expectAccessible(page, "body", "applicant");
  await page.getByLabel(/^Họ và tên/).fill("Nguyễn Thị Hoa");
  await page.getByLabel(/^Số CCCD/).fill("999190012345");
  await page.getByLabel(/^Số điện thoại/).fill(phone);
  await page.getByLabel(/^Địa chỉ/).fill("Số 12 phố Ngô Quyền, Sơn Tây, Hà Nội");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByText("3 chữ số đầu phải là mã tỉnh")).toBeVisible();
  await page.getByLabel(/^Số CCCD/).fill("001190012345");
  await page.getByRole("button", { name: "Tiếp tục" }).click();

  // Step 3: the receiving unit and the post.
  await expect(page.getByRole("heading", { name: "Nơi nộp hồ sơ và cách nhận kết quả" })).toBeVisible();
  await expectAccessible(page, "body", "delivery");
  const unitSelect = page.getByLabel("Nơi tiếp nhận hồ sơ");
  const unitName = (await unitSelect.locator("option").nth(1).textContent())!.trim();
  await unitSelect.selectOption({ label: unitName });
  await page.getByLabel("Nhận qua bưu chính công ích (phí do bưu điện thu)").check();
  await page.getByLabel("Họ và tên người nhận").fill("Nguyễn Thị Hoa");
  await page.getByLabel("Số điện thoại người nhận").fill(phone);
  await page.getByLabel(/^Địa chỉ nhận/).fill("Số 12 phố Ngô Quyền");
  // The receiver sits on the two-level map: Hà Nội is chosen, its commune is still to pick.
  await expect(page.getByLabel("Tỉnh, thành phố")).toHaveValue("01");
  await page.getByRole("button", { name: "Tiếp tục" }).click();
  await expect(page.getByText("Xin vui lòng chọn phường, xã của người nhận.")).toBeVisible();
  await page.getByLabel("Phường, xã").selectOption({ label: "Phường Sơn Tây" });
  await expectAccessible(page, "body", "delivery by post");
  await page.getByRole("button", { name: "Tiếp tục" }).click();

  // Step 4: documents and review; a program renamed .pdf is refused by its content.
  await expect(page.getByRole("heading", { name: "Thành phần hồ sơ" })).toBeVisible();
  await expect(page.getByTestId("review")).toContainText("Nguyễn Thị Hoa");
  await expect(page.getByTestId("review-unit")).toContainText(unitName);
  await expect(page.getByTestId("review-unit")).toContainText("Giờ làm việc");
  await expectAccessible(page, "body", "documents and review");
  const png = await QRCode.toBuffer("giay chung sinh", { type: "png", width: 96 });
  await page.locator('input[name="tep-1"]').setInputFiles({
    name: "to-khai.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.concat([Buffer.from("MZ"), Buffer.alloc(512)]),
  });
  await page
    .locator('input[name="tep-2"]')
    .setInputFiles({ name: "giay-chung-sinh.png", mimeType: "image/png", buffer: png });
  await page
    .locator('input[name="tep-3"]')
    .setInputFiles({ name: "cccd.pdf", mimeType: "application/pdf", buffer: pdf("CCCD") });
  await page.getByLabel("Tôi xin cam đoan các thông tin đã kê khai là đúng sự thật.").check();
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expect(page.getByTestId("submit-status")).toContainText("không phải PDF, JPEG hoặc PNG");
  await page.locator('input[name="tep-1"]').setInputFiles({
    name: "to-khai.pdf",
    mimeType: "application/pdf",
    buffer: pdf("To khai dang ky khai sinh"),
  });
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();

  // The confirmation: code, key, tracking link carrying both.
  await expectConfirmation(page);
  const dossierCode = (await page.getByTestId("online-code").textContent())!.trim();
  const trackingKey = (await page.getByTestId("online-key").textContent())!.trim();
  expect(dossierCode).toMatch(/^[A-Z0-9.]+-\d{6}-\d{4}$/);
  await expect(page.getByRole("link", { name: "Theo dõi hồ sơ" })).toHaveAttribute(
    "href",
    `/tra-cuu?ma=${encodeURIComponent(dossierCode)}&xac-thuc=${encodeURIComponent(trackingKey)}`,
  );
  await expectAccessible(page, "body", "confirmation");
  const { rows } = await db.query(
    `SELECT d.status, d.channel, d."resultDelivery", count(f.id)::int AS files
     FROM "Dossier" d JOIN "DossierFile" f ON f."dossierId" = d.id WHERE d.code = $1 GROUP BY d.id`,
    [dossierCode],
  );
  expect(rows).toEqual([{ status: "REGISTERED_ONLINE", channel: "ONLINE", resultDelivery: "POST", files: 3 }]);

  // "Hồ sơ của tôi" with the same verified phone.
  await page.getByRole("link", { name: "Xem hồ sơ của tôi" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Hồ sơ của tôi" })).toBeVisible();
  const row = page.getByTestId("my-dossiers").getByRole("row").filter({ hasText: dossierCode });
  await expect(row).toContainText("Đăng ký khai sinh");
  await expect(row).toContainText("Mới đăng ký trực tuyến, chờ tiếp nhận");
  await expectAccessible(page, "body", "my dossiers");

  // After signing out, the list needs the code again.
  await page.getByRole("button", { name: "Thoát" }).click();
  await expect(page.getByLabel("Số điện thoại di động hoặc thư điện tử")).toBeVisible();
  await expect(page.getByTestId("my-dossiers")).toHaveCount(0);
});

test("a 5 MB scan goes through the real action over HTTP (the figure is printed, not asserted)", async ({ page }) => {
  test.setTimeout(120_000);
  const phone = `08${String(Date.now()).slice(-8)}`;
  await verifyAndFill(page, phone);
  const scan = largePdfOf(5 * 1024 * 1024);
  await page
    .locator('input[name="tep-1"]')
    .setInputFiles({ name: "ban-quet.pdf", mimeType: "application/pdf", buffer: scan });
  await page.locator('input[name="tep-2"]').setInputFiles({
    name: "giay-chung-sinh.png",
    mimeType: "image/png",
    buffer: await QRCode.toBuffer("giay chung sinh", { type: "png", width: 96 }),
  });
  await page
    .locator('input[name="tep-3"]')
    .setInputFiles({ name: "cccd.pdf", mimeType: "application/pdf", buffer: pdf("CCCD") });
  await page.getByLabel("Tôi xin cam đoan các thông tin đã kê khai là đúng sự thật.").check();
  const started = Date.now();
  await page.getByRole("button", { name: "Nộp hồ sơ" }).click();
  await expectConfirmation(page, 60_000);
  const seconds = (Date.now() - started) / 1000;
  const megabytes = scan.byteLength / (1024 * 1024);
  console.log(
    `[online-submission e2e] ${megabytes.toFixed(2)} MB PDF + PNG, click to confirmation page: ${seconds.toFixed(2)} s (${(megabytes / seconds).toFixed(1)} MB/s)`,
  );
  const dossierCode = (await page.getByTestId("online-code").textContent())!.trim();
  const { rows } = await db.query(
    `SELECT f."sizeBytes" FROM "DossierFile" f JOIN "Dossier" d ON d.id = f."dossierId" WHERE d.code = $1 AND f."documentPosition" = 1`,
    [dossierCode],
  );
  expect(rows).toEqual([{ sizeBytes: scan.byteLength }]);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("'hồ sơ của tôi' works with plain form posts: the code, then the list", async ({ page }) => {
    const phone = `07${String(Date.now()).slice(-8)}`;
    await page.goto("/ho-so-cua-toi");
    await page.getByLabel("Số điện thoại di động hoặc thư điện tử").fill(phone);
    await page.getByRole("button", { name: "Gửi mã xác thực" }).click();
    await page.getByLabel("Mã xác thực (6 chữ số)").fill(await codeSentTo(db, phone));
    await page.getByRole("button", { name: "Xác nhận" }).click();
    await expect(page.getByTestId("my-dossiers")).toContainText(
      "Ông/bà chưa nộp hồ sơ trực tuyến nào bằng liên hệ này.",
    );
  });
});
