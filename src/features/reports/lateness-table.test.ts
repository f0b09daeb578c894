import { describe, expect, it } from "vitest";
import { lateShare } from "@/domain/metrics";
import {
  formatRate,
  latenessHref,
  latenessQueryString,
  latenessTotals,
  parseLatenessQuery,
  scopeLatenessRows,
  sortLatenessRows,
  type LatenessRow,
} from "./lateness-table";

const at = (local: string) => new Date(`${local}+07:00`);
const now = at("2026-08-20T10:00:00");

const row = (
  id: string,
  name: string,
  resolved: number,
  timely: number,
  lateApology: number,
  none: number,
): LatenessRow => {
  const late = timely + lateApology + none;
  return {
    id,
    name,
    resolved,
    late,
    lateWithTimelyApology: timely,
    lateWithLateApology: lateApology,
    lateWithoutApology: none,
    compliance: late ? timely / late : null,
  };
};
const rows = [
  row("a", "Phường Sơn Lộc", 100, 5, 1, 0), // 83,33%
  row("b", "Phường Lê Lợi", 40, 1, 0, 3), // 25%
  row("c", "Xã Xuân Sơn", 12, 0, 0, 0), // N/A
  row("d", "Phường Trung Hưng", 30, 2, 0, 0), // 100%
];

describe("formatting rates: two decimals, Vietnamese comma, N/A", () => {
  it("writes 83,33% in Vietnamese and 83.33% in English", () => {
    expect(formatRate(5 / 6)).toBe("83,33%");
    expect(formatRate(5 / 6, "en")).toBe("83.33%");
  });
  it("keeps trailing zeros and whole values", () => {
    expect(formatRate(1)).toBe("100,00%");
    expect(formatRate(0)).toBe("0,00%");
    expect(formatRate(0.25)).toBe("25,00%");
  });
  it("rounds half up at the second decimal", () => expect(formatRate(0.123_45)).toBe("12,35%"));
  it("writes N/A for null (nothing late)", () => expect(formatRate(null)).toBe("N/A"));
});

describe("the total row comes from the sums, not an average of percentages", () => {
  it("sums the counts and recomputes compliance", () => {
    const total = latenessTotals(rows);
    expect(total).toMatchObject({
      resolved: 182,
      late: 12,
      lateWithTimelyApology: 8,
      lateWithLateApology: 1,
      lateWithoutApology: 3,
    });
    expect(total.compliance).toBeCloseTo(8 / 12);
    // The mean of the rates (83,33 %, 25 %, 100 %) would be 69,44 %: not what the total shows.
    expect(formatRate(total.compliance)).toBe("66,67%");
  });
  it("is N/A when nothing was late, and zero with no rows", () => {
    expect(latenessTotals([rows[2]!]).compliance).toBeNull();
    expect(latenessTotals([])).toEqual({
      resolved: 0,
      late: 0,
      lateWithTimelyApology: 0,
      lateWithLateApology: 0,
      lateWithoutApology: 0,
      compliance: null,
    });
  });
  it("late share = late ÷ resolved, N/A without resolved dossiers", () => {
    expect(lateShare({ resolved: 40, late: 4 })).toBe(0.1);
    expect(lateShare({ resolved: 0, late: 0 })).toBeNull();
  });
});

describe("sorting on the server", () => {
  const ids = (sorted: LatenessRow[]) => sorted.map((entry) => entry.id);
  it("by name in Vietnamese order by default", () =>
    expect(ids(sortLatenessRows(rows, "name"))).toEqual(["b", "a", "d", "c"]));
  it("by compliance, N/A last in both directions", () => {
    expect(ids(sortLatenessRows(rows, "complianceAsc"))).toEqual(["b", "a", "d", "c"]);
    expect(ids(sortLatenessRows(rows, "complianceDesc"))).toEqual(["d", "a", "b", "c"]);
  });
  it("by late count, ties by name", () => {
    expect(ids(sortLatenessRows(rows, "lateDesc"))).toEqual(["a", "b", "d", "c"]);
    expect(ids(sortLatenessRows([...rows, row("e", "Phường Ngô Quyền", 9, 2, 0, 0)], "lateAsc"))).toEqual([
      "c",
      "e",
      "d",
      "b",
      "a",
    ]);
  });
  it("does not change the input", () => {
    const copy = [...rows];
    sortLatenessRows(rows, "lateDesc");
    expect(rows).toEqual(copy);
  });
});

describe("what each role sees", () => {
  const offices = [
    { id: "justice", name: "Tư pháp" },
    { id: "land", name: "Địa chính" },
  ];
  it("a department head: their office only when grouped by office, their unit only when grouped by unit", () => {
    const head = { role: "DEPARTMENT_HEAD" as const, unitId: "a", officeId: "justice" };
    expect(scopeLatenessRows(offices, head, "office")).toEqual([offices[0]]);
    expect(scopeLatenessRows(rows, head, "unit").map((entry) => entry.id)).toEqual(["a"]);
    expect(scopeLatenessRows(offices, { ...head, officeId: null }, "office")).toEqual([]);
  });
  it("leadership and the inspector: every row of their readable units", () => {
    expect(scopeLatenessRows(offices, { role: "LEADERSHIP", unitId: "a", officeId: null }, "office")).toHaveLength(2);
    expect(scopeLatenessRows(rows, { role: "INSPECTOR", unitId: "town", officeId: null }, "unit")).toHaveLength(4);
  });
});

describe("the report's GET parameters", () => {
  it("defaults: this month, by unit, by name", () => {
    const { query, errors } = parseLatenessQuery({}, now);
    expect(errors).toEqual({});
    expect(query).toMatchObject({
      grouping: "unit",
      sort: "name",
      period: { preset: "month", from: "2026-08-01", to: "2026-08-20" },
    });
    expect(latenessQueryString(query)).toBe("");
  });
  it("reads a page's searchParams and a URL's alike, and writes the same shareable query back", () => {
    const search = "ky=tuy-chon&tu-ngay=01%2F04%2F2026&den-ngay=30%2F06%2F2026&nhom=phong&sap-xep=ty-le-tang";
    const fromUrl = parseLatenessQuery(new URLSearchParams(search), now);
    const fromPage = parseLatenessQuery(
      {
        ky: "tuy-chon",
        "tu-ngay": "01/04/2026",
        "den-ngay": "30/06/2026",
        nhom: "phong",
        "sap-xep": ["ty-le-tang", "x"],
      },
      now,
    );
    expect(fromUrl.query).toEqual(fromPage.query);
    expect(fromUrl.query).toMatchObject({
      grouping: "office",
      sort: "complianceAsc",
      period: { from: "2026-04-01", to: "2026-06-30" },
    });
    expect(latenessQueryString(fromUrl.query)).toBe(search);
  });
  it("changes the sort and keeps the rest", () => {
    const { query } = parseLatenessQuery({ ky: "quy", nhom: "phong" }, now);
    expect(latenessHref("/bao-cao/tre-han", query, { sort: "lateDesc" })).toBe(
      "/bao-cao/tre-han?ky=quy&nhom=phong&sap-xep=tre-giam",
    );
  });
  it("reports refused values in Vietnamese and uses the defaults", () => {
    const { query, errors } = parseLatenessQuery({ nhom: "tinh", "sap-xep": "ngau-nhien" }, now);
    expect(query).toMatchObject({ grouping: "unit", sort: "name" });
    expect(errors).toEqual({
      grouping: "Cách nhóm không hợp lệ; báo cáo nhóm theo đơn vị.",
      sort: "Cách sắp xếp không hợp lệ; báo cáo sắp xếp theo tên.",
    });
  });
});
