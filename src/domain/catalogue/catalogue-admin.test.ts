// The catalogue as managed data (issue 10, item 2; docs/catalogue.md): the version schema's consistency rules, when a
// new version may take effect, the version diff, and the spreadsheet rows of an import.
import { describe, expect, it } from "vitest";
import {
  entriesToSheets,
  parseCatalogueJson,
  parseSheets,
  PROCEDURE_COLUMNS,
  DOCUMENT_COLUMNS,
  OFFICE_COLUMNS,
  readCell,
  SHEETS,
  type SheetRow,
} from "./catalogue-sheets";
import { planImport, type ImportContext } from "./import-plan";
import {
  catalogueEntrySchema,
  publishableVersionSchema,
  versionSchema,
  type CatalogueEntry,
  type VersionInput,
} from "./procedure-schema";
import { inForceOn, planPublication, publishProblems } from "./publish-rules";
import { diffVersions, isSameTerms } from "./version-diff";

const version: VersionInput = {
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
    { name: "Tờ khai", form: "ORIGINAL", count: 1, optional: false, uploadable: true },
    { name: "Giấy xác nhận", form: "CERTIFIED_COPY", count: 1, optional: false, uploadable: true },
  ],
  unitOffices: [],
  announcementNumber: "6520/QĐ-UBND",
  announcementDate: "2024-12-12",
  announcementIssuer: "UBND Thành phố Hà Nội",
  effectiveFrom: "2025-01-01",
  changeNote: null,
};
const entry: CatalogueEntry = {
  code: "1.001612",
  name: "Đăng ký kết hôn",
  fieldCode: "HT",
  level: "COMMUNE",
  active: true,
  version,
};

