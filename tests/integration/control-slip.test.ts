// Form 05 (Thông tư 01/2018/TT-VPCP, mẫu số 05) read from a dossier driven through the real commands: one row per
// hand-over of the history, each judged against its own step deadline (Nghị định 61/2018 Art. 19–21, the default
// budget of src/domain/dossier/step-budget.ts), and the steps ahead with their planned deadlines, moved by a
// rescheduling. The fixture world has no stored calendar: Mon–Fri 07:30–11:30 and 13:30–17:00, no holidays.
import { beforeAll, describe, expect, it } from "vitest";
import { controlSlipSpec, stepCells } from "../../src/domain/documents/forms/control-slip";
import { Prisma } from "../../src/generated/prisma/client";
import { renderPdf } from "../../src/features/documents/pdf/document-pdf";
import { loadControlSlip } from "../../src/server/data/documents";
import { registerDossier } from "../../src/server/dossiers/intake";
import { useTestDb } from "../support/db";
import {
  act,
  at,
  type Command,
  createTestWorld,
  DESK_RETURN,
  intakeFor,
  type Sessions,
  sessionsOf,
  type TestWorld,
} from "../support/fixtures";

describe("form 05 from the dossier's history", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
  });

  // Received Mon 04/05/2026 08:00, 5 working days → 17:00 Mon 11/05: 7 h + 5 × 7.5 h = 2,670 min. Default budget:
  // desk 225 min each end; the rest 2,220 min: 1,554 / 333 / 333. Deadlines: 13:45 Mon 04/05, 07:39 Fri 08/05,
  // 15:12 Fri 08/05, 11:15 Mon 11/05, 17:00 Mon 11/05.
  it("has one row per step actually taken, who gave, who received, and each judged against its own deadline", async () => {
    const { id, code } = await registerDossier(as.receptionist, intakeFor(world), at("2026-05-04T08:00:00"));
    const step = (user: keyof typeof as, command: Command, when: string) => act(db, as[user], id, command, when);
    await step("head", { type: "assign", officerId: world.users.officer.id }, "2026-05-04T09:00:00");
    await step("officer", { type: "submit_for_approval", resultKind: "GRANTED" }, "2026-05-07T10:00:00");
    await step("head", { type: "approve" }, "2026-05-08T16:00:00");
    await step("leader", { type: "approve" }, "2026-05-11T09:00:00");
    await step("receptionist", DESK_RETURN, "2026-05-11T16:00:00");

    const data = await loadControlSlip(as.receptionist, code, "print", at("2026-05-12T08:00:00"));
    const justice = world.offices.justice.name;
    const leadership = `Lãnh đạo UBND phường ${world.ward.name}`;
    expect(
      data?.steps.map((row) => [row.step, row.fromOffice, row.fromUser, row.toOffice, row.toUser, row.timeliness]),
    ).toEqual([
      ["RECEPTION", "Bộ phận Một cửa", "Cán bộ tiepnhan", justice, "Cán bộ chuyenvien", "ON_TIME"],
      ["HANDLING", justice, "Cán bộ chuyenvien", `Lãnh đạo ${justice}`, "Cán bộ truongphong", "EARLY"],
      ["REVIEW", `Lãnh đạo ${justice}`, "Cán bộ truongphong", leadership, "Cán bộ lanhdao", "LATE"],
      ["SIGNING", leadership, "Cán bộ lanhdao", "Bộ phận Một cửa", "Cán bộ tiepnhan", "ON_TIME"],
      ["RETURN", "Bộ phận Một cửa", "Cán bộ tiepnhan", "Tổ chức, cá nhân", "Trần Thị Bình", "ON_TIME"],
    ]);
    expect(data?.steps.map((row) => row.dueAt)).toEqual([
      at("2026-05-04T13:45:00"),
      at("2026-05-08T07:39:00"),
      at("2026-05-08T15:12:00"),
      at("2026-05-11T11:15:00"),
      at("2026-05-11T17:00:00"),
    ]);
    expect(data?.steps.map((row, i) => stepCells(row, i)[6])).toEqual([
      "Đúng hạn",
      "Trước hạn",
      "Quá hạn",
      "Đúng hạn",
      "Đúng hạn",
    ]);
    const table = controlSlipSpec(data!).sheets[0]?.find((block) => block.kind === "table");
    expect(table?.kind === "table" && table.rows.map((row) => row[4])).toEqual([
      "04/05/2026\n08:00",
      "07/05/2026\n10:00",
      "08/05/2026\n16:00",
      "11/05/2026\n09:00",
      "11/05/2026\n16:00",
    ]);
    // The whole life fits the slip's one A4 page, in the PDF as on screen.
    const pdf = await renderPdf(controlSlipSpec(data!));
    expect(pdf.toString("latin1").match(/\/Type \/Page\b/g)?.length).toBe(1);
  });

  it("shows the steps ahead with planned deadlines, and a rescheduling moves them to the new appointment", async () => {
    const { id, code } = await registerDossier(as.receptionist, intakeFor(world), at("2026-05-04T08:00:00"));
    await act(db, as.head, id, { type: "assign", officerId: world.users.officer.id }, "2026-05-04T09:00:00");
    const planned = async () =>
      (await loadControlSlip(as.officer, code, "print", at("2026-05-05T10:00:00")))!.steps.map((row) => [
        row.step,
        row.handedAt === null ? null : "done",
        row.dueAt,
        row.note,
      ]);
    expect(await planned()).toEqual([
      ["RECEPTION", "done", at("2026-05-04T13:45:00"), null],
      ["HANDLING", null, at("2026-05-08T07:39:00"), "Đang thực hiện"],
      ["REVIEW", null, at("2026-05-08T15:12:00"), "Chưa đến bước này"],
      ["SIGNING", null, at("2026-05-11T11:15:00"), "Chưa đến bước này"],
      ["RETURN", null, at("2026-05-11T17:00:00"), "Chưa đến bước này"],
    ]);
    // An approved apology letter moves the appointment to 17:00 Wed 13/05 (3,570 min): the desk keeps its 225 min,
    // the rest 3,120 min splits 2,184 / 468 / 468 → 10:39 Mon 11/05, 10:57 Tue 12/05, 11:15 Wed 13/05.
    await db.dossier.update({
      where: { id },
      data: { originalAppointmentAt: at("2026-05-11T17:00:00"), appointmentAt: at("2026-05-13T17:00:00") },
    });
    expect((await planned()).map((row) => row[2])).toEqual([
      at("2026-05-04T13:45:00"),
      at("2026-05-11T10:39:00"),
      at("2026-05-12T10:57:00"),
      at("2026-05-13T11:15:00"),
      at("2026-05-13T17:00:00"),
    ]);
  });

  it("uses the procedure version's own shares when it has them", async () => {
    await db.procedureVersion.update({
      where: { id: world.procedureVersion.id },
      data: { stepShares: { RECEPTION: 10, HANDLING: 60, REVIEW: 15, SIGNING: 10, RETURN: 5 } },
    });
    try {
      const { code } = await registerDossier(as.receptionist, intakeFor(world), at("2026-05-04T08:00:00"));
      const data = await loadControlSlip(as.receptionist, code, "print", at("2026-05-04T10:00:00"));
      // 10% of 2,670 min = 267 min = 4 h 27 → 14:27 Mon 04/05; 70% = 31 h 09 → 09:09 Fri 08/05.
      expect(data?.budgetOfProcedure).toBe(true);
      expect(data?.steps.slice(0, 2).map((row) => row.dueAt)).toEqual([
        at("2026-05-04T14:27:00"),
        at("2026-05-08T09:09:00"),
      ]);
    } finally {
      await db.procedureVersion.update({
        where: { id: world.procedureVersion.id },
        data: { stepShares: Prisma.DbNull },
      });
    }
  });
});
