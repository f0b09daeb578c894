// Issue 9, item 3, as people do it in Chromium: an online registration waits in phường Tùng Thiện's queue; the desk
// officer opens its files, marks one component valid and another invalid with a note, and sends the supplement
// request (form 02 online); the citizen opens the tracking page with the phone's last digits and uploads the missing
// piece; the dossier is back in the queue, the officer checks the new file and receives it (the clock starts then).
// axe-core checks the queue, the check page and the citizen's upload section (WCAG 2 A and AA rules).
//
// The registration is written straight into the e2e database and the file store (as the online submission leaves
// it), so this spec does not depend on the submission screens (tests/e2e/online-submission.spec.ts covers those).
import { createHash, randomUUID } from "node:crypto";
import { createRequire } from "node:module";
import { expect, test, type Browser, type Page } from "./support/test";
import pg from "pg";
import { localFileStore } from "../../src/server/storage/local-store";
import { samplePdf } from "../support/sample-files";
import { expectAccessible, login } from "./login-steps";
import { connectE2eDatabase, e2eServer } from "./support/e2e-database";

const axePath = createRequire(import.meta.url).resolve("axe-core/axe.min.js");
const DESK = "tiepnhan.tungthien";

let db: pg.Client;
/** The e2e server's own data folder (tests/e2e/support/serve.ts), where its file store keeps dossier files. */
let dataDir: string;
test.beforeAll(async () => {
  dataDir = e2eServer().dataDir;
  db = await connectE2eDatabase();
});
test.afterAll(async () => {
  await db?.end();
});

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.addInitScript({ path: axePath });
  return page;
}

interface Registration {
  id: string;
  code: string;
  phone: string;
  components: { position: number; name: string }[];
}

/** An online registration of Tùng Thiện's desk with one uploaded PDF per component, as the submission writes it. */
async function createRegistration(): Promise<Registration> {
  // Comparisons between columns only (no enum-typed parameters): the embedded database infers parameter types
  // differently from a PostgreSQL server.
  const { rows: versions } = await db.query<{ id: string; procedureId: string; fieldId: string; unitId: string }>(
    `SELECT pv.id, pv."procedureId", p."fieldId", a.id AS "unitId"
     FROM "User" u
     JOIN "AdministrativeUnit" a ON a.id = u."unitId"
     JOIN "Office" o ON o."unitId" = a.id AND o.active
     JOIN "ProcedureVersion" pv ON pv."handlingOfficeCode" = o.code
     JOIN "Procedure" p ON p.id = pv."procedureId"
     WHERE u.username = $1 AND p.level = a.level AND p.active AND pv."effectiveTo" IS NULL
       AND (pv."feeTiming"::text <> 'BEFORE_INTAKE' OR pv."feeAmount" + pv."chargeAmount" = 0)
       AND (SELECT count(*) FROM "ProcedureDocument" d WHERE d."procedureVersionId" = pv.id AND NOT d.optional) >= 2
     ORDER BY p.code LIMIT 1`,
    [DESK],
  );
  expect(versions, "a procedure of Tùng Thiện with two required components and no fee before intake").toHaveLength(1);
  const version = versions[0]!;
  const unitId = version.unitId;
  const { rows: documents } = await db.query<{ position: number; name: string; form: string; optional: boolean }>(
    `SELECT position, name, form, optional FROM "ProcedureDocument" WHERE "procedureVersionId" = $1 ORDER BY position`,
    [version.id],
  );
  const { rows: sample } = await db.query<{ code: string }>(
    `SELECT code FROM "Dossier" WHERE "receivedUnitId" = $1 LIMIT 1`,
    [unitId],
  );
  const unitCode = sample[0]!.code.split("-")[0]!;
  const now = new Date();
  const yymmdd = new Intl.DateTimeFormat("en-CA", {
    timeZone: "Asia/Ho_Chi_Minh",
    year: "2-digit",
    month: "2-digit",
    day: "2-digit",
  })
    .format(now)
    .replaceAll("-", "");
  const code = `${unitCode}-${yymmdd}-${9000 + Math.floor(Math.random() * 999)}`;
  const phone = `0912${String(Math.floor(Math.random() * 1e6)).padStart(6, "0")}`;
  const id = `e2e${randomUUID().replaceAll("-", "").slice(0, 22)}`;
  const submittedAt = new Date(now.getTime() - 2 * 3_600_000);
  await db.query(
    `INSERT INTO "Dossier" (id, code, "procedureId", "procedureVersionId", "fieldId", channel, "receivedUnitId",
       "decidingUnitId", "applicantName", "applicantIdNumber", "applicantPhone", "applicantAddress", "trackingKey",
       "submittedAt", "intakeDueAt", status, "updatedAt")
     VALUES ($1, $2, $3, $4, $5, 'ONLINE', $6, $6, 'Nguyễn Thị Hoa', '001190045678', $7, 'Số 3 phố Lê Lợi, phường Tùng Thiện',
       'E2EK-EY23', $8, $9, 'REGISTERED_ONLINE', now())`,
    [
      id,
      code,
      version.procedureId,
      version.id,
      version.fieldId,
      unitId,
      phone,
      submittedAt,
      new Date(now.getTime() + 6 * 3_600_000),
    ],
  );
  await db.query(
    `INSERT INTO "DossierEvent" ("dossierId", at, type, "toStatus", payload) VALUES ($1, $2, 'register', 'REGISTERED_ONLINE', '{"channel":"ONLINE"}')`,
    [id, submittedAt],
  );
  // The file store the server reads (src/server/storage: the local driver under the server's MOTCUA_DATA_DIR).
  const store = localFileStore(dataDir);
  for (const document of documents) {
    await db.query(
      `INSERT INTO "DossierDocument" (id, "dossierId", position, name, form, count, received, required, digitised)
       VALUES ($1, $2, $3, $4, $5, 1, false, $6, true)`,
      [
        `e2e${randomUUID().replaceAll("-", "").slice(0, 22)}`,
        id,
        document.position,
        document.name,
        document.form,
        !document.optional,
      ],
    );
    const bytes = samplePdf(`Thanh phan ${document.position}`);
    const sha256 = createHash("sha256").update(bytes).digest("hex");
    const storageKey = `dossiers/${id}/${randomUUID()}.pdf`;
    await store.put(storageKey, bytes, { contentType: "application/pdf", sha256 });
    await db.query(
      `INSERT INTO "DossierFile" (id, "dossierId", purpose, "documentPosition", "storageKey", sha256, "sizeBytes",
         "mediaType", "fileName", source)
       VALUES ($1, $2, 'COMPONENT', $3, $4, $5, $6, 'application/pdf', $7, 'UPLOAD')`,
      [
        `e2e${randomUUID().replaceAll("-", "").slice(0, 22)}`,
        id,
        document.position,
        storageKey,
        sha256,
        bytes.byteLength,
        `thanh-phan-${document.position}.pdf`,
      ],
    );
  }
  return {
    id,
    code,
    phone,
    components: documents.filter((d) => !d.optional).map(({ position, name }) => ({ position, name })),
  };
}

