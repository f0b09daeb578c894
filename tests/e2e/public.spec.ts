// The public portal: home, catalogue search (accent- and case-insensitive), procedure detail, tracking entry, language.
import { expect, test } from "@playwright/test";

test("the home page shows the search box, the tracking box, live figures and fields", async ({ page }) => {
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "Cổng dịch vụ công Một cửa" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Menu chính" }).getByRole("link", { name: "Thủ tục hành chính" }),
  ).toBeVisible();
  await expect(page.getByLabel("Mã hồ sơ")).toBeVisible();
  await expect(page.getByLabel("4 số cuối điện thoại hoặc mã tra cứu")).toBeVisible();
  await expect(page.getByTestId("figure-received")).toHaveText(/^[\d.]+$/);
  await expect(page.getByTestId("figure-on-time-rate")).toHaveText(/%|N\/A/);
  await expect(page.getByText("(trước hạn + đúng hạn) ÷ số hồ sơ đã giải quyết")).toBeVisible();
  await expect(page.getByRole("link", { name: /Hộ tịch\s*\d+ thủ tục/ })).toBeVisible();

  await page.getByRole("searchbox", { name: "Tìm thủ tục hành chính" }).fill("khai sinh");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/\/thu-tuc\?q=khai\+sinh/);
  await expect(page.getByRole("link", { name: "Đăng ký khai sinh", exact: true })).toBeVisible();
});

test("catalogue search ignores case and Vietnamese accents", async ({ page }) => {
  for (const query of ["khai sinh", "Khai Sinh", "KHAI SINH"]) {
    await page.goto(`/thu-tuc?q=${encodeURIComponent(query)}`);
    await expect(page.getByRole("link", { name: "Đăng ký khai sinh", exact: true })).toBeVisible();
  }
  await page.goto("/thu-tuc?q=ket+hon");
  await expect(page.getByRole("link", { name: "Đăng ký kết hôn", exact: true })).toBeVisible();
  // By national code.
  await page.goto("/thu-tuc?q=1.001193");
  await expect(page.getByRole("link", { name: "Đăng ký khai sinh", exact: true })).toBeVisible();
  await expect(page.getByTestId("catalogue-count")).toHaveText("Tìm thấy 1 thủ tục");
  await page.goto("/thu-tuc?q=khong-co-thu-tuc-nay");
  await expect(page.getByText("Không tìm thấy thủ tục phù hợp", { exact: false })).toBeVisible();
});

test("catalogue filters by level and field", async ({ page }) => {
  await page.goto("/thu-tuc");
  await page.getByLabel("Tên hoặc mã thủ tục").fill("khai sinh");
  await page.getByLabel("Cấp thực hiện").selectOption("xa");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/cap=xa/);
  // Since 1/7/2025 the communes decide what the district did: both births are commune-level, none is district-level.
  await expect(page.getByRole("link", { name: "Đăng ký khai sinh có yếu tố nước ngoài" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Đăng ký khai sinh", exact: true })).toBeVisible();
  await page.goto("/thu-tuc?q=khai+sinh&cap=huyen");
  await expect(page.getByText("Không tìm thấy thủ tục phù hợp", { exact: false })).toBeVisible();

  await page.goto("/thu-tuc?linh-vuc=CHUNGTHUC");
  const rows = page.locator("tbody tr");
  await expect(rows.first()).toBeVisible();
  for (const field of await rows.locator("td:nth-child(3)").allTextContents()) expect(field).toBe("Chứng thực");
});

test("a procedure page shows its current version, documents and history", async ({ page }) => {
  await page.goto("/thu-tuc?q=khai+sinh");
  await page.getByRole("link", { name: "Đăng ký khai sinh", exact: true }).click();
  await expect(page).toHaveURL(/\/thu-tuc\/1\.001193$/);
  await expect(page.getByRole("heading", { level: 1, name: "Đăng ký khai sinh" })).toBeVisible();
  await expect(page.getByTestId("procedure-duration")).toHaveText("Trong ngày");
  await expect(page.getByRole("definition").filter({ hasText: "Toàn trình (mức độ 4)" })).toBeVisible();
  const documents = page.getByTestId("procedure-documents");
  await expect(documents.getByRole("rowheader", { name: "Giấy chứng sinh" })).toBeVisible();
  await expect(documents.getByRole("cell", { name: "Bản chính" }).first()).toBeVisible();
  await expect(page.getByRole("heading", { level: 2, name: "Các phiên bản" })).toBeVisible();

  // A procedure with a working-day time limit and the partly-online class.
  await page.goto("/thu-tuc/1.000894");
  await expect(page.getByTestId("procedure-duration")).toHaveText(/^\d+ ngày làm việc$/);
  await expect(page.getByRole("definition").filter({ hasText: "Một phần (mức độ 3)" })).toBeVisible();

  const missing = await page.goto("/thu-tuc/9.999999");
  expect(missing?.status()).toBe(404);
});

test("the tracking entry form sends the code and the second factor by GET", async ({ page }) => {
  await page.goto("/tra-cuu");
  await expect(page.getByRole("heading", { level: 1, name: "Tra cứu hồ sơ" })).toBeVisible();
  await page.getByLabel("Mã hồ sơ").fill("PTT-261120-0001");
  await page.getByLabel("4 số cuối điện thoại hoặc mã tra cứu").fill("1234");
  await page.getByRole("button", { name: "Tra cứu" }).click();
  await expect(page).toHaveURL(/\/tra-cuu\?ma=PTT-261120-0001&xac-thuc=1234$/);
  await expect(page.getByLabel("Mã hồ sơ")).toHaveValue("PTT-261120-0001");
});

test("switching to English changes the interface", async ({ page }) => {
  await page.goto("/thu-tuc");
  await expect(page.getByRole("heading", { level: 1, name: "Thủ tục hành chính" })).toBeVisible();
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Administrative procedures" })).toBeVisible();
  await expect(
    page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Track a dossier" }),
  ).toBeVisible();
  await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
  await page.goto("/");
  await expect(page.getByRole("heading", { level: 1, name: "One-stop public service portal" })).toBeVisible();
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cổng dịch vụ công Một cửa" })).toBeVisible();
});
