import ExcelJS from "exceljs";
import { describe, expect, it } from "vitest";
import type { LatenessRow } from "./lateness-table";
import {
  buildLatenessWorkbook,
  COLUMN_HEADERS,
  HEADER_ROW,
  latenessFileName,
  PERCENT_FORMAT,
} from "./lateness-workbook";
import { periodOf } from "@/lib/dates";

const period = periodOf("custom", "2026-01-01", "2026-06-30");
const rows: LatenessRow[] = [
  {
    id: "a",
    name: "Phường Sơn Lộc",
    resolved: 120,
    late: 6,
    lateWithTimelyApology: 5,
    lateWithLateApology: 1,
    lateWithoutApology: 0,
    compliance: 5 / 6,
  },
  {
    id: "b",
    name: "Xã Xuân Sơn",
    resolved: 30,
    late: 0,
    lateWithTimelyApology: 0,
    lateWithLateApology: 0,
    lateWithoutApology: 0,
    compliance: null,
  },
];

describe("the late-dossier workbook", () => {
  it("is named after its period", () =>
    expect(latenessFileName(period)).toBe("bao-cao-tre-han-2026-01-01-2026-06-30.xlsx"));

  it("round-trips: headers, rates as numbers with a percent format, N/A as text, the total from the sums", async () => {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      (await buildLatenessWorkbook(rows, {
        period,
        grouping: "unit",
        generatedAt: new Date("2026-07-01T02:00:00Z"),
      })) as unknown as ArrayBuffer,
    );
    const sheet = workbook.getWorksheet("Trễ hạn")!;
    expect((sheet.getRow(HEADER_ROW).values as unknown[]).slice(2)).toEqual([...COLUMN_HEADERS]);
    expect(String(sheet.getCell("A2").value)).toBe(
      "Kỳ báo cáo: từ ngày 01/01/2026 đến ngày 30/06/2026; Nhóm theo: Đơn vị (phường, xã)",
    );
    const compliance = sheet.getCell(HEADER_ROW + 1, 8);
    expect(compliance.value).toBeCloseTo(5 / 6);
    expect(compliance.numFmt).toBe(PERCENT_FORMAT); // Excel shows 83,33% in a Vietnamese locale
    expect(sheet.getCell(HEADER_ROW + 2, 8).value).toBe("N/A");
    expect((sheet.getRow(HEADER_ROW + 3).values as unknown[]).slice(1, 4)).toEqual(["Tổng cộng", 150, 6]);
    expect(sheet.getCell(HEADER_ROW + 3, 8).value).toBeCloseTo(5 / 6);
    expect(sheet.getCell("A5").value).toBe("Lập lúc 09:00 01/07/2026");
  });
});
