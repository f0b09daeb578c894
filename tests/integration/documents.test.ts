import { inflateSync } from "node:zlib";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { beforeAll, describe, expect, it } from "vitest";
import { apologyLetterSpec } from "../../src/domain/documents/forms/apology-letter";
import { controlSlipSpec } from "../../src/domain/documents/forms/control-slip";
import { intakeNoticeSpec } from "../../src/domain/documents/forms/intake-notice";
import { receiptSpec } from "../../src/domain/documents/forms/receipt";
import { supplementRequestSpec } from "../../src/domain/documents/forms/supplement-request";
import { trackingBookSpec } from "../../src/domain/documents/forms/tracking-book";
import { DocumentHtml } from "../../src/features/documents/html/document-html";
import { renderPdf } from "../../src/features/documents/pdf/document-pdf";
import type { DocumentSpec } from "../../src/domain/documents/spec";
import type { SessionUser } from "../../src/server/auth/session-user";
import {
  loadApologyLetter,
  loadControlSlip,
  loadIntakeNotice,
  loadPauseSupplementRequest,
  loadReceipt,
  loadTrackingBook,
} from "../../src/server/data/documents";
import { useTestDb } from "../support/db";
import { createTestWorld, type TestWorld } from "../support/fixtures";

const APP_URL = "https://motcua.example.vn";
const html = (spec: DocumentSpec) => renderToStaticMarkup(createElement(DocumentHtml, { spec }));

/** Text of every compressed stream: the ToUnicode maps say which characters the embedded fonts can show. */
function inflatedStreams(pdf: Buffer): string {
  const out: string[] = [];
  let at = 0;
  for (;;) {
    const start = pdf.indexOf("stream\n", at);
    if (start === -1) break;
    const end = pdf.indexOf("\nendstream", start);
    try {
      out.push(inflateSync(pdf.subarray(start + 7, end)).toString("latin1"));
    } catch {
      // not a Flate stream (images): skip
    }
    at = end + 10;
  }
  return out.join("\n");
}

function expectPdf(pdf: Buffer, pages: number) {
  expect(pdf.subarray(0, 5).toString()).toBe("%PDF-");
  expect(pdf.subarray(-8).toString()).toContain("%%EOF");
  expect(pdf.length).toBeGreaterThan(20_000);
  expect(pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length).toBe(pages);
  // Vietnamese letters of the national header ("CỘNG HÒA … VIỆT NAM", "Độc lập") reached the text layer through
  // the Noto Serif subsets: the fonts' ToUnicode maps name Ộ (U+1ED8), Ệ (U+1EC6) and Đ (U+0110).
  const maps = inflatedStreams(pdf).toLowerCase();
  for (const codePoint of ["1ed8", "1ec6", "0110"]) expect(maps).toContain(`<${codePoint}>`);
}

