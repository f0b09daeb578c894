import { beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../src/server/auth/session-user";
import { registerDossier } from "../../src/server/dossiers/intake";
import { useTestDb } from "../support/db";
import { createTestWorld, intakeFor, sessionsOf, type TestWorld, DESK_RETURN } from "../support/fixtures";

// The dossier page's one server action, end to end from FormData to the database: defineAction (roles, schema),
// the FormData mapping, performCommand (state machine, scope, optimistic concurrency). Only the session (which needs a
// request) and Next's cache are stood in for.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/server/auth/guard", () => ({
  checkUser: async (roles?: readonly string[]) => {
    if (!session.user) return { reason: "unauthenticated" };
    if (roles && !roles.includes(session.user.role)) return { reason: "forbidden" };
    return session.user;
  },
  isDenied: (value: object) => "reason" in value,
}));
const revalidatePath = vi.hoisted(() => vi.fn());
vi.mock("next/cache", () => ({ revalidatePath }));

const { dossierCommandAction } = await import("../../src/features/dossier/actions");
const { loadDossierPage } = await import("../../src/server/data/dossier-page");

const form = (entries: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, String(value));
  return data;
};

describe("the dossier action against PostgreSQL", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Record<keyof TestWorld["users"], SessionUser>;
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
      assigneeId: row.assigneeId,
      events: row.events.length,
      pauses: row.pauses.length,
    };
  };
  const act = (user: keyof typeof as, entries: Record<string, string | number>) => {
    session.user = as[user];
    return dossierCommandAction(undefined, form({ dossierId: dossier.id, ...entries }));
  };

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
    dossier = await registerDossier(as.receptionist, intakeFor(world));
  });
  beforeEach(() => revalidatePath.mockClear());

  it("maps the form to a command, performs it and refreshes the dossier page", async () => {
    const before = await snapshot();
    const result = await act("head", {
      expectedVersion: before.version,
      type: "assign",
      officerId: world.users.officer.id,
      reason: "ignored",
    });
    expect(result).toEqual({
      ok: true,
      data: { code: dossier.code, version: before.version + 1, status: "IN_PROCESSING", command: "assign" },
    });
    expect(revalidatePath).toHaveBeenCalledWith(`/ho-so/${dossier.code}`);
    expect(await snapshot()).toMatchObject({
      version: before.version + 1,
      step: "HANDLING",
      assigneeId: world.users.officer.id,
      events: before.events + 1,
    });
  });

  it("answers a stale expectedVersion with the conflict message and changes nothing", async () => {
    const before = await snapshot();
    const result = await act("officer", {
      expectedVersion: before.version - 1,
      type: "request_supplement",
      reason: "Thiếu giấy xác nhận tình trạng hôn nhân",
    });
    expect(result.ok).toBe(false);
    expect(result.message).toBe("Hồ sơ đã được cập nhật bởi người khác, vui lòng tải lại.");
    expect(result.fieldErrors).toEqual({
      expectedVersion: ["Hồ sơ đã được cập nhật bởi người khác, vui lòng tải lại."],
    });
    expect(await snapshot()).toEqual(before);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("shows the schema's Vietnamese messages under the command's inputs", async () => {
    const before = await snapshot();
    const result = await act("officer", { expectedVersion: before.version, type: "request_supplement", reason: "abc" });
    expect(result.ok).toBe(false);
    expect(result.fieldErrors?.["command.reason"]).toEqual(["Lý do cần có ít nhất 5 ký tự; xin vui lòng ghi rõ hơn."]);
    const noVersion = await act("officer", {
      expectedVersion: "",
      type: "request_supplement",
      reason: "Thiếu giấy tờ",
    });
    expect(Object.keys(noVersion.fieldErrors ?? {})).toContain("expectedVersion");
    expect(await snapshot()).toEqual(before);
  });

  it("refuses hostile input (issue 8) with a clear message and changes nothing", async () => {
    const before = await snapshot();
    const valid = { expectedVersion: before.version, type: "request_supplement", reason: "Thiếu giấy xác nhận" };
    session.user = as.officer;
    const answers = [
      // A prototype key as the command type used to make the FormData mapping throw (500).
      await act("officer", { ...valid, type: "__proto__" }),
      await act("officer", { ...valid, type: "constructor" }),
      // NUL reached PostgreSQL (500); invalid UTF-8 was stored as U+FFFD; a bidi override was stored as typed.
      await act("officer", { ...valid, reason: "Thiếu giấy\u0000 xác nhận" }),
      await act("officer", { ...valid, reason: "Thiếu giấy x\uFFFDc nh\uFFFDn" }),
      await act("officer", { ...valid, reason: "Thiếu \u202Egiấy xác nhận" }),
      // 0x10 was read as 16.
      await act("officer", { ...valid, expectedVersion: `0x${before.version.toString(16)}` }),
      await act("officer", { ...valid, expectedVersion: `${before.version}e0` }),
      // A crafted action call can pass any value instead of FormData.
      await dossierCommandAction(undefined, "dossierId=x" as unknown as FormData),
      await dossierCommandAction(undefined, { dossierId: dossier.id, ...valid } as unknown as FormData),
    ];
    for (const answer of answers) {
      expect(answer.ok).toBe(false);
      expect(answer.message).toMatch(/Xin vui lòng|không hợp lệ|hợp lệ/);
    }
    const proto = form({ dossierId: dossier.id, ...valid });
    proto.append("__proto__", "x");
    expect((await dossierCommandAction(undefined, proto)).ok).toBe(false);
    expect(await snapshot()).toEqual(before);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("shows the service's refusals (a target outside the rules, a forbidden step) without writing", async () => {
    const before = await snapshot();
    const otherOffice = await act("officer", {
      expectedVersion: before.version,
      type: "forward",
      toOfficeId: world.offices.otherJustice.id,
    });
    expect(otherOffice.ok).toBe(false);
    expect(otherOffice.fieldErrors?.toOfficeId?.[0]).toMatch(/phòng chuyên môn/);
    const notAllowed = await act("receptionist", {
      expectedVersion: before.version,
      ...DESK_RETURN,
    });
    expect(notAllowed.ok).toBe(false);
    expect(notAllowed.message).toMatch(/Không thể «Trả kết quả»/);
    expect(await snapshot()).toEqual(before);
  });

  it("does not reveal the dossier to another ward, and refuses read-only roles", async () => {
    const before = await snapshot();
    const other = await act("otherOfficer", {
      expectedVersion: before.version,
      type: "submit_for_approval",
      resultKind: "GRANTED",
    });
    expect(other.message).toBe("Không tìm thấy hồ sơ, hoặc bạn không có quyền xem hồ sơ này.");
    const inspector = await act("inspector", {
      expectedVersion: before.version,
      type: "stop",
      reason: "Kiểm tra thử nghiệm",
    });
    expect(inspector.message).toBe("Tài khoản của bạn không có quyền thực hiện thao tác này.");
    session.user = null;
    expect(
      (
        await dossierCommandAction(
          undefined,
          form({ dossierId: dossier.id, expectedVersion: before.version, type: "approve" }),
        )
      ).message,
    ).toMatch(/đăng nhập/);
    expect(await snapshot()).toEqual(before);
  });

  it("performs a supplement request and shows the officer its page with the right buttons and the pause", async () => {
    const before = await snapshot();
    expect(
      (
        await act("officer", {
          expectedVersion: before.version,
          type: "request_supplement",
          reason: "Thiếu giấy xác nhận tình trạng hôn nhân",
        })
      ).ok,
    ).toBe(true);
    const page = await loadDossierPage(as.officer, dossier.code);
    expect(page?.dossier.status).toBe("WAITING_SUPPLEMENT");
    expect(page?.timeliness).toEqual({ kind: "paused" });
    expect(page?.pauses).toHaveLength(1);
    expect(page?.pauses[0]).toMatchObject({
      kind: "SUPPLEMENT",
      officeName: world.offices.justice.name,
      endedAt: null,
    });
    expect(page?.commands).toEqual(["record_supplement"]);
    expect((await loadDossierPage(as.receptionist, dossier.code))?.commands).toEqual(["record_supplement", "withdraw"]);
    expect((await loadDossierPage(as.head, dossier.code))?.commands).toEqual(["stop"]);
  });

  it("gives the page's choices: departments of the deciding unit except the current one, officers of the office", async () => {
    const other = await registerDossier(as.receptionist, intakeFor(world));
    const headView = await loadDossierPage(as.head, other.code);
    expect(headView?.commands).toContain("assign");
    expect(headView?.choices.officers.map((officer) => officer.id).sort()).toEqual(
      [world.users.officer.id, world.users.secondOfficer.id].sort(),
    );
    const { version } = await db.dossier.findUniqueOrThrow({ where: { id: other.id } });
    session.user = as.head;
    await dossierCommandAction(
      undefined,
      form({ dossierId: other.id, expectedVersion: version, type: "assign", officerId: world.users.officer.id }),
    );
    const officerView = await loadDossierPage(as.officer, other.code);
    expect(officerView?.commands).toContain("forward");
    expect(officerView?.choices.offices.map((office) => office.id)).toEqual([world.offices.land.id]);
  });

  it("returns nothing for a code out of scope or unknown, the same answer", async () => {
    expect(await loadDossierPage(as.otherOfficer, dossier.code)).toBeNull();
    expect(await loadDossierPage(as.otherReceptionist, dossier.code)).toBeNull();
    expect(await loadDossierPage(as.landOfficer, dossier.code)).toBeNull();
    expect(await loadDossierPage(as.admin, dossier.code)).toBeNull();
    expect(await loadDossierPage(as.officer, "KHONG-CO-THAT")).toBeNull();
    // An inspector of the town reads its wards' dossiers when the guard says the ward is in reach.
    expect(await loadDossierPage(as.inspector, dossier.code)).toBeNull();
    expect(
      (await loadDossierPage(as.inspector, dossier.code, { readableUnitIds: [world.town.id, world.ward.id] }))
        ?.commands,
    ).toEqual([]);
  });
});
