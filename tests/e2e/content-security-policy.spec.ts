// The Content-Security-Policy lets every page work: no violation in Chromium on public and staff pages, the printed
// receipt with its QR code, and the PDF; framing is refused; HSTS in production. Two forms (src/server/
// content-security-policy.ts): pages rendered per request carry a nonce per request (src/proxy.ts); the anonymous
// public pages served from the page cache (src/server/public-page-cache.ts) list the SHA-256 of their own inline
// scripts and styles instead, with no nonce and no 'unsafe-inline'.
import { createHash } from "node:crypto";
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

const directive = (policy: string, name: string) =>
  policy.split("; ").find((part) => part.startsWith(`${name} `)) ?? "";

function expectPolicy(response: Response | null, kind: "nonce" | "hashes" = "nonce") {
  const headers = response!.headers();
  const policy = headers["content-security-policy"] ?? "";
  if (kind === "nonce") expect(policy).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  else {
    expect(directive(policy, "script-src")).toMatch(/^script-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')+$/);
    expect(directive(policy, "style-src")).toMatch(/^style-src 'self'( 'sha256-[A-Za-z0-9+/]+=*')*$/);
    expect(headers["x-page-cache"]).toMatch(/^(hit|stale|miss)$/);
  }
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).toContain("object-src 'none'");
  expect(policy).toContain("base-uri 'self'");
  // The e2e server is a production build: browsers that reached it over HTTPS keep to HTTPS.
  expect(headers["strict-transport-security"]).toMatch(/max-age=\d+/);
}

test("public pages run under the policy without a violation", async ({ page }) => {
  const problems = watch(page);
  for (const [path, kind] of [
    ["/", "hashes"],
    ["/thu-tuc", "hashes"],
    ["/ket-qua-giai-quyet", "hashes"],
    ["/ket-qua-giai-quyet/PST", "hashes"],
    ["/thu-tuc?q=khai+sinh", "nonce"],
    ["/tra-cuu?ma=PTT-261120-0001&xac-thuc=1234", "nonce"],
    ["/dang-nhap", "nonce"],
  ] as const) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(200);
    expectPolicy(response, kind);
    await page.waitForLoadState("networkidle");
  }
  // A procedure's page, reached by a link of the (cached) catalogue.
  await page.goto("/thu-tuc");
  const procedure = await page.getByRole("table").locator('a[href^="/thu-tuc/"]').first().getAttribute("href");
  expectPolicy(await page.goto(procedure!), "hashes");
  await page.waitForLoadState("networkidle");
  // Client-side behaviour still runs (hydrated): the catalogue search navigates.
  await page.goto("/");
  await page.getByRole("searchbox", { name: "Tìm thủ tục hành chính" }).fill("khai sinh");
  await page.getByRole("button", { name: "Tìm kiếm" }).click();
  await expect(page).toHaveURL(/\/thu-tuc\?q=khai\+sinh/);
  expect(problems).toEqual([]);
});

test("a cached public document lists exactly its own inline scripts and styles; one document per language", async ({
  request,
}) => {
  const sha256 = (text: string) => `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
  for (const cookie of ["", "NEXT_LOCALE=en"]) {
    const answers = [await request.get("/", { headers: { cookie } }), await request.get("/", { headers: { cookie } })];
    const [first, second] = await Promise.all(answers.map((answer) => answer.text()));
    // The second visitor gets the same document (from memory), with no nonce anywhere in it.
    expect(answers[1]!.headers()["x-page-cache"]).toMatch(/^(hit|stale)$/);
    expect(second).toBe(first);
    expect(first).not.toMatch(/\snonce="/);
    expect(first).toContain(cookie ? '<html lang="en"' : '<html lang="vi"');
    const policy = answers[0]!.headers()["content-security-policy"]!;
    const inline = [...first!.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].filter(
      (match) => !/\ssrc=/.test(match[1]!) && match[2]!.length > 0,
    );
    expect(inline.length).toBeGreaterThan(0);
    expect(directive(policy, "script-src")).toBe(
      `script-src 'self' ${[...new Set(inline.map((match) => sha256(match[2]!)))].join(" ")}`,
    );
    const styles = [...first!.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/g)].map((match) => sha256(match[1]!));
    expect(directive(policy, "style-src")).toBe(["style-src 'self'", ...new Set(styles)].join(" "));
  }
  // A visitor with a session cookie, a search and a client-router request are rendered per request with a nonce.
  for (const [path, headers] of [
    ["/", { cookie: "authjs.session-token=not-a-session" }],
    ["/thu-tuc?q=khai+sinh", {}],
    ["/", { rsc: "1" }],
  ] as const) {
    const answer = await request.get(path, { headers });
    expect(answer.headers()["x-page-cache"], path).toBeUndefined();
    expect(answer.headers()["content-security-policy"], path).toMatch(/'nonce-[A-Za-z0-9+/=]+' 'strict-dynamic'/);
  }
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
