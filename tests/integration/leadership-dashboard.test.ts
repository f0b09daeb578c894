import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_FILTER } from "../../src/domain/worklist";
import { buildDashboardWorkbook } from "../../src/features/dashboard/dashboard-workbook";
import { periodOf } from "../../src/lib/dates";
import { emptyMoments, satisfactionIndicator, targetStatus, type HeadlineIndicator } from "../../src/domain/metrics";
import { loadActiveVersionForChannel, loadSipasInputsFromAnswers } from "../../src/server/data/satisfaction";
import { recordRating } from "../../src/server/satisfaction";
import { loadPeriodDashboard } from "../../src/server/data/dashboard-period";
import { saveIndicatorTargets, targetKey } from "../../src/server/data/indicator-targets";
import { loadWorklist } from "../../src/server/data/worklists";
import { useTestDb } from "../support/db";
import { at, createTestWorld, sessionsOf, type Sessions, type TestWorld } from "../support/fixtures";

// The leadership dashboard (issue 13, item 2) on a small world: the headline figures of April 2026 equal the sum of the
// units' rows, a unit's equal the sum of its offices' and of its procedures' rows, and the worklist opened with a
// row's filters (received in the period, deciding unit, office, procedure) lists as many dossiers as the row counts.
// Every figure is hand-counted from the dossiers written below (the rollup trigger keeps the tables).
describe("leadership dashboard: drill-down counts equal the headline numbers", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;
  let secondProcedure: { id: string };
  const april = periodOf("custom", "2026-04-01", "2026-04-30");

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
    secondProcedure = await db.procedure.create({
      data: { code: `2.${world.tag}`, name: "Chứng thực bản sao", fieldId: world.field.id, level: "COMMUNE" },
    });
    let n = 0;
    const dossier = (input: {
      unit: "ward" | "otherWard";
      office: string | null;
      procedureId?: string;
      channel?: "DIRECT" | "ONLINE" | "POSTAL";
      received: string;
      appointment: string;
      finished?: string;
      timeliness?: "EARLY" | "ON_TIME" | "LATE";
    }) =>
      db.dossier.create({
        data: {
          code: `${world.tag}-D${++n}`,
          procedureId: input.procedureId ?? world.procedure.id,
          procedureVersionId: world.procedureVersion.id,
          fieldId: world.field.id,
          channel: input.channel ?? "DIRECT",
          receivedUnitId: world[input.unit].id,
          decidingUnitId: world[input.unit].id,
          handlingOfficeId: input.office,
          applicantName: "Nguyễn Văn An",
          applicantIdNumber: "001090000001",
          applicantPhone: "0912345678",
          applicantAddress: "Phường Lê Lợi, Sơn Tây",
          trackingKey: `k${world.tag}${n}`,
          submittedAt: at(`${input.received}T08:00:00`),
          receivedAt: at(`${input.received}T08:00:00`),
          appointmentAt: at(`${input.appointment}T17:00:00`),
          status: input.finished ? "RETURNED" : "IN_PROCESSING",
          processingStep: input.finished ? null : "HANDLING",
          finishedAt: input.finished ? at(`${input.finished}T10:00:00`) : null,
          timeliness: input.timeliness ?? null,
        },
      });
    const { justice, land, otherJustice } = world.offices;
    // Ward, Tư pháp: 3 of the first procedure (1 early, 1 late, 1 pending past its appointment) + 1 online of the second.
    await dossier({
      unit: "ward",
      office: justice.id,
      received: "2026-04-02",
      appointment: "2026-04-09",
      finished: "2026-04-07",
      timeliness: "EARLY",
    });
    await dossier({
      unit: "ward",
      office: justice.id,
      received: "2026-04-03",
      appointment: "2026-04-10",
      finished: "2026-04-15",
      timeliness: "LATE",
    });
    await dossier({ unit: "ward", office: justice.id, received: "2026-04-06", appointment: "2026-04-13" });
    await dossier({
      unit: "ward",
      office: justice.id,
      procedureId: secondProcedure.id,
      channel: "ONLINE",
      received: "2026-04-08",
      appointment: "2026-04-15",
      finished: "2026-04-15",
      timeliness: "ON_TIME",
    });
    // Ward, Địa chính: 2 postal, one on time.
    await dossier({
      unit: "ward",
      office: land.id,
      channel: "POSTAL",
      received: "2026-04-20",
      appointment: "2026-04-27",
      finished: "2026-04-24",
      timeliness: "EARLY",
    });
    await dossier({
      unit: "ward",
      office: land.id,
      channel: "POSTAL",
      received: "2026-04-21",
      appointment: "2026-05-28",
    });
    // Ward, not yet in an office: 1. Other ward: 2 in its Tư pháp.
    await dossier({ unit: "ward", office: null, received: "2026-04-29", appointment: "2026-05-06" });
    await dossier({
      unit: "otherWard",
      office: otherJustice.id,
      received: "2026-04-10",
      appointment: "2026-04-17",
      finished: "2026-04-16",
      timeliness: "ON_TIME",
    });
    await dossier({
      unit: "otherWard",
      office: otherJustice.id,
      received: "2026-04-14",
      appointment: "2026-04-21",
      finished: "2026-04-22",
      timeliness: "LATE",
    });
    // Outside the period: received in March and in May (counted in neither April's received nor its resolved).
    await dossier({
      unit: "ward",
      office: justice.id,
      received: "2026-03-02",
      appointment: "2026-03-09",
      finished: "2026-03-05",
      timeliness: "EARLY",
    });
    await dossier({ unit: "ward", office: justice.id, received: "2026-05-04", appointment: "2026-05-11" });
  });

  const scope = () => ({ unitIds: [world.town.id, world.ward.id, world.otherWard.id], officeId: null });

  it("adds the units' rows up to the headline figures, hand-counted", async () => {
    const dashboard = await loadPeriodDashboard(scope(), april, { unitId: null, officeId: null });
    expect(dashboard.total.received).toBe(9);
    expect(dashboard.total.resolved).toEqual({ resolved: 6, early: 2, onTime: 2, late: 2 });
    // Pending at the end of April past their appointment: D3 (13/04). D6 (28/05) and D7 (06/05) are not yet due.
    expect(dashboard.total.overdueAtEnd).toBe(1);
    const value = (id: string) => dashboard.indicators.find((row) => row.id === id)!;
    expect(value("onTimeReport")).toMatchObject({ numerator: 4, denominator: 6 });
    expect(value("onlineShare")).toMatchObject({ numerator: 1, denominator: 9 });
    expect(value("postalShare")).toMatchObject({ numerator: 2, denominator: 9 });
    // Two finished late in April, neither with an apology letter: 0 of 2.
    expect(value("apologyCompliance")).toMatchObject({ numerator: 0, denominator: 2, value: 0 });
    // No rating yet: satisfaction N/A, no numerator.
    expect(value("satisfaction")).toEqual({ id: "satisfaction", numerator: null, denominator: 0, value: null });
    expect(dashboard.channels.map((row) => [row.channel, row.received])).toEqual([
      ["DIRECT", 6],
      ["ONLINE", 1],
      ["POSTAL", 2],
    ]);
    const sum = (key: "received" | "overdueAtEnd") =>
      dashboard.units.reduce((total, row) => total + row.counts[key], 0);
    expect(sum("received")).toBe(dashboard.total.received);
    expect(sum("overdueAtEnd")).toBe(dashboard.total.overdueAtEnd);
    expect(dashboard.units.reduce((total, row) => total + row.counts.resolved.resolved, 0)).toBe(6);
    const ward = dashboard.units.find((row) => row.id === world.ward.id)!;
    const other = dashboard.units.find((row) => row.id === world.otherWard.id)!;
    expect([ward.counts.received, other.counts.received]).toEqual([7, 2]);
    // Ranked by the report formula: the ward 3 of 4 (75 %), the other ward 1 of 2 (50 %), the town N/A.
    expect([ward.rank, other.rank, dashboard.units.find((row) => row.id === world.town.id)!.rank]).toEqual([
      1,
      2,
      null,
    ]);
    // Processing time over the six dossiers finished in April (working days from receipt to the end).
    expect(dashboard.processing.count).toBe(6);
    expect(dashboard.processing.sampled).toBe(false);
    expect(dashboard.processing.median).toBeGreaterThan(0);
    expect(dashboard.processing.p90!).toBeGreaterThanOrEqual(dashboard.processing.median!);
    // 36 months ending with April 2026; April's point equals the period (the whole month).
    expect(dashboard.trend).toHaveLength(36);
    expect(dashboard.trend.at(-1)!.month).toBe("2026-04");
    expect(dashboard.trend.at(-1)!.indicators).toEqual(dashboard.indicators);
    expect(dashboard.trend.at(-2)!.indicators.find((row) => row.id === "onTimeReport")).toMatchObject({
      numerator: 1,
      denominator: 1,
    });
  });

  it("adds a unit's offices and procedures up to the unit's row, and the worklist lists as many dossiers", async () => {
    const all = await loadPeriodDashboard(scope(), april, { unitId: null, officeId: null });
    const wardRow = all.units.find((row) => row.id === world.ward.id)!;
    const ward = await loadPeriodDashboard(scope(), april, { unitId: world.ward.id, officeId: null });
    expect({ ...ward.total, key: wardRow.id }).toEqual(wardRow.counts);
    expect(ward.offices.reduce((total, row) => total + row.counts.received, 0)).toBe(wardRow.counts.received);
    expect(ward.procedures.reduce((total, row) => total + row.counts.received, 0)).toBe(wardRow.counts.received);
    expect(Object.fromEntries(ward.offices.map((row) => [row.id, row.counts.received]))).toEqual({
      "": 1,
      [world.offices.justice.id]: 4,
      [world.offices.land.id]: 2,
    });

    const justice = await loadPeriodDashboard(scope(), april, {
      unitId: world.ward.id,
      officeId: world.offices.justice.id,
    });
    expect(justice.office?.id).toBe(world.offices.justice.id);
    expect(justice.total.received).toBe(4);
    expect(justice.procedures.map((row) => [row.id, row.counts.received]).sort()).toEqual(
      [
        [world.procedure.id, 3],
        [secondProcedure.id, 1],
      ].sort(),
    );

    // The worklist with the same filters as the links (src/features/dashboard/period-dashboard.tsx worklistHrefOf).
    const list = (change: Partial<typeof DEFAULT_FILTER>) =>
      loadWorklist(
        as.leader,
        {
          ...DEFAULT_FILTER,
          scope: "unit",
          status: { kind: "all" },
          receivedFrom: "2026-04-01",
          receivedTo: "2026-04-30",
          ...change,
        },
        { now: at("2026-05-11T09:00:00") },
      );
    expect((await list({ unitId: world.ward.id }))!.total.value).toBe(7);
    expect((await list({ unitId: world.ward.id, officeId: world.offices.justice.id }))!.total.value).toBe(4);
    expect(
      (await list({ unitId: world.ward.id, officeId: world.offices.justice.id, procedureId: world.procedure.id }))!
        .total.value,
    ).toBe(3);
    expect((await list({ unitId: world.ward.id, channel: "POSTAL" }))!.total.value).toBe(2);
  });

  it("never widens the scope: a unit or office outside it shows the whole scope", async () => {
    const outside = await loadPeriodDashboard({ unitIds: [world.ward.id], officeId: null }, april, {
      unitId: world.otherWard.id,
      officeId: world.offices.otherJustice.id,
    });
    expect(outside.unit).toBeNull();
    expect(outside.office).toBeNull();
    expect(outside.total.received).toBe(7);
    const foreignOffice = await loadPeriodDashboard(scope(), april, {
      unitId: world.ward.id,
      officeId: world.offices.otherJustice.id,
    });
    expect(foreignOffice.office).toBeNull();
    expect(foreignOffice.total.received).toBe(7);
  });

  it("writes every table to the workbook", async () => {
    const ward = await loadPeriodDashboard(scope(), april, { unitId: world.ward.id, officeId: null });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await buildDashboardWorkbook(ward, { scopeName: "Phường thử", generatedAt: new Date() })) as never,
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual([
      "Chỉ số chính",
      "Kênh tiếp nhận",
      "Phòng, ban",
      "Thủ tục",
      "Xu hướng 36 tháng",
    ]);
    const offices = workbook.getWorksheet("Phòng, ban")!;
    expect(offices.rowCount).toBe(1 + ward.offices.length);
    expect(offices.getRow(2).getCell(3).value).toBe(ward.offices[0]!.counts.received);
    // Offices carry their satisfaction index as the last column (N/A with no rating yet); procedures have none.
    const lastHeader = (name: string) => {
      const header = workbook.getWorksheet(name)!.getRow(1);
      return header.getCell(header.cellCount).value;
    };
    expect(lastHeader("Phòng, ban")).toBe("Chỉ số hài lòng (SIPAS)");
    expect(offices.getRow(2).getCell(offices.getRow(1).cellCount).value).toBe("N/A");
    expect(lastHeader("Thủ tục")).not.toBe("Chỉ số hài lòng (SIPAS)");
  });

  it("compares the year to date with the administrator's yearly targets, stored and audited", async () => {
    await saveIndicatorTargets(2026, { onTimeReport: 0.7, onlineShare: 0.5 }, world.users.admin.id);
    try {
      const ward = await loadPeriodDashboard(scope(), april, { unitId: world.ward.id, officeId: null });
      expect(ward.targets.year).toBe(2026);
      expect(ward.targets.values).toEqual({ onTimeReport: 0.7, onlineShare: 0.5 });
      // 1 January – 30 April, the ward: March's early dossier and April's 4 → (3 early + 1 on time) ÷ 5 = 80 % ≥ 70 %;
      // online 1 of 8 received = 12.5 % < 50 %.
      const yearToDate = (id: string) => ward.targets.yearToDate.find((row) => row.id === id)!;
      expect(yearToDate("onTimeReport")).toMatchObject({ numerator: 4, denominator: 5, value: 0.8 });
      expect(targetStatus(yearToDate("onTimeReport").value, ward.targets.values.onTimeReport)).toBe("onTrack");
      expect(yearToDate("onlineShare")).toMatchObject({ numerator: 1, denominator: 8 });
      expect(targetStatus(yearToDate("onlineShare").value, ward.targets.values.onlineShare)).toBe("behind");
      const audit = await db.auditEntry.findFirst({
        where: { action: "indicator_target.set", entityId: targetKey(2026), actorId: world.users.admin.id },
      });
      expect(audit?.detail).toMatchObject({ year: 2026, after: { onTimeReport: 0.7, onlineShare: 0.5 } });
    } finally {
      await db.setting.deleteMany({ where: { key: targetKey(2026) } });
    }
  });

  it("satisfaction: the SIPAS index of the scope's ratings in the period, its months and the year to date, as read from the answers", async () => {
    // Ratings through the tracking page on the ward's four dossiers returned in April (and one in March), each on the
    // day it finished; a minimum sample of 2 so April's index has a value.
    await db.setting.upsert({
      where: { key: "sipasMinimumSample" },
      create: { key: "sipasMinimumSample", value: 2 },
      update: { value: 2 },
    });
    const returned = await db.dossier.findMany({
      where: { decidingUnitId: world.ward.id, status: "RETURNED" },
      select: { id: true, finishedAt: true },
      orderBy: { code: "asc" },
    });
    expect(returned).toHaveLength(5);
    const version = (await loadActiveVersionForChannel("TRACKING_PAGE"))!;
    for (const [index, dossier] of returned.entries()) {
      const result = await recordRating(
        {
          dossierId: dossier.id,
          channel: "TRACKING_PAGE",
          overallScore: version.asksOverall ? 5 - index : null,
          answers: version.criteria.map((criterion, position) => ({
            criterionId: criterion.id,
            score: ((index + position) % 5) + 1,
          })),
        },
        dossier.finishedAt!,
      );
      expect(result.ok).toBe(true);
    }
    const expected = async (
      from: string,
      to: string,
      officeId?: string,
      unitIds: readonly string[] = scope().unitIds,
    ) => {
      const inputs = (
        await loadSipasInputsFromAnswers(
          {
            from: at(`${from}T00:00:00`),
            to: at(`${to}T00:00:00`),
            unitIds,
            ...(officeId ? { officeId } : {}),
          },
          "none",
        )
      ).get("")!;
      return satisfactionIndicator(inputs, 2);
    };
    const dashboard = await loadPeriodDashboard(scope(), april, { unitId: null, officeId: null });
    const satisfaction = (indicators: HeadlineIndicator[]) => indicators.find((row) => row.id === "satisfaction")!;
    expect(satisfaction(dashboard.indicators)).toEqual(await expected("2026-04-01", "2026-05-01"));
    expect(satisfaction(dashboard.indicators)).toMatchObject({ numerator: null, denominator: 4 });
    expect(satisfaction(dashboard.indicators).value).not.toBeNull();
    expect(satisfaction(dashboard.trend.at(-1)!.indicators)).toEqual(satisfaction(dashboard.indicators));
    expect(satisfaction(dashboard.trend.at(-2)!.indicators)).toEqual(await expected("2026-03-01", "2026-04-01"));
    expect(satisfaction(dashboard.targets.yearToDate)).toEqual(await expected("2026-01-01", "2026-05-01"));
    // A head of office sees their office's ratings only.
    const office = await loadPeriodDashboard({ unitIds: [world.ward.id], officeId: world.offices.land.id }, april, {
      unitId: null,
      officeId: null,
    });
    expect(satisfaction(office.indicators)).toEqual(await expected("2026-04-01", "2026-05-01", world.offices.land.id));
    expect(satisfaction(office.indicators).denominator).toBe(1);
    // The comparison tables: each unit's ratings, each office's of the chosen unit; procedures are not split.
    for (const row of dashboard.units)
      expect(row.satisfaction).toEqual(await expected("2026-04-01", "2026-05-01", undefined, [row.id]));
    expect(dashboard.units.find((row) => row.id === world.ward.id)!.satisfaction).toMatchObject({ denominator: 4 });
    expect(dashboard.units.find((row) => row.id === world.town.id)!.satisfaction).toMatchObject({
      denominator: 0,
      value: null,
    });
    const ward = await loadPeriodDashboard(scope(), april, { unitId: world.ward.id, officeId: null });
    expect(ward.offices.length).toBeGreaterThan(1);
    for (const row of ward.offices)
      expect(row.satisfaction).toEqual(
        row.id
          ? await expected("2026-04-01", "2026-05-01", row.id, [world.ward.id])
          : satisfactionIndicator({ tallies: [], respondents: { satisfiedShare: emptyMoments() } }, 2),
      );
    expect(ward.offices.reduce((sum, row) => sum + row.satisfaction!.denominator, 0)).toBe(4);
    // A chosen unit's headline is the sum of its offices' ratings: the same as its ratings read directly.
    expect(satisfaction(ward.indicators)).toEqual(
      await expected("2026-04-01", "2026-05-01", undefined, [world.ward.id]),
    );
    expect(satisfaction(ward.indicators).value).not.toBeNull();
    expect(ward.procedures.every((row) => row.satisfaction === null)).toBe(true);
    // A period from 1 January is its own year to date (read once): the same figures as reading the year to date.
    const year = await loadPeriodDashboard(scope(), periodOf("custom", "2026-01-01", "2026-12-31"), {
      unitId: null,
      officeId: null,
    });
    expect(year.targets.yearToDate).toEqual(year.indicators);
    expect(satisfaction(year.targets.yearToDate)).toEqual(await expected("2026-01-01", "2027-01-01"));
    expect(year.indicators.find((row) => row.id === "onTimeReport")).toMatchObject({
      numerator: dashboard.targets.yearToDate.find((row) => row.id === "onTimeReport")!.numerator,
    });
    await db.setting.delete({ where: { key: "sipasMinimumSample" } });
  });
});
