import { beforeAll, describe, expect, it } from "vitest";
import { performCommand } from "../../src/server/dossiers/commands";
import { DossierConflictError } from "../../src/server/dossier-errors";
import { registerDossier } from "../../src/server/dossiers/intake";
import { UserFacingError } from "../../src/server/user-facing-error";
import { useTestDb } from "../support/db";
import {
  act,
  at,
  type Command,
  createTestWorld,
  intakeFor,
  type Sessions,
  sessionsOf,
  type TestWorld,
  DESK_RETURN,
} from "../support/fixtures";

// Times in Asia/Ho_Chi_Minh (UTC+7). The fixture world has no stored calendar, so the default Mon–Fri calendar
// (07:30–11:30, 13:30–17:00, no holidays) applies: the rules under test are the lifecycle's, not the holidays'.

describe("dossier lifecycle against PostgreSQL", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
  });

  const dossierOf = (id: string) =>
    db.dossier.findUniqueOrThrow({
      where: { id },
      include: {
        events: { orderBy: { id: "asc" } },
        pauses: true,
        handoffs: { orderBy: { sequence: "asc" } },
        documents: true,
      },
    });

  it("registers a dossier with its code, appointment, documents, hand-off and history (Nghị định 61/2018 Art. 19)", async () => {
    const registered = await registerDossier(as.receptionist, intakeFor(world), at("2026-04-23T10:00:00"));
    expect(registered.code).toBe(`${world.ward.code}-260423-0001`);
    expect(registered.trackingKey).toMatch(/^[2-9A-HJKMNP-Z]{4}-[2-9A-HJKMNP-Z]{4}$/);
    // 5 working days after Thu 23/04 (receipt day not counted): Fri 24, Mon 27, Tue 28, Wed 29, Thu 30 → 17:00 30/04
    expect(registered.appointmentAt).toEqual(at("2026-04-30T17:00:00"));
    const dossier = await dossierOf(registered.id);
    expect(dossier).toMatchObject({
      status: "IN_PROCESSING",
      processingStep: "AWAITING_ASSIGNMENT",
      handlingOfficeId: world.offices.justice.id,
      version: 2,
    });
    expect(dossier.receivedAt).toEqual(at("2026-04-23T10:00:00"));
    expect(dossier.documents.map((document) => [document.position, document.received])).toEqual([
      [1, true],
      [2, true],
    ]);
    expect(dossier.events.map((event) => [event.type, event.toStatus])).toEqual([
      ["register", "RECEIVED"],
      ["transfer", "IN_PROCESSING"],
    ]);
    expect(dossier.handoffs).toHaveLength(1);
    expect(dossier.handoffs[0]).toMatchObject({
      fromOfficeId: world.offices.reception.id,
      toOfficeId: world.offices.justice.id,
      sequence: 1,
    });
  });

  it("refuses an incomplete dossier and writes nothing (the desk issues form 02 instead)", async () => {
    const before = await db.dossier.count();
    const incomplete = intakeFor(world, { documents: [{ position: 1, received: true, count: 1 }] });
    await expect(registerDossier(as.receptionist, incomplete, at("2026-04-23T11:00:00"))).rejects.toThrow(
      /chưa đầy đủ.*Giấy xác nhận tình trạng hôn nhân/,
    );
    expect(await db.dossier.count()).toBe(before);
    // the daily sequence did not move: the next dossier of the day is 0002
    const next = await registerDossier(as.receptionist, intakeFor(world), at("2026-04-23T11:05:00"));
    expect(next.code).toBe(`${world.ward.code}-260423-0002`);
  });

  it("refuses a procedure of another level and a receptionist's colleague of another role", async () => {
    const townProcedure = await db.procedure.create({
      data: { code: `2.${world.tag}`, name: "Cấp giấy phép xây dựng", fieldId: world.field.id, level: "DISTRICT" },
    });
    await db.procedureVersion.create({
      data: {
        procedureId: townProcedure.id,
        version: 1,
        effectiveFrom: new Date("2025-01-01"),
        durationValue: 15,
        durationUnit: "WORKING_DAYS",
        handlingOfficeCode: "QLDT",
        onlineLevel: 3,
        onlineClass: "PARTIAL",
      },
    });
    await expect(
      registerDossier(as.receptionist, intakeFor(world, { procedureId: townProcedure.id, documents: [] })),
    ).rejects.toThrow(/không thuộc thẩm quyền/);
    await expect(registerDossier(as.officer, intakeFor(world))).rejects.toThrow(/Chỉ cán bộ tiếp nhận/);
  });

  it("runs the whole life: assign, supplement (clock paused), forward, approvals, result, return", async () => {
    const { id } = await registerDossier(as.receptionist, intakeFor(world), at("2026-05-04T08:00:00")); // Mon
    let dossier = await dossierOf(id);
    expect(dossier.appointmentAt).toEqual(at("2026-05-11T17:00:00")); // 5 working days after Mon 04/05

    const step = (user: keyof typeof as, command: Command, when: string) => act(db, as[user], id, command, when);

    await step("head", { type: "assign", officerId: world.users.officer.id }, "2026-05-04T09:00:00");
    await step(
      "officer",
      { type: "request_supplement", reason: "Giấy xác nhận tình trạng hôn nhân đã quá 6 tháng" },
      "2026-05-05T09:00:00",
    );
    dossier = await dossierOf(id);
    expect(dossier.status).toBe("WAITING_SUPPLEMENT");
    expect(dossier.appointmentAt).toBeNull(); // đang tạm dừng: no appointment while the clock is stopped
    expect(dossier.appointmentNote).toMatch(/tạm dừng/);

    // The applicant brings the paper on Thu 07/05 at 09:00: the pause covered Tue 09:00 → Thu 09:00 = 2 working days,
    // so the appointment moves from 17:00 Mon 11/05 by 2 working days' office time → 17:00 Wed 13/05.
    await step("receptionist", { type: "record_supplement" }, "2026-05-07T09:00:00");
    dossier = await dossierOf(id);
    expect(dossier.status).toBe("IN_PROCESSING");
    expect(dossier.appointmentAt).toEqual(at("2026-05-13T17:00:00"));
    expect(dossier.pauses[0]).toMatchObject({ kind: "SUPPLEMENT", requestedByOfficeId: world.offices.justice.id });

    // Only one supplement request per office during processing.
    await expect(
      step("officer", { type: "request_supplement", reason: "Thiếu bản sao sổ hộ khẩu" }, "2026-05-07T10:00:00"),
    ).rejects.toThrow(/một lần/);

    // Forward to the land office, which may still ask once itself.
    await step(
      "officer",
      { type: "forward", toOfficeId: world.offices.land.id, note: "Đề nghị xác minh nơi cư trú" },
      "2026-05-07T14:00:00",
    );
    await step("landHead", { type: "assign", officerId: world.users.landOfficer.id }, "2026-05-07T15:00:00");
    await step("landOfficer", { type: "submit_for_approval", resultKind: "GRANTED" }, "2026-05-08T09:00:00");
    await step("landHead", { type: "approve" }, "2026-05-08T10:00:00");
    dossier = await dossierOf(id);
    expect(dossier.processingStep).toBe("AWAITING_LEADER_APPROVAL");
    await step("leader", { type: "approve" }, "2026-05-08T14:00:00");
    dossier = await dossierOf(id);
    expect(dossier).toMatchObject({ status: "RESULT_READY", resultKind: "GRANTED", timeliness: "EARLY" });
    expect(dossier.finishedAt).toEqual(at("2026-05-08T14:00:00"));

    await step("receptionist", DESK_RETURN, "2026-05-11T08:00:00");
    dossier = await dossierOf(id);
    expect(dossier.status).toBe("RETURNED");
    expect(dossier.returnedAt).toEqual(at("2026-05-11T08:00:00"));

    // The control slip: desk → Tư pháp (completed at forwarding), Tư pháp → Địa chính (completed at finishing).
    expect(
      dossier.handoffs.map((handoff) => [
        handoff.fromOfficeId,
        handoff.toOfficeId,
        handoff.completedAt !== null,
        handoff.timeliness,
      ]),
    ).toEqual([
      [world.offices.reception.id, world.offices.justice.id, true, "EARLY"],
      [world.offices.justice.id, world.offices.land.id, true, "EARLY"],
    ]);
    expect(dossier.handoffs[0]!.toUserId).toBe(world.users.officer.id);
    expect(dossier.events.map((event) => event.type)).toEqual([
      "register",
      "transfer",
      "assign",
      "request_supplement",
      "record_supplement",
      "forward",
      "assign",
      "submit_for_approval",
      "approve",
      "approve",
      "return_result",
    ]);
  });

  it("finishing after the appointment is late", async () => {
    const { id } = await registerDossier(as.receptionist, intakeFor(world), at("2026-06-01T08:00:00"));
    const run = (user: keyof typeof as, command: Command, when: string) => act(db, as[user], id, command, when);
    await run("head", { type: "assign", officerId: world.users.officer.id }, "2026-06-01T09:00:00");
    await run("officer", { type: "submit_for_approval", resultKind: "DENIED" }, "2026-06-08T16:00:00");
    await run("head", { type: "approve" }, "2026-06-08T16:30:00");
    await run("leader", { type: "approve" }, "2026-06-09T08:00:00"); // appointment was 17:00 Mon 08/06
    expect(await db.dossier.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "RESULT_READY",
      resultKind: "DENIED",
      timeliness: "LATE",
    });
  });

  it("another ward's officer can neither see nor act on the dossier", async () => {
    const { id } = await registerDossier(as.receptionist, intakeFor(world), at("2026-06-02T08:00:00"));
    const { version } = await db.dossier.findUniqueOrThrow({ where: { id } });
    await expect(
      performCommand(as.otherOfficer, {
        dossierId: id,
        expectedVersion: version,
        command: { type: "submit_for_approval", resultKind: "GRANTED" },
      }),
    ).rejects.toThrow(/Không tìm thấy hồ sơ/);
    await expect(
      performCommand(as.otherReceptionist, {
        dossierId: id,
        expectedVersion: version,
        command: { type: "withdraw", reason: "Công dân xin rút hồ sơ" },
      }),
    ).rejects.toThrow(/Không tìm thấy hồ sơ/);
    expect((await db.dossier.findUniqueOrThrow({ where: { id } })).version).toBe(version);
  });

  it("gives 50 concurrent intakes at one desk 50 distinct, consecutive codes", async () => {
    const when = at("2026-07-01T09:00:00");
    const results = await Promise.all(
      Array.from({ length: 50 }, () => registerDossier(as.receptionist, intakeFor(world), when)),
    );
    const sequences = results.map((result) => Number(result.code.split("-").at(-1))).sort((a, b) => a - b);
    expect(sequences).toEqual(Array.from({ length: 50 }, (_, index) => index + 1));
    expect(new Set(results.map((result) => result.code)).size).toBe(50);
  });

  it("applies exactly one of 20 concurrent conflicting commands and keeps the history consistent", async () => {
    const { id } = await registerDossier(as.receptionist, intakeFor(world), at("2026-07-02T09:00:00"));
    const { version } = await db.dossier.findUniqueOrThrow({ where: { id } });
    const attempts = await Promise.allSettled(
      Array.from({ length: 20 }, (_, index) =>
        performCommand(as.head, {
          dossierId: id,
          expectedVersion: version,
          command: { type: "assign", officerId: index % 2 ? world.users.officer.id : world.users.secondOfficer.id },
        }),
      ),
    );
    const succeeded = attempts.filter((attempt) => attempt.status === "fulfilled");
    const failed = attempts.filter((attempt): attempt is PromiseRejectedResult => attempt.status === "rejected");
    expect(succeeded).toHaveLength(1);
    expect(failed).toHaveLength(19);
    for (const failure of failed) {
      expect(failure.reason).toBeInstanceOf(DossierConflictError);
      expect((failure.reason as UserFacingError).message).toBe(
        "Hồ sơ đã được cập nhật bởi người khác, vui lòng tải lại.",
      );
    }
    const dossier = await dossierOf(id);
    expect(dossier.version).toBe(version + 1);
    expect(dossier.events.filter((event) => event.type === "assign")).toHaveLength(1);
    expect(dossier.handoffs[0]!.toUserId).toBe(dossier.assigneeId);
  });

  it("refuses input the machine rejects with a Vietnamese message and changes nothing", async () => {
    const { id } = await registerDossier(as.receptionist, intakeFor(world), at("2026-07-03T09:00:00"));
    const before = await dossierOf(id);
    await expect(
      performCommand(as.head, {
        dossierId: id,
        expectedVersion: before.version,
        command: { type: "assign", officerId: world.users.landOfficer.id },
      }),
    ).rejects.toThrow(/Chỉ phân công cho chuyên viên/);
    await expect(
      performCommand(as.head, {
        dossierId: id,
        expectedVersion: before.version,
        command: { type: "stop", reason: "x" },
      }),
    ).rejects.toBeInstanceOf(UserFacingError);
    const after = await dossierOf(id);
    expect(after.version).toBe(before.version);
    expect(after.events).toHaveLength(before.events.length);
  });
});
