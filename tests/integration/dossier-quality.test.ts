// The quality score of one dossier (Nghị định 61/2018/NĐ-CP Art. 31–33, Thông tư 01/2018/TT-VPCP ch. III) against
// PostgreSQL: a dossier taken through the real commands gives the points worked out by hand; the head of the handling
// office self-scores and the town's inspector appraises through the page's actions (stored, audited); the wrong role
// or scope is refused and nothing changes.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../src/server/auth/session-user";
import { registerDossier } from "../../src/server/dossiers/intake";
import { useTestDb } from "../support/db";
import {
  act as perform,
  at,
  createTestWorld,
  DESK_RETURN,
  intakeFor,
  sessionsOf,
  type TestWorld,
} from "../support/fixtures";

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

const { recordQualityAppraisalAction, recordQualitySelfScoreAction } =
  await import("../../src/features/dossier/quality-actions");
const { computeDossierQuality, loadDossierQualitySection } = await import("../../src/server/data/dossier-quality");

const form = (entries: Record<string, string | number>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries)) data.append(key, String(value));
  return data;
};
const nine = (prefix: string, values: readonly (string | number)[]) =>
  Object.fromEntries(values.map((value, i) => [`${prefix}${i + 1}`, value]));

describe("the quality score of a dossier", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: ReturnType<typeof sessionsOf>;

  /** Registered Mon 01/06/2026 08:00 (5 working days), handled and signed the same day, returned at the desk at 15:00. */
  async function returned(supplement: boolean) {
    const registered = await registerDossier(as.receptionist, intakeFor(world), at("2026-06-01T08:00:00"));
    const step = (user: keyof typeof as, command: Parameters<typeof perform>[3], time: string) =>
      perform(db, as[user], registered.id, command, time);
    await step("head", { type: "assign", officerId: world.users.officer.id }, "2026-06-01T09:00:00");
    if (supplement) {
      await step(
        "officer",
        { type: "request_supplement", reason: "Thiếu bản sao giấy khai sinh" },
        "2026-06-01T09:30:00",
      );
      await step("receptionist", { type: "record_supplement" }, "2026-06-02T08:00:00");
    }
    const day = supplement ? "2026-06-02" : "2026-06-01";
    await step("officer", { type: "submit_for_approval", resultKind: "GRANTED" }, `${day}T10:00:00`);
    await step("head", { type: "approve" }, `${day}T11:00:00`);
    await step("leader", { type: "approve" }, `${day}T14:00:00`);
    await step("receptionist", DESK_RETURN, `${day}T15:00:00`);
    return db.dossier.findUniqueOrThrow({ where: { id: registered.id } });
  }

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
  });

  it("computes the nine indicators from the dossier's data as worked out by hand", async () => {
    const dossier = await returned(false);
    expect(dossier.status).toBe("RETURNED");
    expect(dossier.timeliness).toBe("EARLY");
    const { score, input, evidence } = await computeDossierQuality(dossier.id, at("2026-06-03T09:00:00"));
    const points = Object.fromEntries(score.indicators.map((item) => [item.number, item.points]));
    // (1) finished on the first of five working days: early → 2. (2) form 05's desk step is due at noon the same
    // day (half a working day) and handed over at 08:00 that day: "on time" by the day → 1 (the others are early). (3) no supplement → 2. (4) every hand-off inside the ward → 2. (5) received at the desk,
    // resolved by the justice office, not at the desk → 1. (6) the fixture's version has no announcing decision, the
    // procedure is in the public catalogue → 1. (7) early, no complaint → 2. (8) no feedback → 2. (9) the ward
    // received no dossier online in 2026 → 0.
    expect(points).toEqual({ 1: 2, 2: 1, 3: 2, 4: 2, 5: 1, 6: 1, 7: 2, 8: 2, 9: 0 });
    expect(score.total).toBe(13);
    expect(input.offices.length).toBeGreaterThanOrEqual(4);
    expect(evidence[3]).toBe("Không có yêu cầu bổ sung hồ sơ sau khi tiếp nhận.");
    // (9)'s counts (read from the daily rollups) are the ward's dossiers received in 2026, counted on the table.
    const inYear = {
      receivedUnitId: dossier.receivedUnitId,
      receivedAt: { gte: at("2026-01-01T00:00:00"), lt: at("2027-01-01T00:00:00") },
    };
    const received = await db.dossier.count({ where: inYear });
    expect(received).toBeGreaterThan(0);
    expect(await db.dossier.count({ where: { ...inYear, channel: "ONLINE" } })).toBe(0);
    expect(evidence[9]).toMatch(new RegExp(`^Năm 2026: 0/${received} hồ sơ của đơn vị nộp trực tuyến \\(0%\\)`));
  });

  it("counts a supplement request after receipt as a time the applicant came back", async () => {
    const dossier = await returned(true);
    const { score, evidence } = await computeDossierQuality(dossier.id, at("2026-06-03T09:00:00"));
    expect(score.indicators.find((item) => item.number === 3)?.points).toBe(1);
    expect(evidence[3]).toMatch(/^1 lần yêu cầu bổ sung hồ sơ/);
  });

  it("stores the head's self-score and the inspector's appraisal, each audited; refuses the wrong role or scope", async () => {
    const dossier = await returned(false);
    const stored = () => db.dossierQualityScore.findUnique({ where: { dossierId: dossier.id } });
    const audits = (action: string) => db.auditEntry.count({ where: { entityId: dossier.code, action } });

    // Not the head of the handling office: the land office's head, the officer (role), the inspector before a self-score.
    session.user = as.landHead;
    const self = {
      dossierId: dossier.id,
      ...nine("p", [2, 2, 2, 2, 1, 1, 2, 2, 0]),
      e5: "Giải quyết tại phòng Tư pháp",
    };
    expect(await recordQualitySelfScoreAction(undefined, form(self))).toMatchObject({ ok: false });
    session.user = as.officer;
    expect(await recordQualitySelfScoreAction(undefined, form(self))).toMatchObject({
      ok: false,
      message: "Tài khoản của bạn không có quyền thực hiện thao tác này.",
    });
    session.user = as.inspector;
    expect(
      await recordQualityAppraisalAction(
        undefined,
        form({ dossierId: dossier.id, ...nine("p", [2, 2, 2, 2, 1, 1, 2, 2, 0]) }),
      ),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/chưa được phòng giải quyết tự đánh giá/) });
    // Bad points: a clear message, nothing written.
    session.user = as.head;
    expect(await recordQualitySelfScoreAction(undefined, form({ ...self, p9: 3 }))).toMatchObject({
      ok: false,
      fieldErrors: { p9: ["Điểm tiêu chí 9 phải là 0, 1 hoặc 2."] },
    });
    expect(await stored()).toBeNull();
    expect(await audits("quality.self_score")).toBe(0);

    expect(await recordQualitySelfScoreAction(undefined, form(self))).toEqual({ ok: true, data: { total: 14 } });
    const row = await stored();
    expect(row).toMatchObject({ selfTotal: 14, selfScoredById: world.users.head.id, appraisedAt: null });
    expect((row?.selfEvidence as Record<string, string>)["5"]).toBe("Giải quyết tại phòng Tư pháp");
    expect((row?.selfEvidence as Record<string, string>)["3"]).toBe(
      "Không có yêu cầu bổ sung hồ sơ sau khi tiếp nhận.",
    );
    expect(await audits("quality.self_score")).toBe(1);

    // Appraisal: the receptionist may not; the inspector of another town may not (scope: the ward's town only).
    const appraisal = { dossierId: dossier.id, ...nine("p", [2, 2, 2, 2, 1, 0, 2, 2, 0]) };
    session.user = as.receptionist;
    expect(await recordQualityAppraisalAction(undefined, form(appraisal))).toMatchObject({ ok: false });
    const otherTown = await db.administrativeUnit.create({
      data: { code: `QT${world.tag}`, name: "Thị xã khác", kindLabel: "Thị xã", level: "DISTRICT" },
    });
    session.user = { ...as.inspector, id: world.users.inspector.id, unitId: otherTown.id };
    expect(await recordQualityAppraisalAction(undefined, form(appraisal))).toMatchObject({ ok: false });
    // A change without its reason is refused under that field.
    session.user = as.inspector;
    expect(await recordQualityAppraisalAction(undefined, form(appraisal))).toMatchObject({
      ok: false,
      fieldErrors: { r6: ["Cần ghi lý do khi thay đổi điểm tự đánh giá."] },
    });
    expect((await stored())?.appraisedAt).toBeNull();
    expect(await audits("quality.appraise")).toBe(0);

    const reason = "Thủ tục chưa niêm yết tại Bộ phận Một cửa";
    expect(await recordQualityAppraisalAction(undefined, form({ ...appraisal, r6: reason }))).toEqual({
      ok: true,
      data: { total: 13 },
    });
    const appraised = await stored();
    expect(appraised).toMatchObject({ selfTotal: 14, appraisedTotal: 13, appraisedById: world.users.inspector.id });
    expect(appraised?.appraisedReasons).toEqual({ 6: reason });
    expect(await audits("quality.appraise")).toBe(1);
    const audit = await db.auditEntry.findFirstOrThrow({
      where: { entityId: dossier.code, action: "quality.appraise" },
    });
    expect(audit.detail).toMatchObject({ changed: [6], total: 13 });

    // After the appraisal the self-score stays as appraised.
    session.user = as.head;
    expect(await recordQualitySelfScoreAction(undefined, form(self))).toMatchObject({ ok: false });
    expect((await stored())?.selfScoredAt).toEqual(row?.selfScoredAt);

    // The page's section: the head no longer gets the form, the inspector does; both see both totals.
    const scope = {
      id: dossier.id,
      status: dossier.status,
      handlingOfficeId: dossier.handlingOfficeId,
      receivedUnitId: dossier.receivedUnitId,
      decidingUnitId: dossier.decidingUnitId,
    };
    const forInspector = await loadDossierQualitySection(as.inspector, scope);
    expect(forInspector).toMatchObject({ mayAppraise: true, maySelfScore: false });
    expect(forInspector?.stored).toMatchObject({ selfTotal: 14, appraisedTotal: 13 });
    expect((await loadDossierQualitySection(as.head, scope))?.maySelfScore).toBe(true);
  });
});
