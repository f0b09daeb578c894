// An administrator's version of the Decision 766 table (docs/decision-766.md "The table as versioned data"): the form's
// numbers over the built-in table, checked field by field and then as a table (groups add up to 100, indicators
// within their group, bands descending), and the version it makes.
import { describe, expect, it } from "vitest";
import {
  editedFieldName,
  editedTableInput,
  readEditedTable,
  scoreScorecard,
  tableOf,
  VERSION_2022,
  versionInForce,
  versionOfTable,
  type IndicatorCounts,
} from ".";

/** The form as the page prefills it from the 2022 table, with a name, basis and day. */
function formOf(overrides: Record<string, string> = {}): Record<string, string> {
  const table = tableOf(VERSION_2022, VERSION_2022.id);
  const form: Record<string, string> = {
    label: "Bảng điểm của tỉnh 2027",
    source: "Quyết định số 12/QĐ-UBND (ví dụ)",
    effectiveFrom: "01/01/2027",
  };
  for (const group of VERSION_2022.groups) form[editedFieldName.group(group.code)] = String(table.groups[group.code]);
  for (const row of VERSION_2022.indicators) {
    form[editedFieldName.indicatorMax(row.id)] = String(row.max).replace(".", ",");
    if (row.conversion.kind === "threshold") {
      form[editedFieldName.indicatorThreshold(row.id)] = String(row.conversion.threshold * 100);
    }
  }
  for (const band of VERSION_2022.bands) form[editedFieldName.band(band.id)] = String(band.min);
  return { ...form, ...overrides };
}

const schema = editedTableInput(VERSION_2022, VERSION_2022.id);

describe("a version of the Decision 766 table set by an administrator", () => {
  it("reads the prefilled form back as the 2022 table, from its first day", () => {
    const parsed = schema.safeParse(formOf());
    expect(parsed.success).toBe(true);
    const version = versionOfTable(parsed.data!, VERSION_2022);
    expect(version).toMatchObject({
      id: "qd766-2027-01-01",
      effectiveFrom: "2027-01-01",
      label: "Bảng điểm của tỉnh 2027",
    });
    expect(version.indicators.map((row) => [row.id, row.max, row.conversion])).toEqual(
      VERSION_2022.indicators.map((row) => [row.id, row.max, row.conversion]),
    );
    // What an indicator counts is the built-in table's.
    expect(version.indicators.map((row) => row.numerator)).toEqual(VERSION_2022.indicators.map((row) => row.numerator));
  });

  it("moves one point from 5.2 to 5.3 and raises 5.4's threshold to 95%: the score follows", () => {
    const parsed = schema.safeParse(
      formOf({
        [editedFieldName.indicatorMax("5.2")]: "4",
        [editedFieldName.indicatorMax("5.3")]: "3",
        [editedFieldName.indicatorThreshold("5.4")]: "95",
      }),
    );
    expect(parsed.success).toBe(true);
    const edited = versionOfTable(parsed.data!, VERSION_2022);
    const row = (id: string) => edited.indicators.find((indicator) => indicator.id === id)!;
    expect([row("5.2").max, row("5.3").max]).toEqual([4, 3]);
    expect(row("5.4").conversion).toEqual({ kind: "threshold", threshold: 0.95 });
    // 5.4 at 90%: full 6 points under the 2022 table (T = 90%), 90 × 6 ÷ 95 = 5.68 under the edited one.
    const counts: Record<string, IndicatorCounts> = { "5.4": { numerator: 90, denominator: 100 } };
    const points = (version: typeof edited) =>
      scoreScorecard(version, counts)
        .groups.flatMap((group) => group.indicators)
        .find((score) => score.definition.id === "5.4")!.points;
    expect(points(VERSION_2022)).toBe(6);
    expect(points(edited)).toBe(5.68);
  });

  it("refuses numbers that are not points, each under its own field", () => {
    const parsed = schema.safeParse(
      formOf({
        [editedFieldName.indicatorMax("2.1")]: "mười",
        [editedFieldName.indicatorThreshold("5.4")]: "0",
        effectiveFrom: "31/02/2027",
        label: "Bảng\u0000điểm",
      }),
    );
    expect(parsed.success).toBe(false);
    const paths = parsed.error!.issues.map((issue) => issue.path.join("."));
    expect(paths).toEqual(
      expect.arrayContaining([
        editedFieldName.indicatorMax("2.1"),
        editedFieldName.indicatorThreshold("5.4"),
        "effectiveFrom",
        "label",
      ]),
    );
  });

  it("refuses a table that does not add up, in words, under 'table'", () => {
    const parsed = schema.safeParse(
      formOf({
        [editedFieldName.group("CKMB")]: "20",
        [editedFieldName.indicatorMax("2.1")]: "25",
        [editedFieldName.band("good")]: "95",
      }),
    );
    expect(parsed.success).toBe(false);
    const messages = parsed.error!.issues.filter((issue) => issue.path[0] === "table").map((issue) => issue.message);
    expect(messages).toEqual(
      expect.arrayContaining([
        "Tổng điểm tối đa của các nhóm là 102, phải bằng 100.",
        expect.stringMatching(
          /^Nhóm «Tiến độ giải quyết»: các chỉ số cộng lại \d+ điểm, vượt điểm tối đa của nhóm \(20\)\.$/,
        ),
        "Mức xếp loại phải giảm dần: mỗi mức thấp hơn mức đứng trên nó.",
      ]),
    );
  });

  it("is stored and read back; a stored value of another shape is not a table", () => {
    const table = schema.parse(formOf());
    expect(readEditedTable(JSON.parse(JSON.stringify(table)))).toEqual(table);
    expect(readEditedTable({ label: "x" })).toBeNull();
  });

  it("scores periods ending on or after its first day; earlier ones keep the 2022 table", () => {
    const edited = versionOfTable(schema.parse(formOf()), VERSION_2022);
    const versions = [VERSION_2022, edited];
    expect(versionInForce("2026-12-31", versions).id).toBe("qd766-2022");
    expect(versionInForce("2027-01-01", versions).id).toBe("qd766-2027-01-01");
  });
});
