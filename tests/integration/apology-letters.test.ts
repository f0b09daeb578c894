import { beforeAll, describe, expect, it } from "vitest";
import { approveApology, draftApology, rejectApology } from "../../src/server/dossiers/apology";
import { registerDossier } from "../../src/server/dossiers/intake";
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
  versionOf as versionOfDossier,
} from "../support/fixtures";

// Default calendar (Mon–Fri, 07:30–11:30 and 13:30–17:00, no holidays) in Asia/Ho_Chi_Minh.

describe("apology letters (form 04): draft, signature by the office head, rescheduling, honest statistics", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
  });

  const versionOf = (id: string) => versionOfDossier(db, id);
  const command = (id: string, user: keyof typeof as, cmd: Command, when: string) => act(db, as[user], id, cmd, when);

  /** Registered Mon 04/05/2026 08:00 → appointment 17:00 Mon 11/05; assigned to the officer. */
  async function dossierInProcessing() {
    const { id } = await registerDossier(as.receptionist, intakeFor(world), at("2026-05-04T08:00:00"));
    await command(id, "head", { type: "assign", officerId: world.users.officer.id }, "2026-05-04T09:00:00");
    return id;
  }

  it("runs the whole flow: the officer drafts, the head signs, the appointment moves, the original is kept", async () => {
    const id = await dossierInProcessing();
    const draft = await draftApology(
      as.officer,
      {
        dossierId: id,
        expectedVersion: await versionOf(id),
        kind: "LATE",
        reason: "Chờ ý kiến xác minh của Công an phường",
        extraWorkingDays: 2,
      },
      at("2026-05-11T09:00:00"), // due today: at risk
    );
    expect(draft.proposedAppointmentAt).toEqual(at("2026-05-13T17:00:00"));
    let dossier = await db.dossier.findUniqueOrThrow({ where: { id } });
    expect(dossier.appointmentAt).toEqual(at("2026-05-11T17:00:00")); // nothing moves before the signature

    // Only the head of the office at fault signs: not the officer, not another office's head.
    await expect(
      approveApology(as.officer, { apologyId: draft.apologyId, expectedVersion: dossier.version }),
    ).rejects.toThrow(/Chỉ trưởng Tư pháp - Hộ tịch/);
    await expect(
      approveApology(as.landHead, { apologyId: draft.apologyId, expectedVersion: dossier.version }),
    ).rejects.toThrow(/Chỉ trưởng Tư pháp - Hộ tịch/);

    const approved = await approveApology(
      as.head,
      { apologyId: draft.apologyId, expectedVersion: dossier.version },
      at("2026-05-11T10:00:00"),
    );
    expect(approved.number).toBe(`${world.ward.code}-04-260511-001`);
    dossier = await db.dossier.findUniqueOrThrow({ where: { id } });
    expect(dossier).toMatchObject({ rescheduleCount: 1 });
    expect(dossier.appointmentAt).toEqual(at("2026-05-13T17:00:00"));
    expect(dossier.originalAppointmentAt).toEqual(at("2026-05-11T17:00:00"));
    expect(dossier.appointmentNote).toContain(`theo phiếu xin lỗi số ${approved.number}`);
    const events = await db.dossierEvent.findMany({ where: { dossierId: id }, orderBy: { id: "asc" } });
    expect(events.map((event) => event.type).slice(-2)).toEqual(["draft_apology", "approve_apology"]);

    // The cap (default 1): a second rescheduling is refused with the reason, and nothing is written.
    const before = await db.apologyLetter.count({ where: { dossierId: id } });
    await expect(
      draftApology(
        as.officer,
        {
          dossierId: id,
          expectedVersion: dossier.version,
          kind: "LATE",
          reason: "Vẫn chờ kết quả xác minh",
          extraWorkingDays: 1,
        },
        at("2026-05-13T09:00:00"),
      ),
    ).rejects.toThrow("Hồ sơ đã được hẹn lại 1 lần; theo quy định chỉ được hẹn lại tối đa 1 lần.");
    expect(await db.apologyLetter.count({ where: { dossierId: id } })).toBe(before);

    // Finished before the NEW appointment but after the original one: still late for statistics.
    await command(id, "officer", { type: "submit_for_approval", resultKind: "GRANTED" }, "2026-05-12T09:00:00");
    await command(id, "head", { type: "approve" }, "2026-05-12T10:00:00");
    await command(id, "leader", { type: "approve" }, "2026-05-12T11:00:00");
    expect(await db.dossier.findUniqueOrThrow({ where: { id } })).toMatchObject({
      status: "RESULT_READY",
      timeliness: "LATE",
    });
  });

  it("refuses a dossier that is not at risk, and changes nothing", async () => {
    const id = await dossierInProcessing();
    const version = await versionOf(id);
    await expect(
      draftApology(
        as.officer,
        { dossierId: id, expectedVersion: version, kind: "LATE", reason: "Lý do không có thật", extraWorkingDays: 2 },
        at("2026-05-05T09:00:00"),
      ),
    ).rejects.toThrow(/còn trong hạn/);
    expect(await versionOf(id)).toBe(version);
    expect(await db.apologyLetter.count({ where: { dossierId: id } })).toBe(0);
  });

  it("only the assigned officer or the office head drafts; other wards cannot see the dossier", async () => {
    const id = await dossierInProcessing();
    const input = {
      dossierId: id,
      expectedVersion: await versionOf(id),
      kind: "LATE" as const,
      reason: "Chờ hồ sơ địa chính",
      extraWorkingDays: 1,
    };
    await expect(draftApology(as.secondOfficer, input, at("2026-05-11T09:00:00"))).rejects.toThrow(
      /Chỉ chuyên viên được phân công/,
    );
    await expect(draftApology(as.otherOfficer, input, at("2026-05-11T09:00:00"))).rejects.toThrow(
      /Không tìm thấy hồ sơ/,
    );
    await expect(draftApology(as.receptionist, input, at("2026-05-11T09:00:00"))).rejects.toThrow(
      /Không tìm thấy hồ sơ/,
    );
  });

  it("a rejected draft leaves the appointment and lets the officer draft again", async () => {
    const id = await dossierInProcessing();
    const draft = await draftApology(
      as.officer,
      {
        dossierId: id,
        expectedVersion: await versionOf(id),
        kind: "LATE",
        reason: "Lý do chưa đầy đủ thông tin",
        extraWorkingDays: 5,
      },
      at("2026-05-11T08:00:00"),
    );
    await rejectApology(
      as.head,
      { apologyId: draft.apologyId, expectedVersion: await versionOf(id), reason: "Số ngày hẹn thêm quá dài" },
      at("2026-05-11T08:30:00"),
    );
    const dossier = await db.dossier.findUniqueOrThrow({ where: { id } });
    expect(dossier.appointmentAt).toEqual(at("2026-05-11T17:00:00"));
    expect(dossier.rescheduleCount).toBe(0);
    await expect(
      draftApology(
        as.officer,
        {
          dossierId: id,
          expectedVersion: dossier.version,
          kind: "LATE",
          reason: "Chờ ý kiến của Công an phường",
          extraWorkingDays: 2,
        },
        at("2026-05-11T09:00:00"),
      ),
    ).resolves.toMatchObject({ proposedAppointmentAt: at("2026-05-13T17:00:00") });
  });

  it("a stale version is a conflict: two heads cannot both act on one view", async () => {
    const id = await dossierInProcessing();
    const version = await versionOf(id);
    const draft = await draftApology(
      as.officer,
      { dossierId: id, expectedVersion: version, kind: "LATE", reason: "Chờ ý kiến xác minh", extraWorkingDays: 1 },
      at("2026-05-11T08:00:00"),
    );
    await expect(
      approveApology(as.head, { apologyId: draft.apologyId, expectedVersion: version }, at("2026-05-11T09:00:00")),
    ).rejects.toThrow("Hồ sơ đã được cập nhật bởi người khác, vui lòng tải lại.");
  });

  it("a pause after rescheduling moves both the statutory and the promised appointment", async () => {
    const id = await dossierInProcessing();
    const draft = await draftApology(
      as.officer,
      {
        dossierId: id,
        expectedVersion: await versionOf(id),
        kind: "LATE",
        reason: "Chờ kết quả đo đạc thửa đất",
        extraWorkingDays: 2,
      },
      at("2026-05-11T08:00:00"),
    );
    await approveApology(
      as.head,
      { apologyId: draft.apologyId, expectedVersion: await versionOf(id) },
      at("2026-05-11T08:30:00"),
    );
    // Supplement requested Mon 11/05 13:30, brought Tue 12/05 13:30: one working day of office time paused.
    await command(
      id,
      "officer",
      { type: "request_supplement", reason: "Bổ sung trích lục bản đồ" },
      "2026-05-11T13:30:00",
    );
    await command(id, "receptionist", { type: "record_supplement" }, "2026-05-12T13:30:00");
    const dossier = await db.dossier.findUniqueOrThrow({ where: { id } });
    expect(dossier.originalAppointmentAt).toEqual(at("2026-05-12T17:00:00")); // 11/05 + 1 working day
    expect(dossier.appointmentAt).toEqual(at("2026-05-14T17:00:00")); // 13/05 + 1 working day
  });
});
