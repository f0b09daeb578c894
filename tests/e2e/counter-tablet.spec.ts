// Issue 12, the counter tablet: an administrator creates a pairing code for counter 5 of phường Sơn Tây's desk; a
// tablet (its own browser context at 1280×800, no account) types it in; the receptionist chooses counter 5 on the desk
// home and receives a dossier there; the tablet shows the counter and the officer, a citizen gives 2 stars with a
// reason and a comment, and the leadership home's satisfaction figures count one more rating with the comment shown as
// text. A second rating of the same dossier is refused politely; the revoked tablet stops working. axe-core on the
// kiosk (both orientations), the pairing page and the administrator's section.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import pg from "pg";
import { expectAccessible, signedIn } from "./login-steps";
import { expect, test, type Page } from "./support/test";

const root = path.resolve(import.meta.dirname, "../..");
const port = process.env.E2E_PORT ?? "3100";
const COMMENT = "Chờ <b>hơi lâu</b> ở quầy 5";

let db: pg.Client;
test.beforeAll(async () => {
  const { databaseUrl } = JSON.parse(fs.readFileSync(path.join(root, `test-results/e2e-server-${port}.json`), "utf8"));
  db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
});
test.afterAll(async () => db?.end());

/** The number in a figure card ("1.234" → 1234). */
async function figure(page: Page, testId: string): Promise<number> {
  return Number(((await page.getByTestId(testId).textContent()) ?? "").replace(/\D/g, ""));
}

/** Taps a star button: its label is the touch target, the radio inside it is visually hidden. */
async function star(tablet: Page, name: string) {
  await tablet
    .locator("label")
    .filter({ has: tablet.getByRole("radio", { name }) })
    .click();
  await expect(tablet.getByRole("radio", { name })).toBeChecked();
}

async function receiveDossier(desk: Page): Promise<string> {
  await desk.goto("/tiep-nhan/moi");
  const search = desk.getByRole("combobox", { name: "Tìm thủ tục theo tên hoặc mã" });
  await search.fill("khai sinh");
  await expect(desk.getByRole("option").first()).toContainText("Đăng ký khai sinh");
  await search.press("Enter");
  await expect(desk.getByTestId("document-checklist")).toBeVisible();
  await desk.getByRole("button", { name: "Đánh dấu đã nhận tất cả" }).click();
  await desk.getByLabel("Họ và tên", { exact: true }).fill("Phạm Thị Lan");
  await desk.getByLabel("Số CCCD (12 chữ số)").fill("001190077777");
  await desk.getByLabel("Số điện thoại", { exact: true }).fill("0912000111");
  await desk.getByLabel("Địa chỉ", { exact: true }).fill("Số 5 phố Quang Trung, phường Sơn Tây");
  await desk.getByRole("button", { name: "Tiếp nhận hồ sơ", exact: true }).click();
  await expect(desk).toHaveURL(/\/tiep-nhan\/PST-\d{6}-\d{4}$/);
  return (await desk.getByTestId("dossier-code").textContent())!.trim();
}

