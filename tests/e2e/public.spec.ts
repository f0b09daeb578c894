// The public portal: home, catalogue search (accent- and case-insensitive, by name, field or code), procedure detail,
// tracking entry, language; the phone layout (390 px) and the wide one (1280 px), screenshotted and checked with axe.
import path from "node:path";
import { expect, test, type Page } from "./support/test";
import { expectAccessible } from "./login-steps";
import { connectE2eDatabase } from "./support/e2e-database";

const root = path.resolve(import.meta.dirname, "../..");

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
  // Who runs the portal comes from the organisation's data: the top unit in force and its address (demo world).
  await expect(page.getByRole("banner")).toContainText("UBND thành phố Hà Nội");
  await expect(page.getByRole("contentinfo")).toContainText("UBND thành phố Hà Nội");
  await expect(page.getByRole("contentinfo")).toContainText("Trụ sở: Số 12 phố Lê Lai, phường Hoàn Kiếm, Hà Nội");
  await expect(page.getByText(/thị xã Sơn Tây/)).toHaveCount(0);

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
  await page.getByLabel("Tên thủ tục, lĩnh vực hoặc mã thủ tục").fill("khai sinh");
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
  await expect(page.getByRole("banner")).toContainText("People's Committee of Hà Nội");
  await page.getByRole("button", { name: "Tiếng Việt" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Cổng dịch vụ công Một cửa" })).toBeVisible();
});

// The demo catalogue's Đất đai field (src/tooling/demo-world/catalogue.ts) holds 7 procedures, only one with "đất đai"
// in its name: the search must find them through the field's name.
const LAND_PROCEDURES = 7;

test("catalogue search matches the field's name and the code, without accents", async ({ page }) => {
  for (const query of ["dat dai", "ĐẤT ĐAI", "Đất đai"]) {
    await page.goto(`/thu-tuc?q=${encodeURIComponent(query)}`);
    await expect(page.getByTestId("catalogue-count")).toHaveText(`Tìm thấy ${LAND_PROCEDURES} thủ tục`);
    const fields = await page.locator("tbody tr td:nth-child(3)").allTextContents();
    expect(fields).toHaveLength(LAND_PROCEDURES);
    for (const field of fields) expect(field).toBe("Đất đai");
  }
  // Words from the field and the name together narrow it down.
  await page.goto("/thu-tuc?q=dat+dai+tach+thua");
  await expect(page.getByTestId("catalogue-count")).toHaveText("Tìm thấy 1 thủ tục");
  await expect(page.getByRole("link", { name: "Tách thửa hoặc hợp thửa đất" })).toBeVisible();
  // Part of a national code.
  await page.goto("/thu-tuc?q=1.004193");
  await expect(page.getByRole("link", { name: "Tách thửa hoặc hợp thửa đất" })).toBeVisible();
});

test("a field card on the home page opens the catalogue filtered by that field", async ({ page }) => {
  await page.goto("/");
  await page.getByRole("link", { name: /^Đất đai\s*\d+ thủ tục$/ }).click();
  await expect(page).toHaveURL(/\/thu-tuc\?linh-vuc=DATDAI$/);
  await expect(page.getByLabel("Lĩnh vực", { exact: true })).toHaveValue("DATDAI");
  await expect(page.getByTestId("catalogue-count")).toHaveText(`Tìm thấy ${LAND_PROCEDURES} thủ tục`);
});

/** A received dossier of the demo world and its second factor (the last 4 digits of the applicant's phone). */
async function trackedDossier(): Promise<{ code: string; factor: string }> {
  const db = await connectE2eDatabase();
  try {
    const { rows } = await db.query<{ code: string; factor: string }>(
      `SELECT code, right(regexp_replace("applicantPhone", '\\D', '', 'g'), 4) AS factor FROM "Dossier"
       WHERE "receivedAt" IS NOT NULL AND "returnedAt" IS NULL AND "applicantPhone" ~ '\\d{4}$'
       ORDER BY "receivedAt" DESC LIMIT 1`,
    );
    return rows[0]!;
  } finally {
    await db.end();
  }
}

async function shoot(page: Page, name: string) {
  await page.screenshot({ path: path.join(root, `test-results/public-screens/${name}.png`), fullPage: true });
}

for (const { width, height, phone } of [
  { width: 390, height: 844, phone: true },
  { width: 1280, height: 900, phone: false },
]) {
  test(`public pages read well at ${width} px (screenshots, axe)`, async ({ browser }) => {
    const context = await browser.newContext({ viewport: { width, height } });
    const page = await context.newPage();
    await page.addInitScript({ path: path.join(root, "node_modules/axe-core/axe.min.js") });

    await page.goto("/thu-tuc?q=dat+dai");
    const cards = page.getByTestId("procedure-cards");
    if (phone) {
      // Cards, not the six-column table: each with the name as a link and the facts under it.
      await expect(page.locator("table")).toBeHidden();
      await expect(cards.getByRole("listitem")).toHaveCount(LAND_PROCEDURES);
      const card = cards.getByRole("listitem").filter({ hasText: "Tách thửa hoặc hợp thửa đất" });
      await expect(card.getByRole("link", { name: "Tách thửa hoặc hợp thửa đất" })).toBeVisible();
      for (const term of ["Mã thủ tục", "Lĩnh vực", "Cấp thực hiện", "Thời hạn giải quyết", "Phí, lệ phí"])
        await expect(card.getByRole("term").filter({ hasText: term })).toBeVisible();
      // Nothing wider than the screen.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    } else {
      await expect(cards).toBeHidden();
      await expect(page.getByRole("table", { name: "Danh sách thủ tục hành chính" })).toBeVisible();
    }
    await expectAccessible(page, "main", `catalogue at ${width} px`);
    await shoot(page, `catalogue-${width}`);

    await page.goto("/thu-tuc/1.001193");
    await expect(page.getByRole("heading", { level: 1, name: "Đăng ký khai sinh" })).toBeVisible();
    if (phone) {
      // The documents and the version history as lists, nothing wider than the screen.
      await expect(page.getByTestId("procedure-documents-list").getByRole("listitem")).toHaveCount(3);
      await expect(page.getByTestId("procedure-documents")).toBeHidden();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
    }
    await expectAccessible(page, "main", `procedure page at ${width} px`);
    await shoot(page, `procedure-${width}`);

    const dossier = await trackedDossier();
    await page.goto(`/tra-cuu?ma=${encodeURIComponent(dossier.code)}&xac-thuc=${dossier.factor}`);
    await expect(page.getByText(`Kết quả tra cứu hồ sơ ${dossier.code}`)).toBeVisible();
    // A dossier still in progress: the rating is offered only once the result is returned (satisfaction-rating spec).
    await expect(page.locator("main").getByText(/đánh giá/i)).toHaveCount(0);
    await expect(page.locator("main")).not.toContainText(/\bbạn\b/i);
    await expectAccessible(page, "main", `tracking page at ${width} px`);
    await shoot(page, `tracking-${width}`);
    await context.close();
  });
}
