import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";
import { DEFAULT_FILTER } from "../../src/domain/worklist";
import type { SessionUser } from "../../src/server/auth/session-user";
import { performCommand } from "../../src/server/dossiers/commands";
import { registerDossier } from "../../src/server/dossiers/intake";
import { useTestDb } from "../support/db";
import { at, createTestWorld, intakeFor, sessionsOf, type TestWorld } from "../support/fixtures";

// The apology letter's actions on the dossier page, end to end from FormData to the database: defineAction (roles,
// the domain's schemas), the services of src/server/dossiers/apology.ts (rules, scope, optimistic version) and the
// page's loader. Only the session and Next's cache are stood in for, as in dossier-actions.test.ts; the actions use
// the real clock, so the clock (Date only: timers stay real for the database driver) is set per step.
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

const { approveApologyAction, draftApologyAction, previewApologyAction, rejectApologyAction } =
  await import("../../src/features/dossier/apology-actions");
const { loadDossierPage } = await import("../../src/server/data/dossier-page");
const { loadWorklist } = await import("../../src/server/data/worklists");
const { warningCounts, warningList } = await import("../../src/server/data/early-warning");

// Default calendar (Mon–Fri, 07:30–11:30 and 13:30–17:00) in Asia/Ho_Chi_Minh.
const form = (entries: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, String(value));
  return data;
};

