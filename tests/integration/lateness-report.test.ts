import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { SessionUser } from "../../src/server/auth/session-user";
import { approveApology, draftApology } from "../../src/server/dossiers/apology";
import { registerDossier } from "../../src/server/dossiers/intake";
import { headlineIndicators } from "../../src/domain/metrics";
import { rollupTotals } from "../../src/server/data/rollups";
import { rebuildRollups } from "../../src/server/rollups/rebuild";
import { useTestDb } from "../support/db";
import {
  act,
  at,
  type Command,
  createTestWorld,
  intakeFor,
  sessionsOf,
  type TestWorld,
  versionOf as versionOfDossier,
} from "../support/fixtures";

// The late-dossier report end to end: real dossiers (the same services as the desk), the report loaded for each role
// (readableUnitIds, then the department head's narrowing), the workbook built and read back with ExcelJS, and the
// export route's answer. Only the session (which needs a request) is stood in for.
const session = vi.hoisted(() => ({ user: null as SessionUser | null }));
vi.mock("@/server/auth/guard", async (importOriginal) => ({
  ...(await importOriginal<typeof import("../../src/server/auth/guard")>()),
  checkUser: async (roles?: readonly string[]) => {
    if (!session.user) return { reason: "unauthenticated" };
    if (roles && !roles.includes(session.user.role)) return { reason: "forbidden" };
    return session.user;
  },
}));

const { loadLatenessReport } = await import("../../src/features/reports/lateness-data");
const { parseLatenessQuery } = await import("../../src/features/reports/lateness-table");
const { buildLatenessWorkbook, HEADER_ROW, latenessFileName } =
  await import("../../src/features/reports/lateness-workbook");
const { GET } = await import("../../src/app/api/bao-cao/tre-han/route");

const OCTOBER = { ky: "tuy-chon", "tu-ngay": "01/10/2026", "den-ngay": "31/10/2026" };
const october = (extra: Record<string, string> = {}) =>
  parseLatenessQuery({ ...OCTOBER, ...extra }, at("2026-11-05T09:00:00")).query;

async function readBack(buffer: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(buffer as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0]!;
  const rowValues = (n: number) => (sheet.getRow(n).values as unknown[]).slice(1);
  return { sheet, rowValues };
}

