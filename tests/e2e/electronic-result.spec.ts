// Issue 9, item 6, as people do it in Chromium: the desk registers a marriage registration and scans one of its paper
// components; the head, the officer and the ward's leadership take it to "Đã xử lý xong"; the officer attaches the
// signed PDF and then has the portal generate the result PDF (the first one kept as history); the applicant looks
// the dossier up with the tracking key and downloads the result (the bytes are a PDF); with only a wrong factor there
// is no download. axe-core checks the new sections (WCAG 2 A and AA rules).
import fs from "node:fs";
import { createRequire } from "node:module";
import { expect, test } from "./support/test";
import pg from "pg";
import { largePdf, samplePdf } from "../support/sample-files";
import { expectAccessible, performCommand as perform, signedIn } from "./login-steps";
import { connectE2eDatabase } from "./support/e2e-database";

// The applicant has no account: axe-core goes into the citizen's page the way signedIn puts it into staff pages.
const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

// Demo world (src/tooling/demo-world/people.ts): phường Tùng Thiện's desk, Tư pháp - Hộ tịch and the ward's leadership.
const USERS = {
  desk: "tiepnhan.tungthien",
  officer: "chuyenvien.tungthien",
  head: "truongphong.tungthien",
  leader: "lanhdao.tungthien",
} as const;

let db: pg.Client;
test.beforeAll(async () => {
  db = await connectE2eDatabase();
});
test.afterAll(async () => {
  await db?.end();
});

const pdf = (text: string) => Buffer.from(samplePdf(text));

/** Today in Vietnam as dd/MM/yyyy (the signing date). */
const todayVi = () =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(new Date());