describe("printed documents", () => {
  const db = useTestDb();
  let world: TestWorld;
  let code: string;
  let pauseId: string;
  const as = (user: TestWorld["users"][keyof TestWorld["users"]]): SessionUser => ({
    id: user.id,
    username: user.username,
    name: user.fullName,
    role: user.role,
    unitId: user.unitId,
    officeId: user.officeId,
  });

  beforeAll(async () => {
    world = await createTestWorld(db);
    code = `${world.ward.code}-260423-0001`;
    const { users, offices } = world;
    const dossier = await db.dossier.create({
      data: {
        code,
        procedureId: world.procedure.id,
        procedureVersionId: world.procedureVersion.id,
        fieldId: world.field.id,
        channel: "DIRECT",
        receivedUnitId: world.ward.id,
        decidingUnitId: world.ward.id,
        handlingOfficeId: offices.justice.id,
        receivedById: users.receptionist.id,
        assigneeId: users.officer.id,
        applicantName: "Nguyễn Thị Hồng Nhung",
        applicantIdNumber: "001190000123",
        applicantPhone: "0912345678",
        applicantEmail: "nhung@example.vn",
        applicantAddress: "Số 12 phố Phó Đức Chính, phường Lê Lợi",
        trackingKey: "K7Q2-M9XD",
        submittedAt: new Date("2026-04-23T02:25:00Z"),
        receivedAt: new Date("2026-04-23T02:30:00Z"),
        appointmentAt: new Date("2026-05-04T10:00:00Z"),
        appointmentNote: "5 ngày làm việc, không tính ngày tiếp nhận; nghỉ lễ 30/4 và 1/5 không tính.",
        status: "IN_PROCESSING",
        processingStep: "HANDLING",
        feeAmount: 30000,
        documents: {
          create: [
            { position: 1, name: "Tờ khai đăng ký kết hôn", form: "ORIGINAL", count: 1 },
            { position: 2, name: "Giấy xác nhận tình trạng hôn nhân", form: "ORIGINAL", count: 1 },
            { position: 3, name: "Bản sao giấy tờ chưa nhận", form: "COPY", count: 1, received: false },
          ],
        },
        handoffs: {
          create: [
            {
              sequence: 1,
              fromOfficeId: offices.reception.id,
              fromUserId: users.receptionist.id,
              toOfficeId: offices.justice.id,
              toUserId: users.head.id,
              sentAt: new Date("2026-04-23T03:00:00Z"),
              dueAt: new Date("2026-04-24T10:00:00Z"),
              completedAt: new Date("2026-04-23T08:00:00Z"),
              timeliness: "EARLY",
            },
            {
              sequence: 2,
              fromOfficeId: offices.justice.id,
              fromUserId: users.head.id,
              toOfficeId: offices.justice.id,
              toUserId: users.officer.id,
              sentAt: new Date("2026-04-23T08:00:00Z"),
              dueAt: new Date("2026-04-29T10:00:00Z"),
            },
          ],
        },
        pauses: {
          create: {
            kind: "SUPPLEMENT",
            reason: "Giấy xác nhận tình trạng hôn nhân đã quá 6 tháng; xin bổ sung bản mới.",
            startedAt: new Date("2026-04-24T02:00:00Z"),
            requestedByOfficeId: offices.justice.id,
            requestedById: users.officer.id,
          },
        },
      },
      include: { pauses: true },
    });
    pauseId = dossier.pauses[0]!.id;
    await db.intakeNotice.createMany({
      data: [
        {
          number: `${world.ward.code}-02-260423-0001`,
          kind: "SUPPLEMENT_REQUEST",
          unitId: world.ward.id,
          procedureId: world.procedure.id,
          applicantName: "Phùng Văn Quý",
          missingDocuments: ["Giấy chứng sinh (bản chính)", 42, ""],
          reason: "Xin ông/bà bổ sung và nộp lại tại Bộ phận Một cửa.",
          issuedById: users.receptionist.id,
          issuedAt: new Date("2026-04-23T04:00:00Z"),
        },
        {
          number: `${world.ward.code}-03-260423-0001`,
          kind: "REFUSAL",
          unitId: world.ward.id,
          procedureId: world.procedure.id,
          applicantName: "Đỗ Thị Lan",
          reason: "Thủ tục thuộc thẩm quyền của UBND thị xã.",
          issuedById: users.receptionist.id,
          issuedAt: new Date("2026-04-23T04:30:00Z"),
        },
      ],
    });
  });

  it("form 01: loads the received documents only and renders a one-page A5 PDF with the QR and the code", async () => {
    const data = await loadReceipt(as(world.users.receptionist), code, "print");
    expect(data?.documents.map((doc) => doc.name)).toEqual([
      "Tờ khai đăng ký kết hôn",
      "Giấy xác nhận tình trạng hôn nhân",
    ]);
    expect(data?.issuer.agency).toBe(`UBND PHƯỜNG ${world.ward.name.toUpperCase()}`);
    expect(data?.receivedBy).toBe("Cán bộ tiepnhan");
    const spec = await receiptSpec(data!, APP_URL);
    const markup = html(spec);
    expect(markup).toContain(code);
    expect(markup).toContain("Nguyễn Thị Hồng Nhung");
    expect(markup).toContain("30.000 đồng");
    expect(markup).toContain(`${APP_URL}/tra-cuu?ma=${code}&amp;xac-thuc=K7Q2-M9XD`);
    const pdf = await renderPdf(spec);
    expectPdf(pdf, 1);
    expect(pdf.toString("latin1")).toContain("/Subtype /Image");
  });

  it("form 05: without any hand-over in the history, the steps ahead with their planned deadlines", async () => {
    const data = await loadControlSlip(as(world.users.officer), code, "print", new Date("2026-04-27T02:00:00Z"));
    expect(data?.steps.map((row) => [row.step, row.handedAt, row.note])).toEqual([
      ["HANDLING", null, "Đang thực hiện"],
      ["REVIEW", null, "Chưa đến bước này"],
      ["SIGNING", null, "Chưa đến bước này"],
      ["RETURN", null, "Chưa đến bước này"],
    ]);
    expect(data?.steps.at(-1)?.dueAt).toEqual(new Date("2026-05-04T10:00:00Z"));
    const spec = controlSlipSpec(data!);
    expect(html(spec)).toContain("Đang thực hiện");
    expectPdf(await renderPdf(spec), 1);
  });

  it("form 02 from a pause: the requesting office issues it", async () => {
    const data = await loadPauseSupplementRequest(as(world.users.head), code, pauseId, "print");
    expect(data).toMatchObject({
      source: "processing",
      reference: code,
      requestingOffice: "Tư pháp - Hộ tịch",
      signer: "Cán bộ chuyenvien",
    });
    expect(data?.issuer.division).toBe("Tư pháp - Hộ tịch");
    const spec = supplementRequestSpec(data!);
    expect(html(spec)).toContain("quá 6 tháng");
    expectPdf(await renderPdf(spec), 1);
    expect(await loadPauseSupplementRequest(as(world.users.head), code, "not-a-pause", "print")).toBeNull();
  });

  it("forms 02 and 03 from the desk's notices, by number", async () => {
    const supplement = await loadIntakeNotice(
      as(world.users.receptionist),
      `${world.ward.code}-02-260423-0001`,
      "print",
    );
    expect(supplement?.kind).toBe("SUPPLEMENT_REQUEST");
    expect(supplement?.kind === "SUPPLEMENT_REQUEST" && supplement.data.missingDocuments).toEqual([
      "Giấy chứng sinh (bản chính)",
    ]);
    const refusal = await loadIntakeNotice(as(world.users.leader), `${world.ward.code}-03-260423-0001`, "print");
    expect(refusal?.kind).toBe("REFUSAL");
    expect(html(intakeNoticeSpec(refusal!))).toContain("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ");
    expectPdf(await renderPdf(intakeNoticeSpec(supplement!)), 1);
    expectPdf(await renderPdf(intakeNoticeSpec(refusal!)), 1);
  });

  it("the tracking book lists the unit's dossiers of the period with the first transfer", async () => {
    const data = await loadTrackingBook(
      as(world.users.receptionist),
      { from: "2026-04-01", to: "2026-04-30" },
      "print",
    );
    expect(data?.dossiers).toHaveLength(1);
    expect(data?.dossiers[0]).toMatchObject({
      code,
      leadOffice: "Tư pháp - Hộ tịch",
      transferredAt: new Date("2026-04-23T03:00:00Z"),
    });
    const spec = trackingBookSpec(data!);
    expect(spec.format).toMatchObject({ size: "A4", orientation: "landscape" });
    expect(html(spec)).toContain("Đang xử lý");
    expectPdf(await renderPdf(spec), 1);
    expect(
      (await loadTrackingBook(as(world.users.receptionist), { from: "2026-05-01", to: "2026-05-31" }, "print"))
        ?.dossiers,
    ).toHaveLength(0);
    expect(
      (await loadTrackingBook(as(world.users.otherReceptionist), { from: "2026-04-01", to: "2026-04-30" }, "print"))
        ?.dossiers,
    ).toHaveLength(0);
  });

  it("form 04: a signed apology letter to the applicant prints final; a draft is marked; a rejected one does not print", async () => {
    const { users, offices } = world;
    const dossier = await db.dossier.findUniqueOrThrow({ where: { code } });
    const letter = (status: "DRAFT" | "APPROVED" | "REJECTED", extra: object = {}) =>
      db.apologyLetter.create({
        data: {
          dossierId: dossier.id,
          kind: "LATE",
          status,
          officeId: offices.justice.id,
          reason: "Đang chờ kết quả xác minh tình trạng hôn nhân từ nơi cư trú trước đây.",
          extraWorkingDays: 2,
          previousAppointmentAt: new Date("2026-05-04T10:00:00Z"),
          proposedAppointmentAt: new Date("2026-05-06T10:00:00Z"),
          appointmentNote: "Hẹn lại thêm 2 ngày làm việc sau ngày hẹn 04/05/2026; hẹn trả 17:00 06/05/2026",
          calendarRevision: 0,
          draftedById: users.officer.id,
          draftedAt: new Date("2026-04-29T02:00:00Z"),
          ...extra,
        },
      });
    const signed = await letter("APPROVED", {
      number: `${world.ward.code}-04-260429-001`,
      decidedById: users.head.id,
      decidedAt: new Date("2026-04-29T08:00:00Z"),
    });
    const draft = await letter("DRAFT");
    const rejected = await letter("REJECTED", {
      decidedById: users.head.id,
      decidedAt: new Date("2026-04-29T03:00:00Z"),
      rejectionReason: "Sai số ngày",
    });

    const data = await loadApologyLetter(as(users.officer), code, signed.id, "print");
    expect(data).toMatchObject({
      final: true,
      number: `${world.ward.code}-04-260429-001`,
      signer: "Cán bộ truongphong",
      officeName: "Tư pháp - Hộ tịch",
      // From the data (the ward's level, the office's kind): a ward's section signs for its unit, without a seal.
      officeKind: "DEPARTMENT",
      unitLevel: "COMMUNE",
    });
    expect(html(apologyLetterSpec(data!))).not.toMatch(/đóng dấu/i);
    expect(data?.issuer.division).toBe("Tư pháp - Hộ tịch");
    const spec = apologyLetterSpec(data!);
    const markup = html(spec);
    for (const text of [
      "PHIẾU XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ",
      `Số: ${world.ward.code}-04-260429-001`,
      "Ông/bà Nguyễn Thị Hồng Nhung",
      "Số 12 phố Phó Đức Chính, phường Lê Lợi",
      code,
      "09:30, ngày 23/04/2026",
      "17:00, ngày 04/05/2026",
      "chờ kết quả xác minh tình trạng hôn nhân",
      "thành thật xin lỗi ông/bà",
      "17:00, ngày 06/05/2026",
      "ngày 29 tháng 04 năm 2026",
      "Cán bộ truongphong",
    ]) {
      expect(markup).toContain(text);
    }
    expect(markup).not.toContain("BẢN NHÁP");
    expectPdf(await renderPdf(spec), 1);

    const draftData = await loadApologyLetter(as(users.head), code, draft.id, "print");
    expect(draftData).toMatchObject({ final: false, number: null, signer: "Cán bộ truongphong" });
    const draftSpec = apologyLetterSpec(draftData!);
    expect(html(draftSpec)).toContain("BẢN NHÁP");
    expectPdf(await renderPdf(draftSpec), 1);

    expect(await loadApologyLetter(as(users.head), code, rejected.id, "print")).toBeNull();
    expect(await loadApologyLetter(as(users.head), code, "not-a-letter", "print")).toBeNull();
    for (const user of [users.admin, users.inspector, users.otherReceptionist, users.otherOfficer, users.landOfficer]) {
      expect(await loadApologyLetter(as(user), code, signed.id, "print")).toBeNull();
    }
    await db.apologyLetter.deleteMany({ where: { dossierId: dossier.id } });
  });

  it("gives nothing outside the reader's scope", async () => {
    const { users } = world;
    for (const user of [users.admin, users.inspector, users.otherReceptionist, users.otherOfficer, users.landOfficer]) {
      expect(await loadReceipt(as(user), code, "print")).toBeNull();
      expect(await loadControlSlip(as(user), code, "print")).toBeNull();
    }
    expect(
      await loadIntakeNotice(as(users.otherReceptionist), `${world.ward.code}-03-260423-0001`, "print"),
    ).toBeNull();
    expect(await loadIntakeNotice(as(users.admin), `${world.ward.code}-03-260423-0001`, "print")).toBeNull();
    for (const user of [users.officer, users.admin, users.inspector]) {
      expect(await loadTrackingBook(as(user), { from: "2026-04-01", to: "2026-04-30" }, "print")).toBeNull();
    }
    expect(await loadReceipt(as(users.receptionist), "KHONG-CO-0000", "print")).toBeNull();
  });
});
