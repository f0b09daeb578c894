import { beforeAll, describe, expect, it } from "vitest";
import { latenessReport } from "../../src/server/data/apology-report";
import { warningCounts, warningList } from "../../src/server/data/early-warning";
import { approveApology, draftApology } from "../../src/server/dossiers/apology";
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

describe("early warning and honest lateness statistics", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
  });

  const versionOf = (id: string) => versionOfDossier(db, id);
  const run = (id: string, user: keyof typeof as, command: Command, when: string) =>
    act(db, as[user], id, command, when);
  const registerAndAssign = async (when: string) => {
    const { id } = await registerDossier(as.receptionist, intakeFor(world), at(when));
    await run(id, "head", { type: "assign", officerId: world.users.officer.id }, when.replace(/T\d\d/, "T11"));
    return id;
  };
  const finish = async (id: string, when: string) => {
    await run(id, "officer", { type: "submit_for_approval", resultKind: "GRANTED" }, when);
    await run(id, "head", { type: "approve" }, when);
    await run(id, "leader", { type: "approve" }, when);
  };
  const apologise = async (id: string, when: string) => {
    const draft = await draftApology(
      as.officer,
      {
        dossierId: id,
        expectedVersion: await versionOf(id),
        kind: "LATE",
        reason: "Chờ kết quả xác minh",
        extraWorkingDays: 2,
      },
      at(when),
    );
    await approveApology(as.head, { apologyId: draft.apologyId, expectedVersion: await versionOf(id) }, at(when));
  };

  it("warns each scope about due soon, overdue and apology due (1 working day before the appointment)", async () => {
    const a = await registerAndAssign("2026-09-07T08:00:00"); // Mon → appointment 17:00 Mon 14/09
    await registerAndAssign("2026-09-11T08:00:00"); // Fri → appointment 17:00 Fri 18/09

    // Fri 11/09: A is due on the next working day, so today is the last day to apologise in time.
    expect(await warningCounts(as.head, at("2026-09-11T10:00:00"))).toEqual({ dueSoon: 1, overdue: 0, apologyDue: 1 });
    // Tue 15/09: A is overdue and still without apology; B is not yet due soon (Wed 16/09 is the horizon).
    expect(await warningCounts(as.head, at("2026-09-15T10:00:00"))).toEqual({ dueSoon: 0, overdue: 1, apologyDue: 1 });
    const overdue = await warningList(as.head, "overdue", 10, at("2026-09-15T10:00:00"));
    expect(overdue.map((dossier) => dossier.id)).toEqual([a]);

    // Apologised and rescheduled: no longer "apology due"; overdue only against the new promise.
    await apologise(a, "2026-09-11T14:00:00");
    expect(await warningCounts(as.head, at("2026-09-15T10:00:00"))).toEqual({ dueSoon: 1, overdue: 0, apologyDue: 0 });

    // Scopes: the officer sees what is assigned to them; another ward's staff see nothing of it.
    expect((await warningCounts(as.officer, at("2026-09-15T10:00:00")))!.dueSoon).toBe(1);
    expect(await warningCounts(as.otherOfficer, at("2026-09-15T10:00:00"))).toEqual({
      dueSoon: 0,
      overdue: 0,
      apologyDue: 0,
    });
    expect(await warningCounts(as.admin)).toBeNull();
  });

  it("reports late dossiers against the original appointment: timely apology, late apology, none", async () => {
    // All received Mon 05/10 → appointment 17:00 Mon 12/10; the apology is timely until 17:00 Fri 09/10.
    const timely = await registerAndAssign("2026-10-05T08:00:00");
    const lateApology = await registerAndAssign("2026-10-05T08:00:00");
    const noApology = await registerAndAssign("2026-10-05T08:00:00");
    const early = await registerAndAssign("2026-10-05T08:00:00");
    await apologise(timely, "2026-10-09T15:00:00");
    await apologise(lateApology, "2026-10-12T09:00:00");
    for (const id of [timely, lateApology, noApology]) await finish(id, "2026-10-13T10:00:00");
    await finish(early, "2026-10-07T10:00:00");

    const [row] = await latenessReport(
      [world.ward.id],
      { from: at("2026-10-01T00:00:00"), to: at("2026-11-01T00:00:00") },
      "unit",
    );
    expect(row).toMatchObject({
      resolved: 4,
      late: 3,
      lateWithTimelyApology: 1,
      lateWithLateApology: 1,
      lateWithoutApology: 1,
    });
    expect(row!.compliance).toBeCloseTo(1 / 3);
    const byOffice = await latenessReport(
      [world.ward.id],
      { from: at("2026-10-01T00:00:00"), to: at("2026-11-01T00:00:00") },
      "office",
    );
    expect(byOffice.find((office) => office.id === world.offices.justice.id)).toMatchObject({
      late: 3,
      lateWithTimelyApology: 1,
    });
  });
});
