import { beforeAll, describe, expect, it } from "vitest";
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
} from "../support/fixtures";

// Applicants are told when their dossier is received, needs a supplement, is rescheduled with an apology and when the
// result is ready: each message is written to the outbox (with its delivery job) in the transaction of the change.

describe("notifications written with dossier changes", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
  });

  const messagesOf = async (dossierId: string) =>
    (await db.notification.findMany({ where: { dossierId }, orderBy: { createdAt: "asc" } })).map(
      (row) => `${row.template}:${row.channel}`,
    );
  const jobsFor = async (ids: string[]) =>
    (
      await db.$queryRawUnsafe<{ n: number }[]>(
        `SELECT count(*)::int AS n FROM pgboss.job WHERE name = 'notification.deliver' AND data->>'notificationId' = ANY($1)`,
        ids,
      )
    )[0]!.n;

  it("tells the applicant at each step, by e-mail and SMS, with a delivery job per message", async () => {
    const { id } = await registerDossier(
      as.receptionist,
      intakeFor(world, { applicantEmail: "binh@example.vn" }),
      at("2026-05-04T08:00:00"),
    );
    expect(await messagesOf(id)).toEqual(["dossier.received:EMAIL", "dossier.received:SMS"]);
    const step = (user: keyof typeof as, command: Command, when: string) => act(db, as[user], id, command, when);
    await step("head", { type: "assign", officerId: world.users.officer.id }, "2026-05-04T09:00:00");
    await step(
      "officer",
      { type: "request_supplement", reason: "Bổ sung giấy xác nhận tình trạng hôn nhân" },
      "2026-05-05T09:00:00",
    );
    await step("receptionist", { type: "record_supplement" }, "2026-05-06T09:00:00");
    const draft = await draftApology(
      as.officer,
      {
        dossierId: id,
        expectedVersion: (await db.dossier.findUniqueOrThrow({ where: { id } })).version,
        kind: "LATE",
        reason: "Chờ xác minh tại nơi cư trú trước đây",
        extraWorkingDays: 2,
      },
      at("2026-05-12T09:00:00"),
    );
    await approveApology(
      as.head,
      { apologyId: draft.apologyId, expectedVersion: (await db.dossier.findUniqueOrThrow({ where: { id } })).version },
      at("2026-05-12T10:00:00"),
    );
    await step("officer", { type: "submit_for_approval", resultKind: "GRANTED" }, "2026-05-13T09:00:00");
    await step("head", { type: "approve" }, "2026-05-13T10:00:00");
    await step("leader", { type: "approve" }, "2026-05-13T11:00:00");

    const messages = await messagesOf(id);
    expect(messages).toEqual([
      "dossier.received:EMAIL",
      "dossier.received:SMS",
      "dossier.supplement_needed:EMAIL",
      "dossier.supplement_needed:SMS",
      "dossier.rescheduled:EMAIL",
      "dossier.rescheduled:SMS",
      "dossier.result_ready:EMAIL",
      "dossier.result_ready:SMS",
    ]);
    const rows = await db.notification.findMany({ where: { dossierId: id } });
    expect(await jobsFor(rows.map((row) => row.id))).toBe(rows.length);
    // No personal data beyond the masked name: never the ID number or the address.
    for (const row of rows) {
      expect(row.body).not.toContain("001190012345");
      expect(row.body).not.toContain("Quang Trung");
    }
    const sms = rows.find((row) => row.template === "dossier.rescheduled" && row.channel === "SMS")!;
    expect(sms.recipient).toBe("0987654321");
    // the new appointment: 11/05 moved to 12/05 by the one-working-day supplement pause, then 2 working days more
    expect(sms.body).toContain("14/05/2026");
  });

  it("writes nothing when the change is refused (the transaction rolls back)", async () => {
    const before = await db.notification.count();
    await expect(
      registerDossier(as.receptionist, intakeFor(world, { documents: [{ position: 1, received: true, count: 1 }] })),
    ).rejects.toThrow(/chưa đầy đủ/);
    expect(await db.notification.count()).toBe(before);
  });
});
