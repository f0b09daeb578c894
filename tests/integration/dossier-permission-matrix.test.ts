import { beforeAll, describe, expect, it } from "vitest";
import {
  canView,
  decide,
  DOSSIER_COMMAND_TYPES,
  type DossierCommand,
  type DossierCommandType,
} from "../../src/domain/dossier";
import {
  actorOf,
  loadDossierForCommand,
  machineStateOf,
  pastOfficeIdsOf,
} from "../../src/server/data/dossier-for-command";
import { performCommand, performCommandInTransaction } from "../../src/server/dossiers/commands";
import { registerDossier } from "../../src/server/dossiers/intake";
import { UserFacingError } from "../../src/server/user-facing-error";
import { useTestDb } from "../support/db";
import { at, createTestWorld, intakeFor, sessionOf, type TestWorld, DESK_RETURN } from "../support/fixtures";

// Every command × every role and seat × every state, attempted for real against PostgreSQL (each in a transaction
// rolled back afterwards): the database path must allow exactly what the state machine allows, answer refusals with
// the machine's Vietnamese message (or "not found" outside the user's scope) and change nothing when it refuses.
class Rollback extends Error {}

type UserKey = keyof TestWorld["users"];
type Step = [UserKey, DossierCommand];

describe("permission matrix: role × scope × state, through the database", () => {
  const db = useTestDb();
  let world: TestWorld;
  const scenarios = new Map<string, string>(); // state name → dossier id

  const commandFor = (type: DossierCommandType, assigneeId: string | null): DossierCommand => {
    const reason = "Lý do kiểm thử đủ dài";
    switch (type) {
      case "receive":
      case "record_supplement":
      case "record_financial":
      case "approve":
        return { type };
      case "refuse":
      case "request_supplement":
      case "request_intake_supplement":
      case "start_verification":
      case "end_verification":
      case "send_back":
      case "withdraw":
      case "stop":
        return { type, reason };
      case "request_financial":
        return { type, reason, amount: 100_000 };
      case "transfer":
        return { type, toOfficeId: world.offices.justice.id };
      case "forward":
        return { type, toOfficeId: world.offices.land.id };
      case "assign":
        return {
          type,
          officerId: assigneeId === world.users.officer.id ? world.users.secondOfficer.id : world.users.officer.id,
        };
      case "submit_for_approval":
        return { type, resultKind: "GRANTED" };
      case "return_result":
        return DESK_RETURN;
    }
  };

  async function scenario(name: string, channel: "DIRECT" | "ONLINE", steps: Step[]) {
    const as = (key: UserKey) => sessionOf(world.users[key]);
    const { id } = await registerDossier(as("receptionist"), intakeFor(world, { channel }), at("2026-08-03T08:00:00"));
    for (const [user, command] of steps) {
      const { version } = await db.dossier.findUniqueOrThrow({ where: { id } });
      await performCommand(as(user), { dossierId: id, expectedVersion: version, command }, at("2026-08-03T09:00:00"));
    }
    scenarios.set(name, id);
  }

  beforeAll(async () => {
    world = await createTestWorld(db);
    const assign: Step = ["head", { type: "assign", officerId: world.users.officer.id }];
    const submit: Step = ["officer", { type: "submit_for_approval", resultKind: "GRANTED" }];
    const reason = "Lý do kiểm thử đủ dài";
    await scenario("REGISTERED_ONLINE", "ONLINE", []);
    await scenario("RECEIVED (online, not yet transferred)", "ONLINE", [["receptionist", { type: "receive" }]]);
    await scenario("IN_PROCESSING/AWAITING_ASSIGNMENT", "DIRECT", []);
    await scenario("IN_PROCESSING/HANDLING", "DIRECT", [assign]);
    await scenario("IN_PROCESSING/HANDLING + verification pause", "DIRECT", [
      assign,
      ["officer", { type: "start_verification", reason }],
    ]);
    await scenario("WAITING_SUPPLEMENT", "DIRECT", [assign, ["officer", { type: "request_supplement", reason }]]);
    await scenario("HANDLING after a supplement", "DIRECT", [
      assign,
      ["officer", { type: "request_supplement", reason }],
      ["receptionist", { type: "record_supplement" }],
    ]);
    await scenario("WAITING_FINANCIAL", "DIRECT", [
      assign,
      ["officer", { type: "request_financial", reason, amount: 50_000 }],
    ]);
    await scenario("IN_PROCESSING/AWAITING_HEAD_APPROVAL", "DIRECT", [assign, submit]);
    await scenario("IN_PROCESSING/AWAITING_LEADER_APPROVAL", "DIRECT", [assign, submit, ["head", { type: "approve" }]]);
    await scenario("RESULT_READY", "DIRECT", [
      assign,
      submit,
      ["head", { type: "approve" }],
      ["leader", { type: "approve" }],
    ]);
    await scenario("RETURNED", "DIRECT", [
      assign,
      submit,
      ["head", { type: "approve" }],
      ["leader", { type: "approve" }],
      ["receptionist", DESK_RETURN],
    ]);
    await scenario("WITHDRAWN", "DIRECT", [["receptionist", { type: "withdraw", reason }]]);
    await scenario("STOPPED", "DIRECT", [assign, ["head", { type: "stop", reason }]]);
  }, 120_000);

  it("allows exactly what the state machine allows, and refusals change nothing", async () => {
    let allowed = 0;
    let refused = 0;
    const mismatches: string[] = [];
    const officeNames = Object.fromEntries(Object.values(world.offices).map((office) => [office.id, office.name]));
    for (const [stateName, dossierId] of scenarios) {
      const dossier = (await loadDossierForCommand(db, dossierId))!;
      const state = machineStateOf(dossier);
      for (const [userKey, user] of Object.entries(world.users) as [UserKey, TestWorld["users"][UserKey]][]) {
        const actor = actorOf(sessionOf(user));
        const visible = canView(state, actor, { pastOfficeIds: pastOfficeIdsOf(dossier) });
        for (const type of DOSSIER_COMMAND_TYPES) {
          const command = commandFor(type, dossier.assigneeId);
          const verdict = decide(state, actor, command, { officeNames });
          const expected =
            visible && verdict.ok
              ? "allowed"
              : visible && !verdict.ok
                ? verdict.error.message
                : "Không tìm thấy hồ sơ, hoặc bạn không có quyền xem hồ sơ này.";
          let outcome: string;
          try {
            await db.$transaction(async (tx) => {
              await performCommandInTransaction(
                tx,
                actor,
                { dossierId, expectedVersion: dossier.version, command },
                at("2026-08-03T10:00:00"),
              );
              throw new Rollback();
            });
            outcome = "committed?!";
          } catch (error) {
            if (error instanceof Rollback) outcome = "allowed";
            else if (error instanceof UserFacingError) outcome = error.message;
            else throw error;
          }
          if (outcome === "allowed") allowed++;
          else refused++;
          if (outcome !== expected)
            mismatches.push(`${stateName} | ${userKey} | ${type}: expected "${expected}", got "${outcome}"`);
        }
      }
      const after = await db.dossier.findUniqueOrThrow({
        where: { id: dossierId },
        include: { _count: { select: { events: true } } },
      });
      expect(after.version, stateName).toBe(dossier.version);
    }
    expect(mismatches).toEqual([]);
    // Sanity: the matrix exercised both outcomes broadly (14 states × 11 users × 17 commands).
    expect(allowed + refused).toBe(scenarios.size * Object.keys(world.users).length * DOSSIER_COMMAND_TYPES.length);
    expect(allowed).toBeGreaterThan(40);
    expect(refused).toBeGreaterThan(2000);
  }, 300_000);
});
