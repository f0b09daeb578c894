import crypto from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { useTestDb } from "../support/db";
import { createTestWorld, sessionOf, type TestWorld } from "../support/fixtures";

// Staff accounts managed by an administrator (src/server/users/admin.ts, src/features/admin/user-actions.ts) and the
// guard that applies each change at the user's next request (src/server/auth/guard.ts). Only Auth.js's reading of the
// cookie is stood in for: `auth()` answers what the signed JWT would carry (user id and server-side session id).
const cookie = vi.hoisted(() => ({ current: null as { user: { id: string }; sessionId?: string } | null }));
vi.mock("@/server/auth/index", () => ({ auth: async () => cookie.current }));
vi.mock("next/cache", () => ({ revalidatePath: () => {} }));

const { checkUser, getSessionUser, requireUser } = await import("../../src/server/auth/guard");
const { openSession } = await import("../../src/server/auth/sessions");
const { verifyCredentials } = await import("../../src/server/auth/credentials");
const { createUser, deactivateUser, reactivateUser, resetUserPassword, updateUser } =
  await import("../../src/server/users/admin");
const { getManagedUser, listUsers } = await import("../../src/server/data/users");
const { unitTreeIds } = await import("../../src/server/auth/guard");
const { createUserAction, deactivateUserAction } = await import("../../src/features/admin/user-actions");
const { changePasswordAction } = await import("../../src/features/auth/change-password-action");
const { NotFoundError, UserFacingError } = await import("../../src/server/user-facing-error");

type Session = ReturnType<typeof sessionOf>;
const headers = () => new Headers({ "x-forwarded-for": `10.7.${crypto.randomInt(255)}.${crypto.randomInt(255)}` });

/** A request carrying this user's cookie: what the guard answers for it (checkUser runs the full check). */
async function asRequestOf<T>(userId: string, sessionId: string, run: () => Promise<T>): Promise<T> {
  cookie.current = { user: { id: userId }, sessionId };
  try {
    return await run();
  } finally {
    cookie.current = null;
  }
}

/** Calls an action as a signed-in user with these form fields. */
async function callAction<T>(
  action: (previous: undefined, form: FormData) => Promise<T>,
  userId: string,
  sessionId: string,
  fields: Record<string, string>,
) {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) form.set(name, value);
  return asRequestOf(userId, sessionId, () => action(undefined, form));
}