describe("apology letters through the dossier page's actions", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Record<keyof TestWorld["users"], SessionUser>;

  const clock = (local: string) => vi.setSystemTime(at(local));
  const versionOf = async (id: string) => (await db.dossier.findUniqueOrThrow({ where: { id } })).version;
  const asUser = (user: keyof typeof as) => {
    session.user = as[user];
  };

  /** Registered Mon 04/05/2026 08:00 → appointment Mon 11/05 17:00; assigned to the officer. */
  async function dossierInProcessing(day = "2026-05-04") {
    const registered = await registerDossier(as.receptionist, intakeFor(world), at(`${day}T08:00:00`));
    await performCommand(
      as.head,
      {
        dossierId: registered.id,
        expectedVersion: await versionOf(registered.id),
        command: { type: "assign", officerId: world.users.officer.id },
      },
      at(`${day}T09:00:00`),
    );
    return registered;
  }
  const draft = async (user: keyof typeof as, dossierId: string, entries: Record<string, string | number> = {}) => {
    asUser(user);
    return draftApologyAction(
      undefined,
      form({
        dossierId,
        expectedVersion: await versionOf(dossierId),
        kind: "LATE",
        reason: "Chờ ý kiến xác minh của Công an phường",
        extraWorkingDays: 2,
        ...entries,
      }),
    );
  };

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
    vi.useFakeTimers({ toFake: ["Date"] });
  });
  afterAll(() => vi.useRealTimers());
  beforeEach(() => revalidatePath.mockClear());

  it("refuses a draft while the dossier is within its deadline, with the rule's sentence, and shows it on the page", async () => {
    const dossier = await dossierInProcessing();
    clock("2026-05-05T09:00:00");
    const version = await versionOf(dossier.id);
    const result = await draft("officer", dossier.id);
    expect(result).toEqual({
      ok: false,
      message:
        "Hồ sơ còn trong hạn, chưa có nguy cơ trễ hạn; chỉ lập phiếu xin lỗi khi hồ sơ sắp đến hạn hoặc đã quá hạn.",
      fieldErrors: undefined,
    });
    expect(await versionOf(dossier.id)).toBe(version);
    expect(revalidatePath).not.toHaveBeenCalled();
    const page = await loadDossierPage(as.officer, dossier.code, { now: new Date() });
    expect(page?.apology).toMatchObject({ mayDraft: true, urgency: "NONE", letters: [] });
    expect(page?.apology.refusals.LATE).toMatch(/còn trong hạn/);
    // Neither the desk nor another office's officer gets the form.
    expect((await loadDossierPage(as.receptionist, dossier.code))?.apology.mayDraft).toBe(false);
  });

  it("drafts (with the server's preview), then the head of the office signs: number, new appointment, original kept", async () => {
    const dossier = await dossierInProcessing();
    // Fri 08/05, the working day before the appointment (Mon 11/05): the last day to apologise in time.
    clock("2026-05-08T09:00:00");
    const page = await loadDossierPage(as.officer, dossier.code, { now: new Date() });
    expect(page?.apology).toMatchObject({
      urgency: "DUE",
      apologyDeadline: at("2026-05-08T17:00:00"),
      refusals: { LATE: null },
    });

    asUser("officer");
    const preview = await previewApologyAction(
      undefined,
      form({ dossierId: dossier.id, kind: "LATE", extraWorkingDays: 2 }),
    );
    expect(preview).toMatchObject({
      ok: true,
      data: { appointmentAt: at("2026-05-13T17:00:00").toISOString(), formatted: "17:00 13/05/2026" },
    });
    expect(preview.data?.explanation).toContain("Hẹn lại thêm 2 ngày làm việc sau ngày hẹn 11/05/2026");
    asUser("otherOfficer");
    expect(
      (await previewApologyAction(undefined, form({ dossierId: dossier.id, kind: "LATE", extraWorkingDays: 2 })))
        .message,
    ).toMatch(/Không tìm thấy hồ sơ/);

    const drafted = await draft("officer", dossier.id);
    expect(drafted).toMatchObject({
      ok: true,
      data: { proposedAppointmentAt: at("2026-05-13T17:00:00").toISOString() },
    });
    expect(revalidatePath).toHaveBeenCalledWith(`/ho-so/${dossier.code}`);
    const apologyId = drafted.data!.apologyId;

    // The officer sees the draft waiting; the head sees the sign button on it; nothing has moved yet.
    const officerView = await loadDossierPage(as.officer, dossier.code, { now: new Date() });
    expect(officerView?.apology.letters).toMatchObject([
      { id: apologyId, status: "DRAFT", number: null, canDecide: false, draftedBy: world.users.officer.fullName },
    ]);
    expect(officerView?.apology.refusals.LATE).toMatch(/đang chờ trưởng phòng ký/);
    expect((await loadDossierPage(as.head, dossier.code))?.apology.letters[0]?.canDecide).toBe(true);
    expect((await db.dossier.findUniqueOrThrow({ where: { id: dossier.id } })).appointmentAt).toEqual(
      at("2026-05-11T17:00:00"),
    );

    clock("2026-05-08T10:00:00");
    asUser("head");
    revalidatePath.mockClear();
    const approved = await approveApologyAction(
      undefined,
      form({ apologyId, expectedVersion: await versionOf(dossier.id) }),
    );
    expect(approved).toEqual({
      ok: true,
      data: { number: `${world.ward.code}-04-260508-001`, appointmentAt: at("2026-05-13T17:00:00").toISOString() },
    });
    expect(revalidatePath).toHaveBeenCalledWith(`/ho-so/${dossier.code}`);

    const after = await loadDossierPage(as.officer, dossier.code, { now: new Date() });
    expect(after?.dossier.appointmentAt).toEqual(at("2026-05-13T17:00:00"));
    expect(after?.dossier.originalAppointmentAt).toEqual(at("2026-05-11T17:00:00"));
    expect(after?.apology).toMatchObject({ urgency: "NONE", reschedulingNumber: `${world.ward.code}-04-260508-001` });
    expect(after?.apology.letters[0]).toMatchObject({ status: "APPROVED", decidedBy: world.users.head.fullName });
    expect(after?.apology.refusals.LATE).toBe(
      "Hồ sơ đã được hẹn lại 1 lần; theo quy định chỉ được hẹn lại tối đa 1 lần.",
    );
  });

  it("refuses the signature of the wrong head, of an officer, and a stale version (with the conflict field)", async () => {
    const dossier = await dossierInProcessing();
    clock("2026-05-11T08:00:00");
    const drafted = await draft("officer", dossier.id);
    const apologyId = drafted.data!.apologyId;
    const version = await versionOf(dossier.id);
    revalidatePath.mockClear();

    asUser("landHead");
    const wrongHead = await approveApologyAction(undefined, form({ apologyId, expectedVersion: version }));
    expect(wrongHead).toEqual({
      ok: false,
      message: `Chỉ trưởng ${world.offices.justice.name} (đơn vị để xảy ra trễ hạn) mới được ký phiếu xin lỗi này.`,
      fieldErrors: undefined,
    });
    asUser("officer");
    expect((await approveApologyAction(undefined, form({ apologyId, expectedVersion: version }))).message).toMatch(
      /Chỉ trưởng/,
    );
    asUser("receptionist");
    expect((await approveApologyAction(undefined, form({ apologyId, expectedVersion: version }))).message).toBe(
      "Tài khoản của bạn không có quyền thực hiện thao tác này.",
    );
    asUser("head");
    const stale = await approveApologyAction(undefined, form({ apologyId, expectedVersion: version - 1 }));
    expect(stale).toEqual({
      ok: false,
      message: "Hồ sơ đã được cập nhật bởi người khác, vui lòng tải lại.",
      fieldErrors: { expectedVersion: ["Hồ sơ đã được cập nhật bởi người khác, vui lòng tải lại."] },
    });
    expect(await db.apologyLetter.findUniqueOrThrow({ where: { id: apologyId } })).toMatchObject({
      status: "DRAFT",
      number: null,
    });
    expect(await versionOf(dossier.id)).toBe(version);
    expect(revalidatePath).not.toHaveBeenCalled();
  });

  it("rejects with a reason (field errors inline when missing); the officer may draft again", async () => {
    const dossier = await dossierInProcessing();
    clock("2026-05-11T08:00:00");
    const invalid = await draft("officer", dossier.id, { reason: "ngắn", extraWorkingDays: 0 });
    expect(invalid.ok).toBe(false);
    expect(invalid.fieldErrors).toMatchObject({
      reason: ["Xin vui lòng nêu rõ lý do (ít nhất 10 ký tự)."],
      extraWorkingDays: ["Phải hẹn thêm ít nhất 1 ngày làm việc."],
    });
    const drafted = await draft("officer", dossier.id, { extraWorkingDays: 5 });
    const apologyId = drafted.data!.apologyId;

    asUser("head");
    const noReason = await rejectApologyAction(
      undefined,
      form({ apologyId, expectedVersion: await versionOf(dossier.id), reason: "" }),
    );
    expect(noReason.fieldErrors?.reason).toEqual(["Xin vui lòng nêu lý do (ít nhất 5 ký tự)."]);
    const rejected = await rejectApologyAction(
      undefined,
      form({ apologyId, expectedVersion: await versionOf(dossier.id), reason: "Số ngày hẹn thêm quá dài" }),
    );
    expect(rejected).toEqual({ ok: true, data: { rejected: true } });
    expect(revalidatePath).toHaveBeenCalledWith(`/ho-so/${dossier.code}`);

    const page = await loadDossierPage(as.officer, dossier.code, { now: new Date() });
    expect(page?.apology.letters[0]).toMatchObject({ status: "REJECTED", rejectionReason: "Số ngày hẹn thêm quá dài" });
    expect(page?.apology.refusals.LATE).toBeNull();
    expect(page?.dossier.appointmentAt).toEqual(at("2026-05-11T17:00:00"));
    expect((await draft("officer", dossier.id)).ok).toBe(true);
  });

  it("the worklist's 'cần xin lỗi' filter lists exactly the dossiers the early warning counts", async () => {
    // More dossiers received on other days: some far from their deadline, one already rescheduled (above).
    for (const day of ["2026-05-05", "2026-05-06", "2026-05-07"]) await dossierInProcessing(day);
    const now = at("2026-05-12T09:00:00");
    clock("2026-05-12T09:00:00");
    for (const [user, scope] of [
      ["officer", null],
      ["head", "office"],
    ] as const) {
      const counts = await warningCounts(as[user], now);
      const expected = (await warningList(as[user], "apologyDue", 1000, now)).map((row) => row.code).sort();
      const page = await loadWorklist(
        as[user],
        { ...DEFAULT_FILTER, scope, quick: "apologyDue" },
        { now, pageSize: 1000 },
      );
      expect(counts!.apologyDue).toBeGreaterThan(0);
      expect(page!.counts.apologyDue.value).toBe(counts!.apologyDue);
      expect(page!.rows.map((row) => row.code).sort()).toEqual(expected);
    }
    // The rescheduled dossier of the second test is not among them, though still pending and near its new date.
    const rescheduled = await db.dossier.findFirstOrThrow({
      where: { receivedUnitId: world.ward.id, rescheduleCount: 1 },
    });
    const officerPage = await loadWorklist(
      as.officer,
      { ...DEFAULT_FILTER, quick: "apologyDue" },
      { now, pageSize: 1000 },
    );
    expect(officerPage!.rows.map((row) => row.code)).not.toContain(rescheduled.code);
  });
});