const component = (page: Page, position: number) =>
  page.locator(`[data-testid="intake-component"][data-position="${position}"]`);

test("an online registration: components checked, supplement asked online, answered by upload, received", async ({
  browser,
}) => {
  test.setTimeout(180_000);
  const registration = await createRegistration();
  const [first, second] = registration.components as [Registration["components"][0], Registration["components"][0]];

  // The desk's queue: the registration is there, with its deadline.
  const desk = await newPage(browser);
  await login(desk, DESK);
  await desk.getByRole("link", { name: "Hồ sơ trực tuyến" }).first().click();
  await expect(desk.getByRole("heading", { level: 1, name: "Hồ sơ trực tuyến chờ tiếp nhận" })).toBeVisible();
  const row = desk.getByTestId("online-queue").locator(`tr[data-code="${registration.code}"]`);
  await expect(row).toBeVisible();
  await expect(row).toContainText("Nguyễn Thị Hoa");
  await expectAccessible(desk, "main", "queue");

  // The check page: each file opens in the browser (a PDF, inline) through a staff link.
  await row.getByRole("link", { name: `Kiểm tra hồ sơ ${registration.code}` }).click();
  await expect(
    desk.getByRole("heading", { level: 1, name: `Kiểm tra hồ sơ trực tuyến ${registration.code}` }),
  ).toBeVisible();
  const link = component(desk, first.position).getByRole("link", { name: /^Mở thanh-phan-/ });
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/api\/tep\/[^/?]+\?t=/);
  expect(await link.getAttribute("target")).toBe("_blank");
  const opened = await desk.request.get(href!);
  expect(opened.status()).toBe(200);
  expect(opened.headers()["content-type"]).toBe("application/pdf");
  expect(opened.headers()["content-disposition"]).toMatch(/^inline/);
  await expectAccessible(desk, "main", "check page");

  // Receiving is not possible yet; one component valid, the other invalid with a note; then form 02 online.
  await expect(desk.getByRole("button", { name: "Tiếp nhận hồ sơ" })).toBeDisabled();
  await component(desk, first.position).getByRole("button", { name: "Hợp lệ", exact: true }).click();
  await expect(component(desk, first.position)).toHaveAttribute("data-check", "VALID");
  await component(desk, second.position)
    .getByLabel("Ghi chú (bắt buộc khi chưa hợp lệ)")
    .fill("Bản chụp bị mờ, không đọc được số giấy tờ");
  await component(desk, second.position).getByRole("button", { name: "Chưa hợp lệ", exact: true }).click();
  await expect(component(desk, second.position)).toHaveAttribute("data-check", "INVALID");
  await desk.getByRole("button", { name: "Gửi yêu cầu bổ sung" }).click();
  await expect(desk.getByTestId("supplement-card").getByRole("status")).toContainText(
    "Đã gửi phiếu yêu cầu bổ sung số",
  );
  const { rows: afterRequest } = await db.query(
    `SELECT d.status, d."receivedAt", (SELECT count(*)::int FROM "DossierPause" p WHERE p."dossierId" = d.id) AS pauses,
       (SELECT count(*)::int FROM "IntakeNotice" n WHERE n."dossierId" = d.id AND n.kind = 'SUPPLEMENT_REQUEST') AS notices
     FROM "Dossier" d WHERE d.id = $1`,
    [registration.id],
  );
  expect(afterRequest).toEqual([{ status: "WAITING_SUPPLEMENT", receivedAt: null, pauses: 0, notices: 1 }]);
  await desk.goto("/tiep-nhan/truc-tuyen");
  await expect(
    desk.getByTestId("online-awaiting-citizen").locator(`tr[data-code="${registration.code}"]`),
  ).toBeVisible();

  // The citizen: a wrong factor shows nothing to upload; the right one shows the request and takes the file.
  const citizen = await newPage(browser);
  const last4 = registration.phone.slice(-4);
  const wrong = last4 === "0000" ? "1111" : "0000";
  await citizen.goto(`/tra-cuu?ma=${encodeURIComponent(registration.code)}&xac-thuc=${wrong}`);
  await expect(citizen.getByTestId("tracking-intake-supplement")).toHaveCount(0);
  await citizen.goto(`/tra-cuu?ma=${encodeURIComponent(registration.code)}&xac-thuc=${last4}`);
  const section = citizen.getByTestId("tracking-intake-supplement");
  await expect(section).toContainText("Bản chụp bị mờ");
  await expectAccessible(citizen, '[data-testid="tracking-intake-supplement"]', "citizen upload");
  await section.getByLabel(`Tệp cho thành phần: ${second.name}`).setInputFiles({
    name: "ban-chup-ro.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from(samplePdf("Ban chup ro net")),
  });
  await section.getByRole("button", { name: "Gửi giấy tờ bổ sung" }).click();
  await expect(section.getByRole("status")).toContainText("Xin cảm ơn ông/bà");

  // Back in the desk's queue; the new file is checked and the dossier received.
  await desk.goto("/tiep-nhan/truc-tuyen");
  const back = desk.getByTestId("online-queue").locator(`tr[data-code="${registration.code}"]`);
  await expect(back).toContainText("Công dân đã bổ sung");
  await back.getByRole("link", { name: `Kiểm tra hồ sơ ${registration.code}` }).click();
  await expect(desk.getByTestId("supplement-answered")).toBeVisible();
  await expect(component(desk, second.position)).toHaveAttribute("data-check", "PENDING");
  await expect(
    component(desk, second.position).getByRole("link", { name: "Mở ban-chup-ro.pdf trong thẻ mới" }),
  ).toBeVisible();
  for (const { position } of registration.components.slice(1)) {
    await component(desk, position).getByRole("button", { name: "Hợp lệ", exact: true }).click();
    await expect(component(desk, position)).toHaveAttribute("data-check", "VALID");
  }
  await desk.getByRole("button", { name: "Tiếp nhận hồ sơ" }).click();
  await expect(desk.getByTestId("receive-card").getByRole("status")).toContainText(
    `Đã tiếp nhận hồ sơ ${registration.code}`,
  );
  const { rows: received } = await db.query(
    `SELECT status, "receivedAt" IS NOT NULL AS received, "appointmentAt" IS NOT NULL AS appointment FROM "Dossier" WHERE id = $1`,
    [registration.id],
  );
  expect(received).toEqual([{ status: "IN_PROCESSING", received: true, appointment: true }]);
});
