import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { SHEETS, type VersionInput } from "../../src/domain/catalogue";
import {
  buildCatalogueWorkbook,
  catalogueJson,
  createProcedure,
  importCatalogueFile,
  loadCatalogueEntries,
  publishVersion,
  setProcedureActive,
} from "../../src/server/catalogue";
import { procedureVersionInForce } from "../../src/server/data/intake-context";
import { registerDossier } from "../../src/server/dossiers/intake";
import { receivingUnits } from "../../src/server/online-intake/context";
import { UserFacingError } from "../../src/server/user-facing-error";
import { useTestDb } from "../support/db";
import { at, createTestWorld, intakeFor, type Sessions, sessionsOf, type TestWorld } from "../support/fixtures";

// The catalogue as managed data (issue 10, item 2; docs/catalogue.md): publishing a version never moves a dossier
// already received, the desk's next intake on or after the effective date uses it (and the unit's own handling office
// when the version names one), an import with bad rows writes nothing and names every problem, and importing an
// export changes nothing.
describe("procedure catalogue administration", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
  });

  const baseVersion = (over: Partial<VersionInput> = {}): VersionInput => ({
    durationValue: 5,
    durationUnit: "WORKING_DAYS",
    feeAmount: 0,
    chargeAmount: 0,
    feeTiming: "EXEMPT",
    feeNote: null,
    handlingOfficeCode: "TUPHAP",
    onlineLevel: 3,
    onlineClass: "PARTIAL",
    fullOnlineEligible: false,
    postalIntakeAllowed: true,
    postalReturnAllowed: true,
    leadershipApproval: true,
    documents: [
      { name: "Tờ khai đăng ký kết hôn", form: "ORIGINAL", count: 1, optional: false, uploadable: true },
      { name: "Giấy xác nhận tình trạng hôn nhân", form: "ORIGINAL", count: 1, optional: false, uploadable: true },
    ],
    unitOffices: [],
    announcementNumber: "3150/QĐ-UBND",
    announcementDate: "2026-04-20",
    announcementIssuer: "UBND Thành phố Hà Nội",
    effectiveFrom: "2026-05-06",
    changeNote: "Rút ngắn thời hạn, thu lệ phí",
    ...over,
  });

  it("keeps a received dossier on its version; the next intake from the effective date uses the new one", async () => {
    const before = await registerDossier(as.receptionist, intakeFor(world), at("2026-05-04T09:00:00"));

    // Published on 5 May, in force from 6 May: shorter, with a lệ phí, and handled in this ward by its land office.
    const published = await publishVersion(
      world.procedure.code,
      baseVersion({
        durationValue: 3,
        chargeAmount: 20_000,
        feeTiming: "BEFORE_INTAKE",
        unitOffices: [{ unitCode: world.ward.code, officeCode: "TNMT" }],
      }),
      world.users.admin.id,
      at("2026-05-05T08:00:00"),
    );
    expect(published).toEqual({ version: 2 });
    const versions = await db.procedureVersion.findMany({
      where: { procedureId: world.procedure.id },
      orderBy: { version: "asc" },
    });
    expect(
      versions.map((v) => [
        v.version,
        v.effectiveFrom.toISOString().slice(0, 10),
        v.effectiveTo?.toISOString().slice(0, 10) ?? null,
      ]),
    ).toEqual([
      [1, "2025-01-01", "2026-05-06"],
      [2, "2026-05-06", null],
    ]);

    // The same day, before the effective date: still version 1.
    const sameDay = await registerDossier(as.receptionist, intakeFor(world), at("2026-05-05T15:00:00"));
    const after = await registerDossier(as.receptionist, intakeFor(world), at("2026-05-06T08:00:00"));
    const rows = await db.dossier.findMany({
      where: { code: { in: [before.code, sameDay.code, after.code] } },
      select: { code: true, procedureVersionId: true, feeAmount: true, handlingOfficeId: true },
    });
    const byCode = new Map(rows.map((row) => [row.code, row]));
    expect(byCode.get(before.code)!.procedureVersionId).toBe(versions[0]!.id);
    expect(byCode.get(sameDay.code)!.procedureVersionId).toBe(versions[0]!.id);
    expect(byCode.get(sameDay.code)!.handlingOfficeId).toBe(world.offices.justice.id);
    expect(byCode.get(after.code)!.procedureVersionId).toBe(versions[1]!.id);
    expect(byCode.get(after.code)!.feeAmount).toBe(20_000);
    // The unit's own handling office named by the version (ProcedureUnitOffice) receives it.
    expect(byCode.get(after.code)!.handlingOfficeId).toBe(world.offices.land.id);
    // The appointment follows the new statutory time: received a day later, due earlier (3 working days, not 5).
    expect(after.appointmentAt!.getTime()).toBeLessThan(sameDay.appointmentAt!.getTime());

    // The dossier received before keeps version 1 for good (its history reads it).
    const kept = await db.dossier.findUniqueOrThrow({
      where: { code: before.code },
      include: { procedureVersion: true },
    });
    expect(kept.procedureVersion.durationValue).toBe(5);

    const audit = await db.auditEntry.findMany({
      where: { action: "catalogue.publish_version", entityId: world.procedure.code },
    });
    expect(audit).toHaveLength(1);
    expect(audit[0]!.detail).toMatchObject({
      version: 2,
      effectiveFrom: "2026-05-06",
      announcementNumber: "3150/QĐ-UBND",
    });
  });

  it("offers online filing at the units that have their own handling office for the version", async () => {
    // A commune whose only section is the culture office, named for this procedure from 20 May (version 3).
    const culture = await db.administrativeUnit.create({
      data: {
        code: `Y${world.tag}`,
        name: `Xã văn hoá ${world.tag}`,
        kindLabel: "Xã",
        level: "COMMUNE",
        parentId: world.town.id,
      },
    });
    await db.office.create({ data: { unitId: culture.id, code: "VHXH", name: "Văn hoá - Xã hội" } });
    const unitIds = async (at: Date) => {
      const version = await procedureVersionInForce(db, world.procedure.id, at);
      return (await receivingUnits(version!)).map((unit) => unit.id);
    };
    expect(await unitIds(at("2026-05-07T09:00:00"))).not.toContain(culture.id);
    await publishVersion(
      world.procedure.code,
      baseVersion({
        durationValue: 3,
        chargeAmount: 20_000,
        feeTiming: "BEFORE_INTAKE",
        effectiveFrom: "2026-05-20",
        unitOffices: [
          { unitCode: world.ward.code, officeCode: "TNMT" },
          { unitCode: culture.code, officeCode: "VHXH" },
        ],
      }),
      world.users.admin.id,
      at("2026-05-07T08:00:00"),
    );
    expect(await unitIds(at("2026-05-07T09:00:00"))).not.toContain(culture.id);
    const later = await unitIds(at("2026-05-20T09:00:00"));
    expect(later).toEqual(expect.arrayContaining([culture.id, world.ward.id, world.otherWard.id]));
    // An office the unit does not have is refused, and nothing is published.
    const refused = await publishVersion(
      world.procedure.code,
      baseVersion({
        effectiveFrom: "2026-05-25",
        unitOffices: [{ unitCode: world.otherWard.code, officeCode: "TNMT" }],
      }),
      world.users.admin.id,
      at("2026-05-07T08:00:00"),
    ).catch((e: unknown) => e);
    expect((refused as UserFacingError).fieldErrors?.["version.unitOffices.0.officeCode"]).toEqual([
      `Đơn vị ${world.otherWard.code} không có phòng mã TNMT.`,
    ]);
    expect(await db.procedureVersion.count({ where: { procedureId: world.procedure.id } })).toBe(3);
  });

  it("refuses a version dated before today or not after the latest, and one that changes nothing", async () => {
    const refusal = (version: VersionInput) =>
      publishVersion(world.procedure.code, version, world.users.admin.id, at("2026-05-07T08:00:00")).catch(
        (e: unknown) => e,
      );
    const past = await refusal(baseVersion({ effectiveFrom: "2026-05-06", durationValue: 4 }));
    expect(past).toBeInstanceOf(UserFacingError);
    expect((past as UserFacingError).fieldErrors?.["version.effectiveFrom"]?.join(" ")).toContain("từ hôm nay trở đi");
    const same = await refusal(
      baseVersion({
        durationValue: 3,
        chargeAmount: 20_000,
        feeTiming: "BEFORE_INTAKE",
        effectiveFrom: "2026-05-20",
        unitOffices: [
          { unitCode: world.ward.code, officeCode: "TNMT" },
          { unitCode: `Y${world.tag}`, officeCode: "VHXH" },
        ],
      }),
    );
    expect((same as Error).message).toContain("giống hệt");
    expect(await db.procedureVersion.count({ where: { procedureId: world.procedure.id } })).toBe(3);
  });

  const procedureCode = (n: number) => `2.${world.tag}.${n}`;

  async function importWorkbook(edit: (workbook: ExcelJS.Workbook) => void, codes: string[]) {
    const bytes = await buildCatalogueWorkbook(await loadCatalogueEntries(db, codes), new Date());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(new Uint8Array(bytes).buffer);
    edit(workbook);
    const edited = await workbook.xlsx.writeBuffer();
    return importCatalogueFile(
      { name: "danh-muc.xlsx", bytes: edited as ArrayBuffer },
      world.users.admin.id,
      at("2026-05-07T09:00:00"),
    );
  }

  it("adds procedures, and an import with bad rows changes nothing and names every problem", async () => {
    for (const n of [1, 2]) {
      await createProcedure(
        {
          code: procedureCode(n),
          name: `Thủ tục thử ${n}`,
          fieldCode: world.field.code,
          level: "COMMUNE",
          version: baseVersion({ effectiveFrom: "2025-01-01", announcementDate: "2024-12-12" }),
        },
        world.users.admin.id,
        at("2026-05-07T08:00:00"),
      );
    }
    const codes = [procedureCode(1), procedureCode(2)];
    const countRows = async () => ({
      versions: await db.procedureVersion.count({ where: { procedure: { code: { in: codes } } } }),
      procedures: await db.procedure.count({ where: { code: { startsWith: `2.${world.tag}` } } }),
      audit: await db.auditEntry.count({ where: { action: "catalogue.import" } }),
    });
    const before = await countRows();

    const result = await importWorkbook((workbook) => {
      const procedures = workbook.getWorksheet(SHEETS.procedures)!;
      // Row 2: a valid change (it would publish); row 3: a fee that is not a number.
      procedures.getRow(2).getCell(10).value = 2; // Thời hạn giải quyết
      procedures.getRow(2).getCell(6).value = "08/05/2026"; // Có hiệu lực từ
      procedures.getRow(3).getCell(12).value = "năm mươi nghìn"; // Phí
      // A new procedure whose field does not exist.
      procedures.addRow([
        procedureCode(3),
        "Thủ tục mới",
        "KHONGCO",
        "Xã",
        "Có",
        "08/05/2026",
        "1/QĐ-UBND",
        "01/05/2026",
        "UBND",
        5,
        "Ngày làm việc",
        0,
        0,
        "Miễn",
        null,
        "TUPHAP",
        3,
        "Một phần",
        "Không",
        "Có",
        "Có",
        "Có",
        null,
      ]);
      const documents = workbook.getWorksheet(SHEETS.documents)!;
      documents.getRow(4).getCell(4).value = "Bản photo"; // Hình thức of procedure 2 (rows 4–5)
      documents.addRow([procedureCode(3), 1, "Tờ khai", "Bản chính", 1, "Không", "Có"]);
      workbook.getWorksheet(SHEETS.offices)!.addRow([procedureCode(1), "KHONGCO", "TUPHAP"]);
    }, codes);

    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual([
      { sheet: SHEETS.procedures, row: 3, field: "Phí (đồng)", message: "Phí phải là số nguyên." },
      { sheet: SHEETS.procedures, row: 4, field: "Mã lĩnh vực", message: "Không có lĩnh vực mã KHONGCO." },
      { sheet: SHEETS.documents, row: 4, field: "Hình thức", message: "Hình thức giấy tờ không hợp lệ." },
      { sheet: SHEETS.offices, row: 2, field: "Mã đơn vị", message: "Không có đơn vị đang hoạt động mã KHONGCO." },
    ]);
    expect(await countRows()).toEqual(before);
  });

  it("imports an export unchanged (xlsx and JSON), and publishes only what changed", async () => {
    const codes = [world.procedure.code, procedureCode(1), procedureCode(2)];
    await setProcedureActive(procedureCode(2), false, world.users.admin.id);
    const versionsBefore = await db.procedureVersion.count({ where: { procedure: { code: { in: codes } } } });

    const unchanged = await importWorkbook(() => {}, codes);
    expect(unchanged).toEqual({ ok: true, outcome: { created: [], published: [], updated: [], unchanged: 3 } });

    const json = JSON.stringify(catalogueJson(await loadCatalogueEntries(db, codes), new Date()));
    const fromJson = await importCatalogueFile(
      { name: "danh-muc.json", bytes: new TextEncoder().encode(json).buffer as ArrayBuffer },
      world.users.admin.id,
      at("2026-05-07T09:00:00"),
    );
    expect(fromJson).toEqual({ ok: true, outcome: { created: [], published: [], updated: [], unchanged: 3 } });
    expect(await db.procedureVersion.count({ where: { procedure: { code: { in: codes } } } })).toBe(versionsBefore);

    // One changed row (a longer time from 8 May, a new decision): one new version, the others untouched.
    const changed = await importWorkbook((workbook) => {
      const procedures = workbook.getWorksheet(SHEETS.procedures)!;
      // Row 3: procedureCode(1) (rows follow the codes: the fixture's "1.…" first).
      procedures.getRow(3).getCell(10).value = 7;
      procedures.getRow(3).getCell(6).value = "08/05/2026";
      procedures.getRow(3).getCell(7).value = "3200/QĐ-UBND";
    }, codes);
    expect(changed).toEqual({
      ok: true,
      outcome: { created: [], published: [procedureCode(1)], updated: [], unchanged: 2 },
    });
    const latest = await db.procedureVersion.findMany({
      where: { procedure: { code: procedureCode(1) } },
      orderBy: { version: "asc" },
    });
    expect(latest.map((v) => [v.version, v.durationValue, v.effectiveTo?.toISOString().slice(0, 10) ?? null])).toEqual([
      [1, 5, "2026-05-08"],
      [2, 7, null],
    ]);
  });
});
