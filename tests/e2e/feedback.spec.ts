// Issue 12, feedback (phản ánh, kiến nghị), as people do it in Chromium: a citizen on a 390 px phone proves a phone
// with the code the portal sends (read from the outbox the development providers deliver into), sends feedback about
// a dossier; the head of the office handling that dossier finds it in the menu, classifies, answers and publishes it
// within its deadline; the citizen reads the answer and marks it "Hài lòng"; the published answer is listed publicly
// without the sender. axe-core checks every public page.
import { createRequire } from "node:module";
import { expect, test } from "@playwright/test";
import pg from "pg";
import { expectAccessible, signedIn } from "./login-steps";
import { codeSentTo, connectE2eDatabase } from "./support/e2e-database";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

let db: pg.Client;
test.beforeAll(async () => {
  db = await connectE2eDatabase();
});
test.afterAll(async () => {
  await db?.end();
});

test("a citizen sends feedback with a one-time code, the office head answers and publishes it, the citizen is satisfied", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  await page.addInitScript({ path: axePath });
  await page.setViewportSize({ width: 390, height: 844 });
  // A dossier handled by an office with an active head (the demo world's).
  const { rows } = await db.query<{ username: string; code: string }>(
    `SELECT u.username, d.code FROM "User" u
       JOIN "Office" o ON o.id = u."officeId" AND o.active
       JOIN "AdministrativeUnit" a ON a.id = o."unitId" AND a.active
       JOIN "Dossier" d ON d."handlingOfficeId" = o.id
     WHERE u.role = 'DEPARTMENT_HEAD' AND u.active
     ORDER BY d."receivedAt" DESC NULLS LAST, d.code LIMIT 1`,
  );
  const { username, code: dossierCode } = rows[0]!;
  const phone = `09${String(Date.now()).slice(-8)}`;
  const answer = `Phường xin tiếp thu phản ánh ${phone} và đã nhắc nhở cán bộ thực hiện đúng quy tắc ứng xử.`;

  // The citizen: the code first, then the form.
  await page.goto("/phan-anh-kien-nghi");
  await expect(page.getByRole("heading", { level: 1, name: "Phản ánh, kiến nghị" })).toBeVisible();
  await expectAccessible(page, "body", "feedback: contact");
  await page.getByLabel("Số điện thoại di động hoặc thư điện tử").fill(phone);
  await page.getByRole("button", { name: "Gửi mã xác thực" }).click();
  await page.getByLabel("Mã xác thực (6 chữ số)").fill(await codeSentTo(db, phone));
  await page.getByRole("button", { name: "Xác nhận" }).click();
  const form = page.getByTestId("feedback-form");
  await expect(form).toBeVisible();
  await expectAccessible(page, "body", "feedback: form");

  // Every error at once, nothing sent.
  await form.getByLabel(/^Tiêu đề/).fill("Ab");
  await form.getByRole("button", { name: "Gửi phản ánh, kiến nghị" }).click();
  await expect(form.getByText("Xin vui lòng chọn đơn vị mà ông/bà phản ánh, kiến nghị.")).toBeVisible();
  await expect(form.getByText("Tiêu đề cần ít nhất 5 ký tự.")).toBeVisible();
  await expect(form.getByText("Xin vui lòng nhập nội dung phản ánh, kiến nghị.")).toBeVisible();
  await expectAccessible(page, "body", "feedback: errors");

  await form.getByLabel(/^Đơn vị tiếp nhận phản ánh/).selectOption({ index: 1 });
  await form.getByLabel(/^Họ và tên người phản ánh/).fill("Trần Thị Bình");
  await form.getByLabel(/^Tiêu đề/).fill("Cán bộ hướng dẫn chưa đầy đủ");
  await form
    .getByLabel(/^Nội dung phản ánh, kiến nghị/)
    .fill("Tôi phải đến bổ sung ba lần, mỗi lần được yêu cầu một giấy tờ khác. <script>alert(1)</script>");
  await form.getByLabel("Mã hồ sơ liên quan").fill(dossierCode);
  await form.getByRole("button", { name: "Gửi phản ánh, kiến nghị" }).click();
  const item = page.getByTestId("feedback-item");
  await expect(item.getByRole("status")).toContainText("Đã nhận phản ánh, kiến nghị của ông/bà, mã PAKN-");
  await expect(page.getByTestId("feedback-status")).toHaveText("Đã tiếp nhận");
  // The script is shown as the text it is.
  await expect(item.getByText("<script>alert(1)</script>", { exact: false })).toBeVisible();
  const feedbackCode = /PAKN-\d{4}-\d{6}/.exec(await item.getByRole("status").innerText())![0];
  const trackingUrl = page.url();
  await expectAccessible(page, "body", "feedback: tracking");

  // The head of the dossier's office: the menu, the item, classify, answer, publish.
  const staff = await signedIn(browser, username);
  await staff.getByRole("navigation").getByRole("link", { name: "Phản ánh, kiến nghị" }).click();
  await staff.getByRole("link", { name: feedbackCode }).click();
  await expect(staff.getByRole("heading", { level: 1, name: `Phản ánh ${feedbackCode}` })).toBeVisible();
  const classify = staff.getByTestId("feedback-action-classify");
  await classify.getByLabel("Loại phản ánh").selectOption({ label: "Hành vi, thái độ của cán bộ" });
  await classify.getByRole("button", { name: "Lưu phân loại" }).click();
  await expect(classify.getByRole("status")).toHaveText("Đã lưu.");
  const answerCard = staff.getByTestId("feedback-action-answer");
  await answerCard.getByLabel("Nội dung trả lời").fill(answer);
  await answerCard.getByRole("button", { name: "Lưu câu trả lời" }).click();
  await expect(staff.getByTestId("feedback-status")).toHaveText("Đã có câu trả lời");
  await staff.getByTestId("feedback-action-publish").getByRole("button", { name: "Công khai câu trả lời" }).click();
  await expect(staff.getByTestId("feedback-status")).toHaveText("Đã công khai câu trả lời");
  await expect(staff.getByTestId("stage-answer")).toHaveText("Đúng hạn");
  await expect(staff.getByTestId("stage-publish")).toHaveText("Đúng hạn");
  await expect(staff.getByTestId("feedback-history")).toContainText("Công khai câu trả lời");
  await staff.context().close();

  // The citizen reads the answer and is satisfied.
  await page.goto(trackingUrl.replace(/&moi=1$/, ""));
  await expect(page.getByTestId("feedback-answer")).toContainText(answer);
  await expectAccessible(page, "body", "feedback: answer");
  await page.getByRole("button", { name: "Hài lòng", exact: true }).click();
  // The page is rendered again with the verdict in place of the buttons.
  await expect(page.getByTestId("feedback-verdict")).toContainText("Ông/bà đã đánh giá: Hài lòng");
  await expect(page.getByRole("button", { name: "Không hài lòng" })).toHaveCount(0);
  await page.reload();
  await expect(page.getByTestId("feedback-verdict")).toContainText("Ông/bà đã đánh giá: Hài lòng");
  const { rows: stored } = await db.query<{ verdict: string; status: string }>(
    `SELECT verdict, status FROM "Feedback" WHERE code = $1`,
    [feedbackCode],
  );
  expect(stored).toEqual([{ verdict: "SATISFIED", status: "PUBLISHED" }]);
  const { rows: sent } = await db.query<{ n: string }>(
    `SELECT count(*) AS n FROM "Notification" WHERE recipient = $1 AND template = 'feedback.answered'`,
    [phone],
  );
  expect(Number(sent[0]!.n)).toBe(1);

  // Published publicly, without the sender's name.
  await page.goto("/phan-anh-kien-nghi/da-tra-loi");
  const published = page.getByTestId("published-answers");
  await expect(published).toContainText(answer);
  await expect(published).not.toContainText("Trần Thị Bình");
  await expectAccessible(page, "body", "feedback: published answers");
});
