// Issue 10, item 4, in a browser: Quản trị → Đồng bộ Cổng DVCQG renders the coverage per unit and the failures with
// the portal's reason, accessibly (axe), and "Đồng bộ lại" puts a failed row back in the outbox.
import fs from "node:fs";
import path from "node:path";
import { expect, test } from "./support/test";
import pg from "pg";
import { expectAccessible, signedIn } from "./login-steps";

const root = path.resolve(import.meta.dirname, "../..");
const port = process.env.E2E_PORT ?? "3100";
const REASON = "Sai hoặc thiếu trường: data.0.MaTTHC (mã 1)";

test("an administrator sees sync coverage and failures, and sends a failed row again", async ({ browser }) => {
  const { databaseUrl } = JSON.parse(fs.readFileSync(path.join(root, `test-results/e2e-server-${port}.json`), "utf8"));
  const db = new pg.Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    // The e2e server runs no portal worker and its seed queues nothing: one refusal is written here.
    const { rows } = await db.query<{ id: string; code: string }>(
      `WITH latest AS (SELECT id, code FROM "Dossier" ORDER BY "submittedAt" DESC LIMIT 1),
         failed AS (
           INSERT INTO "PortalSyncMessage" (kind, "dossierId", status, attempts, "lastError", "createdAt")
           SELECT 'DOSSIER', id, 'FAILED', 1, $1, now() FROM latest RETURNING id
         )
       SELECT failed.id::text AS id, latest.code FROM failed, latest`,
      [REASON],
    );
    expect(rows).toHaveLength(1);
    const failed = rows[0]!;

    const page = await signedIn(browser, "admin", { axe: true });
    await page.goto("/quan-tri/dong-bo-dvcqg?ky=nam");
    await expect(page.getByRole("heading", { level: 1, name: "Đồng bộ Cổng Dịch vụ công quốc gia" })).toBeVisible();
    await expect(page.getByTestId("portal-coverage")).toBeVisible();
    await expect(page.getByTestId("portal-coverage").getByRole("rowheader").first()).toBeVisible();
    const row = page.getByTestId("portal-failures").getByRole("row", { name: new RegExp(failed.code) });
    await expect(row).toContainText(REASON);
    await expectAccessible(page, "main", "national portal sync page");

    await row.getByRole("button", { name: "Đồng bộ lại" }).click();
    // Back in the outbox: the page, refreshed, no longer lists it as failed.
    await expect
      .poll(
        async () =>
          (await db.query(`SELECT status FROM "PortalSyncMessage" WHERE id = $1`, [failed.id])).rows[0]?.status,
      )
      .toBe("PENDING");
    await expect(row).toHaveCount(0);
    const audit = await db.query(`SELECT 1 FROM "AuditEntry" WHERE action = 'national_portal.resync'`);
    expect(audit.rowCount).toBeGreaterThan(0);
  } finally {
    await db.end();
  }
});
