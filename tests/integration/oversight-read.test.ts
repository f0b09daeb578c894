import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../src/server/auth/session-user";
import { registerDossier } from "../../src/server/dossiers/intake";
import { performCommand } from "../../src/server/dossiers/commands";
import { unitTreeAndPredecessorIds } from "../../src/server/data/unit-tree";
import { useTestDb } from "../support/db";
import {
  act,
  createTestWorld,
  DESK_RETURN,
  intakeFor,
  sessionOf,
  sessionsOf,
  type Command,
  type TestWorld,
} from "../support/fixtures";

// Oversight reads (issue 13 item 6, src/domain/dossier/permissions.ts isOversightRead): leaders and the home-affairs
// inspector of a unit read, audited and read-only, the dossiers of the units below theirs. Their reach is the auth
// guard's readableUnitIds, i.e. unitTreeAndPredecessorIds of their unit; the dossier action goes through defineAction
// with the session stood in for.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/server/auth/guard", () => ({
  checkUser: async (roles?: readonly string[]) => {
    if (!session.user) return { reason: "unauthenticated" };
    if (roles && !roles.includes(session.user.role)) return { reason: "forbidden" };
    return session.user;
  },
  isDenied: (value: object) => "reason" in value,
}));
vi.mock("next/cache", () => ({ revalidatePath: vi.fn() }));

const { dossierCommandAction } = await import("../../src/features/dossier/actions");
const { loadDossierPage } = await import("../../src/server/data/dossier-page");

describe("oversight reads down the unit tree", () => {
  const db = useTestDb();
  let world: TestWorld;
  let townLeader: SessionUser;
  let siblingLeader: SessionUser;
  let dossier: { id: string; code: string };

  const snapshot = async () => {
    const row = await db.dossier.findUniqueOrThrow({
      where: { id: dossier.id },
      include: { events: true, pauses: true },
    });
    return {
      version: row.version,
      status: row.status,
      step: row.processingStep,
      events: row.events.length,
      pauses: row.pauses.length,
    };
  };
  const reads = (user: SessionUser) =>
    db.auditEntry.findMany({
      where: { action: "personal_data.view_dossier", entityId: dossier.code, actorId: user.id },
    });

  beforeAll(async () => {
    world = await createTestWorld(db);
    const as = sessionsOf(world);
    const leaderOf = async (username: string, unitId: string) =>
      sessionOf(
        await db.user.create({
          data: {
            username: `${username}.${world.tag.toLowerCase()}`,
            passwordHash: "x",
            fullName: `Lãnh đạo ${username}`,
            role: "LEADERSHIP",
            unitId,
          },
        }),
      );
    townLeader = await leaderOf("lanhdaothixa", world.town.id);
    siblingLeader = await leaderOf("lanhdaoxakhac", world.otherWard.id);
    // A ward dossier awaiting the ward leader's signature: the step where a leader's command would matter most.
    dossier = await registerDossier(as.receptionist, intakeFor(world));
    await act(db, as.head, dossier.id, { type: "assign", officerId: world.users.officer.id }, "2026-05-04T09:00:00");
    await act(
      db,
      as.officer,
      dossier.id,
      { type: "submit_for_approval", resultKind: "GRANTED" },
      "2026-05-05T09:00:00",
    );
    await act(db, as.head, dossier.id, { type: "approve" }, "2026-05-05T10:00:00");
  });

  it("lets the town's leader read a ward's dossier, read-only and audited as an oversight read", async () => {
    const reach = await unitTreeAndPredecessorIds(world.town.id);
    expect(reach).toEqual(expect.arrayContaining([world.town.id, world.ward.id, world.otherWard.id]));
    // Without the reach (the old rule) the page is "not found".
    expect(await loadDossierPage(townLeader, dossier.code)).toBeNull();

    const before = (await reads(townLeader)).length;
    const page = await loadDossierPage(townLeader, dossier.code, { readableUnitIds: reach });
    expect(page?.dossier.code).toBe(dossier.code);
    expect(page?.oversight).toBe(true);
    expect(page?.commands).toEqual([]);
    const after = await reads(townLeader);
    expect(after).toHaveLength(before + 1);
    expect(after.at(-1)?.detail).toEqual({ oversight: true });

    // The ward's own leader reads it the ordinary way, with the signature to give.
    const wardLeader = sessionsOf(world).leader;
    const own = await loadDossierPage(wardLeader, dossier.code, {
      readableUnitIds: await unitTreeAndPredecessorIds(world.ward.id),
    });
    expect(own?.oversight).toBe(false);
    expect(own?.commands).toContain("approve");
  });

  it("refuses every command of the overseeing leader and inspector, and changes nothing", async () => {
    const before = await snapshot();
    const commands: Command[] = [
      { type: "approve" },
      { type: "send_back", reason: "Xem lại hồ sơ" },
      { type: "assign", officerId: world.users.officer.id },
      { type: "forward", toOfficeId: world.offices.land.id },
      { type: "request_supplement", reason: "Thiếu giấy tờ" },
      { type: "withdraw", reason: "Công dân xin rút" },
      { type: "stop", reason: "Dừng xử lý" },
      { type: "start_verification", reason: "Xác minh" },
      DESK_RETURN,
    ];
    for (const user of [townLeader, sessionsOf(world).inspector])
      for (const command of commands)
        await expect(
          performCommand(user, { dossierId: dossier.id, expectedVersion: before.version, command }),
        ).rejects.toThrow("Không tìm thấy hồ sơ");
    // Through the dossier page's server action too (defineAction, then the same service).
    session.user = townLeader;
    const form = new FormData();
    for (const [key, value] of Object.entries({
      dossierId: dossier.id,
      expectedVersion: before.version,
      type: "approve",
    }))
      form.append(key, String(value));
    const result = await dossierCommandAction(undefined, form);
    expect(result.ok).toBe(false);
    expect(await snapshot()).toEqual(before);
  });

  it("gives a ward's leader no read of a sibling ward's dossier", async () => {
    const reach = await unitTreeAndPredecessorIds(world.otherWard.id);
    expect(reach).not.toContain(world.ward.id);
    expect(await loadDossierPage(siblingLeader, dossier.code, { readableUnitIds: reach })).toBeNull();
    expect(await reads(siblingLeader)).toHaveLength(0);
  });
});
