// Issue 12, a citizen rates from the receipt's QR code on a phone (390 px): the desk's printed receipt (form 01) carries
// a QR code to the tracking page with the dossier code and the tracking key; once the result is returned, that page
// offers "Đánh giá mức độ hài lòng", which opens the signed rating page (channel: the receipt's QR). The citizen picks
// 3 stars, a reason, a level for each criterion and writes a comment with HTML in it; the thanks follow, a second
// visit says it is already rated, and the staff dossier page shows the rating with the comment as text. axe-core
// checks the invitation, the form and the staff section.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import { expectAccessible, signedIn } from "./login-steps";
import { expect, test } from "./support/test";

const root = path.resolve(import.meta.dirname, "../..");
const port = process.env.E2E_PORT ?? "3100";
const DESK = "tiepnhan.tungthien";
const COMMENT = "Cán bộ <b>nhiệt tình</b> <script>alert(1)</script>";

let db: pg.Client;
test.beforeAll(async () => {
  const { databaseUrl } = JSON.parse(fs.readFileSync(path.join(root, `test-results/e2e-server-${port}.json`), "utf8"));
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
});
test.afterAll(async () => db?.end());

test("a citizen rates a returned dossier from the receipt's QR code on a phone", async ({ browser }) => {
  test.setTimeout(120_000);
  // A dossier the ward's desk returned that nobody rated through the receipt yet (the demo world rates some).
  const found = await db.query<{ code: string }>(
    `SELECT d.code FROM "Dossier" d JOIN "User" u ON u."unitId" = d."receivedUnitId"
     WHERE u.username = $1 AND d.status = 'RETURNED'
       AND NOT EXISTS (SELECT 1 FROM "Rating" r WHERE r."dossierId" = d.id AND r.channel = 'RECEIPT_QR')
     ORDER BY d."returnedAt" DESC LIMIT 1`,
    [DESK],
  );
  const code = found.rows[0]!.code;

  // 1. The receipt the desk printed: its QR code's link.
  const desk = await signedIn(browser, DESK, { axe: true });
  await desk.goto(`/in/ho-so/${code}/phieu-tiep-nhan`);
  const qr = desk.getByRole("img", { name: /^Mã QR tra cứu hồ sơ: / });
  const label = (await qr.getAttribute("aria-label")) ?? "";
  const link = new URL(label.replace(/^Mã QR tra cứu hồ sơ: /, ""));
  expect(link.searchParams.get("ma")).toBe(code);

  // 2. The citizen's phone opens it: the tracking page invites a rating.
  const context = await browser.newContext({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
  const phone = await context.newPage();
  await phone.addInitScript({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  await phone.goto(`${link.pathname}${link.search}`);
  const invite = phone.getByRole("region", { name: "Đánh giá mức độ hài lòng" });
  await expect(invite).toBeVisible();
  await expectAccessible(phone, "[data-testid='rating-invite']", "rating invitation");
  await invite.getByRole("link", { name: "Đánh giá ngay" }).click();
  await expect(phone).toHaveURL(/\/danh-gia\/[A-Za-z0-9_-]+\.\d+\.[A-Za-z0-9_-]+$/);
  const ratingUrl = phone.url();
  await expect(phone.getByTestId("rating-dossier")).toContainText(`Hồ sơ ${code}`);

  // 3. The form: no horizontal scrolling at 390 px; 3 stars ask for reasons.
  const form = phone.getByTestId("rating-form");
  await expect(form).toBeVisible();
  expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expect(phone.getByTestId("rating-reasons")).toHaveCount(0);
  await phone.getByRole("group", { name: "Nhìn chung, ông/bà hài lòng ở mức nào?" }).getByText("3 sao").click();
  const reasons = phone.getByRole("group", { name: /Điều gì khiến ông\/bà chưa hài lòng/ });
  await reasons.getByRole("checkbox", { name: "Phải chờ lâu" }).check();

  const criteria = ["Giấy tờ và phí, lệ phí đúng như được niêm yết", "Công chức lịch sự, tôn trọng"];
  for (const legend of criteria)
    await phone.getByRole("group", { name: legend }).getByText("Hài lòng", { exact: true }).click();
  await phone
    .getByRole("group", { name: "Hướng dẫn rõ ràng, làm xong trong một lần" })
    .getByText("Bình thường")
    .click();
  await phone
    .getByRole("group", { name: "Nhận kết quả đúng hẹn, đầy đủ, chính xác" })
    .getByText("Rất hài lòng", { exact: true })
    .click();
  await phone.getByLabel("Ý kiến khác (không bắt buộc)").fill(COMMENT);
  await expectAccessible(phone, "[data-testid='rating-form']", "rating form");
  await phone.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(phone.getByRole("status")).toHaveText("Đã ghi nhận đánh giá. Xin chân thành cảm ơn ông/bà!");

  // 4. Counted once: the same link now thanks the citizen; the database holds one rating with the comment as typed.
  await phone.goto(ratingUrl);
  await expect(phone.getByRole("status")).toContainText("Hồ sơ này đã được đánh giá");
  const rows = await db.query<{ overallScore: number; comment: string; reasons: string[]; answers: number }>(
    `SELECT r."overallScore", r.comment, r.reasons, (SELECT count(*)::int FROM "RatingAnswer" a WHERE a."ratingId" = r.id) AS answers
     FROM "Rating" r JOIN "Dossier" d ON d.id = r."dossierId" WHERE d.code = $1 AND r.channel = 'RECEIPT_QR'`,
    [code],
  );
  expect(rows.rows).toEqual([{ overallScore: 3, comment: COMMENT, reasons: ["Phải chờ lâu"], answers: 4 }]);

  // 5. The tracking page thanks instead of inviting again.
  await phone.goto(`${link.pathname}${link.search}`);
  await expect(phone.getByTestId("rating-invite")).toContainText("Ông/bà đã đánh giá hồ sơ này");

  // 6. The desk sees it on the dossier page, the comment as text (no element made from it).
  await desk.goto(`/ho-so/${code}`);
  const section = desk.getByRole("region", { name: "Đánh giá của công dân" });
  await expect(section).toContainText("Mã QR trên giấy tiếp nhận");
  await expect(section).toContainText("Mức chung: 3/5 sao");
  await expect(section.getByTestId("rating-comment").first()).toContainText(
    "<b>nhiệt tình</b> <script>alert(1)</script>",
  );
  await expect(section.locator("b, script")).toHaveCount(0);
  await expectAccessible(desk, "#dossier-ratings-title", "dossier ratings heading");
  await expectAccessible(desk, "[data-testid='dossier-ratings']", "dossier ratings");
  await context.close();
});