test("a paired counter tablet rates the officer's last dossier and the leadership figures change", async ({
  browser,
}) => {
  test.setTimeout(180_000);

  // 1. The administrator issues a pairing code for counter 5.
  const admin = await signedIn(browser, "admin", { axe: true });
  await admin.goto("/quan-tri/don-vi/PST");
  const section = admin.getByRole("region", { name: "Máy tính bảng đánh giá tại quầy" });
  await expect(section).toBeVisible();
  const counter5 = section.getByTestId("counter-tablets-5");
  await counter5.getByLabel("Tên máy (không bắt buộc)").fill("Máy thử quầy 5");
  await counter5.getByRole("button", { name: "Tạo mã ghép nối" }).click();
  const message = counter5.getByTestId("pairing-code-message");
  await expect(message).toContainText("Mã ghép nối của “Máy thử quầy 5”");
  const code = /(\d{4} \d{4})/.exec((await message.textContent()) ?? "")![1]!;
  await expect(counter5.getByRole("row").filter({ hasText: "Máy thử quầy 5" })).toContainText("Đang chờ nhập mã");
  await expectAccessible(admin, "section[aria-labelledby='counter-tablets-title']", "the administrator's tablets");

  // 2. The tablet: a fresh context at 1280×800, no account; a wrong code first, then the right one.
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, hasTouch: true });
  const tablet = await context.newPage();
  await tablet.addInitScript({ path: createRequire(import.meta.url).resolve("axe-core/axe.min.js") });
  await tablet.goto("/quay/danh-gia");
  await expect(tablet.getByTestId("kiosk-not-paired")).toBeVisible();
  await tablet.getByRole("link", { name: "Ghép nối máy tính bảng" }).click();
  await expect(tablet.getByRole("heading", { level: 1, name: "Ghép nối máy tính bảng với quầy" })).toBeVisible();
  await tablet.getByLabel("Mã ghép nối").fill("0000 0000");
  await tablet.getByRole("button", { name: "Ghép nối" }).click();
  await expect(tablet.getByTestId("pair-tablet").getByRole("alert")).toContainText(
    "Mã ghép nối không đúng hoặc đã hết hạn",
  );
  await expectAccessible(tablet, "main", "the pairing page");
  await tablet.getByLabel("Mã ghép nối").fill(code);
  await tablet.getByRole("button", { name: "Ghép nối" }).click();
  await expect(tablet.getByTestId("pair-tablet").getByRole("status")).toContainText("Đã ghép nối");
  const cookie = (await context.cookies()).find((c) => c.name === "motcua_quay");
  expect(cookie?.httpOnly).toBe(true);
  await tablet.getByRole("link", { name: "Mở màn hình đánh giá" }).click();
  await expect(tablet.getByTestId("kiosk-counter")).toHaveText("Quầy 5: Quầy 5 – Tiếp nhận chung, trả kết quả");

  // 3. The leadership's figures before.
  const leader = await signedIn(browser, "lanhdao.sontay");
  await leader.goto("/lanh-dao");
  await expect(leader.getByRole("heading", { name: /^Mức độ hài lòng của người dân năm \d{4}$/ })).toBeVisible();
  const ratingsBefore = await figure(leader, "sipas-ratings");
  await expect(leader.getByTestId("sipas-formula")).toContainText("trung bình các yếu tố");

  // 4. The receptionist sits at counter 5 and receives a dossier there.
  const desk = await signedIn(browser, "tiepnhan.sontay");
  await desk.goto("/tiep-nhan");
  const seat = desk.getByTestId("counter-seat");
  await seat
    .getByLabel("Quầy", { exact: true })
    .selectOption({ label: "Quầy 5: Quầy 5 – Tiếp nhận chung, trả kết quả" });
  await seat.getByRole("button", { name: "Lưu quầy làm việc" }).click();
  await expect(seat.getByRole("status")).toContainText("Đã lưu quầy làm việc");
  const dossierCode = await receiveDossier(desk);
  const officer = await db.query<{ fullName: string }>(
    `SELECT "fullName" FROM "User" WHERE username = 'tiepnhan.sontay'`,
  );

  // 5. The citizen rates on the tablet: 2 stars, a reason, a comment with HTML in it.
  await tablet.reload();
  await expect(tablet.getByTestId("kiosk-officer")).toHaveText(`Cán bộ tiếp nhận: ${officer.rows[0]!.fullName}`);
  await expect(
    tablet.getByRole("heading", { name: "Ông/bà có hài lòng với sự phục vụ tại quầy này không?" }),
  ).toBeVisible();
  await expectAccessible(tablet, "main", "the kiosk at 1280×800");
  await star(tablet, "2 sao: Không hài lòng");
  const reasons = tablet.getByRole("group", { name: "Ông/bà chưa hài lòng về điều gì? (có thể chọn nhiều)" });
  await reasons.getByRole("checkbox", { name: "Hướng dẫn rõ ràng, làm xong trong một lần" }).check();
  await tablet.getByLabel("Ý kiến khác (không bắt buộc)").fill(COMMENT);
  await expectAccessible(tablet, "main", "the kiosk asking reasons");
  await tablet.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(tablet.getByTestId("kiosk-outcome")).toHaveAttribute("data-outcome", "recorded");
  await expect(tablet.getByTestId("kiosk-outcome")).toContainText("Cảm ơn ông/bà đã đánh giá!");
  const stored = await db.query<{ overallScore: number; comment: string; counter: number; answers: number }>(
    `SELECT r."overallScore", r.comment, c.number AS counter,
            (SELECT count(*)::int FROM "RatingAnswer" a WHERE a."ratingId" = r.id) AS answers
     FROM "Rating" r JOIN "Dossier" d ON d.id = r."dossierId" JOIN "Counter" c ON c.id = r."counterId"
     WHERE d.code = $1 AND r.channel = 'COUNTER_TABLET'`,
    [dossierCode],
  );
  expect(stored.rows).toEqual([{ overallScore: 2, comment: COMMENT, counter: 5, answers: 1 }]);

  // 6. Back to the start; a second citizen on the same dossier is told politely, nothing is counted twice.
  await tablet.getByRole("button", { name: "Về màn hình đầu" }).click();
  await star(tablet, "5 sao: Rất hài lòng");
  await tablet.getByRole("button", { name: "Gửi đánh giá" }).click();
  await expect(tablet.getByTestId("kiosk-outcome")).toHaveAttribute("data-outcome", "duplicate");

  // 7. Portrait (800×1280): still one screen wide, still accessible.
  await tablet.setViewportSize({ width: 800, height: 1280 });
  await tablet.goto("/quay/danh-gia");
  await star(tablet, "3 sao: Bình thường");
  expect(await tablet.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(800);
  await expectAccessible(tablet, "main", "the kiosk at 800×1280");

  // 8. The leadership home counts one more rating and shows the comment as text.
  await leader.reload();
  expect(await figure(leader, "sipas-ratings")).toBe(ratingsBefore + 1);
  await expect(leader.getByTestId("sipas-comments").getByText(COMMENT, { exact: true })).toBeVisible();

  // 9. The administrator revokes the tablet: it stops at once.
  await admin.reload();
  const row = admin.getByTestId("counter-tablets-5").getByRole("row").filter({ hasText: "Máy thử quầy 5" });
  await expect(row).toContainText("Đã ghép nối");
  await row.getByRole("button", { name: "Thu hồi Máy thử quầy 5" }).click();
  await expect(row).toContainText("Đã thu hồi");
  await tablet.goto("/quay/danh-gia");
  await expect(tablet.getByTestId("kiosk-not-paired")).toBeVisible();
  await context.close();
});
