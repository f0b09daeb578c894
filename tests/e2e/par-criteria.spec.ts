// PAR Index criteria sets (issue 14 item 1): home affairs creates a set from the sample, sees it marked as a sample
// with its tree and no problems, downloads it as Excel, has the workbook with a bad score refused
// (row and column named) and imports it back as exported, has a bad ladder refused with a Vietnamese message, and adds a
// bonus item. The list, the set page and the forms are checked with axe; no internal code reaches the screen (the
// fixture checks every page).
import ExcelJS from "exceljs";
import { expect, test } from "./support/test";
import { expectAccessible, signedIn } from "./login-steps";

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

test("home affairs creates a criteria set from the sample and edits it", async ({ browser }) => {
  const page = await signedIn(browser, "noivu.hanoi", { axe: true });
  await page.goto("/noi-vu/chi-so-cchc/bo-tieu-chi");
  await expect(page.getByRole("heading", { level: 1, name: "Bộ tiêu chí Chỉ số cải cách hành chính" })).toBeVisible();
  await expectAccessible(page, "main", "criteria set list");

  // A year no demo set uses.
  const create = page.getByRole("form", { name: "Tạo bộ tiêu chí mới" });
  await create.getByLabel("Năm").fill("2041");
  await create.getByLabel("Tên bộ tiêu chí").fill("Bộ tiêu chí thử nghiệm năm 2041");
  await create.getByRole("button", { name: "Tạo bộ tiêu chí" }).click();
  await expect(create.getByText("Đã tạo bộ tiêu chí.")).toBeVisible();
  await page.getByTestId("par-criteria-sets").getByRole("link", { name: "Bộ tiêu chí thử nghiệm năm 2041" }).click();

  await expect(page.getByRole("heading", { level: 1, name: "Bộ tiêu chí thử nghiệm năm 2041" })).toBeVisible();
  await expect(page.getByRole("note").getByText("Bộ tiêu chí mẫu – cần điều chỉnh")).toBeVisible();
  await expect(page.getByText("Bộ tiêu chí hợp lệ")).toBeVisible();
  const tree = page.getByTestId("par-criteria-tree");
  await expect(tree.getByRole("row", { name: /Tỷ lệ hồ sơ thủ tục hành chính giải quyết đúng hạn/ })).toContainText(
    "100:5; 98:4",
  );
  await expectAccessible(page, "main", "criteria set page");

  // The export is a real workbook.
  const href = await page.getByRole("link", { name: "Tải bảng tính (Excel)" }).getAttribute("href");
  const download = await page.request.get(href!);
  expect(download.status()).toBe(200);
  expect(download.headers()["content-type"]).toContain("spreadsheetml");

  // The workbook with a bad score comes back refused, row and column named, nothing written; as exported, it goes in.
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await download.body()) as never);
  const sheet = workbook.worksheets[0]!;
  const maxColumn = (sheet.getRow(1).values as unknown[]).indexOf("Điểm tối đa");
  expect(maxColumn).toBeGreaterThan(0);
  const original = sheet.getRow(3).getCell(maxColumn).value;
  sheet.getRow(3).getCell(maxColumn).value = "nhiều";
  const importForm = page.getByRole("form", { name: "Nhập bộ tiêu chí từ bảng tính" });
  const upload = async (buffer: Buffer) => {
    await importForm.getByLabel("Tệp bảng tính").setInputFiles({ name: "bo-tieu-chi.xlsx", mimeType: XLSX, buffer });
    await importForm.getByRole("button", { name: "Nhập tệp" }).click();
  };
  await upload(Buffer.from(await workbook.xlsx.writeBuffer()));
  await expect(page.getByRole("alert").filter({ hasText: /Tệp có \d+ lỗi nên chưa được nhập/ })).toBeVisible();
  await expect(page.getByTestId("par-import-errors").getByRole("row", { name: /^3 Điểm tối đa/ })).toBeVisible();
  await expectAccessible(page, "main", "import refused");
  sheet.getRow(3).getCell(maxColumn).value = original;
  await upload(Buffer.from(await workbook.xlsx.writeBuffer()));
  await expect(importForm.getByText(/^Đã nhập \d+ tiêu chí/)).toBeVisible();
  await expect(page.getByTestId("par-import-errors")).toHaveCount(0);

  // A ladder above the maximum is refused, with the reason under the field.
  const add = page.getByRole("form", { name: "Thêm tiêu chí" });
  await add.getByLabel("Thuộc nhóm").selectOption({ label: "C. Điểm thưởng" });
  await add.getByLabel("Mã số (STT)").fill("C.3");
  await add.getByRole("textbox", { name: "Điểm tối đa (bắt buộc)" }).fill("1");
  await add.getByLabel("Lĩnh vực, tiêu chí, tiêu chí thành phần").fill("Dẫn đầu tỉnh về thanh toán trực tuyến");
  await add.getByLabel("Phần điểm").selectOption({ label: "Điểm thưởng" });
  await add.getByLabel("Loại tiêu chí").selectOption({ label: "Tự động từ số liệu MotCua" });
  await add.getByLabel("Giá trị kê khai").selectOption({ label: "Không kê khai" });
  await add.getByLabel("Số liệu MotCua").selectOption({ label: "Tỷ lệ thanh toán trực tuyến" });
  await add.getByLabel("Thang điểm").fill("80:2");
  await add.getByRole("button", { name: "Thêm tiêu chí" }).click();
  await expect(
    add.getByText(/Thang điểm không hợp lệ: Bậc 1 \(từ 80\): 2 điểm vượt điểm tối đa 1/).first(),
  ).toBeVisible();
  await expectAccessible(page, "main", "refused form");

  await add.getByLabel("Thang điểm").fill("80:1; 60:0,5");
  await add.getByRole("button", { name: "Thêm tiêu chí" }).click();
  await expect(add.getByText("Đã thêm tiêu chí.")).toBeVisible();
  await page.reload();
  await expect(tree.getByRole("row", { name: /Dẫn đầu tỉnh về thanh toán trực tuyến/ })).toContainText("80:1; 60:0.5");
  await expect(page.getByText("Bộ tiêu chí hợp lệ")).toBeVisible();
});
