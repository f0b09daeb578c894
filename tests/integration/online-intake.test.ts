import { randomUUID } from "node:crypto";
import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { computeAppointment } from "../../src/domain/calendar";
import { computeIntakeDueAt } from "../../src/domain/online-intake";
import { useTestDb } from "../support/db";
import { at, createTestWorld, sessionsOf, type Sessions, type TestWorld } from "../support/fixtures";
import { fileOf, samplePdf, samplePng } from "../support/sample-files";

// Issue 9, item 3: the desk's online intake queue and the online supplement loop, against PostgreSQL, the file store
// and the outbox. Only the request is stood in for (next/headers: the client address the rate limits key on, and no
// cookies), since it exists only inside a Next.js request.
const request = vi.hoisted(() => ({ address: "203.0.113.9" }));
vi.mock("next/headers", () => ({
  cookies: async () => ({ get: () => undefined, set: () => undefined, delete: () => undefined }),
  headers: async () => new Headers({ "x-motcua-client-address": request.address }),
}));

const files = await import("../../src/server/files");
const queue = await import("../../src/server/data/online-queue");
const intake = await import("../../src/server/dossiers/online-intake");
const { answerIntakeSupplementAction } = await import("../../src/features/tracking/intake-supplement-action");
const { getCurrentCalendar } = await import("../../src/server/data/calendar");
const { DossierNotFoundError } = await import("../../src/server/dossier-errors");
const { UserFacingError } = await import("../../src/server/user-facing-error");

const PHONE = "0987654321";

