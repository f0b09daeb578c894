import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildAnswersWorkbook, buildIndicesWorkbook } from "../../src/features/satisfaction-report/workbook";
import { loadRawAnswers, loadSatisfactionSummary, loadUnitComparison } from "../../src/server/data/satisfaction-report";
import { recordRating } from "../../src/server/satisfaction";
import { useTestDb } from "../support/db";
import { at, createReceivedDossier, createTestWorld, type TestWorld } from "../support/fixtures";

// The satisfaction screens' figures for a scope and a year: ratings counted, the SIPAS index N/A under the minimum
// sample (setting sipasMinimumSample) and computed at or above it, by month, the worst criterion, the comments as
// typed, and both workbooks readable back.
describe("satisfaction report: the figures of the leadership and head-of-office homes", () => {
  const db = useTestDb();
  let world: TestWorld;
  const criterion = (code: string) => `qv-counter-short-1-c${code}`;

  beforeAll(async () => {
    world = await createTestWorld(db);
    // Three counter ratings in May 2026 (the counter channel accepts a received dossier): 5, 5 and 2 stars.
    for (const [i, stars] of [5, 5, 2].entries()) {
      const dossier = await createReceivedDossier(db, world, `R${i}`, `key${i}`);
      const answers =
        stars > 3
          ? ["2.1", "3.1", "3.2", "4.1"].map((code) => ({ criterionId: criterion(code), score: stars }))
          : [{ criterionId: criterion("3.2"), score: stars }];
      const result = await recordRating(
        {
          dossierId: dossier.id,
          channel: "COUNTER_TABLET",
          overallScore: stars,
          answers,
          comment: stars === 2 ? "<script>chờ lâu</script>" : null,
        },
        at(`2026-05-0${i + 4}T09:00:00`),
      );
      expect(result.ok).toBe(true);
    }
  });

  afterAll(async () => {
    await db.setting.deleteMany({ where: { key: "sipasMinimumSample" } });
  });

  it("counts the ratings, keeps the index N/A under the minimum sample, and shows the comment as typed", async () => {
    const summary = await loadSatisfactionSummary({ unitIds: [world.ward.id] }, 2026, at("2026-06-15T12:00:00"));
    expect(summary.ratings).toBe(3);
    expect(summary.index.respondents).toBe(3);
    expect(summary.minimumSample).toBe(30);
    expect(summary.index.value).toBeNull();
    expect(summary.months.map((m) => m.ratings)).toEqual([0, 0, 0, 0, 3, 0]);
    expect(summary.comments.map((c) => c.comment)).toEqual(["<script>chờ lâu</script>"]);
    expect(summary.formula.formula).toContain("trung bình các yếu tố");
  });

  it("computes the index at the configured minimum: the same pure formula (criterion share, factor mean, mean)", async () => {
    await db.setting.upsert({
      where: { key: "sipasMinimumSample" },
      create: { key: "sipasMinimumSample", value: 1 },
      update: { value: 1 },
    });
    const summary = await loadSatisfactionSummary({ unitIds: [world.ward.id] }, 2026, at("2026-06-15T12:00:00"));
    // Criteria: 2.1 = 2/2, 3.1 = 2/2, 3.2 = 2/3, 4.1 = 2/2 → F2 = 1, F3 = (1 + 2/3) / 2 = 5/6, F4 = 1 → (1 + 5/6 + 1) / 3.
    expect(summary.index.value).toBeCloseTo((1 + 5 / 6 + 1) / 3, 10);
    expect(summary.worst[0]).toMatchObject({ text: "Hướng dẫn rõ ràng, làm xong trong một lần", answers: 3 });
    expect(summary.worst[0]!.value).toBeCloseTo(2 / 3, 10);
    expect(summary.index.interval).not.toBeNull();
    // The inspector's comparison (one grouped pass over the units) gives the unit the same index and count.
    const other = await createTestWorld(db);
    const comparison = await loadUnitComparison([world.ward.id, other.ward.id], 2026);
    expect(comparison.map((row) => row.unitId)).toEqual([world.ward.id]); // a unit without ratings is not listed
    expect(comparison[0]).toMatchObject({ ratings: 3, index: summary.index });

    const indices = new ExcelJS.Workbook();
    await indices.xlsx.load(
      (await buildIndicesWorkbook(summary, null, { scopeName: "Phường thử", generatedAt: new Date() })) as never,
    );
    const sheet = indices.getWorksheet("Chỉ số")!;
    expect(sheet.getCell("C6").value).toBeCloseTo((1 + 5 / 6 + 1) / 3, 10);

    const answers = new ExcelJS.Workbook();
    const rows = await loadRawAnswers({ unitIds: [world.ward.id] }, 2026, true);
    await answers.xlsx.load(
      (await buildAnswersWorkbook(rows, { scopeName: "Phường thử", year: 2026, generatedAt: new Date() })) as never,
    );
    // Two ratings of 4 answers and one of 1: nine rows under the three heading rows.
    expect(answers.getWorksheet("Câu trả lời")!.rowCount).toBe(3 + 9);
  });
});
