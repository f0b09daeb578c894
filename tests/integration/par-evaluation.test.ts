// The PAR Index evaluation workflow against PostgreSQL (docs/par-index.md "Evaluation workflow"; issue 14 item 2):
// home affairs of the town opens a year on a small set for two units; the ward's leader and the delegate declare and
// attach evidence, the leader submits; home affairs appraises, sends a criterion back, finalises, reopens with a
// reason and publishes. A unit never sees or edits another unit's self-assessment; only home affairs appraises,
// returns, finalises and publishes; bad input and refused steps change nothing; after finalisation nothing changes
// without an audited reopening, and the frozen figures stay when a dossier changes MotCua's figures afterwards.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../src/server/auth/session-user";
import { registerDossier } from "../../src/server/dossiers/intake";
import { useTestDb } from "../support/db";
import { at, createTestWorld, intakeFor, sessionOf, sessionsOf, type TestWorld } from "../support/fixtures";
import { samplePdf } from "../support/sample-files";

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

const actions = await import("../../src/features/par-evaluation/actions");
const services = await import("../../src/server/par-index/evaluations");
const evidence = await import("../../src/server/par-index/evidence");
const reads = await import("../../src/server/data/par-evaluations");
const { readParMetrics, parMetricUnitIds } = await import("../../src/server/par-index/metrics");

const form = (entries: Record<string, string | number | readonly string[]>) => {
  const data = new FormData();
  for (const [key, value] of Object.entries(entries))
    if (Array.isArray(value)) for (const item of value) data.append(key, item);
    else data.append(key, String(value));
  return data;
};