describe("online intake: the desk's queue and the supplement loop", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;
  let payBefore: { procedureId: string; versionId: string };
  let sequence = 0;

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
    const procedure = await db.procedure.create({
      data: { code: `2.${world.tag}`, name: "Cấp bản sao trích lục", fieldId: world.field.id, level: "COMMUNE" },
    });
    const version = await db.procedureVersion.create({
      data: {
        procedureId: procedure.id,
        version: 1,
        effectiveFrom: new Date("2025-01-01"),
        durationValue: 1,
        durationUnit: "WORKING_DAYS",
        feeAmount: 0,
        chargeAmount: 8_000,
        feeTiming: "BEFORE_INTAKE",
        handlingOfficeCode: "TUPHAP",
        onlineLevel: 4,
        onlineClass: "FULL",
        fullOnlineEligible: true,
        documents: { create: [{ position: 1, name: "Tờ khai", form: "ORIGINAL", count: 1 }] },
      },
    });
    payBefore = { procedureId: procedure.id, versionId: version.id };
  });
  beforeEach(() => {
    request.address = `198.51.100.${Math.floor(Math.random() * 250) + 1}-${randomUUID().slice(0, 8)}`;
  });

  /** An online registration written directly, with one uploaded PDF per component. */
  async function registration(options: {
    submittedAt: Date;
    intakeDueAt?: Date | null;
    unit?: "ward" | "otherWard";
    payBefore?: boolean;
  }) {
    const unit = options.unit === "otherWard" ? world.otherWard : world.ward;
    sequence += 1;
    const dossier = await db.dossier.create({
      data: {
        code: `${unit.code}-260801-${String(sequence).padStart(4, "0")}`,
        procedureId: options.payBefore ? payBefore.procedureId : world.procedure.id,
        procedureVersionId: options.payBefore ? payBefore.versionId : world.procedureVersion.id,
        fieldId: world.field.id,
        channel: "ONLINE",
        receivedUnitId: unit.id,
        decidingUnitId: unit.id,
        applicantName: "Trần Thị Bình",
        applicantIdNumber: "001190012345",
        applicantPhone: PHONE,
        applicantAddress: "Số 5 phố Quang Trung, Sơn Tây",
        trackingKey: "ABCD-EFGH",
        submittedAt: options.submittedAt,
        intakeDueAt:
          options.intakeDueAt === undefined
            ? new Date(options.submittedAt.getTime() + 86_400_000)
            : options.intakeDueAt,
        status: "REGISTERED_ONLINE",
        feeAmount: options.payBefore ? 8_000 : 0,
        documents: {
          create: (options.payBefore
            ? [[1, "Tờ khai"]]
            : [
                [1, "Tờ khai đăng ký kết hôn"],
                [2, "Giấy xác nhận tình trạng hôn nhân"],
              ]
          ).map(([position, name]) => ({
            position: position as number,
            name: name as string,
            form: "ORIGINAL" as const,
            digitised: true,
          })),
        },
      },
    });
    for (const position of options.payBefore ? [1] : [1, 2]) {
      const inspected = await files.inspectUpload(
        fileOf(samplePdf(`component ${position}`), `thanh-phan-${position}.pdf`),
      );
      if (!inspected.ok) throw new Error(inspected.problem.message);
      await files.saveDossierFile(db, {
        dossierId: dossier.id,
        purpose: "COMPONENT",
        documentPosition: position,
        source: "UPLOAD",
        upload: inspected.upload,
      });
    }
    return dossier;
  }

  const reload = (id: string) => db.dossier.findUniqueOrThrow({ where: { id } });
  const notificationsOf = async (id: string) =>
    (await db.notification.findMany({ where: { dossierId: id }, select: { template: true } })).map((n) => n.template);

  it("lists the unit's registrations, earliest intake deadline first, overdue flagged; pay-before ones only once paid", async () => {
    const now = at("2026-08-10T10:00:00");
    const later = await registration({
      submittedAt: at("2026-08-10T08:00:00"),
      intakeDueAt: at("2026-08-10T16:00:00"),
    });
    const overdue = await registration({
      submittedAt: at("2026-08-07T09:00:00"),
      intakeDueAt: at("2026-08-07T17:00:00"),
    });
    const noDeadline = await registration({ submittedAt: at("2026-08-10T09:00:00"), intakeDueAt: null });
    const unpaid = await registration({ submittedAt: at("2026-08-07T08:00:00"), payBefore: true });
    const elsewhere = await registration({ submittedAt: at("2026-08-07T08:00:00"), unit: "otherWard" });

    const first = await queue.loadOnlineQueue(as.receptionist, now);
    const codes = first.waiting.map((row) => row.code);
    expect(codes).toEqual([overdue.code, later.code, noDeadline.code]);
    expect(codes).not.toContain(unpaid.code);
    expect(codes).not.toContain(elsewhere.code);
    expect(first.awaitingPayment).toBe(1);
    expect(first.waiting.map((row) => row.overdue)).toEqual([true, false, false]);
    expect(first.waiting[0]!.age).toEqual({ days: 3, hours: 1, minutes: 0 });
    // A row without a stored deadline gets onlineIntakeHours (8) working hours from its submission.
    const calendar = await getCurrentCalendar();
    expect(first.waiting[2]!.intakeDueAt).toEqual(computeIntakeDueAt(calendar, noDeadline.submittedAt, 8));

    // Paid (a PAID payment request, as the payment service leaves it): it joins the queue.
    await db.paymentRequest.create({
      data: {
        dossierId: unpaid.id,
        feeAmount: 0,
        chargeAmount: 8_000,
        timing: "BEFORE_INTAKE",
        status: "PAID",
        method: "ONLINE",
        paidAt: now,
      },
    });
    const second = await queue.loadOnlineQueue(as.receptionist, now);
    expect(second.waiting.map((row) => row.code)).toContain(unpaid.code);
    expect(second.awaitingPayment).toBe(0);
    // Its deadline runs from the payment (the desk could not receive it before), so it is not overdue yet.
    const paidRow = second.waiting.find((row) => row.code === unpaid.code)!;
    expect(paidRow.intakeDueAt).toEqual(computeIntakeDueAt(calendar, now, 8));
    expect(paidRow.overdue).toBe(false);

    // Another unit's desk sees its own only, and cannot open or act on ours.
    const theirs = await queue.loadOnlineQueue(as.otherReceptionist, now);
    expect(theirs.waiting.map((row) => row.code)).toEqual([elsewhere.code]);
    expect(await queue.loadOnlineIntakeDetail(as.otherReceptionist, later.code, now)).toBeNull();
    await expect(
      intake.checkOnlineComponent(as.otherReceptionist, { dossierId: later.id, position: 1, check: "VALID" }),
    ).rejects.toBeInstanceOf(DossierNotFoundError);
    await expect(
      intake.receiveOnline(as.otherReceptionist, { dossierId: later.id, expectedVersion: later.version }),
    ).rejects.toBeInstanceOf(DossierNotFoundError);
    await expect(
      intake.refuseOnline(as.otherReceptionist, {
        dossierId: later.id,
        expectedVersion: later.version,
        reason: "Không thuộc thẩm quyền",
      }),
    ).rejects.toBeInstanceOf(DossierNotFoundError);
    expect((await reload(later.id)).status).toBe("REGISTERED_ONLINE");
    // The queue's read of applicants' names is audited.
    expect(
      await db.auditEntry.count({ where: { action: "personal_data.view_online_queue", actorId: as.receptionist.id } }),
    ).toBeGreaterThan(0);
  });

  it("receives only when every required component is valid; the clock starts at receipt, not at submission", async () => {
    const dossier = await registration({ submittedAt: at("2026-08-03T08:00:00") });
    const staff = as.receptionist;
    await expect(
      intake.checkOnlineComponent(staff, { dossierId: dossier.id, position: 1, check: "INVALID" }),
    ).rejects.toThrow("ghi rõ");
    await expect(
      intake.checkOnlineComponent(staff, { dossierId: dossier.id, position: 9, check: "VALID" }),
    ).rejects.toThrow(intake.ONLINE_INTAKE_REFUSALS.component);
    await intake.checkOnlineComponent(staff, { dossierId: dossier.id, position: 1, check: "VALID" });
    await expect(
      intake.receiveOnline(staff, { dossierId: dossier.id, expectedVersion: dossier.version }),
    ).rejects.toThrow("Giấy xác nhận tình trạng hôn nhân");
    await intake.checkOnlineComponent(staff, { dossierId: dossier.id, position: 2, check: "VALID" });

    const receivedAt = at("2026-08-05T09:00:00");
    const received = await intake.receiveOnline(
      staff,
      { dossierId: dossier.id, expectedVersion: dossier.version },
      receivedAt,
    );
    const after = await reload(dossier.id);
    expect(after.receivedAt).toEqual(receivedAt);
    expect(after.receivedById).toBe(staff.id);
    const calendar = await getCurrentCalendar();
    const fromReceipt = computeAppointment(calendar, { receivedAt, duration: { value: 5, unit: "WORKING_DAYS" } });
    const fromSubmission = computeAppointment(calendar, {
      receivedAt: dossier.submittedAt,
      duration: { value: 5, unit: "WORKING_DAYS" },
    });
    expect(fromReceipt.kind === "scheduled" && after.appointmentAt?.getTime()).toBe(
      fromReceipt.kind === "scheduled" && fromReceipt.appointmentAt.getTime(),
    );
    expect(fromSubmission.kind === "scheduled" && fromSubmission.appointmentAt.getTime()).not.toBe(
      after.appointmentAt?.getTime(),
    );
    expect(received.appointmentAt).toEqual(after.appointmentAt);
    // Transferred at once to the handling office, as a desk intake is.
    expect(after.status).toBe("IN_PROCESSING");
    expect(after.processingStep).toBe("AWAITING_ASSIGNMENT");
    expect(after.handlingOfficeId).toBe(world.offices.justice.id);
    const events = await db.dossierEvent.findMany({ where: { dossierId: dossier.id }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.type)).toEqual(["receive", "transfer"]);
    expect(await notificationsOf(dossier.id)).toContain("dossier.received");
    expect(await queue.loadOnlineIntakeDetail(staff, dossier.code)).toBeNull();
  });

  it("refuses with reasons: form 03 linked to the dossier, the citizen told", async () => {
    const dossier = await registration({ submittedAt: at("2026-08-03T08:00:00") });
    await expect(
      intake.refuseOnline(as.receptionist, { dossierId: dossier.id, expectedVersion: dossier.version, reason: "x" }),
    ).rejects.toBeInstanceOf(UserFacingError);
    const refused = await intake.refuseOnline(as.receptionist, {
      dossierId: dossier.id,
      expectedVersion: dossier.version,
      reason: "Thủ tục không thuộc thẩm quyền giải quyết của phường",
    });
    expect((await reload(dossier.id)).status).toBe("REFUSED");
    const notice = await db.intakeNotice.findUniqueOrThrow({ where: { number: refused.noticeNumber } });
    expect(notice).toMatchObject({ kind: "REFUSAL", dossierId: dossier.id, unitId: world.ward.id });
    expect(refused.noticeNumber).toMatch(new RegExp(`^${world.ward.code}-03-\\d{6}-\\d{4}$`));
    expect(await notificationsOf(dossier.id)).toContain("dossier.intake_refused");
  });

  it("supplement: form 02 online, no pause; the citizen uploads with the factor and it comes back to the queue", async () => {
    const dossier = await registration({ submittedAt: at("2026-08-03T08:00:00") });
    const staff = as.receptionist;
    await intake.checkOnlineComponent(staff, { dossierId: dossier.id, position: 1, check: "VALID" });
    await expect(
      intake.requestOnlineSupplement(staff, { dossierId: dossier.id, expectedVersion: dossier.version }),
    ).rejects.toThrow("ít nhất một");
    await intake.checkOnlineComponent(staff, {
      dossierId: dossier.id,
      position: 2,
      check: "INVALID",
      note: "Giấy xác nhận đã quá 6 tháng",
    });
    const sent = await intake.requestOnlineSupplement(staff, {
      dossierId: dossier.id,
      expectedVersion: dossier.version,
      guidance: "Xin xin cấp lại tại UBND nơi cư trú",
    });
    const waiting = await reload(dossier.id);
    expect(waiting.status).toBe("WAITING_SUPPLEMENT");
    expect(waiting.receivedAt).toBeNull();
    expect(await db.dossierPause.count({ where: { dossierId: dossier.id } })).toBe(0);
    const notice = await db.intakeNotice.findUniqueOrThrow({ where: { number: sent.noticeNumber } });
    expect(notice).toMatchObject({ kind: "SUPPLEMENT_REQUEST", dossierId: dossier.id, answeredAt: null });
    expect(notice.missingDocuments).toEqual(["Giấy xác nhận tình trạng hôn nhân: Giấy xác nhận đã quá 6 tháng"]);
    expect(await notificationsOf(dossier.id)).toContain("dossier.intake_supplement");
    const listed = await queue.loadOnlineQueue(staff);
    expect(listed.awaitingCitizen.map((row) => row.code)).toContain(dossier.code);
    expect(listed.waiting.map((row) => row.code)).not.toContain(dossier.code);

    const answer = async (factor: string, parts: [string, File][]) => {
      const form = new FormData();
      form.set("code", dossier.code);
      form.set("factor", factor);
      for (const [name, file] of parts) form.append(name, file);
      return answerIntakeSupplementAction(undefined, form);
    };
    const pdf = () => fileOf(samplePdf("giay xac nhan moi"), "giay-xac-nhan-moi.pdf");
    const filesBefore = await db.dossierFile.count({ where: { dossierId: dossier.id } });

    // A wrong factor changes nothing.
    const wrong = await answer("1111", [["files.2", pdf()]]);
    expect(wrong).toMatchObject({ ok: false, message: expect.stringContaining("Không tìm thấy hồ sơ") });
    // A component the notice did not name, a missing one, a file that is not a PDF/JPEG/PNG: refused, nothing written.
    expect((await answer("4321", [["files.1", pdf()]])).ok).toBe(false);
    expect((await answer("4321", [])).ok).toBe(false);
    const fake = await answer("4321", [["files.2", fileOf(new TextEncoder().encode("MZ not a pdf"), "giay.pdf")]]);
    expect(fake.ok).toBe(false);
    expect(fake.message).toContain("PDF");
    expect((await reload(dossier.id)).status).toBe("WAITING_SUPPLEMENT");
    expect(await db.dossierFile.count({ where: { dossierId: dossier.id } })).toBe(filesBefore);
    expect((await db.intakeNotice.findUniqueOrThrow({ where: { id: notice.id } })).answeredAt).toBeNull();

    // The right factor (the phone's last 4 digits) and a PDF plus a PNG for the named component.
    const answered = await answer("4321", [
      ["files.2", pdf()],
      ["files.2", fileOf(await samplePng("trang 2"), "trang-2.png")],
    ]);
    expect(answered).toMatchObject({ ok: true, data: { noticeNumber: sent.noticeNumber, files: 2 } });
    const back = await reload(dossier.id);
    expect(back.status).toBe("REGISTERED_ONLINE");
    expect(back.receivedAt).toBeNull();
    expect((await db.intakeNotice.findUniqueOrThrow({ where: { id: notice.id } })).answeredAt).not.toBeNull();
    const component = await db.dossierDocument.findUniqueOrThrow({
      where: { dossierId_position: { dossierId: dossier.id, position: 2 } },
    });
    expect(component).toMatchObject({ check: "PENDING", checkNote: null, checkedById: null });
    const current = await db.dossierFile.findMany({
      where: { dossierId: dossier.id, documentPosition: 2, supersededAt: null },
    });
    expect(current.map((file) => [file.source, file.mediaType]).sort()).toEqual([
      ["SUPPLEMENT", "application/pdf"],
      ["SUPPLEMENT", "image/png"],
    ]);
    expect(
      await db.dossierFile.count({
        where: { dossierId: dossier.id, documentPosition: 2, supersededAt: { not: null } },
      }),
    ).toBe(1);
    const event = await db.dossierEvent.findFirstOrThrow({ where: { dossierId: dossier.id }, orderBy: { id: "desc" } });
    expect(event).toMatchObject({
      type: "record_supplement",
      actorId: null,
      fromStatus: "WAITING_SUPPLEMENT",
      toStatus: "REGISTERED_ONLINE",
    });
    expect(await notificationsOf(dossier.id)).toContain("dossier.supplement_answered");
    const again = await queue.loadOnlineQueue(staff);
    const row = again.waiting.find((item) => item.code === dossier.code);
    expect(row?.answeredSupplement?.number).toBe(sent.noticeNumber);

    // A second answer to the same notice is refused; then the desk checks the new files and receives.
    expect((await answer("4321", [["files.2", pdf()]])).ok).toBe(false);
    await intake.checkOnlineComponent(staff, { dossierId: dossier.id, position: 2, check: "VALID" });
    await intake.receiveOnline(staff, { dossierId: dossier.id, expectedVersion: back.version });
    expect((await reload(dossier.id)).status).toBe("IN_PROCESSING");
  });

  it("a stale version is refused (two officers on one registration)", async () => {
    const dossier = await registration({ submittedAt: at("2026-08-03T08:00:00") });
    await intake.refuseOnline(as.receptionist, {
      dossierId: dossier.id,
      expectedVersion: dossier.version,
      reason: "Hồ sơ nộp trùng với hồ sơ trước",
    });
    await expect(
      intake.refuseOnline(as.receptionist, {
        dossierId: dossier.id,
        expectedVersion: dossier.version,
        reason: "Hồ sơ nộp trùng với hồ sơ trước",
      }),
    ).rejects.toThrow(intake.ONLINE_INTAKE_REFUSALS.notWaiting);
    expect(await db.intakeNotice.count({ where: { dossierId: dossier.id } })).toBe(1);
  });
});
