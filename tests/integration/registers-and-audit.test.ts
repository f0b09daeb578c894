import crypto from "node:crypto";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../src/server/auth/session-user";
import type { RouteContext } from "../../src/server/routes/define-route";
import { useTestDb } from "../support/db";
import { createTestWorld, sessionsOf, type Sessions, type TestWorld } from "../support/fixtures";

// Least privilege on the registers (docs/domain.md "Registers and who reads them") and the record of who read
// citizens' personal data (Nghị định 13/2023): every view, print, PDF and export writes exactly one audit row with
// its reader, action and object; a refused or missing read writes none. Routes run for real; only the session (which
// needs a request) is stood in for, as in define-route.test.ts.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/server/auth/guard", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../src/server/auth/guard")>()),
  checkUser: async (roles?: readonly string[]) => {
    if (!session.user) return { reason: "unauthenticated" };
    if (roles && !roles.includes(session.user.role)) return { reason: "forbidden" };
    return session.user;
  },
}));

const documents = await import("../../src/server/data/documents");
const { loadDossierPage } = await import("../../src/server/data/dossier-page");
const { listDevMailbox } = await import("../../src/server/data/notifications");
const { searchAuditLog } = await import("../../src/server/data/audit-log");
const { parseAuditLogParams } = await import("../../src/domain/audit/log-filter");
const receiptPdf = await import("../../src/app/api/pdf/ho-so/[code]/phieu-tiep-nhan/route");
const controlSlipPdf = await import("../../src/app/api/pdf/ho-so/[code]/phieu-kiem-soat/route");
const noticePdf = await import("../../src/app/api/pdf/phieu/[number]/route");
const trackingBookPdf = await import("../../src/app/api/pdf/so-theo-doi/route");
const latenessExport = await import("../../src/app/api/bao-cao/tre-han/route");

const APRIL = { from: "2026-04-01", to: "2026-04-30" };

