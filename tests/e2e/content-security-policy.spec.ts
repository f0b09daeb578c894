// The Content-Security-Policy (src/proxy.ts, a nonce per request) lets every page work: no violation in Chromium on
// public and staff pages, the printed receipt with its QR code, and the PDF; framing is refused; HSTS in production.
import { expect, test, type Page, type Response } from "./support/test";
import { login } from "./login-steps";

/** Collects CSP violations (the browser's events and its console) and script errors of a page. */
function watch(page: Page): string[] {
  const problems: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error" && /Content Security Policy|Refused to/i.test(message.text())) {
      problems.push(`${page.url()}: ${message.text()}`);
    }
  });
  page.on("pageerror", (error) => problems.push(`${page.url()}: ${error.message}`));
  void page.addInitScript(() => {
    document.addEventListener("securitypolicyviolation", (event) => {
      console.error(`Content Security Policy violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  return problems;
}

function expectPolicy(response: Response | null) {
  const headers = response!.headers();
  const policy = headers["content-security-policy"] ?? "";
  expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'self'");
  // The e2e server is a production build: browsers that reached it over HTTPS keep to HTTPS.
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
}

test("public pages run under the policy without a violation", async ({ page }) => {
  const problems = watch(page);
  for (const path of [
    "/",
    "/thu-tuc",
    "/thu-tuc?q=khai+sinh",
    "/tra-cuu?ma=PTT-261120-0001&xac-thuc=1234",
    "/dang-nhap",
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expectPolicy(response);
    await page.waitForLoadState("networkidle");
  }
  // Client-side behaviour still runs (hydrated): the catalogue search navigates.
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Tìm thủ tục hành chính" }).fill("khai sinh");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/\/thu-tuc\?q=khai\+sinh/);
  expect(problems).toEqual([]);
});

test("staff pages, the printed receipt with its QR code, and the PDF run under the policy", async ({ page }) => {
  const problems = watch(page);
  // A ward office's head and every dossier of the office, closed ones included (open ones may be few in the world).
  await login(page, "truongphong.tungthien");
  await page.goto("/ho-so?pham-vi=cua-phong&trang-thai=tat-ca");
  const firstDossier = page.getByTestId("worklist-table").locator('a[href^="/ho-so/"]').first();
  await expect(firstDossier).toBeVisible();
  const href = await firstDossier.getAttribute("href");
  expect(href).toMatch(/^\/ho-so\/[A-Z0-9_]+-\d{6}-\d+$/);
  const code = href!.replace("/ho-so/", "");

  for (const path of [
    "/ho-so?pham-vi=cua-phong&trang-thai=tat-ca",
    `/ho-so/${code}`,
    `/in/ho-so/${code}/phieu-tiep-nhan`,
  ]) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expectPolicy(response);
    await page.waitForLoadState("networkidle");
  }
  // The receipt's QR code is drawn and its print styles apply (the page's own <style> carries the nonce).
  await expect(page.getByRole("img", { name: /Mã QR tra cứu hồ sơ/ })).toBeVisible();
  const paperPadding = await page
    .locator(".document-paper")
    .first()
    .evaluate((element) => parseFloat(getComputedStyle(element).paddingTop));
  expect(paperPadding).toBeGreaterThan(0);

  const pdf = await page.request.get(`/api/pdf/ho-so/${code}/phieu-tiep-nhan`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  expect(pdf.headers()["content-security-policy"]).toContain("frame-ancestors 'none'");
  expect(problems).toEqual([]);
});

test("another site cannot frame the portal", async ({ page, baseURL }) => {
  const problems: string[] = [];
  page.on("console", (message) => problems.push(message.text()));
  // A page of another origin (about:blank set with content) frames the login page: the browser refuses it.
  await page.setContent(`<iframe id="framed" src="${baseURL}/dang-nhap"></iframe>`);
  await expect.poll(() => problems.some((text) => /frame-ancestors|Refused to (display|frame)/i.test(text))).toBe(true);
});
