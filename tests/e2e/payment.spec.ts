// Issue 9, item 4, in Chromium: a citizen with a dossier that must be paid before intake opens it on the tracking
// page, presses "Thanh toán trực tuyến", pays on the sandbox platform's page (its own server, own port), and comes
// back to the result page, which shows what the platform confirmed; the desk sees the payment, its attempt and its
// raw messages on the dossier page. axe-core checks our pages.
import crypto from "node:crypto";
import path from "node:path";
import { expect, test } from "./support/test";
import pg from "pg";
import { expectAccessible, signedIn } from "./login-steps";
import { connectE2eDatabase } from "./support/e2e-database";

const root = path.resolve(import.meta.dirname, "../..");
const port = process.env.E2E_PORT ?? "3100";
const DESK = "tiepnhan.tungthien";

let db: pg.Client;

test.beforeAll(async () => {
  db = await connectE2eDatabase();
});
test.afterAll(async () => {
  await db?.end();
});

/** An online dossier of the desk's unit, registered and owing 50.000 đ phí + 20.000 đ lệ phí before intake. */
async function owingDossier(): Promise<{ id: string; code: string; key: string }> {
  const suffix = crypto.randomBytes(3).toString("hex").toUpperCase();
  const id = `e2epay${suffix.toLowerCase()}${Date.now().toString(36)}`;
  const key = `P${suffix.slice(0, 3)}Q${suffix.slice(3)}7`.slice(0, 8);
  const { rows } = await db.query<{ code: string }>(
    `INSERT INTO "Dossier" (id, code, "procedureId", "procedureVersionId", "fieldId", channel, "receivedUnitId",
       "decidingUnitId", "applicantKind", "applicantName", "applicantIdNumber", "applicantPhone", "applicantEmail",
       "applicantAddress", "trackingKey", "submittedAt", status, "updatedAt")
     SELECT $1, u.code || '-261205-9' || $2, d."procedureId", d."procedureVersionId", d."fieldId", 'ONLINE', d."receivedUnitId",
       d."decidingUnitId", 'CITIZEN', 'Phạm Thị Thu', '001190077777', '0912777888', NULL, 'Số 7 phố Lê Lợi, phường Tùng Thiện',
       $3, now(), 'REGISTERED_ONLINE', now()
     FROM "Dossier" d JOIN "User" s ON s."unitId" = d."receivedUnitId" AND s.username = $4
     JOIN "AdministrativeUnit" u ON u.id = d."receivedUnitId"
     LIMIT 1
     RETURNING code`,
    [id, String(crypto.randomInt(0, 1000)).padStart(3, "0"), key, DESK],
  );
  const code = rows[0]!.code;
  await db.query(
    `INSERT INTO "PaymentRequest" (id, "dossierId", "feeAmount", "chargeAmount", timing, "updatedAt")
     VALUES ($1, $2, 50000, 20000, 'BEFORE_INTAKE', now())`,
    [`e2epr${suffix.toLowerCase()}${Date.now().toString(36)}`, id],
  );
  return { id, code, key };
}

test("a citizen pays online in the sandbox and the desk sees the verified payment", async ({ browser }) => {
  const dossier = await owingDossier();
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript({ path: path.join(root, "node_modules/axe-core/axe.min.js") });

  await page.goto(`/tra-cuu?ma=${encodeURIComponent(dossier.code)}&xac-thuc=${dossier.key}`);
  const panel = page.getByTestId("payment-panel");
  await expect(panel).toBeVisible();
  await expect(panel).toContainText("50.000 đồng");
  await expect(panel).toContainText("20.000 đồng");
  await expect(panel).toContainText("70.000 đồng");
  await expect(page.getByTestId("payment-status")).toHaveText("Chưa thanh toán");
  await expectAccessible(page, "[data-testid=payment-panel]", "payment panel");

  await panel.getByRole("button", { name: "Thanh toán trực tuyến" }).click();
  // The sandbox platform's pay page, on its own port.
  await page.waitForURL(`http://127.0.0.1:${Number(port) + 1000}/thanh-toan/MC*`);
  await expect(page.getByRole("heading", { name: "Thanh toán phí, lệ phí" })).toBeVisible();
  await expect(page.getByTestId("sandbox-amount")).toHaveText("70.000 đồng");
  await page.getByRole("button", { name: "Thanh toán thành công" }).click();

  // Back on the portal: the result page reads what the platform's verified callback wrote.
  await expect(page).toHaveURL(/\/thanh-toan\/ket-qua\?ref=MC\d{14}/);
  const result = page.getByTestId("payment-result");
  await expect(result).toHaveAttribute("data-outcome", "paid", { timeout: 20_000 });
  await expect(result).toContainText("đã được nền tảng thanh toán xác nhận");
  await expectAccessible(page, "main", "payment result");

  const { rows } = await db.query<{ status: string; method: string; feePaidOnline: boolean }>(
    `SELECT r.status, r.method, d."feePaidOnline" FROM "PaymentRequest" r JOIN "Dossier" d ON d.id = r."dossierId" WHERE d.id = $1`,
    [dossier.id],
  );
  expect(rows[0]).toEqual({ status: "PAID", method: "ONLINE", feePaidOnline: true });
  // The e-receipt (GET_BILL) is fetched once the callback is answered, and kept as the dossier's RECEIPT file.
  await expect
    .poll(async () => {
      const receipts = await db.query(`SELECT 1 FROM "DossierFile" WHERE "dossierId" = $1 AND purpose = 'RECEIPT'`, [
        dossier.id,
      ]);
      return receipts.rowCount;
    })
    .toBe(1);

  // The tracking page now says paid, without a pay button.
  await page.goto(`/tra-cuu?ma=${encodeURIComponent(dossier.code)}&xac-thuc=${dossier.key}`);
  await expect(page.getByTestId("payment-status")).toHaveText("Đã thanh toán (Trực tuyến)");
  await expect(page.getByRole("button", { name: "Thanh toán trực tuyến" })).toHaveCount(0);
  await expect(page.getByTestId("payment-panel")).toContainText("Biên lai điện tử đã được lưu cùng hồ sơ.");
  await context.close();

  // The desk: the request, the successful attempt and its six raw messages (INIT, callback, GET_BILL and their
  // answers; none with a bad signature).
  const desk = await signedIn(browser, DESK, { axe: true });
  await desk.goto(`/ho-so/${dossier.code}`);
  const section = desk.getByRole("region", { name: "Thu phí, lệ phí" });
  await expect(section.getByTestId("desk-payment")).toContainText("Đã thanh toán");
  await expect(section.getByRole("cell", { name: "Thành công" })).toBeVisible();
  await expect(section.getByRole("cell", { name: "6 (0)" })).toBeVisible();
  await expectAccessible(desk, 'section[aria-labelledby="thu-phi-title"]', "desk payment section");
  await expect(section.getByRole("button", { name: "Ghi nhận hoàn trả" })).toBeVisible();
});