test("the result is issued electronically and downloaded by the applicant; the desk scans a component", async ({
  browser,
}) => {
  test.setTimeout(240_000);
  const idNumber = `0011900${String(Date.now()).slice(-5)}`;

  // 1. The desk registers a marriage registration.
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
  await desk.locator("#applicantName").fill("Phạm Thị Kết Quả");
  await desk.locator("#applicantIdNumber").fill(idNumber);
  await desk.locator("#applicantPhone").fill("0912345671");
  await desk.locator("#applicantAddress").fill("Số 3 phố Chùa Mía, phường Tùng Thiện");
  await desk.locator("#applicantAddress").press("Enter");
  await expect(desk).toHaveURL(/\/tiep-nhan\/PTT-\d{6}-\d{4}$/);
  const code = (await desk.getByTestId("dossier-code").textContent())?.trim() ?? "";
  expect(code).toMatch(/^PTT-\d{6}-\d{4}$/);

  // 2. The desk scans the first paper component: the component is digitised, the dossier not yet (two required).
  await desk.goto(`/ho-so/${code}`);
  const digitisation = desk.getByRole("region", { name: "Số hoá thành phần hồ sơ" });
  await expect(digitisation.getByTestId("digitisation-flag")).toHaveText(/chưa số hoá đủ/);
  await expectAccessible(desk, "section[aria-labelledby=dossier-digitisation-title]", "digitisation section (heading)");
  await expectAccessible(desk, "[data-testid=digitisation-scan-form]", "digitisation scan form");
  const scan = desk.getByTestId("digitisation-scan-form");
  await scan.getByLabel("Thành phần").selectOption({ index: 1 });
  await scan.getByLabel("Tệp quét (PDF, JPEG hoặc PNG)").setInputFiles({
    name: "to-khai-ket-hon.pdf",
    mimeType: "application/pdf",
    // Larger than an ordinary form's body limit (256 KiB): the dossier page accepts uploads.
    buffer: Buffer.from(largePdf(1024 * 1024)),
  });
  await scan.getByRole("button", { name: "Đính kèm tệp quét" }).click();
  await expect(desk.getByTestId("digitisation-scan-message").getByRole("status")).toHaveText("Đã số hoá thành phần.");
  const firstRow = desk.getByTestId("digitisation-components").locator("tr[data-position='1']");
  await expect(firstRow.getByTestId("component-digitised")).toHaveText("Đã số hoá");
  await expect(firstRow.getByRole("link", { name: /to-khai-ket-hon\.pdf/ })).toHaveAttribute("href", /^\/api\/tep\//);
  await expectAccessible(
    desk,
    "section[aria-labelledby=dossier-digitisation-title]",
    "digitisation section after the scan",
  );

  // 3. Processing: the head assigns, the officer submits a grant, the head and the leadership approve.
  const head = await signedIn(browser, USERS.head, { axe: true });
  await perform(head, code, "Phân công xử lý", async (form) => {
    await form.getByLabel("Cán bộ được phân công").selectOption({ index: 1 });
  });
  const officer = await signedIn(browser, USERS.officer, { axe: true });
  // Before the decision is signed, the result section says why nothing can be issued yet.
  await officer.goto(`/ho-so/${code}`);
  await expect(officer.getByTestId("e-result-refusal")).toContainText("sau khi kết quả đã được ký duyệt");
  await perform(officer, code, "Trình duyệt kết quả", async (form) => {
    await form.getByLabel("Giải quyết", { exact: true }).check();
  });
  await perform(head, code, "Duyệt kết quả");
  const leader = await signedIn(browser, USERS.leader, { axe: true });
  await perform(leader, code, "Duyệt kết quả");
  await expect(leader.getByTestId("dossier-status")).toHaveText("Đã xử lý xong");

  // 4. The officer attaches the signed PDF with its number, signer and date.
  await officer.goto(`/ho-so/${code}`);
  const section = officer.getByRole("region", { name: "Kết quả điện tử" });
  await expect(section.getByTestId("e-result-flag")).toHaveText("Chưa phát hành kết quả điện tử.");
  await expectAccessible(officer, "[data-testid=e-result-attach-form]", "attach form");
  await expectAccessible(officer, "[data-testid=e-result-generate-form]", "generate form");
  const attach = officer.getByTestId("e-result-attach-form");
  await attach.getByLabel("Tệp kết quả (PDF)").setInputFiles({
    name: "giay-chung-nhan-ket-hon.pdf",
    mimeType: "application/pdf",
    buffer: pdf("Giay chung nhan ket hon da ky so"),
  });
  await attach.getByLabel("Số, ký hiệu").fill("31/GCNKH-UBND");
  await attach.getByLabel("Loại giấy tờ kết quả").fill("Giấy chứng nhận kết hôn");
  await attach.getByLabel("Họ tên người ký").fill("Nguyễn Văn Hùng");
  await attach.getByLabel("Chức vụ người ký").fill("Phó Chủ tịch UBND phường");
  // A wrongly written date is refused under its input, nothing issued.
  await attach.getByLabel("Ngày ký").fill("31/02/2026");
  await attach.getByRole("button", { name: "Đính kèm kết quả" }).click();
  await expect(attach.getByText("Ngày ký chưa đúng")).toBeVisible();
  await expect(section.getByTestId("e-result-flag")).toHaveText("Chưa phát hành kết quả điện tử.");
  await attach.getByLabel("Ngày ký").fill(todayVi());
  await attach.getByRole("button", { name: "Đính kèm kết quả" }).click();
  await expect(officer.getByTestId("e-result-attach-message").getByRole("status")).toHaveText(
    "Đã phát hành kết quả điện tử.",
  );
  await expect(section.getByTestId("e-result-flag")).toHaveText("Đã phát hành kết quả điện tử.");
  await expect(section.getByTestId("e-results")).toContainText("31/GCNKH-UBND");

  // 5. The officer has the portal generate the result instead: the signed upload stays, marked as replaced.
  const generate = officer.getByTestId("e-result-generate-form");
  await generate.getByLabel("Số, ký hiệu").fill("32/GCNKH-UBND");
  await generate.getByLabel("Loại giấy tờ kết quả").fill("Giấy chứng nhận kết hôn");
  await generate.getByLabel("Họ tên người ký").fill("Nguyễn Văn Hùng");
  await generate.getByLabel("Chức vụ người ký").fill("Phó Chủ tịch");
  await generate.getByLabel("Ngày ký").fill(todayVi());
  await generate.getByLabel("Nội dung kết quả").fill("Chứng nhận ông/bà Phạm Thị Kết Quả đã đăng ký kết hôn.");
  await generate.getByRole("button", { name: "Tạo kết quả PDF" }).click();
  await expect(officer.getByTestId("e-result-generate-message").getByRole("status")).toHaveText(
    "Đã tạo và phát hành kết quả điện tử.",
  );
  const results = section.getByTestId("e-results");
  await expect(results.locator("tr[data-current='true']")).toContainText("32/GCNKH-UBND");
  await expect(results.locator("tr[data-current='false']")).toContainText("31/GCNKH-UBND");
  await expect(results.locator("tr[data-current='false']")).toContainText("Đã được thay thế");
  await expectAccessible(officer, "section[aria-labelledby=dossier-e-result-title]", "result section after issuing");

  // 6. The applicant looks the dossier up: with a wrong factor nothing (no download); with the key, the download.
  const { rows } = await db.query<{ trackingKey: string }>(`SELECT "trackingKey" FROM "Dossier" WHERE code = $1`, [
    code,
  ]);
  const trackingKey = rows[0]!.trackingKey;
  const citizenContext = await browser.newContext({ acceptDownloads: true });
  const citizen = await citizenContext.newPage();
  await citizen.addInitScript({ path: axePath });
  await citizen.goto(`/tra-cuu?ma=${code}&xac-thuc=0000`);
  await expect(citizen.getByTestId("e-result-download")).toHaveCount(0);
  await citizen.goto(`/tra-cuu?ma=${code}&xac-thuc=${encodeURIComponent(trackingKey)}`);
  const download = citizen.getByRole("link", { name: "Tải kết quả điện tử" });
  await expect(download).toBeVisible();
  await expect(citizen.getByTestId("tracking-e-result")).toContainText("32/GCNKH-UBND");
  await expectAccessible(citizen, "[data-testid=tracking-e-result]", "citizen download");
  const [file] = await Promise.all([citizen.waitForEvent("download"), download.click()]);
  const bytes = fs.readFileSync((await file.path())!);
  expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);

  // The download was recorded as the applicant's read of personal data.
  const audit = await db.query(
    `SELECT 1 FROM "AuditEntry" WHERE action = 'personal_data.download_file' AND "entityId" = $1 AND "actorId" IS NULL`,
    [code],
  );
  expect(audit.rowCount).toBeGreaterThan(0);
});
