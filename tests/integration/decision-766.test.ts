import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { buildScorecardWorkbook } from "../../src/features/decision-766/scorecard-workbook";
import { DEFAULT_FILTER, type Lost766 } from "../../src/domain/worklist";
import { periodOf } from "../../src/lib/dates";
import { tableOf, VERSION_2022 } from "../../src/domain/decision-766";
import { loadScorecard } from "../../src/server/data/decision-766";
import { addScorecardVersion } from "../../src/server/data/decision-766-versions";
import { loadWorklist } from "../../src/server/data/worklists";
import { useTestDb } from "../support/db";
import { at, createTestWorld, sessionsOf, type Sessions, type TestWorld } from "../support/fixtures";

// The Decision 766 scorecard (issue 13 item 3) on a small world, April 2026, hand-counted: indicator 2.1 by rule 2.1
// (finished late, more than one supplement request, open past the appointment at the end of the period), and the
// worklist opened with the "dossiers that cost points" filter lists as many dossiers as the scorecard counts.
describe("Decision 766 scorecard: inputs and the dossiers behind a lost point", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;
  const april = periodOf("custom", "2026-04-01", "2026-04-30");
  const now = at("2026-05-11T09:00:00");

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
    let n = 0;
    const dossier = async (input: {
      unit?: "ward" | "otherWard";
      received: string;
      appointment: string;
      finished?: string;
      timeliness?: "EARLY" | "ON_TIME" | "LATE";
      supplements?: number;
      digitised?: boolean;
      electronicResult?: boolean;
    }) => {
      const unit = world[input.unit ?? "ward"];
      const created = await db.dossier.create({
        data: {
          code: `${world.tag}-S${++n}`,
          procedureId: world.procedure.id,
          procedureVersionId: world.procedureVersion.id,
          fieldId: world.field.id,
          channel: "DIRECT",
          receivedUnitId: unit.id,
          decidingUnitId: unit.id,
          handlingOfficeId: input.unit === "otherWard" ? world.offices.otherJustice.id : world.offices.justice.id,
          applicantName: "Trần Thị Bình",
          applicantIdNumber: "001090000002",
          applicantPhone: "0912345679",
          applicantAddress: "Phường thử, Sơn Tây",
          trackingKey: `s${world.tag}${n}`,
          submittedAt: at(`${input.received}T08:00:00`),
          receivedAt: at(`${input.received}T08:00:00`),
          appointmentAt: at(`${input.appointment}T17:00:00`),
          status: "IN_PROCESSING",
          processingStep: "HANDLING",
          digitised: input.digitised ?? false,
        },
      });
      // Supplement requests before the end, as the desk records them: the rollup judges 2.1 when the dossier finishes.
      for (let index = 0; index < (input.supplements ?? 0); index++) {
        await db.dossierPause.create({
          data: {
            dossierId: created.id,
            kind: "SUPPLEMENT",
            reason: "Bổ sung giấy tờ",
            startedAt: at(`${input.received}T09:0${index}:00`),
            endedAt: at(`${input.received}T10:0${index}:00`),
          },
        });
      }
      if (input.finished) {
        await db.dossier.update({
          where: { id: created.id },
          data: {
            status: "RETURNED",
            processingStep: null,
            finishedAt: at(`${input.finished}T10:00:00`),
            timeliness: input.timeliness ?? "ON_TIME",
            electronicResult: input.electronicResult ?? false,
          },
        });
      }
    };
    // The ward's April: D1 early, digitised, with an e-result; D2 finished after its appointment; D3 open past its
    // appointment at the end of April; D4 finished before its appointment but after two supplement requests (late by
    // rule 2.1); D5 open, due in May.
    await dossier({
      received: "2026-04-02",
      appointment: "2026-04-09",
      finished: "2026-04-07",
      timeliness: "EARLY",
      digitised: true,
      electronicResult: true,
    });
    await dossier({ received: "2026-04-03", appointment: "2026-04-10", finished: "2026-04-15", timeliness: "LATE" });
    await dossier({ received: "2026-04-06", appointment: "2026-04-13" });
    await dossier({
      received: "2026-04-08",
      appointment: "2026-04-20",
      finished: "2026-04-16",
      timeliness: "ON_TIME",
      supplements: 2,
    });
    await dossier({ received: "2026-04-21", appointment: "2026-05-28" });
    // Carried over from March, open and overdue at the end of April; and one finished in March (neither counts in April's finished).
    await dossier({ received: "2026-03-02", appointment: "2026-03-20" });
    await dossier({ received: "2026-03-02", appointment: "2026-03-09", finished: "2026-03-05", timeliness: "EARLY" });
    // The other ward: one late in April.
    await dossier({
      unit: "otherWard",
      received: "2026-04-10",
      appointment: "2026-04-17",
      finished: "2026-04-22",
      timeliness: "LATE",
    });
  });

  const scope = () => ({ unitIds: [world.town.id, world.ward.id, world.otherWard.id], officeId: null });
  const indicator = (card: NonNullable<Awaited<ReturnType<typeof loadScorecard>>["card"]>, id: string) =>
    card.groups.flatMap((group) => group.indicators).find((row) => row.definition.id === id)!;

  it("counts 2.1 by rule 2.1 with the dossiers open at the end of the period, hand-counted", async () => {
    const page = await loadScorecard(scope(), april, { unitId: world.ward.id, officeId: null }, now);
    expect(page.inputs).toMatchObject({
      received: 5,
      resolved766OnTime: 1,
      resolved766Late: 2,
      pendingAtEnd: 3,
      overdueAtEnd: 2,
    });
    // On time: D1 + open and not overdue (D5) = 2; of finished (D1, D2, D4) + open at the end (D3, D5, March's) = 6.
    expect(indicator(page.card!, "2.1")).toMatchObject({ numerator: 2, denominator: 6, points: 6.67 });
    expect(indicator(page.card!, "4.2")).toMatchObject({ numerator: 1, denominator: 5 });
    expect(indicator(page.card!, "4.1")).toMatchObject({ numerator: 1, denominator: 3 });
    expect(indicator(page.card!, "4.4")).toMatchObject({ points: null });
    expect(indicator(page.card!, "4.4").notApplicable).toMatch(/kho/);
    expect(page.lost).toMatchObject({ "2.1": 4, "4.1": 2, "4.2": 4 });
  });

  it("a unit's score includes its children: the town's inputs are its wards' summed", async () => {
    const page = await loadScorecard(scope(), april, { unitId: null, officeId: null }, now);
    const row = (id: string) => page.units.find((unit) => unit.id === id)!;
    expect(row(world.town.id).inputs.received).toBe(
      row(world.ward.id).inputs.received + row(world.otherWard.id).inputs.received,
    );
    expect(row(world.town.id).inputs.resolved766Late).toBe(3);
    expect(page.card).toBeNull();
  });

  it.each(["2.1", "4.1", "4.2"] as Lost766[])(
    "the worklist's lost-point filter %s lists as many dossiers as the scorecard counts",
    async (id) => {
      const page = await loadScorecard(scope(), april, { unitId: world.ward.id, officeId: null }, now);
      const list = await loadWorklist(
        as.leader,
        {
          ...DEFAULT_FILTER,
          scope: "unit",
          status: { kind: "all" },
          unitId: world.ward.id,
          lost766: id,
          receivedFrom: "2026-04-01",
          receivedTo: "2026-04-30",
        },
        { now },
      );
      expect(list!.total.value).toBe(page.lost[id]);
      if (id === "2.1") {
        expect(list!.rows.map((row) => row.code).sort()).toEqual([
          `${world.tag}-S2`,
          `${world.tag}-S3`,
          `${world.tag}-S4`,
          `${world.tag}-S6`,
        ]);
      }
    },
  );

  it("never widens the scope: a unit outside it shows the whole scope without a card", async () => {
    const page = await loadScorecard(
      { unitIds: [world.ward.id], officeId: null },
      april,
      { unitId: world.otherWard.id, officeId: null },
      now,
    );
    expect(page.unit).toBeNull();
    expect(page.units.map((unit) => unit.id)).toEqual([world.ward.id]);
  });

  it("writes the ranking and the unit's indicators to the workbook, N/A with its reason", async () => {
    const page = await loadScorecard(scope(), april, { unitId: world.ward.id, officeId: null }, now);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load((await buildScorecardWorkbook(page, { generatedAt: now })) as never);
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(["Ghi chú", "Xếp hạng", "Chỉ số"]);
    expect(workbook.getWorksheet("Xếp hạng")!.rowCount).toBe(1 + page.units.length);
    const indicators = workbook.getWorksheet("Chỉ số")!;
    const rows = indicators.getSheetValues().filter(Boolean) as unknown[][];
    const row21 = rows.find((row) => row[1] === "2.1")!;
    expect(row21[4]).toBe(6.67);
    expect(row21[10]).toBe(4);
    const row44 = rows.find((row) => row[1] === "4.4")!;
    expect(row44[4]).toBe("N/A");
    expect(String(row44[11])).toMatch(/kho/);
  });
  it("scores with a table version an administrator added, from its first day; an earlier day is refused, nothing written", async () => {
    const base = tableOf(VERSION_2022, VERSION_2022.id);
    const table = {
      ...base,
      label: "Bảng điểm thử 2030",
      source: "Quyết định thử",
      effectiveFrom: "2030-01-01",
      indicators: { ...base.indicators, "5.4": { max: 6, threshold: 0.95 } },
    };
    const key = "decision766Version:2030-01-01";
    try {
      await addScorecardVersion(table, world.users.admin.id);
      const audit = await db.auditEntry.findFirst({ where: { action: "scorecard_version.add", entityId: key } });
      expect(audit?.actorId).toBe(world.users.admin.id);
      // A period ending before its first day keeps the 2022 table; one ending on or after it uses the new one.
      const before = await loadScorecard(scope(), april, { unitId: world.ward.id, officeId: null }, now);
      expect(before.version.id).toBe("qd766-2022");
      const january2030 = periodOf("custom", "2030-01-01", "2030-01-31");
      const after = await loadScorecard(
        scope(),
        january2030,
        { unitId: world.ward.id, officeId: null },
        at("2030-02-05T09:00:00"),
      );
      expect(after.version).toMatchObject({ id: "qd766-2030-01-01", label: "Bảng điểm thử 2030" });
      expect(after.version.indicators.find((row) => row.id === "5.4")?.conversion).toEqual({
        kind: "threshold",
        threshold: 0.95,
      });

      // Not on or before the latest version's day: a version is never replaced, nor slipped in before a later one.
      const settings = await db.setting.count({ where: { key: { startsWith: "decision766Version:" } } });
      const audits = await db.auditEntry.count({ where: { action: "scorecard_version.add" } });
      for (const effectiveFrom of ["2030-01-01", "2029-06-01"]) {
        await expect(addScorecardVersion({ ...table, effectiveFrom }, world.users.admin.id)).rejects.toThrow(
          /phải sau ngày áp dụng của phiên bản mới nhất \(01\/01\/2030\)/,
        );
      }
      expect(await db.setting.count({ where: { key: { startsWith: "decision766Version:" } } })).toBe(settings);
      expect(await db.auditEntry.count({ where: { action: "scorecard_version.add" } })).toBe(audits);
    } finally {
      await db.setting.deleteMany({ where: { key } });
    }
  });
});
