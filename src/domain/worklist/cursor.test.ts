// Keyset pagination of the worklist (docs/worklists.md "Pages"): "Trang sau" / "Trang trước" carry a cursor, the
// position of a row in the list's order; a typed page number is read by OFFSET up to OFFSET_PAGE_MAX; a tampered
// cursor or a deeper typed page shows the first page with a Vietnamese message, never an error page.
import { describe, expect, it } from "vitest";
import { cursorOf, decodeCursor, encodeCursor, type WorklistCursor } from "./cursor";
import { reversedKey, SORT_KEYS } from "./sort";
import { OFFSET_PAGE_MAX, parseWorklistParams, PARAM, worklistHref, filterToParams } from "./filter";

const cursor: WorklistCursor = {
  sort: "appointmentAsc",
  direction: "next",
  page: 7,
  at: "2026-05-04T10:00:00.000Z",
  code: "PST-260420-0012",
};

describe("cursor encoding", () => {
  it("round-trips through a URL-safe text", () => {
    const text = encodeCursor(cursor);
    expect(text).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(text, "appointmentAsc")).toEqual(cursor);
    const paused = { ...cursor, direction: "previous" as const, at: null };
    expect(decodeCursor(encodeCursor(paused), "appointmentAsc")).toEqual(paused);
  });

  it("takes a row's date in the sort's own column", () => {
    const row = {
      code: "PST-260420-0012",
      appointmentAt: new Date("2026-05-04T10:00:00Z"),
      receivedAt: new Date("2026-04-20T01:00:00Z"),
    };
    expect(cursorOf("appointmentDesc", "next", 2, row).at).toBe("2026-05-04T10:00:00.000Z");
    expect(cursorOf("receivedAsc", "previous", 3, row)).toEqual({
      sort: "receivedAsc",
      direction: "previous",
      page: 3,
      at: "2026-04-20T01:00:00.000Z",
      code: row.code,
    });
    expect(cursorOf("appointmentAsc", "next", 2, { ...row, appointmentAt: null }).at).toBeNull();
  });

  it("refuses anything it did not write: garbage, bad JSON, a changed field out of range, another sort", () => {
    const wire = (value: unknown) =>
      btoa(JSON.stringify(value)).replaceAll("+", "-").replaceAll("/", "_").replace(/=+$/, "");
    expect(decodeCursor("not a cursor!", "appointmentAsc")).toBeNull();
    expect(decodeCursor("eyJ", "appointmentAsc")).toBeNull(); // truncated JSON
    expect(
      decodeCursor(
        wire([1, "appointmentAsc", "n", 7, "2026-05-04T10:00:00.000Z", "PST-260420-0012"]),
        "appointmentAsc",
      ),
    ).toEqual(cursor);
    expect(
      decodeCursor(
        wire([2, "appointmentAsc", "n", 7, "2026-05-04T10:00:00.000Z", "PST-260420-0012"]),
        "appointmentAsc",
      ),
    ).toBeNull();
    expect(
      decodeCursor(
        wire([1, "appointmentAsc", "n", 1, "2026-05-04T10:00:00.000Z", "PST-260420-0012"]),
        "appointmentAsc",
      ),
    ).toBeNull();
    expect(
      decodeCursor(
        wire([1, "appointmentAsc", "x", 7, "2026-05-04T10:00:00.000Z", "PST-260420-0012"]),
        "appointmentAsc",
      ),
    ).toBeNull();
    expect(
      decodeCursor(wire([1, "appointmentAsc", "n", 7, "04/05/2026", "PST-260420-0012"]), "appointmentAsc"),
    ).toBeNull();
    expect(decodeCursor(wire([1, "appointmentAsc", "n", 7, null, "x' OR 1=1 --"]), "appointmentAsc")).toBeNull();
    expect(decodeCursor(wire([1, "constructor", "n", 7, null, "PST-260420-0012"]), "appointmentAsc")).toBeNull();
    expect(decodeCursor(wire({ sort: "appointmentAsc" }), "appointmentAsc")).toBeNull();
    // A position in one order means nothing in another.
    expect(decodeCursor(encodeCursor(cursor), "receivedDesc")).toBeNull();
  });
});

describe("sort keys", () => {
  it("read backwards flips the direction and where the undated rows go", () => {
    expect(reversedKey(SORT_KEYS.appointmentAsc)).toEqual(SORT_KEYS.appointmentDesc);
    expect(reversedKey(SORT_KEYS.receivedDesc)).toEqual({ column: "receivedAt", descending: false, nullsFirst: true });
  });
});

describe("pages in the URL", () => {
  it("reads a cursor's page number from the cursor, and writes the cursor instead of the page", () => {
    const { filter, errors } = parseWorklistParams({ [PARAM.cursor]: encodeCursor(cursor), trang: "3" });
    expect(errors).toEqual({});
    expect(filter.cursor).toEqual(cursor);
    expect(filter.page).toBe(7);
    expect(filterToParams(filter)).toEqual({ [PARAM.cursor]: encodeCursor(cursor) });
    // Any other change starts the list again at page 1 without the cursor.
    expect(worklistHref("/ho-so", filter, { quick: "overdue" })).toBe("/ho-so?han=qua-han");
    expect(worklistHref("/ho-so", filter, { page: 1 })).toBe("/ho-so");
    expect(worklistHref("/ho-so", { ...filter, cursor: null, page: 1 }, { cursor })).toBe(
      `/ho-so?${PARAM.cursor}=${encodeCursor(cursor)}`,
    );
  });

  it("shows the first page with a Vietnamese message for a tampered cursor or one of another sort", () => {
    const tampered = parseWorklistParams({ [PARAM.cursor]: `${encodeCursor(cursor).slice(0, -3)}xyz` });
    expect(tampered.filter.cursor).toBeNull();
    expect(tampered.filter.page).toBe(1);
    expect(tampered.errors.cursor).toMatch(/không hợp lệ/);
    const otherSort = parseWorklistParams({ [PARAM.cursor]: encodeCursor(cursor), "sap-xep": "nhan-moi" });
    expect(otherSort.filter.cursor).toBeNull();
    expect(otherSort.errors.cursor).toMatch(/không hợp lệ/);
  });

  it("reads a typed page by OFFSET up to OFFSET_PAGE_MAX, and refuses a deeper one with a message", () => {
    expect(parseWorklistParams({ trang: String(OFFSET_PAGE_MAX) }).filter.page).toBe(OFFSET_PAGE_MAX);
    const deep = parseWorklistParams({ trang: String(OFFSET_PAGE_MAX + 1) });
    expect(deep.filter.page).toBe(1);
    expect(deep.errors.page).toMatch(/không hợp lệ.*Trang sau/);
  });
});
