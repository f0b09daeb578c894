import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { registerDossier } from "../../src/server/dossiers/intake";
import { UserFacingError } from "../../src/server/user-facing-error";
import { useTestDb } from "../support/db";
import { at, createTestWorld, intakeFor, type Sessions, sessionsOf, type TestWorld } from "../support/fixtures";

// Idempotent intake: the desk's form carries a key made once per submission; when the answer to a registration is
// lost after the commit, the desk's retry must find the first dossier (same code, receipt), not register a second
// one with a second code, history and SMS.
describe("idempotent intake (a retry of the same submission returns the first dossier)", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
  });

  const registeredWith = (intakeKey: string) =>
    db.dossier.findMany({ where: { intakeKey }, include: { events: true, notifications: true } });

  it("answers a retry with the dossier the first attempt registered: one code, one history, one message", async () => {
    const intakeKey = randomUUID();
    const submission = { ...intakeFor(world), intakeKey };
    const first = await registerDossier(as.receptionist, submission, at("2026-05-04T09:00:00"));
    // The retry arrives later (the desk waited for an answer that never came).
    const retry = await registerDossier(as.receptionist, submission, at("2026-05-04T09:02:00"));
    expect(retry).toEqual(first);

    const dossiers = await registeredWith(intakeKey);
    expect(dossiers).toHaveLength(1);
    expect(dossiers[0]!.code).toBe(`${world.ward.code}-260504-0001`);
    expect(dossiers[0]!.events.map((event) => event.type)).toEqual(["register", "transfer"]);
    expect(dossiers[0]!.notifications).toHaveLength(1);
    // No code was used up by the retry: the next submission gets the next number.
    const next = await registerDossier(
      as.receptionist,
      { ...intakeFor(world), intakeKey: randomUUID() },
      at("2026-05-04T09:05:00"),
    );
    expect(next.code).toBe(`${world.ward.code}-260504-0002`);
  });

  it("refuses the same key with different content, and registers nothing", async () => {
    const intakeKey = randomUUID();
    const first = await registerDossier(as.receptionist, { ...intakeFor(world), intakeKey }, at("2026-05-05T09:00:00"));
    const changed = { ...intakeFor(world, { applicantName: "Lê Văn Cường" }), intakeKey };
    const refusal = await registerDossier(as.receptionist, changed, at("2026-05-05T09:01:00")).catch((e) => e);
    expect(refusal).toBeInstanceOf(UserFacingError);
    expect((refusal as Error).message).toContain(`đã được tiếp nhận thành hồ sơ ${first.code} với nội dung khác`);
    expect(await registeredWith(intakeKey)).toHaveLength(1);
    // Counted in this test's own unit: other test files share the database and may register the same name.
    const changedDossiers = await db.dossier.count({
      where: { applicantName: "Lê Văn Cường", receivedUnitId: world.ward.id },
    });
    expect(changedDossiers).toBe(0);
  });

  it("registers one dossier when two submissions with the same key arrive at once", async () => {
    const intakeKey = randomUUID();
    const submission = { ...intakeFor(world), intakeKey };
    const [a, b] = await Promise.all([
      registerDossier(as.receptionist, submission, at("2026-05-06T09:00:00")),
      registerDossier(as.receptionist, submission, at("2026-05-06T09:00:00")),
    ]);
    expect(a).toEqual(b);
    const dossiers = await registeredWith(intakeKey);
    expect(dossiers).toHaveLength(1);
    expect(dossiers[0]!.notifications).toHaveLength(1);
    // The loser's transaction rolled back whole, including its code: the day's next code follows the winner's.
    expect(dossiers[0]!.code).toBe(`${world.ward.code}-260506-0001`);
    const next = await registerDossier(
      as.receptionist,
      { ...intakeFor(world), intakeKey: randomUUID() },
      at("2026-05-06T09:05:00"),
    );
    expect(next.code).toBe(`${world.ward.code}-260506-0002`);
  });

  it("keeps registering without a key (callers other than the desk's form)", async () => {
    const a = await registerDossier(as.receptionist, intakeFor(world), at("2026-05-07T09:00:00"));
    const b = await registerDossier(as.receptionist, intakeFor(world), at("2026-05-07T09:00:00"));
    expect(a.code).not.toBe(b.code);
  });
});
