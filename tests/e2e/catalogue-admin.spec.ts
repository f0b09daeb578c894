// The catalogue as managed data (issue 10, item 2): an administrator publishes a new version of a procedure,
// effective today, with a longer statutory time; the receptionist's next intake shows it. The admin screens are
// checked with axe, and the publish form on a phone's width.
import { expect, test } from "./support/test";
import { expectAccessible, signedIn } from "./login-steps";

const CODE = "1.004873";
const NAME = "Cấp Giấy xác nhận tình trạng hôn nhân";

/** Today in Vietnam as dd/mm/yyyy. */
const today = () =>
  new Intl.DateTimeFormat("en-GB", {
    timeZone: "Asia/Ho_Chi_Minh",
    day: "2-digit",
    month: "2-digit",
    year: "numeric",
  }).format(new Date());

test("an administrator publishes a new version and the receptionist's next intake uses it", async ({ browser }) => {
  const admin = await signedIn(browser, "admin", { axe: true });

  // The list, searched by code.
  await admin.goto(`/quan-tri/thu-tuc?q=${CODE}`);
  await expect(admin.getByRole("heading", { level: 1, name: "Danh mục thủ tục hành chính" })).toBeVisible();
  await expectAccessible(admin, "main", "catalogue list");
  await admin.getByTestId("catalogue-admin-list").getByRole("link", { name: NAME }).click();
  await expect(admin.getByRole("heading", { level: 1, name: NAME })).toBeVisible();
  await expectAccessible(admin, "main", "procedure page");

  // The publish form, prefilled from the current version, on a phone.
  await admin.setViewportSize({ width: 390, height: 844 });
  await admin.getByRole("link", { name: "Công bố phiên bản mới" }).click();
  await expect(admin.getByRole("heading", { level: 1, name: "Công bố phiên bản mới" })).toBeVisible();
  const form = admin.getByRole("form", { name: "Công bố phiên bản mới" });
  const duration = form.getByLabel("Thời hạn giải quyết");
  const before = Number(await duration.inputValue());
  expect(before).toBeGreaterThan(0);
  const after = before + 2;
  expect(await admin.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  await expectAccessible(admin, "main", "publish form");

  await form.getByLabel("Số quyết định công bố").fill("3999/QĐ-UBND");
  await form.getByLabel("Ngày ký quyết định").fill(today());
  await form.getByLabel("Cơ quan ban hành").fill("UBND Thành phố Hà Nội");
  await expect(form.getByLabel("Có hiệu lực từ ngày")).toHaveValue(today());
  await form.getByLabel("Nội dung thay đổi").fill(`Thời hạn giải quyết ${after} ngày làm việc`);
  await duration.fill(String(after));
  await form.getByRole("button", { name: "Công bố phiên bản mới" }).click();
  await expect(form.getByRole("status")).toContainText("Đã công bố phiên bản");

  // The history shows the new version under its decision; the comparison shows the changed time.
  await admin.setViewportSize({ width: 1280, height: 800 });
  await admin.goto(`/quan-tri/thu-tuc/${CODE}`);
  const history = admin.getByTestId("version-history");
  await expect(history).toContainText(`Từ ${today()}`);
  await expect(history).toContainText(`Quyết định 3999/QĐ-UBND ngày ${today()} của UBND Thành phố Hà Nội`);
  const diff = admin.getByTestId("version-diff");
  await expect(diff.getByRole("row", { name: /Thời hạn giải quyết/ })).toContainText(String(after));
  await expectAccessible(admin, "main", "procedure page with the diff");

  // The desk's next intake: the procedure's facts carry the new statutory time.
  const desk = await signedIn(browser, "tiepnhan.sontay");
  await desk.goto("/tiep-nhan/moi");
  await desk.getByRole("combobox", { name: "Tìm thủ tục theo tên hoặc mã" }).fill(CODE);
  await expect(desk.getByRole("option").first()).toContainText(NAME);
  await desk.getByRole("option").first().click();
  await expect(desk.getByTestId("procedure-facts")).toContainText(`${after} ngày làm việc`);
  await expect(desk.getByTestId("appointment-preview")).toContainText(/Hẹn trả: \d{2}:\d{2} \d{2}\/\d{2}\/\d{4}/);
});

test("the catalogue exported as JSON imports back unchanged; a file with bad rows lists every one and changes nothing", async ({
  browser,
}) => {
  const admin = await signedIn(browser, "admin", { axe: true });
  const exported = await admin.request.get("/api/quan-tri/thu-tuc/xuat?dinh-dang=json");
  expect(exported.status()).toBe(200);
  const file = (await exported.json()) as { procedures: { code: string; version: Record<string, unknown> }[] };
  expect(file.procedures.length).toBeGreaterThan(10);
  const xlsx = await admin.request.get("/api/quan-tri/thu-tuc/xuat?dinh-dang=xlsx");
  expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");

  await admin.goto("/quan-tri/thu-tuc/nhap");
  await expect(admin.getByRole("heading", { level: 1, name: "Nhập, xuất danh mục" })).toBeVisible();
  const form = admin.getByRole("form", { name: "Nhập danh mục" });
  const upload = async (name: string, content: unknown) => {
    await form
      .getByLabel("Tệp danh mục")
      .setInputFiles({ name, mimeType: "application/json", buffer: Buffer.from(JSON.stringify(content)) });
    await form.getByRole("button", { name: "Kiểm tra và nhập" }).click();
  };

  // Unchanged: nothing new.
  await upload("danh-muc.json", file);
  await expect(form.getByRole("status")).toContainText(
    `Đã nhập: 0 thủ tục mới, 0 phiên bản mới, 0 thủ tục sửa tên hoặc trạng thái, ${file.procedures.length} thủ tục không đổi.`,
  );

  // Two bad procedures: every problem listed with its place, nothing written.
  const [first, second] = file.procedures;
  const bad = {
    ...file,
    procedures: [
      { ...first, version: { ...first!.version, durationValue: -1 } },
      { ...second, version: { ...second!.version, onlineLevel: 9, feeTiming: "SOMETIMES" } },
      ...file.procedures.slice(2),
    ],
  };
  await upload("danh-muc-sai.json", bad);
  await expect(admin.getByRole("alert").filter({ hasText: "nên chưa có gì được ghi" })).toContainText("3 lỗi");
  const errors = admin.getByTestId("import-errors");
  await expect(errors.getByRole("row")).toHaveCount(4);
  // Named by the spreadsheet's column header, not the code's path.
  await expect(errors).toContainText("Thời hạn giải quyết");
  await expect(errors).toContainText("Mức độ phải là số từ 1 đến 4.");
  await expect(errors).toContainText("Thời điểm nộp phí không hợp lệ.");
  await expectAccessible(admin, "main", "import page with errors");
});
