import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_GRADE_BANDS, frozenResult, type ParCriterionNode } from "../../src/domain/par-index";
import type { ParResultViewer } from "../../src/domain/par-results";
import { buildParWorkbook } from "../../src/features/par-results/workbook";
import {
  listPublishedParEvaluations,
  loadParRanking,
  loadParUnitResult,
  loadPublishedParRanking,
} from "../../src/server/data/par-results";
import { parAnswerInputOf, parCriterionNodeOf } from "../../src/server/par-index/evaluation-rows";
import { useTestDb } from "../support/db";
import { createTestWorld, type TestWorld } from "../support/fixtures";

// Results and ranking of the PAR Index (issue 14 item 4) on a small world: a finalised unit is read from its FROZEN
// result (changing its answers afterwards changes nothing shown), equal scores share a rank, a unit not finalised is
// provisional — its current score only for home affairs and its own leader, never on the public reader — the change
// from last year reads last year's frozen result, and the Excel workbook's rows are the page's figures.
describe("PAR results: ranking from frozen results", () => {
  const db = useTestDb();
  let world: TestWorld;
  let third: { id: string };
  let evaluationId: string;
  const unitEvaluation: Record<string, string> = {};
  let nodes: ParCriterionNode[];

  const homeAffairs = (): ParResultViewer => ({
    role: "INSPECTOR",
    unitId: world.town.id,
    readableUnitIds: [world.town.id, world.ward.id, world.otherWard.id, third.id],
  });
  const townLeader = (): ParResultViewer => ({ ...homeAffairs(), role: "LEADERSHIP" });
  const thirdLeader = (): ParResultViewer => ({ role: "LEADERSHIP", unitId: third.id, readableUnitIds: [third.id] });

  /** A set of two domains (60 + 40): 1.1 and 1.2 manual (30 each), 2.1 automatic on the on-time rate (40). */
  async function createSet(year: number) {
    const set = await db.parCriteriaSet.create({
      data: {
        ownerUnitId: world.town.id,
        year,
        level: "COMMUNE",
        name: `Bộ tiêu chí ${year}`,
        gradeBands: DEFAULT_GRADE_BANDS as never,
        status: "LOCKED",
      },
    });
    const create = (data: Record<string, unknown>) =>
      db.parCriterion.create({ data: { setId: set.id, ...data } as never });
    const d1 = await create({ position: 1, code: "1", title: "Công tác chỉ đạo", maxPoints: 60, kind: "GROUP" });
    await create({
      parentId: d1.id,
      position: 1,
      code: "1.1",
      title: "Kế hoạch CCHC",
      maxPoints: 30,
      kind: "MANUAL",
      valueKind: "YES_NO",
    });
    await create({
      parentId: d1.id,
      position: 2,
      code: "1.2",
      title: "Báo cáo đúng hạn",
      maxPoints: 30,
      kind: "MANUAL",
      valueKind: "YES_NO",
    });
    const d2 = await create({
      position: 2,
      code: "2",
      title: "Cải cách thủ tục hành chính",
      maxPoints: 40,
      kind: "GROUP",
    });
    await create({
      parentId: d2.id,
      position: 1,
      code: "2.1",
      title: "Tỷ lệ hồ sơ đúng hạn",
      maxPoints: 40,
      kind: "AUTOMATIC",
      metric: "onTimeRate",
      ladder: [
        { min: 100, points: 40 },
        { min: 95, points: 30 },
      ],
    });
    const evaluation = await db.parEvaluation.create({
      data: {
        setId: set.id,
        periodFrom: new Date(`${year}-01-01`),
        periodTo: new Date(`${year}-12-31`),
        submitDeadline: new Date(`${year + 1}-01-15`),
        openedById: world.users.inspector.id,
      },
    });
    const criteria = await db.parCriterion.findMany({ where: { setId: set.id } });
    return {
      set,
      evaluation,
      nodes: criteria.map(parCriterionNodeOf),
      byCode: new Map(criteria.map((c) => [c.code, c.id])),
    };
  }

  /** Answers of a unit: 1.1 and 1.2 appraised (with a reason when below 30), 2.1's figure as read. */
  async function answer(
    unitEvaluationId: string,
    byCode: Map<string, string>,
    scores: { "1.1": number; "1.2": number; onTime: number },
  ) {
    const readAt = "2027-01-10T02:00:00.000Z";
    await db.parAnswer.create({
      data: {
        unitEvaluationId,
        criterionId: byCode.get("1.1")!,
        declared: "YES",
        selfScore: 30,
        appraisedScore: scores["1.1"],
      },
    });
    await db.parAnswer.create({
      data: {
        unitEvaluationId,
        criterionId: byCode.get("1.2")!,
        declared: "YES",
        selfScore: 30,
        appraisedScore: scores["1.2"],
        appraisalNote: scores["1.2"] < 30 ? "Nộp báo cáo quý III chậm 10 ngày" : null,
      },
    });
    await db.parAnswer.create({
      data: {
        unitEvaluationId,
        criterionId: byCode.get("2.1")!,
        metricInput: {
          metric: "onTimeRate",
          value: scores.onTime,
          numerator: scores.onTime,
          denominator: 100,
          unavailableReason: null,
          readAt,
        },
      },
    });
  }

  /** Finalises as the service does: the frozen result of the appraised answers, stored once. */
  async function finalise(
    unitEvaluationId: string,
    setNodes: ParCriterionNode[],
    set: { id: string; year: number; name: string },
  ) {
    const answers = (await db.parAnswer.findMany({ where: { unitEvaluationId } })).map(parAnswerInputOf);
    const result = frozenResult({
      set: { ...set, level: "COMMUNE", rescaleToHundred: true, gradeBands: DEFAULT_GRADE_BANDS },
      nodes: setNodes,
      answers,
      frozenAt: "2027-01-20T02:00:00.000Z",
    });
    await db.parUnitEvaluation.update({
      where: { id: unitEvaluationId },
      data: { status: "FINALISED", result: result as never, finalisedAt: new Date("2027-01-20T02:00:00.000Z") },
    });
  }

  beforeAll(async () => {
    world = await createTestWorld(db);
    third = await db.administrativeUnit.create({
      data: {
        code: `Y${world.tag}`,
        name: `Phường ba ${world.tag}`,
        kindLabel: "Phường",
        level: "COMMUNE",
        parentId: world.town.id,
      },
    });

    // Last year: the ward scored 80.
    const before = await createSet(2025);
    const last = await db.parUnitEvaluation.create({
      data: { evaluationId: before.evaluation.id, unitId: world.ward.id },
    });
    await answer(last.id, before.byCode, { "1.1": 30, "1.2": 10, onTime: 100 });
    await finalise(last.id, before.nodes, { id: before.set.id, year: 2025, name: before.set.name });

    // This year: the ward and the other ward both 90 (a tie), the third submitted and being appraised.
    const current = await createSet(2026);
    evaluationId = current.evaluation.id;
    nodes = current.nodes;
    for (const [key, unitId] of [
      ["ward", world.ward.id],
      ["otherWard", world.otherWard.id],
      ["third", third.id],
    ] as const) {
      const row = await db.parUnitEvaluation.create({
        data: { evaluationId, unitId, status: key === "third" ? "SUBMITTED" : "DRAFT" },
      });
      unitEvaluation[key] = row.id;
    }
    // Ward: 30 + 20 + 40 (on time 100 %) = 90; other ward: 30 + 30 + 30 (96 %) = 90; third: 30 + 30 + 40 = 100 so far.
    await answer(unitEvaluation.ward!, current.byCode, { "1.1": 30, "1.2": 20, onTime: 100 });
    await answer(unitEvaluation.otherWard!, current.byCode, { "1.1": 30, "1.2": 30, onTime: 96 });
    await answer(unitEvaluation.third!, current.byCode, { "1.1": 30, "1.2": 30, onTime: 100 });
    const set = { id: current.set.id, year: 2026, name: current.set.name };
    await finalise(unitEvaluation.ward!, current.nodes, set);
    await finalise(unitEvaluation.otherWard!, current.nodes, set);
  });

  it("ranks finalised units from their frozen results: a tie shares rank 1; the provisional unit is not ranked", async () => {
    const ranking = (await loadParRanking(evaluationId, homeAffairs()))!;
    expect(ranking.homeAffairs).toBe(true);
    expect(ranking.evaluation.rescaled).toBe(true);
    const row = (key: string) => ranking.rows.find((candidate) => candidate.unitEvaluationId === unitEvaluation[key])!;
    expect(row("ward")).toMatchObject({ rank: 1, score100: 90, grade: "Xuất sắc", provisional: false });
    expect(row("otherWard")).toMatchObject({ rank: 1, score100: 90, provisional: false });
    // Home affairs sees the third's current appraisal, provisional and unranked.
    expect(row("third")).toMatchObject({ rank: null, score100: 100, provisional: true, withheld: false });
    expect(row("ward").domains.map((domain) => [domain.code, domain.score, domain.lost, domain.percent])).toEqual([
      ["1", 50, 10, 83.33],
      ["2", 40, 0, 100],
    ]);
    // Last year's frozen 80 → +10; the other ward had no evaluation last year.
    expect(row("ward").comparison).toMatchObject({ kind: "same", previousScore: 80, change: 10 });
    expect(row("otherWard").comparison).toEqual({ kind: "none", reason: "noResult", predecessors: 0 });
  });

  it("never re-scores a finalised unit: a later change of its answers leaves the shown result as frozen", async () => {
    await db.parAnswer.updateMany({
      where: { unitEvaluationId: unitEvaluation.ward!, criterionId: nodes.find((node) => node.code === "1.1")!.id },
      data: { appraisedScore: 0 },
    });
    const ranking = (await loadParRanking(evaluationId, homeAffairs()))!;
    expect(ranking.rows.find((row) => row.unitEvaluationId === unitEvaluation.ward)).toMatchObject({
      score100: 90,
      rank: 1,
    });
    const unit = (await loadParUnitResult(unitEvaluation.ward!, homeAffairs()))!;
    expect(unit.lost.map((row) => [row.code, row.lost, row.appraisalNote])).toEqual([
      ["1.2", 10, "Nộp báo cáo quý III chậm 10 ngày"],
    ]);
    const figure = unit.criteria.find((row) => row.code === "2.1")!.figure!;
    expect(figure).toMatchObject({ metric: "onTimeRate", value: 100, step: { number: 1, min: 100, points: 40 } });
    expect(figure.href).toMatch(/^\/lanh-dao\/chi-so-766\?/);
  });

  it("shows a provisional score only to home affairs and the unit's own leader, never to the public reader", async () => {
    const leaderView = (await loadParRanking(evaluationId, townLeader()))!;
    expect(leaderView.rows.find((row) => row.unitEvaluationId === unitEvaluation.third)).toMatchObject({
      withheld: true,
      score100: null,
      domains: [],
    });
    expect(await loadParUnitResult(unitEvaluation.third!, townLeader())).toBeNull();
    expect((await loadParUnitResult(unitEvaluation.third!, thirdLeader()))!.row).toMatchObject({
      provisional: true,
      score100: 100,
    });
    // The third's leader reads neither the ranking nor another unit's result.
    expect(await loadParRanking(evaluationId, thirdLeader())).toBeNull();
    expect(await loadParUnitResult(unitEvaluation.ward!, thirdLeader())).toBeNull();

    // Not published: nothing public. Published: finalised units only.
    expect(await loadPublishedParRanking(evaluationId)).toBeNull();
    expect((await listPublishedParEvaluations()).map((row) => row.id)).not.toContain(evaluationId);
    await db.parEvaluation.update({
      where: { id: evaluationId },
      data: { status: "PUBLISHED", publishedAt: new Date() },
    });
    const published = (await loadPublishedParRanking(evaluationId))!;
    expect(published.rows.map((row) => row.unitEvaluationId).sort()).toEqual(
      [unitEvaluation.ward!, unitEvaluation.otherWard!].sort(),
    );
    expect(published.rows.every((row) => row.rank === 1 && !row.provisional)).toBe(true);
    expect((await listPublishedParEvaluations()).map((row) => row.id)).toContain(evaluationId);
  });

  it("the Excel workbook's rows are the page's figures", async () => {
    const ranking = (await loadParRanking(evaluationId, homeAffairs()))!;
    const units = await Promise.all(ranking.rows.map((row) => loadParUnitResult(row.unitEvaluationId, homeAffairs())));
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await buildParWorkbook(
        ranking,
        units.filter((unit) => unit !== null),
        { generatedAt: new Date() },
      )) as never,
    );
    const sheet = workbook.getWorksheet("Xếp hạng")!;
    ranking.rows.forEach((row, index) => {
      const cells = sheet.getRow(index + 2);
      expect(cells.getCell(1).value ?? "").toBe(row.rank ?? "");
      expect(cells.getCell(2).value).toBe(row.unitName);
      expect(cells.getCell(3).value).toBe(row.score100);
      expect(cells.getCell(5).value).toBe(row.grade);
      expect([cells.getCell(8).value, cells.getCell(9).value]).toEqual(row.domains.map((domain) => domain.score));
    });
    expect(sheet.getRow(ranking.rows.length + 2).getCell(2).value ?? null).toBeNull();
    // One sheet per unit, its criteria's appraised points as the page's.
    const ward = units.find((unit) => unit?.row.unitEvaluationId === unitEvaluation.ward)!;
    const own = workbook.getWorksheet(ward.row.unitName)!;
    const line = (code: string) => own.getRows(4, own.rowCount - 3)!.find((row) => row.getCell(1).value === code)!;
    expect(line("1.2").getCell(7).value).toBe(ward.criteria.find((row) => row.code === "1.2")!.score);
    expect(line("1.2").getCell(10).value).toBe("Nộp báo cáo quý III chậm 10 ngày");
  });
});