describe("registers per role, and the audit row of every read of personal data", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;
  /** Received by the ward's desk, handled by the justice office. */
  let justiceCode: string;
  /** Received by the ward's desk, handled by the land office only: the justice head never handled it. */
  let landCode: string;
  let refusalNumber: string;
  let supplementNumber: string;

  const dossier = (code: string, officeId: string, applicantName: string, phone: string) =>
    db.dossier.create({
      data: {
        code,
        procedureId: world.procedure.id,
        procedureVersionId: world.procedureVersion.id,
        fieldId: world.field.id,
        channel: "DIRECT",
        receivedUnitId: world.ward.id,
        decidingUnitId: world.ward.id,
        handlingOfficeId: officeId,
        receivedById: world.users.receptionist.id,
        applicantName,
        applicantIdNumber: "001190000123",
        applicantPhone: phone,
        applicantAddress: "Số 1 phố Thử",
        trackingKey: "K7Q2-M9XD",
        submittedAt: new Date("2026-04-23T02:25:00Z"),
        receivedAt: new Date("2026-04-23T02:30:00Z"),
        appointmentAt: new Date("2026-05-04T10:00:00Z"),
        status: "IN_PROCESSING",
        processingStep: "HANDLING",
        handoffs: {
          create: {
            sequence: 1,
            fromOfficeId: world.offices.reception.id,
            toOfficeId: officeId,
            sentAt: new Date("2026-04-23T03:00:00Z"),
            dueAt: new Date("2026-04-24T10:00:00Z"),
          },
        },
      },
    });

  /** The audit rows a user wrote after the row with this id. */
  const rowsOf = (user: SessionUser, after = BigInt(0)) =>
    db.auditEntry.findMany({ where: { actorId: user.id, id: { gt: after } }, orderBy: { id: "asc" } });

  /** Runs a read and returns the audit rows it wrote. */
  async function auditedBy(user: SessionUser, read: () => Promise<unknown>) {
    const last = await db.auditEntry.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
    await read();
    return rowsOf(user, last?.id ?? BigInt(0));
  }

  type Handler = (request: Request, context: RouteContext) => Promise<Response>;
  const get = async (route: { GET: Handler }, url: string, params: Record<string, string> = {}) => {
    const response = await route.GET(new Request(`http://localhost${url}`), { params: Promise.resolve(params) });
    await response.arrayBuffer();
    return response;
  };

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
    justiceCode = `${world.ward.code}-260423-0001`;
    landCode = `${world.ward.code}-260423-0002`;
    await dossier(justiceCode, world.offices.justice.id, "Nguyễn Thị Tư Pháp", "0912000001");
    await dossier(landCode, world.offices.land.id, "Trần Văn Địa Chính", "0912000002");
    supplementNumber = `${world.ward.code}-02-260423-0001`;
    refusalNumber = `${world.ward.code}-03-260423-0001`;
    await db.intakeNotice.createMany({
      data: [
        {
          number: supplementNumber,
          kind: "SUPPLEMENT_REQUEST",
          unitId: world.ward.id,
          procedureId: world.procedure.id,
          applicantName: "Phùng Văn Quý",
          reason: "Xin ông/bà bổ sung.",
          issuedById: world.users.receptionist.id,
        },
        {
          number: refusalNumber,
          kind: "REFUSAL",
          unitId: world.ward.id,
          procedureId: world.procedure.id,
          applicantName: "Đỗ Thị Lan",
          applicantPhone: "0987000111",
          reason: "Thủ tục thuộc thẩm quyền của UBND thị xã.",
          issuedById: world.users.receptionist.id,
        },
      ],
    });
  });

  describe("the tracking book", () => {
    it("the desk and the leadership read every row of the unit's book", async () => {
      for (const user of [as.receptionist, as.leader]) {
        const book = await documents.loadTrackingBook(user, APRIL, "print");
        expect(book?.dossiers.map((row) => row.code).sort()).toEqual([justiceCode, landCode]);
        expect(book?.officeName).toBeNull();
      }
    });

    it("a head reads only the rows of dossiers their office handled, and the book says so", async () => {
      const book = await documents.loadTrackingBook(as.head, APRIL, "print");
      expect(book?.dossiers.map((row) => row.code)).toEqual([justiceCode]);
      expect(book?.officeName).toBe("Tư pháp - Hộ tịch");
      expect(JSON.stringify(book)).not.toContain("Trần Văn Địa Chính");
      expect(JSON.stringify(book)).not.toContain("0912000002");
      const landBook = await documents.loadTrackingBook(as.landHead, APRIL, "pdf");
      expect(landBook?.dossiers.map((row) => row.code)).toEqual([landCode]);
    });

    it("officers, inspectors and administrators get no book: null, and 403 on the PDF route", async () => {
      for (const user of [as.officer, as.inspector, as.admin]) {
        expect(await documents.loadTrackingBook(user, APRIL, "print")).toBeNull();
        session.user = user;
        expect((await get(trackingBookPdf, "/api/pdf/so-theo-doi?tu=2026-04-01&den=2026-04-30")).status).toBe(403);
      }
    });
  });

  describe("the desk's notices (forms 02 and 03)", () => {
    it("the issuing desk and the unit's leadership read them", async () => {
      expect((await documents.loadIntakeNotice(as.receptionist, refusalNumber, "print"))?.kind).toBe("REFUSAL");
      expect((await documents.loadIntakeNotice(as.leader, supplementNumber, "print"))?.kind).toBe("SUPPLEMENT_REQUEST");
    });

    it("an officer or a head of the same unit walking the numbers gets the same 404 as for a number never issued", async () => {
      const never = `${world.ward.code}-03-260423-0999`;
      for (const user of [as.officer, as.head, as.inspector, as.admin, as.otherReceptionist]) {
        expect(await documents.loadIntakeNotice(user, refusalNumber, "print")).toBeNull();
        session.user = user;
        const refused = await get(noticePdf, `/api/pdf/phieu/${refusalNumber}`, { number: refusalNumber });
        const missing = await get(noticePdf, `/api/pdf/phieu/${never}`, { number: never });
        expect([refused.status, missing.status]).toEqual([404, 404]);
      }
      // and a refused read leaves no trace of the notice's data in the log
      expect(await db.auditEntry.count({ where: { entityId: refusalNumber, actorId: as.officer.id } })).toBe(0);
    });
  });

  describe("one audit row per read", () => {
    it("viewing a dossier's page", async () => {
      const rows = await auditedBy(as.officer, () => loadDossierPage(as.officer, justiceCode));
      expect(rows).toEqual([
        expect.objectContaining({ action: "personal_data.view_dossier", entity: "Dossier", entityId: justiceCode }),
      ]);
      // out of scope: nothing read, nothing written
      expect(await auditedBy(as.officer, () => loadDossierPage(as.officer, landCode))).toEqual([]);
    });

    it("printing and downloading each form of the dossier", async () => {
      const print = await auditedBy(as.receptionist, () =>
        documents.loadReceipt(as.receptionist, justiceCode, "print"),
      );
      expect(print).toEqual([
        expect.objectContaining({ action: "personal_data.print_form", entityId: justiceCode, detail: { form: "01" } }),
      ]);
      session.user = as.receptionist;
      const pdf = await auditedBy(as.receptionist, async () => {
        const response = await get(receiptPdf, `/api/pdf/ho-so/${justiceCode}/phieu-tiep-nhan`, { code: justiceCode });
        expect(response.status).toBe(200);
      });
      expect(pdf).toEqual([
        expect.objectContaining({
          action: "personal_data.download_form",
          entityId: justiceCode,
          detail: { form: "01" },
        }),
      ]);
      session.user = as.head;
      const slip = await auditedBy(as.head, () =>
        get(controlSlipPdf, `/api/pdf/ho-so/${justiceCode}/phieu-kiem-soat`, { code: justiceCode }),
      );
      expect(slip).toEqual([
        expect.objectContaining({
          action: "personal_data.download_form",
          entityId: justiceCode,
          detail: { form: "05" },
        }),
      ]);
      // refused: the land head never handled this dossier
      session.user = as.landHead;
      expect(
        await auditedBy(as.landHead, async () => {
          const response = await get(controlSlipPdf, `/api/pdf/ho-so/${justiceCode}/phieu-kiem-soat`, {
            code: justiceCode,
          });
          expect(response.status).toBe(404);
        }),
      ).toEqual([]);
    });

    it("printing and downloading a desk notice", async () => {
      const print = await auditedBy(as.receptionist, () =>
        documents.loadIntakeNotice(as.receptionist, refusalNumber, "print"),
      );
      expect(print).toEqual([
        expect.objectContaining({
          action: "personal_data.print_intake_notice",
          entity: "IntakeNotice",
          entityId: refusalNumber,
          detail: { form: "03" },
        }),
      ]);
      session.user = as.leader;
      const pdf = await auditedBy(as.leader, () =>
        get(noticePdf, `/api/pdf/phieu/${supplementNumber}`, { number: supplementNumber }),
      );
      expect(pdf).toEqual([
        expect.objectContaining({ action: "personal_data.download_intake_notice", entityId: supplementNumber }),
      ]);
    });

    it("printing and downloading the tracking book, with the rows the reader got", async () => {
      const print = await auditedBy(as.head, () => documents.loadTrackingBook(as.head, APRIL, "print"));
      expect(print).toEqual([
        expect.objectContaining({
          action: "personal_data.print_tracking_book",
          entity: "AdministrativeUnit",
          entityId: world.ward.code,
          detail: { from: APRIL.from, to: APRIL.to, rows: "office", dossiers: 1 },
        }),
      ]);
      session.user = as.receptionist;
      const pdf = await auditedBy(as.receptionist, () =>
        get(trackingBookPdf, "/api/pdf/so-theo-doi?tu=2026-04-01&den=2026-04-30"),
      );
      expect(pdf).toEqual([
        expect.objectContaining({
          action: "personal_data.download_tracking_book",
          entityId: world.ward.code,
          detail: { from: APRIL.from, to: APRIL.to, rows: "unit", dossiers: 2 },
        }),
      ]);
    });

    it("exporting the late-dossier report", async () => {
      session.user = as.leader;
      const rows = await auditedBy(as.leader, async () => {
        const response = await get(
          latenessExport,
          "/api/bao-cao/tre-han?ky=tuy-chon&tu-ngay=01/04/2026&den-ngay=30/04/2026",
        );
        expect(response.status).toBe(200);
      });
      expect(rows).toEqual([
        expect.objectContaining({
          action: "personal_data.export_lateness",
          entity: "AdministrativeUnit",
          entityId: world.ward.code,
        }),
      ]);
    });

    it("reading the development mailbox: masked recipients, no tracking key, one row naming the dossiers", async () => {
      const dossierRow = await db.dossier.findUniqueOrThrow({ where: { code: justiceCode } });
      const notificationId = crypto.randomUUID();
      await db.notification.create({
        data: {
          id: notificationId,
          channel: "SMS",
          recipient: "0912000001",
          template: "dossier.received",
          body: "x",
          dossierId: dossierRow.id,
          status: "SENT",
        },
      });
      await db.devOutboxMessage.create({
        data: {
          notificationId,
          channel: "SMS",
          recipient: "0912000001",
          subject: null,
          body: `Hồ sơ ${justiceCode} đã được tiếp nhận. Tra cứu: https://motcua.example.vn/tra-cuu?ma=${justiceCode}&xac-thuc=K7Q2-M9XD. Mã tra cứu: K7Q2M9XD. Liên hệ 0912 000 001 hoặc nhung@example.vn`,
          deliveredAt: new Date(Date.now() + 60_000),
        },
      });
      let mailbox: Awaited<ReturnType<typeof listDevMailbox>> | undefined;
      const rows = await auditedBy(as.admin, async () => {
        mailbox = await listDevMailbox(as.admin, { page: 1 }, db);
      });
      const message = mailbox!.rows.find((row) => row.notificationId === notificationId)!;
      expect(message.recipient).toBe("09******01");
      expect(message.dossierCode).toBe(justiceCode);
      expect(message.body).toContain(justiceCode);
      for (const secret of ["K7Q2-M9XD", "K7Q2M9XD", "0912 000 001", "0912000001", "nhung@example.vn"])
        expect(message.body).not.toContain(secret);
      expect(message.body).toContain("xac-thuc=****-****");
      expect(rows).toHaveLength(1);
      expect(rows[0]).toMatchObject({ action: "personal_data.view_notifications", entity: "DevOutboxMessage" });
      expect((rows[0]!.detail as { dossierCodes: string[] }).dossierCodes).toContain(justiceCode);
    });
  });

  describe("the audit log's search", () => {
    it("finds a reader's view of a dossier by username, action, object and day, newest first", async () => {
      await loadDossierPage(as.head, justiceCode);
      const { filter } = parseAuditLogParams({
        "nguoi-dung": as.head.username.toUpperCase(),
        "hanh-dong": "personal_data.view_dossier",
        "doi-tuong": justiceCode,
      });
      const found = await searchAuditLog(filter);
      expect(found.total).toBe(1);
      expect(found.rows[0]).toMatchObject({
        action: "personal_data.view_dossier",
        entityId: justiceCode,
        actor: { username: as.head.username },
      });
      const byMailbox = await searchAuditLog(
        parseAuditLogParams({ "doi-tuong": justiceCode, "hanh-dong": "personal_data.view_notifications" }).filter,
      );
      expect(byMailbox.total).toBeGreaterThanOrEqual(1);
      const yesterday = await searchAuditLog(
        parseAuditLogParams({ "doi-tuong": justiceCode, "tu-ngay": "01/01/2020", "den-ngay": "02/01/2020" }).filter,
      );
      expect(yesterday.total).toBe(0);
    });
  });
});