describe("late-dossier report (báo cáo hồ sơ trễ hạn và xin lỗi)", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Record<keyof TestWorld["users"], SessionUser>;
  let landProcedureId: string;
  let justiceName: string;
  let landName: string;

  const versionOf = (id: string) => versionOfDossier(db, id);
  const run = (id: string, user: keyof typeof as, command: Command, when: string) =>
    act(db, as[user], id, command, when);
  const register = async (office: "justice" | "land", when: string) => {
    const intake = office === "justice" ? intakeFor(world) : intakeFor(world, { procedureId: landProcedureId });
    const { id } = await registerDossier(as.receptionist, intake, at(when));
    const [head, officer] =
      office === "justice" ? (["head", "officer"] as const) : (["landHead", "landOfficer"] as const);
    await run(id, head, { type: "assign", officerId: world.users[officer].id }, when.replace(/T\d\d/, "T11"));
    return { id, head, officer };
  };
  const finish = async ({ id, head, officer }: Awaited<ReturnType<typeof register>>, when: string) => {
    await run(id, officer, { type: "submit_for_approval", resultKind: "GRANTED" }, when);
    await run(id, head, { type: "approve" }, when);
    await run(id, "leader", { type: "approve" }, when);
  };
  const apologise = async (id: string, when: string) => {
    const draft = await draftApology(
      as.officer,
      {
        dossierId: id,
        expectedVersion: await versionOf(id),
        kind: "LATE",
        reason: "Chờ kết quả xác minh",
        extraWorkingDays: 2,
      },
      at(when),
    );
    await approveApology(as.head, { apologyId: draft.apologyId, expectedVersion: await versionOf(id) }, at(when));
  };

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
    justiceName = `${world.offices.justice.name} (${world.ward.name})`;
    landName = `${world.offices.land.name} (${world.ward.name})`;

    const landProcedure = await db.procedure.create({
      data: { code: `2.${world.tag}`, name: "Cấp phép xây dựng", fieldId: world.field.id, level: "COMMUNE" },
    });
    landProcedureId = landProcedure.id;
    await db.procedureVersion.create({
      data: {
        procedureId: landProcedure.id,
        version: 1,
        effectiveFrom: new Date("2025-01-01"),
        durationValue: 5,
        durationUnit: "WORKING_DAYS",
        handlingOfficeCode: "TNMT",
        onlineLevel: 3,
        onlineClass: "PARTIAL",
        leadershipApproval: true,
        documents: {
          create: [
            { position: 1, name: "Đơn đề nghị cấp giấy phép xây dựng", form: "ORIGINAL", count: 1 },
            { position: 2, name: "Bản vẽ thiết kế", form: "ORIGINAL", count: 1 },
          ],
        },
      },
    });

    // Received Mon 05/10 → appointment 17:00 Mon 12/10; an apology is timely until 17:00 Fri 09/10.
    // Tư pháp: three late (timely apology, late apology, none) and one early. Địa chính: one early, nothing late (N/A).
    const timely = await register("justice", "2026-10-05T08:00:00");
    const lateApology = await register("justice", "2026-10-05T08:00:00");
    const noApology = await register("justice", "2026-10-05T08:00:00");
    const early = await register("justice", "2026-10-05T08:00:00");
    const landEarly = await register("land", "2026-10-05T08:00:00");
    await apologise(timely.id, "2026-10-09T15:00:00");
    await apologise(lateApology.id, "2026-10-12T09:00:00");
    for (const dossier of [timely, lateApology, noApology]) await finish(dossier, "2026-10-13T10:00:00");
    await finish(early, "2026-10-07T10:00:00");
    await finish(landEarly, "2026-10-08T10:00:00");
  });

  it("leadership sees every office of the unit, with the total from the sums", async () => {
    const report = await loadLatenessReport(as.leader, october({ nhom: "phong" }));
    expect(report.rows.map((row) => row.name)).toEqual([landName, justiceName]);
    expect(report.rows[1]).toMatchObject({
      resolved: 4,
      late: 3,
      lateWithTimelyApology: 1,
      lateWithLateApology: 1,
      lateWithoutApology: 1,
    });
    expect(report.rows[0]).toMatchObject({ resolved: 1, late: 0, compliance: null });
    expect(report.totals).toMatchObject({ resolved: 5, late: 3, lateWithTimelyApology: 1 });
    expect(report.totals.compliance).toBeCloseTo(1 / 3);
    expect(report.unitName).toBe(`${world.ward.kindLabel} ${world.ward.name}`);
  });

  it("a department head's report contains only their own office (by office) or their own unit (by unit)", async () => {
    const justice = await loadLatenessReport(as.head, october({ nhom: "phong" }));
    expect(justice.rows.map((row) => row.id)).toEqual([world.offices.justice.id]);
    expect(justice.totals).toMatchObject({ resolved: 4, late: 3 });
    const land = await loadLatenessReport(as.landHead, october({ nhom: "phong" }));
    expect(land.rows.map((row) => row.id)).toEqual([world.offices.land.id]);
    expect(land.totals.compliance).toBeNull();
    const byUnit = await loadLatenessReport(as.head, october());
    expect(byUnit.rows.map((row) => row.id)).toEqual([world.ward.id]);
  });

  it("the town's inspector reads the wards below; another month is empty", async () => {
    const report = await loadLatenessReport(as.inspector, october());
    expect(report.rows.map((row) => row.id)).toEqual([world.ward.id]);
    expect(report.rows[0]).toMatchObject({ resolved: 5, late: 3 });
    const september = parseLatenessQuery(
      { ky: "tuy-chon", "tu-ngay": "01/09/2026", "den-ngay": "30/09/2026" },
      at("2026-11-05T09:00:00"),
    ).query;
    expect((await loadLatenessReport(as.inspector, september)).rows).toEqual([]);
  });

  it("sorts on the server by compliance (N/A last) and by late count", async () => {
    const worst = await loadLatenessReport(as.leader, october({ nhom: "phong", "sap-xep": "ty-le-tang" }));
    expect(worst.rows.map((row) => row.id)).toEqual([world.offices.justice.id, world.offices.land.id]);
    const fewest = await loadLatenessReport(as.leader, october({ nhom: "phong", "sap-xep": "tre-tang" }));
    expect(fewest.rows.map((row) => row.id)).toEqual([world.offices.land.id, world.offices.justice.id]);
  });

  it("builds the workbook: title, period, formula, Vietnamese headers, percent formats, N/A, total, frozen header", async () => {
    const query = october({ nhom: "phong" });
    const report = await loadLatenessReport(as.leader, query);
    const buffer = await buildLatenessWorkbook(report.rows, {
      period: query.period,
      grouping: "office",
      unitName: report.unitName,
      generatedAt: at("2026-11-05T09:00:00"),
    });
    const { sheet, rowValues } = await readBack(buffer);

    expect(sheet.getCell("A1").value).toBe("BÁO CÁO HỒ SƠ TRỄ HẠN VÀ XIN LỖI");
    expect(String(sheet.getCell("A2").value)).toContain("từ ngày 01/10/2026 đến ngày 31/10/2026");
    expect(sheet.getCell("A3").value).toBe(
      "Tỷ lệ xin lỗi đúng quy định = số hồ sơ trễ hạn có phiếu xin lỗi ban hành chậm nhất 01 ngày làm việc trước ngày hẹn ÷ số hồ sơ trễ hạn",
    );
    expect(String(sheet.getCell("A4").value)).toContain(
      "Hồ sơ được hẹn lại vẫn tính là trễ hạn so với ngày hẹn ban đầu",
    );
    expect(String(sheet.getCell("A5").value)).toBe("Lập lúc 09:00 05/11/2026");

    expect(rowValues(HEADER_ROW)).toEqual([
      "Phòng, ban",
      "Đã giải quyết",
      "Trễ hạn",
      "Tỷ lệ trễ hạn (% đã giải quyết)",
      "Trễ hạn có xin lỗi đúng hạn",
      "Trễ hạn xin lỗi muộn",
      "Trễ hạn không xin lỗi",
      "Tỷ lệ xin lỗi đúng quy định",
    ]);
    const [land, justice, total] = [rowValues(HEADER_ROW + 1), rowValues(HEADER_ROW + 2), rowValues(HEADER_ROW + 3)];
    expect(land).toEqual([landName, 1, 0, 0, 0, 0, 0, "N/A"]);
    expect(justice.slice(0, 3)).toEqual([justiceName, 4, 3]);
    expect(justice[3]).toBeCloseTo(0.75);
    expect(justice.slice(4, 7)).toEqual([1, 1, 1]);
    expect(justice[7]).toBeCloseTo(1 / 3);
    expect(total.slice(0, 3)).toEqual(["Tổng cộng", 5, 3]);
    expect(total[3]).toBeCloseTo(3 / 5);
    expect(total[7]).toBeCloseTo(1 / 3); // from the sums: (0 + 1) ÷ (0 + 3), not the mean of N/A and 33,33 %
    expect(sheet.getRow(HEADER_ROW + 3).font?.bold).toBe(true);

    expect(sheet.getCell(HEADER_ROW + 2, 8).numFmt).toBe("0.00%");
    expect(sheet.getCell(HEADER_ROW + 2, 4).numFmt).toBe("0.00%");
    expect(sheet.getCell(HEADER_ROW + 1, 8).value).toBe("N/A");
    expect(sheet.views[0]).toMatchObject({ state: "frozen", ySplit: HEADER_ROW, xSplit: 1 });
    expect(sheet.getColumn(1).width).toBeGreaterThanOrEqual(40);
    expect(sheet.getColumn(8).width).toBeGreaterThan(10);
    expect(sheet.rowCount).toBe(HEADER_ROW + 3);
  });

  it("writes an empty table as a message row and a zero total with N/A", async () => {
    const query = october();
    const { sheet, rowValues } = await readBack(
      await buildLatenessWorkbook([], {
        period: query.period,
        grouping: "unit",
        generatedAt: at("2026-11-05T09:00:00"),
      }),
    );
    expect(rowValues(HEADER_ROW)[0]).toBe("Đơn vị (phường, xã)");
    expect(String(sheet.getCell(HEADER_ROW + 1, 1).value)).toMatch(/Không có hồ sơ/);
    expect(rowValues(HEADER_ROW + 2)).toEqual(["Tổng cộng", 0, 0, "N/A", 0, 0, 0, "N/A"]);
  });

  it("the export route: 401 without a session, 403 JSON for other roles, the scoped .xlsx with its file name for a department head", async () => {
    const url =
      "http://localhost/api/bao-cao/tre-han?ky=tuy-chon&tu-ngay=01%2F10%2F2026&den-ngay=31%2F10%2F2026&nhom=phong";
    session.user = null;
    const anonymous = await GET(new Request(url));
    expect(anonymous.status).toBe(401);
    expect(anonymous.headers.get("cache-control")).toBe("private, no-store");
    session.user = as.officer;
    const officer = await GET(new Request(url));
    expect(officer.status).toBe(403);
    expect(officer.headers.get("content-type")).toMatch(/application\/json/);
    expect(await officer.json()).toHaveProperty("message");

    session.user = as.head;
    const invalid = await GET(new Request(url.replace("01%2F10%2F2026", "31%2F02%2F2026")));
    expect(invalid.status).toBe(400);

    const response = await GET(new Request(url));
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe(
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    );
    expect(response.headers.get("content-disposition")).toBe(
      'attachment; filename="bao-cao-tre-han-2026-10-01-2026-10-31.xlsx"',
    );
    expect(latenessFileName(october().period)).toBe("bao-cao-tre-han-2026-10-01-2026-10-31.xlsx");
    const { rowValues, sheet } = await readBack(Buffer.from(await response.arrayBuffer()));
    expect(rowValues(HEADER_ROW + 1)[0]).toBe(justiceName);
    expect(rowValues(HEADER_ROW + 2)[0]).toBe("Tổng cộng");
    expect(sheet.rowCount).toBe(HEADER_ROW + 2); // only their office: no Địa chính row
    session.user = null;
  });

  it("the rollups count the same apology compliance (the dashboard's headline), kept by the commands and by the rebuild", async () => {
    // The verdicts stored by the approvals (the calendar's judgement, which the rollups count).
    const verdicts = await db.dossier.findMany({
      where: { decidingUnitId: world.ward.id, timeliness: "LATE" },
      select: { apologyTimely: true },
    });
    expect(verdicts.map((row) => row.apologyTimely).sort()).toEqual([false, true, null].sort());
    const report = await loadLatenessReport(as.leader, october());
    const expectRollups = async () => {
      const [total] = await rollupTotals({
        unitIds: [world.ward.id],
        from: "2026-10-01",
        to: "2026-11-01",
        groupBy: "total",
      });
      expect(total!.resolved.late).toBe(report.totals.late);
      expect(total!.resolvedLateTimelyApology).toBe(report.totals.lateWithTimelyApology);
      const compliance = headlineIndicators(total!).find((row) => row.id === "apologyCompliance")!;
      expect(compliance).toMatchObject({ numerator: 1, denominator: 3 });
      expect(compliance.value).toBe(report.totals.compliance);
    };
    await expectRollups();
    // A verdict lost (an upgrade from before the column) is judged again by the rebuild.
    await db.$executeRaw`UPDATE "Dossier" SET "apologyTimely" = NULL WHERE "decidingUnitId" = ${world.ward.id}`;
    const [lost] = await rollupTotals({
      unitIds: [world.ward.id],
      from: "2026-10-01",
      to: "2026-11-01",
      groupBy: "total",
    });
    expect(lost!.resolvedLateTimelyApology).toBe(0);
    await rebuildRollups(db, { unitId: world.ward.id });
    await expectRollups();
  });
});