describe("user administration", () => {
  const db = useTestDb();
  let world: TestWorld;
  let admin: Session;
  let adminSession: string;
  beforeAll(async () => {
    world = await createTestWorld(db);
    admin = sessionOf(world.users.admin);
    adminSession = await openSession(admin.id, headers());
  });

  const receptionist = (username: string, overrides: Record<string, unknown> = {}) => ({
    username,
    fullName: "Nguyễn Thị Hoa",
    title: "Công chức Bộ phận Một cửa",
    email: "hoa@sontay.hanoi.gov.vn",
    phone: "0912345678",
    role: "RECEPTIONIST" as const,
    unitId: world.ward.id,
    officeId: world.offices.reception.id,
    initialPassword: undefined,
    ...overrides,
  });
  const lastAudit = (action: string, entityId: string) =>
    db.auditEntry.findFirstOrThrow({ where: { action, entityId }, orderBy: { at: "desc" } });

  it("creates an account that must change its generated password, audited without the password", async () => {
    const username = `tiepnhan.moi.${world.tag.toLowerCase()}`;
    const created = await createUser(admin, receptionist(username));
    expect(created.temporaryPassword).toMatch(/^[a-z2-9]{4}-[a-z2-9]{4}-[a-z2-9]{4}$/);
    const row = await db.user.findUniqueOrThrow({ where: { username } });
    expect(row).toMatchObject({ role: "RECEPTIONIST", officeId: world.offices.reception.id, mustChangePassword: true });
    expect(row.passwordHash).not.toContain(created.temporaryPassword!);
    const audit = await lastAudit("user.create", row.id);
    expect(audit).toMatchObject({
      actorId: admin.id,
      entity: "User",
      detail: { username, role: "RECEPTIONIST", unit: world.ward.code, office: "MOTCUA", password: "generated" },
    });
    expect(JSON.stringify(audit.detail)).not.toContain(created.temporaryPassword!);
    // The password signs in.
    expect((await verifyCredentials({ username, password: created.temporaryPassword }, headers())).id).toBe(row.id);
  });

  it("refuses a username already taken, whatever its case", async () => {
    const username = `trung.${world.tag.toLowerCase()}`;
    await createUser(admin, receptionist(username));
    const again = createUser(admin, receptionist(username));
    await expect(again).rejects.toBeInstanceOf(UserFacingError);
    await expect(again).rejects.toMatchObject({ fieldErrors: { username: [expect.stringMatching(/đã có/)] } });
    // Through the action: zod lowercases the name first, the service finds it taken.
    const answer = await callAction(createUserAction, admin.id, adminSession, {
      username: username.toUpperCase(),
      fullName: "Trần Văn Bình",
      role: "RECEPTIONIST",
      unitId: world.ward.id,
      officeId: world.offices.reception.id,
    });
    expect(answer).toMatchObject({ ok: false, fieldErrors: { username: [expect.stringMatching(/đã có/)] } });
    expect(await db.user.count({ where: { username } })).toBe(1);
  });

  it("checks the scope: the role's office, an office of the chosen unit, a unit the admin manages", async () => {
    const tag = world.tag.toLowerCase();
    const refused = async (input: Record<string, unknown>, field: "unitId" | "officeId") => {
      const error = await createUser(admin, receptionist(`pham.vi.${tag}`, input)).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(UserFacingError);
      expect(Object.keys((error as InstanceType<typeof UserFacingError>).fieldErrors ?? {})).toContain(field);
    };
    await refused({ role: "OFFICER", officeId: undefined }, "officeId");
    await refused({ role: "OFFICER", officeId: world.offices.reception.id }, "officeId");
    await refused({ officeId: world.offices.otherReception.id }, "officeId");
    const elsewhere = await db.administrativeUnit.create({
      data: { code: `Z${world.tag}`, name: `Xã ngoài ${world.tag}`, kindLabel: "Xã", level: "COMMUNE" },
    });
    await refused({ unitId: elsewhere.id, officeId: undefined, role: "LEADERSHIP" }, "unitId");
    const merged = await db.administrativeUnit.create({
      data: {
        code: `M${world.tag}`,
        name: `Phường cũ ${world.tag}`,
        kindLabel: "Phường",
        level: "COMMUNE",
        parentId: world.town.id,
        effectiveTo: new Date("2025-06-30"),
      },
    });
    await refused({ unitId: merged.id, officeId: undefined, role: "LEADERSHIP" }, "unitId");
    expect(await db.user.count({ where: { username: `pham.vi.${tag}` } })).toBe(0);
    // Another administrator's units are not ours: their accounts are "not found".
    const stranger = await db.user.create({
      data: {
        username: `ngoai.${tag}`,
        passwordHash: "x",
        fullName: "Người ngoài",
        role: "OFFICER",
        unitId: elsewhere.id,
      },
    });
    await expect(deactivateUser(admin, stranger.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await getManagedUser(admin, stranger.username)).toBeNull();
    // …and the list shows only the administrator's units, even when asked for another.
    const managedUnitIds = await unitTreeIds(admin.unitId);
    for (const unitId of [undefined, elsewhere.id]) {
      const { rows } = await listUsers({ managedUnitIds, unitId, page: 1, pageSize: 500 });
      expect(rows.map((row) => row.username)).not.toContain(stranger.username);
      expect(rows.map((row) => row.username)).toContain(world.users.receptionist.username);
    }
  });

  it("a reset holds the user at the password page until they change it; their sessions end", async () => {
    const user = world.users.receptionist;
    const before = await openSession(user.id, headers());
    const reset = await resetUserPassword(admin, user.id);
    expect(reset.endedSessions).toBe(1);
    expect(await asRequestOf(user.id, before, () => checkUser())).toEqual({ reason: "unauthenticated" });

    const session = (await verifyCredentials({ username: user.username, password: reset.temporaryPassword }, headers()))
      .id;
    expect(session).toBe(user.id);
    const now = await openSession(user.id, headers());
    await asRequestOf(user.id, now, async () => {
      expect((await getSessionUser())?.id).toBe(user.id);
      expect(await checkUser(["RECEPTIONIST"])).toEqual({ reason: "passwordChange" });
      await expect(requireUser(["RECEPTIONIST"], "/tiep-nhan")).rejects.toMatchObject({
        digest: expect.stringContaining("/tai-khoan/mat-khau"),
      });
      expect((await requireUser(undefined, undefined, { duringPasswordChange: true })).id).toBe(user.id);
    });
    // Every other action refuses them; "Đổi mật khẩu" is the one they may use.
    const refused = await callAction(deactivateUserAction, user.id, now, { userId: world.users.officer.id });
    expect(refused).toMatchObject({ ok: false, message: expect.stringMatching(/đổi mật khẩu/) });
    const newPassword = "hoa ban nở trắng 2026";
    const changed = await callAction(changePasswordAction, user.id, now, {
      currentPassword: reset.temporaryPassword,
      newPassword,
      confirmPassword: newPassword,
    });
    expect(changed).toMatchObject({ ok: true });
    expect(await db.user.findUniqueOrThrow({ where: { id: user.id } })).toMatchObject({ mustChangePassword: false });
    expect(await asRequestOf(user.id, now, () => checkUser(["RECEPTIONIST"]))).toMatchObject({ id: user.id });
    expect(await lastAudit("user.reset_password", user.id)).toMatchObject({
      actorId: admin.id,
      detail: { username: user.username, endedSessions: 1 },
    });
  });

  it("a deactivated user's next request is refused and they cannot sign in; reactivation lets them back", async () => {
    const user = world.users.officer;
    const session = await openSession(user.id, headers());
    expect(await asRequestOf(user.id, session, () => checkUser())).toMatchObject({ id: user.id });
    const answer = await callAction(deactivateUserAction, admin.id, adminSession, { userId: user.id });
    expect(answer).toMatchObject({ ok: true, data: { endedSessions: 1 } });
    expect(await asRequestOf(user.id, session, () => checkUser())).toEqual({ reason: "unauthenticated" });
    expect(await db.userSession.findUniqueOrThrow({ where: { id: session } })).toMatchObject({
      endReason: "ADMIN_ENDED",
    });
    expect(await lastAudit("user.deactivate", user.id)).toMatchObject({
      actorId: admin.id,
      detail: { endedSessions: 1 },
    });
    await expect(
      verifyCredentials({ username: user.username, password: "dung-mat-khau-2026" }, headers()),
    ).rejects.toThrow();

    expect(await reactivateUser(admin, user.id)).toEqual({ reactivated: true });
    const back = await openSession(user.id, headers());
    expect(await asRequestOf(user.id, back, () => checkUser())).toMatchObject({ id: user.id });
    expect(await lastAudit("user.reactivate", user.id)).toMatchObject({ actorId: admin.id });
  });

  it("a role or scope change takes effect at the next request, audited before and after", async () => {
    const user = world.users.secondOfficer;
    const session = await openSession(user.id, headers());
    expect(await asRequestOf(user.id, session, () => checkUser(["OFFICER"]))).toMatchObject({ role: "OFFICER" });
    const toDesk = {
      userId: user.id,
      fullName: user.fullName,
      title: undefined,
      email: undefined,
      phone: "0987654321",
      role: "RECEPTIONIST" as const,
      unitId: world.ward.id,
      officeId: world.offices.reception.id,
    };
    const result = await updateUser(admin, toDesk);
    expect(result.changed.sort()).toEqual(["officeId", "phone", "role"]);
    expect(await asRequestOf(user.id, session, () => checkUser(["OFFICER"]))).toEqual({ reason: "forbidden" });
    expect(await asRequestOf(user.id, session, () => checkUser(["RECEPTIONIST"]))).toMatchObject({
      role: "RECEPTIONIST",
      officeId: world.offices.reception.id,
    });
    const audit = await lastAudit("user.update", user.id);
    expect(audit.detail).toEqual({
      username: user.username,
      before: { role: "OFFICER", unit: world.ward.code, office: "TUPHAP", title: null },
      after: { role: "RECEPTIONIST", unit: world.ward.code, office: "MOTCUA", title: null },
      changed: ["phone", "role", "officeId"],
    });
    expect(JSON.stringify(audit.detail)).not.toContain("0987654321");
    // Saving the same values again changes nothing and writes no row.
    const count = await db.auditEntry.count({ where: { action: "user.update", entityId: user.id } });
    const again = await updateUser(admin, toDesk);
    expect(again.changed).toEqual([]);
    expect(await db.auditEntry.count({ where: { action: "user.update", entityId: user.id } })).toBe(count);
  });

  it("only administrators call the actions, and every input goes through the schema", async () => {
    const desk = world.users.otherReceptionist;
    const session = await openSession(desk.id, headers());
    const forbidden = await callAction(createUserAction, desk.id, session, {
      username: `khong.duoc.${world.tag.toLowerCase()}`,
      fullName: "Không được",
      role: "ADMIN",
      unitId: world.town.id,
    });
    expect(forbidden).toMatchObject({ ok: false, message: expect.stringMatching(/không có quyền/) });
    const invalid = await callAction(createUserAction, admin.id, adminSession, {
      username: "Tên Có Dấu",
      fullName: "",
      role: "ROOT",
      unitId: world.ward.id,
      email: "khong-phai-thu",
    });
    expect(Object.keys((invalid as { fieldErrors?: object }).fieldErrors ?? {}).sort()).toEqual([
      "email",
      "fullName",
      "role",
      "username",
    ]);
  });

  describe("never without an active administrator", () => {
    let parked: string[] = [];
    let second: Session;
    beforeAll(async () => {
      // Test files run one after another: the other files' administrators are set aside for these tests.
      const others = await db.user.findMany({
        where: { role: "ADMIN", active: true, id: { not: admin.id } },
        select: { id: true },
      });
      parked = others.map((row) => row.id);
      await db.user.updateMany({ where: { id: { in: parked } }, data: { active: false } });
      const created = await createUser(admin, {
        username: `quantri2.${world.tag.toLowerCase()}`,
        fullName: "Quản trị thứ hai",
        title: undefined,
        email: undefined,
        phone: undefined,
        role: "ADMIN",
        unitId: world.town.id,
        officeId: undefined,
        initialPassword: undefined,
      });
      second = sessionOf(await db.user.findUniqueOrThrow({ where: { id: created.userId } }));
    });
    afterAll(async () => {
      await db.user.updateMany({ where: { id: { in: parked } }, data: { active: true } });
    });

    it("an administrator cannot deactivate, demote, move or reset themselves", async () => {
      await expect(deactivateUser(admin, admin.id)).rejects.toThrow(/tự khóa/);
      await expect(resetUserPassword(admin, admin.id)).rejects.toThrow(/Đổi mật khẩu/);
      const self = { userId: admin.id, fullName: "Quản trị", title: undefined, email: undefined, phone: undefined };
      await expect(
        updateUser(admin, { ...self, role: "INSPECTOR", unitId: world.town.id, officeId: undefined }),
      ).rejects.toThrow(/tự đổi/);
      await expect(
        updateUser(admin, { ...self, role: "ADMIN", unitId: world.ward.id, officeId: undefined }),
      ).rejects.toThrow(/tự đổi/);
      expect(await db.user.findUniqueOrThrow({ where: { id: admin.id } })).toMatchObject({
        active: true,
        role: "ADMIN",
      });
    });

    it("two administrators removing each other at once: one succeeds, the last one stays", async () => {
      const results = await Promise.allSettled([deactivateUser(admin, second.id), deactivateUser(second, admin.id)]);
      const fulfilled = results.filter((result) => result.status === "fulfilled");
      const rejected = results.filter((result): result is PromiseRejectedResult => result.status === "rejected");
      expect(fulfilled).toHaveLength(1);
      expect(rejected).toHaveLength(1);
      expect(rejected[0]!.reason).toBeInstanceOf(UserFacingError);
      expect(String(rejected[0]!.reason.message)).toMatch(/cuối cùng/);
      expect(await db.user.count({ where: { role: "ADMIN", active: true } })).toBe(1);
      // The one left cannot be demoted by the other (now inactive) either.
      const [left, gone] = (await db.user.findUniqueOrThrow({ where: { id: admin.id } })).active
        ? [admin, second]
        : [second, admin];
      await expect(
        updateUser(gone, {
          userId: left.id,
          fullName: left.name,
          title: undefined,
          email: undefined,
          phone: undefined,
          role: "INSPECTOR",
          unitId: left.unitId,
          officeId: undefined,
        }),
      ).rejects.toThrow(/cuối cùng/);
      // Put both back for whatever follows.
      await db.user.updateMany({ where: { id: { in: [admin.id, second.id] } }, data: { active: true } });
    });
  });
});