describe("the PAR Index evaluation workflow", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: ReturnType<typeof sessionsOf>;
  let otherLeader: SessionUser;
  let otherInspector: SessionUser;
  let setId = "";
  const code = new Map<string, string>();

  const unitOf = async (unitId: string) => {
    const evaluation = await db.parEvaluation.findUniqueOrThrow({ where: { setId } });
    return db.parUnitEvaluation.findFirstOrThrow({ where: { evaluationId: evaluation.id, unitId } });
  };
  const answerOf = (unitEvaluationId: string, criterionCode: string) =>
    db.parAnswer.findUniqueOrThrow({
      where: { unitEvaluationId_criterionId: { unitEvaluationId, criterionId: code.get(criterionCode)! } },
    });
  const audits = (entityId: string, action?: string) => db.auditEntry.count({ where: { entityId, action } });
  const snapshot = async (unitEvaluationId: string) => ({
    unit: await db.parUnitEvaluation.findUniqueOrThrow({ where: { id: unitEvaluationId } }),
    answers: await db.parAnswer.findMany({ where: { unitEvaluationId }, orderBy: { criterionId: "asc" } }),
    events: await db.parEvent.count({ where: { unitEvaluationId } }),
    audits: await audits(unitEvaluationId),
  });

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
    otherLeader = sessionOf(
      await db.user.create({
        data: {
          username: `lanhdaokhac.${world.tag.toLowerCase()}`,
          passwordHash: "x",
          fullName: "Lãnh đạo xã khác",
          role: "LEADERSHIP",
          unitId: world.otherWard.id,
        },
      }),
    );
    otherInspector = sessionOf(
      await db.user.create({
        data: {
          username: `noivuxa.${world.tag.toLowerCase()}`,
          passwordHash: "x",
          fullName: "Nội vụ phường",
          role: "INSPECTOR",
          unitId: world.ward.id,
        },
      }),
    );
    // A small set of the town: 1 (4 points: 1.1 Có/Không 2, 1.2 a number on a ladder 2, N/A allowed), 2 (96 points:
    // 2.1 the online share on a ladder), and a bonus B.1 (1 point).
    const set = await db.parCriteriaSet.create({
      data: {
        ownerUnitId: world.town.id,
        year: 2026,
        level: "COMMUNE",
        name: "Bộ tiêu chí thử",
        gradeBands: [
          { label: "Tốt", min: 80 },
          { label: "Khá", min: 50 },
        ],
      },
    });
    setId = set.id;
    const node = async (
      c: string,
      parentCode: string | null,
      data: Partial<Parameters<typeof db.parCriterion.create>[0]["data"]> & { maxPoints: number },
    ) => {
      const row = await db.parCriterion.create({
        data: {
          setId,
          parentId: parentCode ? code.get(parentCode)! : null,
          position: Number(c.split(".").pop()) || 9,
          code: c,
          title: `Tiêu chí ${c}`,
          kind: "GROUP",
          ...data,
        } as Parameters<typeof db.parCriterion.create>[0]["data"],
      });
      code.set(c, row.id);
    };
    await node("1", null, { maxPoints: 4 });
    await node("1.1", "1", { maxPoints: 2, kind: "MANUAL", valueKind: "YES_NO" });
    await node("1.2", "1", {
      maxPoints: 2,
      kind: "MANUAL",
      valueKind: "NUMBER",
      allowNotApplicable: true,
      ladder: [
        { min: 100, points: 2 },
        { min: 50, points: 1 },
      ],
    });
    await node("2", null, { maxPoints: 96 });
    await node("2.1", "2", {
      maxPoints: 96,
      kind: "AUTOMATIC",
      metric: "onlineShare",
      ladder: [
        { min: 50, points: 96 },
        { min: 0, points: 24 },
      ],
    });
    await node("B", null, { maxPoints: 1, section: "BONUS" });
    await node("B.1", "B", { maxPoints: 1, kind: "MANUAL", section: "BONUS" });
  });

  it("opens a year only for home affairs of the set's owner, for units in its tree, all rows at once", async () => {
    const open = {
      setId,
      "targetIds[]": [world.ward.id, world.otherWard.id],
      periodFrom: "01/01/2026",
      periodTo: "31/12/2026",
      submitDeadline: "15/01/2027",
    };
    session.user = as.leader;
    expect(await actions.openParEvaluationAction(undefined, form(open))).toMatchObject({
      ok: false,
      message: expect.stringMatching(/không có quyền/),
    });
    // The ward's own inspector is not home affairs of the town's set.
    session.user = otherInspector;
    expect(await actions.openParEvaluationAction(undefined, form(open))).toMatchObject({ ok: false });
    session.user = as.inspector;
    // A unit outside the town's tree, and a bad date: refused, nothing written.
    expect(
      await actions.openParEvaluationAction(undefined, form({ ...open, "targetIds[]": [world.town.id] })),
    ).toMatchObject({ ok: false, fieldErrors: { targetIds: [expect.stringMatching(/không hợp lệ/)] } });
    expect(await actions.openParEvaluationAction(undefined, form({ ...open, periodTo: "31/02/2026" }))).toMatchObject({
      ok: false,
      fieldErrors: { periodTo: [expect.stringMatching(/không hợp lệ/)] },
    });
    expect(await db.parEvaluation.count({ where: { setId } })).toBe(0);
    expect((await db.parCriteriaSet.findUniqueOrThrow({ where: { id: setId } })).status).toBe("DRAFT");

    expect(await actions.openParEvaluationAction(undefined, form(open))).toEqual({
      ok: true,
      data: { evaluationId: expect.any(String), units: 2 },
    });
    expect((await db.parCriteriaSet.findUniqueOrThrow({ where: { id: setId } })).status).toBe("LOCKED");
    const ward = await unitOf(world.ward.id);
    expect(ward.status).toBe("DRAFT");
    // Four scored criteria per unit (groups are not answered).
    expect(await db.parAnswer.count({ where: { unitEvaluation: { evaluation: { setId } } } })).toBe(8);
    const evaluation = await db.parEvaluation.findUniqueOrThrow({ where: { setId } });
    expect(await audits(evaluation.id, "par_evaluation.open")).toBe(1);
    // A second opening on the same set is refused.
    expect(await actions.openParEvaluationAction(undefined, form(open))).toMatchObject({ ok: false });
  });

  it("keeps each unit to its own self-assessment; bad input changes nothing", async () => {
    const ward = await unitOf(world.ward.id);
    const other = await unitOf(world.otherWard.id);
    const declare = (unitEvaluationId: string, version: number, fields: Record<string, string>) =>
      actions.declareParAnswerAction(
        undefined,
        form({ unitEvaluationId, expectedVersion: version, declared: "", numberValue: "", selfScore: "", ...fields }),
      );
    // The other commune's leader can neither read nor edit the ward's.
    session.user = otherLeader;
    await expect(reads.loadParUnitEvaluation(otherLeader, ward.id)).resolves.toBeNull();
    expect(
      await declare(ward.id, ward.version, { criterionId: code.get("1.1")!, declared: "YES", selfScore: "2" }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/không có quyền/) });
    expect((await reads.loadParUnitEvaluation(otherLeader, other.id))?.unit.id).toBe(other.id);
    // Nor the ward's officer before the leader names a delegate, nor home affairs.
    for (const user of [as.officer, as.inspector]) {
      session.user = user;
      expect(
        await declare(ward.id, ward.version, { criterionId: code.get("1.1")!, declared: "YES", selfScore: "2" }),
      ).toMatchObject({ ok: false });
    }

    session.user = as.leader;
    const before = await snapshot(ward.id);
    // N/A where not allowed, a score above the maximum, a number on a Có/Không criterion, a malformed score.
    expect(
      await declare(ward.id, ward.version, { criterionId: code.get("1.1")!, declared: "NOT_APPLICABLE" }),
    ).toMatchObject({ ok: false, fieldErrors: { declared: [expect.stringMatching(/Xin vui lòng/)] } });
    expect(
      await declare(ward.id, ward.version, { criterionId: code.get("1.1")!, declared: "YES", selfScore: "2,5" }),
    ).toMatchObject({ ok: false, fieldErrors: { selfScore: [expect.stringMatching(/không hợp lệ/)] } });
    expect(
      await declare(ward.id, ward.version, { criterionId: code.get("1.1")!, numberValue: "3", selfScore: "1" }),
    ).toMatchObject({ ok: false, fieldErrors: { numberValue: [expect.any(String)] } });
    expect(
      await declare(ward.id, ward.version, { criterionId: code.get("1.1")!, declared: "YES", selfScore: "1e3" }),
    ).toMatchObject({ ok: false, fieldErrors: { selfScore: [expect.stringMatching(/không hợp lệ/)] } });
    // A stale version: someone else changed it meanwhile.
    expect(
      await declare(ward.id, ward.version + 5, { criterionId: code.get("1.1")!, declared: "YES", selfScore: "2" }),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/Xin vui lòng tải lại/) });
    expect(await snapshot(ward.id)).toEqual(before);
  });

  it("lets the leader's delegate declare and attach evidence, and only the leader submit", async () => {
    let ward = await unitOf(world.ward.id);
    session.user = as.leader;
    // A delegate of another unit is refused.
    expect(
      await actions.nameParDelegateAction(
        undefined,
        form({ unitEvaluationId: ward.id, expectedVersion: ward.version, delegateId: as.otherOfficer.id }),
      ),
    ).toMatchObject({ ok: false, fieldErrors: { delegateId: [expect.stringMatching(/không hợp lệ/)] } });
    expect(
      await actions.nameParDelegateAction(
        undefined,
        form({ unitEvaluationId: ward.id, expectedVersion: ward.version, delegateId: as.officer.id }),
      ),
    ).toMatchObject({ ok: true });
    ward = await unitOf(world.ward.id);
    expect(ward.delegateId).toBe(as.officer.id);

    session.user = as.officer;
    const declared = await actions.declareParAnswerAction(
      undefined,
      form({
        unitEvaluationId: ward.id,
        expectedVersion: ward.version,
        criterionId: code.get("1.1")!,
        declared: "YES",
        evidenceText: "Kế hoạch CCHC số 12/KH-UBND",
        selfScore: "2",
      }),
    );
    expect(declared).toMatchObject({ ok: true });
    ward = await unitOf(world.ward.id);
    // Evidence: a PDF is taken, a text file named .pdf is not (judged by content).
    const pdf = new File([Buffer.from(samplePdf("Ke hoach CCHC"))], "ke-hoach.pdf", { type: "application/pdf" });
    const fake = new File(["not a pdf"], "gia.pdf", { type: "application/pdf" });
    await expect(evidence.inspectEvidence(fake)).rejects.toThrow(/không nhận tệp/);
    const attached = await evidence.attachParEvidence(
      as.officer,
      { unitEvaluationId: ward.id, expectedVersion: ward.version, criterionId: code.get("1.1")! },
      await evidence.inspectEvidence(pdf),
    );
    expect(await db.parEvidenceFile.count({ where: { id: attached.fileId, mediaType: "application/pdf" } })).toBe(1);
    expect(await audits(ward.id, "par_evaluation.attach_evidence")).toBe(1);
    // Home affairs and the unit open it (a read, audited); the other commune's leader gets nothing.
    expect(await evidence.openParEvidence(otherLeader, attached.fileId)).toBeNull();
    const opened = await evidence.openParEvidence(as.inspector, attached.fileId);
    opened?.body.destroy();
    expect(opened?.file.fileName).toBe("ke-hoach.pdf");
    expect(await audits(ward.id, "par_evaluation.download_evidence")).toBe(1);

    ward = await unitOf(world.ward.id);
    expect(
      await actions.submitParUnitAction(
        undefined,
        form({ unitEvaluationId: ward.id, expectedVersion: ward.version, confirm: "on" }),
      ),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/không có quyền nộp/) });
  });

  it("refuses a submission with required criteria missing; reads the figures; submits", async () => {
    let ward = await unitOf(world.ward.id);
    session.user = as.leader;
    const submit = () =>
      actions.submitParUnitAction(
        undefined,
        form({ unitEvaluationId: ward.id, expectedVersion: ward.version, confirm: "on" }),
      );
    expect(await submit()).toMatchObject({ ok: false, message: expect.stringMatching(/1\.2/) });
    // Without the leader's confirmation: refused before anything is checked.
    expect(
      await actions.submitParUnitAction(undefined, form({ unitEvaluationId: ward.id, expectedVersion: ward.version })),
    ).toMatchObject({ ok: false, fieldErrors: { confirm: [expect.stringMatching(/Xin vui lòng/)] } });
    expect(ward.status).toBe("DRAFT");
    expect(
      await actions.declareParAnswerAction(
        undefined,
        form({
          unitEvaluationId: ward.id,
          expectedVersion: ward.version,
          criterionId: code.get("1.2")!,
          numberValue: "80",
          evidenceText: "Báo cáo số 5/BC-UBND",
          selfScore: "1,5",
        }),
      ),
    ).toMatchObject({ ok: true });
    ward = await unitOf(world.ward.id);
    expect(
      await actions.refreshParMetricsAction(
        undefined,
        form({ unitEvaluationId: ward.id, expectedVersion: ward.version }),
      ),
    ).toMatchObject({ ok: true, data: { refreshed: 1 } });
    ward = await unitOf(world.ward.id);
    const automatic = await answerOf(ward.id, "2.1");
    expect(automatic.metricInput).toMatchObject({ metric: "onlineShare" });
    // The ladder's points of the figure became the self-score (96 from 50%, else 24; none without a figure).
    const figure = (automatic.metricInput as { value: number | null }).value;
    expect(Number(automatic.selfScore ?? 0)).toBe(figure === null ? 0 : figure >= 50 ? 96 : 24);
    expect(await submit()).toMatchObject({ ok: true });
    ward = await unitOf(world.ward.id);
    expect(ward).toMatchObject({ status: "SUBMITTED", submittedById: as.leader.id });
    expect(await audits(ward.id, "par_evaluation.submit")).toBe(1);
    // Submitted: the unit edits nothing more.
    expect(
      await actions.declareParAnswerAction(
        undefined,
        form({
          unitEvaluationId: ward.id,
          expectedVersion: ward.version,
          criterionId: code.get("1.1")!,
          declared: "NO",
          selfScore: "0",
        }),
      ),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/đã nộp/) });
  });

  it("lets only home affairs appraise and send back; a deduction needs a reason; the unit answers only what was sent back", async () => {
    let ward = await unitOf(world.ward.id);
    const appraise = (fields: Record<string, string>) =>
      actions.appraiseParAnswerAction(
        undefined,
        form({ unitEvaluationId: ward.id, expectedVersion: ward.version, note: "", ...fields }),
      );
    session.user = as.leader;
    expect(await appraise({ criterionId: code.get("1.1")!, appraisedScore: "2" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/không có quyền/),
    });
    session.user = otherInspector;
    expect(await appraise({ criterionId: code.get("1.1")!, appraisedScore: "2" })).toMatchObject({ ok: false });
    session.user = as.inspector;
    const before = await snapshot(ward.id);
    expect(await appraise({ criterionId: code.get("1.1")!, appraisedScore: "1" })).toMatchObject({
      ok: false,
      fieldErrors: { note: [expect.stringMatching(/Xin vui lòng ghi lý do/)] },
    });
    expect(await appraise({ criterionId: code.get("1.1")!, appraisedScore: "3" })).toMatchObject({ ok: false });
    expect(await snapshot(ward.id)).toEqual(before);
    expect(
      await appraise({ criterionId: code.get("1.1")!, appraisedScore: "1", note: "Kế hoạch ban hành muộn" }),
    ).toMatchObject({ ok: true });
    expect(await answerOf(ward.id, "1.1")).toMatchObject({ appraisalNote: "Kế hoạch ban hành muộn" });
    expect(Number((await answerOf(ward.id, "1.1")).appraisedScore)).toBe(1);

    ward = await unitOf(world.ward.id);
    expect(
      await actions.returnParAnswerAction(
        undefined,
        form({
          unitEvaluationId: ward.id,
          expectedVersion: ward.version,
          criterionId: code.get("1.2")!,
          note: "Xin bổ sung báo cáo có số liệu",
        }),
      ),
    ).toMatchObject({ ok: true });
    ward = await unitOf(world.ward.id);
    expect(ward.status).toBe("RETURNED");

    session.user = as.leader;
    const declare = (c: string, fields: Record<string, string>) =>
      actions.declareParAnswerAction(
        undefined,
        form({ unitEvaluationId: ward.id, expectedVersion: ward.version, criterionId: code.get(c)!, ...fields }),
      );
    expect(await declare("1.1", { declared: "YES", selfScore: "2" })).toMatchObject({
      ok: false,
      message: expect.stringMatching(/không được yêu cầu giải trình/),
    });
    expect(
      await declare("1.2", { numberValue: "100", selfScore: "2", evidenceText: "Báo cáo 5/BC-UBND (bổ sung)" }),
    ).toMatchObject({
      ok: true,
    });
    ward = await unitOf(world.ward.id);
    expect(
      await actions.submitParUnitAction(
        undefined,
        form({ unitEvaluationId: ward.id, expectedVersion: ward.version, confirm: "on" }),
      ),
    ).toMatchObject({ ok: true });
    ward = await unitOf(world.ward.id);
    expect(ward.status).toBe("SUBMITTED");
    expect((await answerOf(ward.id, "1.2")).returnedAt).toBeNull();
  });

  it("finalises with frozen figures; nothing changes afterwards without an audited reopening", async () => {
    let ward = await unitOf(world.ward.id);
    session.user = as.inspector;
    const finalise = (acceptRest: boolean) =>
      actions.finaliseParUnitAction(
        undefined,
        form({ unitEvaluationId: ward.id, expectedVersion: ward.version, ...(acceptRest ? { acceptRest: "on" } : {}) }),
      );
    expect(await finalise(false)).toMatchObject({ ok: false, message: expect.stringMatching(/chưa thẩm định/) });
    session.user = as.leader;
    expect(await finalise(true)).toMatchObject({ ok: false, message: expect.stringMatching(/không có quyền/) });
    session.user = as.inspector;
    expect(await finalise(true)).toMatchObject({ ok: true });
    ward = await unitOf(world.ward.id);
    expect(ward.status).toBe("FINALISED");
    const result = ward.result as { total: number; byNode: Record<string, { score: number }>; metricInputs: object };
    // Appraised: 1.1 → 1 (deducted), 1.2 → 2 (accepted), 2.1 → its figure's points, B.1 → 0 (not declared).
    const online = await answerOf(ward.id, "2.1");
    const onlinePoints = Number(online.appraisedScore);
    expect(result.byNode[code.get("1")!]!.score).toBe(3);
    expect(result.total).toBe(3 + onlinePoints);
    const frozenFigure = online.metricInput;
    expect(result.metricInputs).toHaveProperty(code.get("2.1")!);

    // A dossier received afterwards in the period changes MotCua's figure, not the frozen one.
    const live = async () =>
      (await readParMetrics(await parMetricUnitIds(world.ward.id), { from: "2026-01-01", to: "2026-12-31" }))
        .onlineShare.denominator;
    const denominatorBefore = await live();
    await registerDossier(as.receptionist, intakeFor(world), at("2026-06-10T09:00:00"));
    expect(await live()).toBe((denominatorBefore ?? 0) + 1);
    const frozen = await snapshot(ward.id);
    for (const step of [
      () =>
        actions.refreshParMetricsAction(undefined, form({ unitEvaluationId: ward.id, expectedVersion: ward.version })),
      () =>
        actions.appraiseParAnswerAction(
          undefined,
          form({
            unitEvaluationId: ward.id,
            expectedVersion: ward.version,
            criterionId: code.get("2.1")!,
            appraisedScore: "4",
            note: "",
          }),
        ),
      () =>
        actions.returnParAnswerAction(
          undefined,
          form({
            unitEvaluationId: ward.id,
            expectedVersion: ward.version,
            criterionId: code.get("1.1")!,
            note: "Giải trình thêm",
          }),
        ),
    ])
      expect(await step()).toMatchObject({ ok: false });
    session.user = as.leader;
    expect(
      await actions.declareParAnswerAction(
        undefined,
        form({
          unitEvaluationId: ward.id,
          expectedVersion: ward.version,
          criterionId: code.get("B.1")!,
          selfScore: "1",
        }),
      ),
    ).toMatchObject({ ok: false });
    expect(await snapshot(ward.id)).toEqual(frozen);
    expect((await answerOf(ward.id, "2.1")).metricInput).toEqual(frozenFigure);

    // Reopening: home affairs only, with a reason, audited; back to SUBMITTED.
    const reopen = (reason: string) =>
      actions.reopenParUnitAction(
        undefined,
        form({ unitEvaluationId: ward.id, expectedVersion: ward.version, reason }),
      );
    expect(await reopen("Sai sót điểm tiêu chí 1.1")).toMatchObject({ ok: false });
    session.user = as.inspector;
    expect(await reopen("")).toMatchObject({
      ok: false,
      fieldErrors: { reason: [expect.stringMatching(/Xin vui lòng/)] },
    });
    expect(await snapshot(ward.id)).toEqual(frozen);
    expect(await reopen("Sai sót điểm tiêu chí 1.1")).toMatchObject({ ok: true });
    ward = await unitOf(world.ward.id);
    expect(ward).toMatchObject({ status: "SUBMITTED", result: null });
    expect(await audits(ward.id, "par_evaluation.reopen")).toBe(1);
    expect(await finalise(false)).toMatchObject({ ok: true });
    ward = await unitOf(world.ward.id);
    // Finalised again on the figure frozen the first time (nobody refreshed it on purpose).
    expect((await answerOf(ward.id, "2.1")).metricInput).toEqual(frozenFigure);
  });

  it("lets a unit submit late only when allowed; publishes once every unit is finalised", async () => {
    let other = await unitOf(world.otherWard.id);
    const lateDay = at("2027-01-20T09:00:00");
    const evaluation = await db.parEvaluation.findUniqueOrThrow({ where: { setId } });
    for (const c of ["1.1", "1.2"])
      await services.declareParAnswer(otherLeader, {
        unitEvaluationId: other.id,
        expectedVersion: (await unitOf(world.otherWard.id)).version,
        criterionId: code.get(c)!,
        declared: c === "1.1" ? "YES" : "NOT_APPLICABLE",
        numberValue: null,
        evidenceText: null,
        selfScore: c === "1.1" ? 2 : null,
      });
    other = await unitOf(world.otherWard.id);
    await expect(
      services.submitParUnit(otherLeader, { unitEvaluationId: other.id, expectedVersion: other.version }, lateDay),
    ).rejects.toThrow(/quá hạn/);
    await expect(services.publishParEvaluation(as.inspector, { evaluationId: evaluation.id })).rejects.toThrow(
      /chưa được chốt/,
    );
    await services.allowLateParSubmission(
      as.inspector,
      { unitEvaluationId: other.id, expectedVersion: other.version, until: "2027-01-31" },
      at("2027-01-19T09:00:00"),
    );
    other = await unitOf(world.otherWard.id);
    await services.submitParUnit(otherLeader, { unitEvaluationId: other.id, expectedVersion: other.version }, lateDay);
    other = await unitOf(world.otherWard.id);
    await services.finaliseParUnit(
      as.inspector,
      { unitEvaluationId: other.id, expectedVersion: other.version, acceptRest: true },
      lateDay,
    );
    // 1.2 declared not applicable: out of the maximum.
    const result = (await unitOf(world.otherWard.id)).result as { main: { applicableMax: number } };
    expect(result.main.applicableMax).toBe(98);

    session.user = as.leader;
    expect(await actions.publishParEvaluationAction(undefined, form({ evaluationId: evaluation.id }))).toMatchObject({
      ok: false,
    });
    session.user = as.inspector;
    expect(await actions.publishParEvaluationAction(undefined, form({ evaluationId: evaluation.id }))).toEqual({
      ok: true,
      data: { units: 2 },
    });
    expect((await db.parEvaluation.findUniqueOrThrow({ where: { id: evaluation.id } })).status).toBe("PUBLISHED");
    expect(await audits(evaluation.id, "par_evaluation.publish")).toBe(1);
    // Published: not even home affairs reopens.
    const ward = await unitOf(world.ward.id);
    expect(
      await actions.reopenParUnitAction(
        undefined,
        form({ unitEvaluationId: ward.id, expectedVersion: ward.version, reason: "Điều chỉnh sau công bố" }),
      ),
    ).toMatchObject({ ok: false, message: expect.stringMatching(/công bố/) });
  });
});