const messagesOf = (input: unknown) => {
  const parsed = versionSchema.safeParse(input);
  return parsed.success ? [] : parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`);
};

describe("version schema (consistency of one version)", () => {
  it("accepts a consistent version", () => {
    expect(messagesOf(version)).toEqual([]);
  });

  it("toàn trình needs eligibility and the old level 4; the level follows the class", () => {
    expect(messagesOf({ ...version, onlineClass: "FULL", onlineLevel: 4 })).toEqual([
      expect.stringContaining("fullOnlineEligible"),
    ]);
    expect(messagesOf({ ...version, onlineClass: "FULL", onlineLevel: 3, fullOnlineEligible: true })).toEqual([
      expect.stringContaining("onlineLevel"),
    ]);
    expect(messagesOf({ ...version, onlineClass: "NONE", onlineLevel: 2 })).toEqual([]);
    expect(messagesOf({ ...version, onlineLevel: 5 })[0]).toContain("từ 1 đến 4");
  });

  it("fees: exempt exactly when phí and lệ phí are 0", () => {
    expect(messagesOf({ ...version, feeAmount: 10_000 })).toEqual([expect.stringContaining("feeTiming")]);
    expect(messagesOf({ ...version, chargeAmount: 8_000, feeTiming: "AFTER_RESULT" })).toEqual([]);
    expect(messagesOf({ ...version, feeAmount: -1, feeTiming: "BEFORE_INTAKE" })[0]).toContain("không được nhỏ hơn 0");
    // One message per problem: a negative time is "not below 0", not also "above 0".
    expect(messagesOf({ ...version, durationValue: -1 })).toEqual([
      "durationValue: Thời hạn giải quyết không được nhỏ hơn 0.",
    ]);
    expect(messagesOf({ ...version, durationValue: 0 })).toEqual([
      "durationValue: Thời hạn giải quyết phải lớn hơn 0.",
    ]);
  });

  it("needs documents without duplicates, a decision, and an effective date not before the decision", () => {
    expect(messagesOf({ ...version, documents: [] })[0]).toContain("ít nhất một thành phần");
    expect(messagesOf({ ...version, documents: [version.documents[0], version.documents[0]] })).toEqual([
      expect.stringMatching(/^documents\.1\.name: .*trùng/),
    ]);
    expect(
      publishableVersionSchema.safeParse({ ...version, announcementNumber: "" }).error?.issues[0]?.message,
    ).toContain("số quyết định");
    expect(
      messagesOf({ ...version, announcementNumber: null, announcementDate: null, announcementIssuer: null }),
    ).toEqual([]);
    expect(messagesOf({ ...version, effectiveFrom: "2024-12-01" })[0]).toContain("trước ngày ký");
    expect(messagesOf({ ...version, effectiveFrom: "2025-02-30" })[0]).toContain("không phải một ngày hợp lệ");
  });

  it("the national code has the form 1.001612", () => {
    expect(catalogueEntrySchema.safeParse({ ...entry, code: "kết hôn" }).success).toBe(false);
  });
});

describe("publishing rules", () => {
  const latest = { version: 2, effectiveFrom: "2026-07-01", effectiveTo: null };

  it("a first version may record a decision already in force", () => {
    expect(publishProblems("2025-01-01", "2026-12-05", null)).toEqual([]);
    expect(planPublication("2025-01-01", "2026-12-05", null)).toEqual({
      ok: true,
      plan: { version: 1, effectiveFrom: "2025-01-01", close: null },
    });
  });

  it("a later version starts today or later and after the latest, and closes the latest", () => {
    expect(publishProblems("2026-12-04", "2026-12-05", latest)).toEqual(["before-today"]);
    expect(publishProblems("2026-12-05", "2026-12-05", { ...latest, effectiveFrom: "2026-12-05" })).toEqual([
      "not-after-latest",
    ]);
    expect(planPublication("2026-12-05", "2026-12-05", latest)).toEqual({
      ok: true,
      plan: { version: 3, effectiveFrom: "2026-12-05", close: { version: 2, effectiveTo: "2026-12-05" } },
    });
  });

  it("a version is in force from its start (inclusive) to the next one's start (exclusive)", () => {
    const closed = { effectiveFrom: "2025-01-01", effectiveTo: "2026-12-05" };
    expect(inForceOn(closed, "2026-12-04")).toBe(true);
    expect(inForceOn(closed, "2026-12-05")).toBe(false);
    expect(inForceOn({ effectiveFrom: "2026-12-05", effectiveTo: null }, "2026-12-05")).toBe(true);
  });
});

describe("version diff", () => {
  it("lists changed fields, and documents added, removed and changed", () => {
    const next = {
      ...version,
      durationValue: 3,
      chargeAmount: 20_000,
      feeTiming: "BEFORE_INTAKE" as const,
      documents: [
        { ...version.documents[1]!, count: 2 },
        { name: "Ảnh 4x6", form: "ORIGINAL" as const, count: 2, optional: true, uploadable: true },
      ],
      unitOffices: [{ unitCode: "STY", officeCode: "VHXH" }],
    };
    const diff = diffVersions(version, next);
    expect(diff.fields).toEqual([
      { field: "durationValue", before: 5, after: 3 },
      { field: "chargeAmount", before: 0, after: 20_000 },
      { field: "feeTiming", before: "EXEMPT", after: "BEFORE_INTAKE" },
    ]);
    expect(diff.documents.added.map((document) => document.name)).toEqual(["Ảnh 4x6"]);
    expect(diff.documents.removed.map((document) => document.name)).toEqual(["Tờ khai"]);
    expect(diff.documents.changed).toEqual([
      {
        name: "Giấy xác nhận",
        changes: [
          { field: "position", before: 2, after: 1 },
          { field: "count", before: 1, after: 2 },
        ],
      },
    ]);
    expect(diff.unitOffices.added).toEqual([{ unitCode: "STY", officeCode: "VHXH" }]);
    expect(isSameTerms(diff)).toBe(false);
  });

  it("sees no change between a version and itself, whatever the spelling of a document name's spaces", () => {
    const respaced = { ...version, documents: version.documents.map((d) => ({ ...d, name: ` ${d.name} ` })) };
    expect(isSameTerms(diffVersions(version, respaced))).toBe(true);
  });

  it("a new announcing decision is a change", () => {
    expect(diffVersions(version, { ...version, announcementNumber: "1/QĐ-UBND" }).fields.map((f) => f.field)).toEqual([
      "announcementNumber",
    ]);
  });
});

// The spreadsheet rows of an entry, as a reader would see them in each sheet (header → cell).
function sheetsOf(entries: CatalogueEntry[]) {
  const sheets = entriesToSheets(entries);
  const rows = (values: (string | number | null)[][], columns: readonly { header: string }[]): SheetRow[] =>
    values.map((cells, i) => ({
      row: i + 2,
      cells: Object.fromEntries(columns.map((column, j) => [column.header, cells[j]])),
    }));
  return {
    procedures: rows(sheets.procedures, PROCEDURE_COLUMNS),
    documents: rows(sheets.documents, DOCUMENT_COLUMNS),
    offices: rows(sheets.offices, OFFICE_COLUMNS),
  };
}

describe("spreadsheet rows", () => {
  it("reads back what it writes", () => {
    const withOffice = { ...entry, version: { ...version, unitOffices: [{ unitCode: "STY", officeCode: "VHXH" }] } };
    const parsed = parseSheets(sheetsOf([withOffice]));
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.entry)).toEqual([withOffice]);
  });

  it("reads cells leniently: labels or codes, Có/Không, date cells, thousands", () => {
    expect(readCell("ngày làm việc", { vocabulary: "durationUnit" })).toBe("WORKING_DAYS");
    expect(readCell("SAME_DAY", { vocabulary: "durationUnit" })).toBe("SAME_DAY");
    expect(readCell("có", "bool")).toBe(true);
    expect(readCell(null, "bool")).toBe(false);
    expect(readCell(new Date(Date.UTC(2026, 11, 5)), "date")).toBe("2026-12-05");
    expect(readCell("5/12/2026", "date")).toBe("2026-12-05");
    expect(readCell("75.000", "int")).toBe(75_000);
    expect(readCell("bảy lăm", "int")).toBe("bảy lăm");
  });

  it("reports every bad row with its sheet, row and column, and returns no entry that has one", () => {
    const sheets = sheetsOf([entry, { ...entry, code: "1.000001" }]);
    sheets.procedures[0]!.cells = { ...sheets.procedures[0]!.cells, "Phí (đồng)": "nhiều", "Mức độ (cũ)": 7 };
    sheets.documents[3]!.cells = { ...sheets.documents[3]!.cells, "Hình thức": "Bản photo" };
    sheets.documents.push({ row: 9, cells: { "Mã thủ tục": "9.999999", STT: 1, "Tên giấy tờ": "Lạc" } });
    sheets.offices.push({ row: 2, cells: { "Mã thủ tục": "1.001612", "Mã đơn vị": "sty", "Mã phòng xử lý": "" } });
    const parsed = parseSheets(sheets);
    expect(parsed.errors).toEqual([
      { sheet: SHEETS.procedures, row: 2, field: "Phí (đồng)", message: "Phí phải là số nguyên." },
      { sheet: SHEETS.procedures, row: 2, field: "Mức độ (cũ)", message: "Mức độ phải là số từ 1 đến 4." },
      { sheet: SHEETS.documents, row: 5, field: "Hình thức", message: "Hình thức giấy tờ không hợp lệ." },
      {
        sheet: SHEETS.documents,
        row: 9,
        field: "Mã thủ tục",
        message: 'Thủ tục 9.999999 không có trên trang "Thủ tục".',
      },
      { sheet: SHEETS.offices, row: 2, field: "Mã phòng xử lý", message: "Xin vui lòng nhập mã phòng xử lý." },
    ]);
    expect(parsed.entries).toEqual([]);
  });

  it("refuses a procedure code given twice", () => {
    const sheets = sheetsOf([entry]);
    sheets.procedures.push({ ...sheets.procedures[0]!, row: 3 });
    expect(parseSheets(sheets).errors).toEqual([
      { sheet: SHEETS.procedures, row: 3, field: "Mã thủ tục", message: "Mã thủ tục 1.001612 trùng với dòng 2." },
    ]);
  });

  it("reads a JSON export with the same rules", () => {
    const parsed = parseCatalogueJson([
      entry,
      { ...entry, code: "1.000002", version: { ...version, durationUnit: "WEEKS" } },
    ]);
    expect(parsed.entries).toHaveLength(1);
    expect(parsed.errors).toEqual([
      { sheet: "JSON", row: 2, field: "Đơn vị thời hạn", message: "Đơn vị thời hạn không hợp lệ." },
    ]);
  });
});

describe("import plan", () => {
  const context = (over: Partial<ImportContext> = {}): ImportContext => ({
    today: "2026-12-05",
    fieldCodes: new Set(["HT"]),
    units: new Map([["STY", { level: "COMMUNE" as const, officeCodes: new Set(["TUPHAP", "VHXH"]) }]]),
    procedures: new Map(),
    ...over,
  });
  const existing = {
    code: entry.code,
    name: entry.name,
    fieldCode: "HT",
    level: "COMMUNE" as const,
    active: true,
    latest: { ...version, version: 1, effectiveFrom: "2025-01-01", effectiveTo: null },
  };
  const source = (row: number) => ({
    sheet: "JSON" as const,
    row,
    fieldLabel: (path: string) => path,
    documentRows: [],
    officeRows: [{ sheet: "JSON" as const, row }],
  });

  it("creates new procedures, publishes changed ones, leaves unchanged ones alone", () => {
    const changed = { ...entry, version: { ...version, durationValue: 3, effectiveFrom: "2026-12-05" } };
    const plan = planImport(
      [
        { entry: { ...entry, code: "1.000009" }, source: source(1) },
        { entry: changed, source: source(2) },
      ],
      context({ procedures: new Map([[entry.code, existing]]) }),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.steps.map((step) => step.kind)).toEqual(["create", "publish"]);
    const same = planImport([{ entry, source: source(1) }], context({ procedures: new Map([[entry.code, existing]]) }));
    expect(same.steps.map((step) => step.kind)).toEqual(["unchanged"]);
  });

  it("reports unknown fields, offices, units and a change dated in the past", () => {
    const bad = {
      ...entry,
      fieldCode: "XX",
      version: {
        ...version,
        durationValue: 9,
        handlingOfficeCode: "KHONGCO",
        unitOffices: [{ unitCode: "ABC", officeCode: "TUPHAP" }],
      },
    };
    const plan = planImport(
      [{ entry: bad, source: source(4) }],
      context({ procedures: new Map([[entry.code, existing]]) }),
    );
    expect(plan.steps).toEqual([]);
    expect(plan.errors.map((error) => `${error.row} ${error.field}: ${error.message}`)).toEqual([
      "4 fieldCode: Không có lĩnh vực mã XX.",
      "4 version.handlingOfficeCode: Không đơn vị nào cùng cấp có phòng mã KHONGCO.",
      "4 version.unitOffices.0.unitCode: Không có đơn vị đang hoạt động mã ABC.",
      expect.stringContaining("4 version.effectiveFrom: Phiên bản mới chỉ có hiệu lực từ hôm nay"),
      expect.stringContaining("4 version.effectiveFrom: Ngày có hiệu lực phải sau"),
    ]);
  });
});

// The per-step time budget of form 05 (Thông tư 01/2018/TT-VPCP, mẫu số 05; Nghị định 61/2018 Art. 20: each body's
// share of the time): whole percentages that add up to 100, shown in the diff, carried by the spreadsheet.
describe("step budget of a version", () => {
  const shares = { RECEPTION: 10, HANDLING: 60, REVIEW: 15, SIGNING: 10, RETURN: 5 };

  it("accepts shares summing to 100 and refuses any other sum in Vietnamese", () => {
    expect(messagesOf({ ...version, stepShares: shares })).toEqual([]);
    expect(messagesOf({ ...version, stepShares: null })).toEqual([]);
    expect(messagesOf({ ...version, stepShares: { ...shares, RETURN: 15 } })).toEqual([
      "stepShares: Tỷ lệ thời gian các bước phải cộng lại đúng 100% (hiện là 110%).",
    ]);
    expect(messagesOf({ ...version, stepShares: { ...shares, HANDLING: 59.5, RETURN: 5.5 } })[0]).toContain(
      "số nguyên từ 0 đến 100",
    );
  });

  it("the diff shows a new budget against the default", () => {
    const diff = diffVersions(version, { ...version, stepShares: shares });
    expect(diff.fields).toEqual([{ field: "stepShares", before: "Mặc định", after: "10% / 60% / 15% / 10% / 5%" }]);
    expect(isSameTerms(diffVersions({ ...version, stepShares: null }, version))).toBe(true);
  });

  it("the spreadsheet carries the five percentages, and empty cells mean the default", () => {
    const withShares = { ...entry, version: { ...version, stepShares: shares } };
    const parsed = parseSheets(sheetsOf([withShares, { ...entry, code: "1.000001", version }]));
    expect(parsed.errors).toEqual([]);
    expect(parsed.entries.map((e) => e.entry.version.stepShares ?? null)).toEqual([shares, null]);
  });
});
