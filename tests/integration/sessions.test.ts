import { beforeAll, describe, expect, it, vi } from "vitest";
import { useTestDb } from "../support/db";
import { createTestWorld, sessionOf, TEST_PASSWORD, type TestWorld } from "../support/fixtures";

// Server-side sessions (src/server/auth/sessions.ts): a session cookie counts only while its UserSession row is open.
// After logout, a password change or an administrator's "Kết thúc mọi phiên đăng nhập", getSessionUser refuses the
// old cookie at once. Only Auth.js's reading of the cookie (which needs a request) is stood in for: `auth()` answers
// what the signed JWT would carry.
const cookie = vi.hoisted(() => ({ current: null as { user: { id: string }; sessionId?: string } | null }));
vi.mock("@/server/auth/index", () => ({ auth: async () => cookie.current }));

const { getSessionUser } = await import("../../src/server/auth/guard");
const { endSessionOnSignOut, openSession } = await import("../../src/server/auth/sessions");
const { changeOwnPassword } = await import("../../src/server/auth/password-change");
const { endSessionsOfUser } = await import("../../src/server/data/users");
const { verifyCredentials } = await import("../../src/server/auth/credentials");
const { NotFoundError, UserFacingError } = await import("../../src/server/user-facing-error");

const browser = (agent: string) => new Headers({ "user-agent": agent });

describe("server-side sessions", () => {
  const db = useTestDb();
  let world: TestWorld;
  beforeAll(async () => {
    world = await createTestWorld(db);
  });

  /** Who getSessionUser says is signed in when the request carries this cookie. */
  async function signedInWith(userId: string, sessionId: string | undefined) {
    cookie.current = { user: { id: userId }, sessionId };
    const user = await getSessionUser();
    cookie.current = null;
    return user?.id ?? null;
  }

  it("accepts the cookie of an open session, with its address and browser recorded", async () => {
    const officer = world.users.officer;
    const sessionId = await openSession(officer.id, browser("Firefox 140"));
    expect(await signedInWith(officer.id, sessionId)).toBe(officer.id);
    const row = await db.userSession.findUniqueOrThrow({ where: { id: sessionId } });
    expect(row).toMatchObject({ userId: officer.id, userAgent: "Firefox 140", endedAt: null });
  });

  it("refuses a cookie without a session, with an unknown session, or with another user's session", async () => {
    const officer = world.users.officer;
    const othersSession = await openSession(world.users.head.id, browser("x"));
    expect(await signedInWith(officer.id, undefined)).toBeNull();
    expect(await signedInWith(officer.id, "c0000000000000000000000000")).toBeNull();
    expect(await signedInWith(officer.id, othersSession)).toBeNull();
  });

  it("refuses the old cookie after logout, and only that session ends", async () => {
    const head = world.users.head;
    const [office, home] = [await openSession(head.id, browser("office")), await openSession(head.id, browser("home"))];
    await endSessionOnSignOut({ token: { sessionId: office } });
    expect(await signedInWith(head.id, office)).toBeNull();
    expect(await signedInWith(head.id, home)).toBe(head.id);
    expect(await db.userSession.findUniqueOrThrow({ where: { id: office } })).toMatchObject({ endReason: "LOGOUT" });
  });

  it("ends every other session on a password change; this one stays; the new password signs in", async () => {
    const leader = world.users.leader;
    const [here, stolen] = [await openSession(leader.id, browser("here")), await openSession(leader.id, browser("x"))];
    const newPassword = "mot cau rat dai 2026";
    const result = await changeOwnPassword(sessionOf(leader), here, {
      currentPassword: TEST_PASSWORD,
      newPassword,
      confirmPassword: newPassword,
    });
    expect(result.endedSessions).toBe(1);
    expect(await signedInWith(leader.id, stolen)).toBeNull();
    expect(await signedInWith(leader.id, here)).toBe(leader.id);
    expect(await db.userSession.findUniqueOrThrow({ where: { id: stolen } })).toMatchObject({
      endReason: "PASSWORD_CHANGE",
    });
    expect(await db.auditEntry.count({ where: { action: "auth.change_password", entityId: leader.id } })).toBe(1);
    const headers = new Headers({ "x-forwarded-for": "10.9.0.1" });
    expect((await verifyCredentials({ username: leader.username, password: newPassword }, headers)).id).toBe(leader.id);
  });

  it("refuses a password change with a wrong current password or a new password containing the username", async () => {
    const inspector = world.users.inspector;
    const session = await openSession(inspector.id, browser("x"));
    const other = await openSession(inspector.id, browser("y"));
    await expect(
      changeOwnPassword(sessionOf(inspector), session, {
        currentPassword: "khong-dung-2026",
        newPassword: "mot cau rat dai 2026",
        confirmPassword: "mot cau rat dai 2026",
      }),
    ).rejects.toBeInstanceOf(UserFacingError);
    const withUsername = `${inspector.username}-2026`;
    await expect(
      changeOwnPassword(sessionOf(inspector), session, {
        currentPassword: TEST_PASSWORD,
        newPassword: withUsername,
        confirmPassword: withUsername,
      }),
    ).rejects.toThrow(/tên đăng nhập/);
    expect(await signedInWith(inspector.id, other)).toBe(inspector.id);
    expect(
      await db.auditEntry.count({ where: { action: "auth.reject_password_change", entityId: inspector.id } }),
    ).toBe(1);
  });

  it("lets an administrator end every session of a user of their units, audited", async () => {
    const receptionist = world.users.receptionist;
    const sessions = [
      await openSession(receptionist.id, browser("a")),
      await openSession(receptionist.id, browser("b")),
    ];
    const result = await endSessionsOfUser(sessionOf(world.users.admin), receptionist.id);
    expect(result.endedSessions).toBe(2);
    for (const sessionId of sessions) expect(await signedInWith(receptionist.id, sessionId)).toBeNull();
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { action: "auth.end_sessions", entityId: receptionist.id },
    });
    expect(audit).toMatchObject({ actorId: world.users.admin.id, detail: { endedSessions: 2 } });
  });

  it("refuses an administrator a user outside their units, and ends nothing", async () => {
    const wardAdmin = await db.user.create({
      data: {
        username: `admin.phuong.${world.tag.toLowerCase()}`,
        passwordHash: "x",
        fullName: "Quản trị phường",
        role: "ADMIN",
        unitId: world.ward.id,
      },
    });
    const target = world.users.otherOfficer;
    const sessionId = await openSession(target.id, browser("a"));
    await expect(endSessionsOfUser(sessionOf(wardAdmin), target.id)).rejects.toBeInstanceOf(NotFoundError);
    expect(await signedInWith(target.id, sessionId)).toBe(target.id);
  });
});
