import { describe, expect, it } from "vitest";
import { formatDate, formatDateTime, formatDocumentDate, localDateKey } from "./format";

describe("Vietnamese date display (Asia/Ho_Chi_Minh, dd/MM/yyyy)", () => {
  // 23:30 UTC on 22/04 is already 06:30 on 23/04 in Vietnam (UTC+7): the calendar day must follow Vietnam.
  const lateUtc = new Date("2026-04-22T23:30:00Z");

  it("shows the Vietnamese calendar day, not the server's", () => {
    expect(formatDate(lateUtc)).toBe("23/04/2026");
    expect(localDateKey(lateUtc)).toBe("2026-04-23");
  });

  it("puts the time before the date as on appointment slips", () => {
    expect(formatDateTime(new Date("2026-05-05T10:00:00Z"))).toBe("17:00 05/05/2026");
  });

  it("writes the dateline of administrative documents", () => {
    expect(formatDocumentDate(lateUtc)).toBe("ngày 23 tháng 04 năm 2026");
  });
});
