// Issue 10, item 3, in a browser: the API reference page renders from our own server (Swagger UI from node_modules,
// the generated OpenAPI document) under its Content-Security-Policy, with every endpoint listed; and an administrator
// creates an API client whose key is shown once, the key reads a dossier list, and once revoked it is refused (401).
import { expect, test } from "./support/test";
import { expectAccessible, signedIn } from "./login-steps";

test("the reference page lists every endpoint of /api/v1, with no blocked resource", async ({ page }) => {
  const refused: string[] = [];
  page.on("console", (message) => {
    if (message.type() === "error") refused.push(message.text());
  });
  page.on("requestfailed", (request) => refused.push(`${request.url()}: ${request.failure()?.errorText}`));
  const response = await page.goto("/api/v1/reference");
  expect(response?.status()).toBe(200);
  // Its own policy (src/server/api/reference.ts): same-origin scripts only, never framed.
  const policy = response?.headers()["content-security-policy"] ?? "";
  expect(policy).toContain("script-src 'self';");
  expect(policy).toContain("frame-ancestors 'none'");
  expect(policy).not.toContain("unsafe-eval");
  // Swagger UI has read /api/v1/openapi.json: the document's title as the page's heading, and each operation's path.
  await expect(page.getByRole("heading", { level: 1, name: /^MotCua API/ })).toBeVisible();
  for (const path of [
    "/procedures",
    "/procedures/{code}",
    "/dossiers",
    "/dossiers/{code}",
    "/dossiers/{code}/history",
    "/statistics",
  ])
    await expect(
      page.locator(".opblock-summary-path", { hasText: new RegExp(`^${path.replace(/[{}]/g, "\\$&")}$`) }),
    ).toHaveCount(1);
  await expect(page.getByRole("button", { name: /Authorize/ })).toBeVisible();
  expect(refused.filter((text) => /Content Security Policy|Refused|net::/.test(text))).toEqual([]);
});

test("an administrator creates an API client, its key reads dossiers, revoked it is refused", async ({
  browser,
  request,
}) => {
  const page = await signedIn(browser, "admin", { axe: true });
  await page.goto("/quan-tri/ket-noi-api");
  await expect(page.getByRole("heading", { level: 1, name: "Kết nối API" })).toBeVisible();
  await expectAccessible(page, "main", "API clients page");

  const name = `Hệ thống thử e2e ${Date.now()}`;
  const form = page.getByRole("form", { name: "Tạo khóa kết nối mới" });
  await form.getByLabel("Tên hệ thống kết nối").fill(name);
  await form.getByRole("button", { name: "Tạo khóa" }).click();
  const key = (await page.getByTestId("api-client-key").textContent())?.trim() ?? "";
  expect(key).toMatch(/^mck_[0-9a-f]{8}_[A-Za-z0-9_-]{43}$/);
  await expect(page.getByTestId("api-client-created")).toContainText("chỉ hiển thị một lần");

  const list = await request.get("/api/v1/dossiers?limit=5", { headers: { Authorization: `Bearer ${key}` } });
  expect(list.status()).toBe(200);
  expect(((await list.json()) as { items: unknown[] }).items.length).toBeGreaterThan(0);

  // The list shows the client (its key's prefix only) with its last call; revoking refuses the next call.
  await page.reload();
  const row = page.getByTestId(`api-client-${key.slice(0, 12)}`);
  await expect(row).toContainText(name);
  await expect(row).not.toContainText(key);
  await expect(row).not.toContainText("Chưa gọi");
  await row.getByRole("button", { name: `Thu hồi khóa ${name}` }).click();
  await expect(row).toContainText("Đã thu hồi");
  const refused = await request.get("/api/v1/dossiers?limit=5", { headers: { Authorization: `Bearer ${key}` } });
  expect(refused.status()).toBe(401);
  expect(refused.headers()["content-type"]).toBe("application/problem+json");
  await page.context().close();
});
