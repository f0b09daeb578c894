import { describe, expect, it } from "vitest";
import { defaultWorkingCalendar } from "./index";
import {
  checkDayHours,
  checkNewDay,
  normaliseClockTime,
  parseCalendarDate,
  parseYearParam,
  selectableYears,
  statutoryCandidates,
  weekdayDateVi,
} from "./editing";
import { addDaySchema } from "./editing-schema";

const cal = defaultWorkingCalendar();

describe("parseCalendarDate (dd/MM/yyyy as typed at the desk)", () => {
  it("accepts dd/MM/yyyy and d/M/yyyy", () => {
    expect(parseCalendarDate("16/02/2026")).toEqual({ ok: true, date: "2026-02-16" });
    expect(parseCalendarDate(" 2/9/2026 ")).toEqual({ ok: true, date: "2026-09-02" });
    expect(parseCalendarDate("01.05.2026")).toEqual({ ok: true, date: "2026-05-01" });
  });
  it("rejects impossible dates", () => {
    expect(parseCalendarDate("30/02/2026")).toEqual({ ok: false, error: "impossible" });
    expect(parseCalendarDate("29/02/2026")).toEqual({ ok: false, error: "impossible" });
    expect(parseCalendarDate("31/04/2026")).toEqual({ ok: false, error: "impossible" });
    expect(parseCalendarDate("00/01/2026")).toEqual({ ok: false, error: "impossible" });
    expect(parseCalendarDate("12/13/2026")).toEqual({ ok: false, error: "impossible" });
    expect(parseCalendarDate("29/02/2028")).toEqual({ ok: true, date: "2028-02-29" });
  });
  it("rejects years outside 2000–2100 and other shapes", () => {
    expect(parseCalendarDate("01/01/1999")).toEqual({ ok: false, error: "range" });
    expect(parseCalendarDate("01/01/2101")).toEqual({ ok: false, error: "range" });
    expect(parseCalendarDate("31/12/2100")).toEqual({ ok: true, date: "2100-12-31" });
    expect(parseCalendarDate("2026-02-16")).toEqual({ ok: false, error: "format" });
    expect(parseCalendarDate("16/02/26")).toEqual({ ok: false, error: "format" });
    expect(parseCalendarDate("")).toEqual({ ok: false, error: "format" });
  });
});

describe("normaliseClockTime", () => {
  it("pads and validates HH:mm", () => {
    expect(normaliseClockTime("7:30")).toBe("07:30");
    expect(normaliseClockTime("17:00")).toBe("17:00");
    expect(normaliseClockTime("24:00")).toBeNull();
    expect(normaliseClockTime("12:60")).toBeNull();
    expect(normaliseClockTime("1730")).toBeNull();
  });
});

describe("checkNewDay", () => {
  it("refuses a date that already has an entry", () => {
    const check = checkNewDay(
      cal,
      { date: "2026-02-16", kind: "HOLIDAY", confirmWeekend: false },
      { kind: "HOLIDAY", name: "Tết Nguyên đán (mùng 1)" },
    );
    expect(check.fieldErrors.date?.[0]).toBe(
      "Thứ Hai 16/02/2026 đã có trong lịch (ngày nghỉ: Tết Nguyên đán (mùng 1)). Xin xóa mục đó trước nếu muốn sửa.",
    );
  });
  it("refuses a make-up working day on a normal working weekday", () => {
    const check = checkNewDay(cal, { date: "2026-04-28", kind: "MAKEUP_WORKDAY", confirmWeekend: false }, null);
    expect(check.fieldErrors.kind?.[0]).toMatch(/^Thứ Ba 28\/04\/2026 vốn là ngày làm việc/);
  });
  it("accepts a make-up working day on a Saturday", () => {
    expect(
      checkNewDay(cal, { date: "2025-04-26", kind: "MAKEUP_WORKDAY", confirmWeekend: false }, null).fieldErrors,
    ).toEqual({});
  });
  it("asks to confirm a holiday on a weekend and suggests the compensatory weekday", () => {
    // Giỗ Tổ Hùng Vương 2026 falls on Sunday 26/04; the compensatory day is Monday 27/04.
    const refused = checkNewDay(cal, { date: "2026-04-26", kind: "HOLIDAY", confirmWeekend: false }, null);
    expect(refused.fieldErrors.confirmWeekend?.[0]).toContain("gợi ý: Thứ Hai 27/04/2026");
    expect(refused.compensatorySuggestion).toBe("2026-04-27");
    const confirmed = checkNewDay(cal, { date: "2026-04-26", kind: "HOLIDAY", confirmWeekend: true }, null);
    expect(confirmed.fieldErrors).toEqual({});
    expect(confirmed.compensatorySuggestion).toBe("2026-04-27");
  });
  it("skips holidays already in the calendar when suggesting the compensatory day", () => {
    const withHoliday = defaultWorkingCalendar({ holidays: [{ date: "2026-04-27", name: "Nghỉ bù" }] });
    expect(
      checkNewDay(withHoliday, { date: "2026-04-26", kind: "HOLIDAY", confirmWeekend: false }, null)
        .compensatorySuggestion,
    ).toBe("2026-04-28");
  });
  it("accepts a holiday on a working weekday without confirmation", () => {
    expect(checkNewDay(cal, { date: "2026-04-30", kind: "HOLIDAY", confirmWeekend: false }, null)).toEqual({
      fieldErrors: {},
    });
  });
});

describe("checkDayHours", () => {
  const empty = { morningStart: null, morningEnd: null, afternoonStart: null, afternoonEnd: null };
  it("accepts the usual hours, a morning only, and a day off", () => {
    const ok = { morningStart: [], morningEnd: [], afternoonStart: [], afternoonEnd: [] };
    expect(
      checkDayHours({ morningStart: "07:30", morningEnd: "11:30", afternoonStart: "13:30", afternoonEnd: "17:00" }),
    ).toEqual(ok);
    expect(checkDayHours({ ...empty, morningStart: "07:30", morningEnd: "11:30" })).toEqual(ok);
    expect(checkDayHours(empty)).toEqual(ok);
  });
  it("requires both ends of a window", () => {
    expect(checkDayHours({ ...empty, morningStart: "07:30" }).morningEnd).toHaveLength(1);
    expect(checkDayHours({ ...empty, afternoonEnd: "17:00" }).afternoonStart).toHaveLength(1);
  });
  it("requires start < end", () => {
    expect(checkDayHours({ ...empty, morningStart: "11:30", morningEnd: "07:30" }).morningEnd[0]).toMatch(
      /phải sau giờ bắt đầu/,
    );
    expect(checkDayHours({ ...empty, afternoonStart: "13:30", afternoonEnd: "13:30" }).afternoonEnd).toHaveLength(1);
  });
  it("requires the morning to end before the afternoon starts", () => {
    expect(
      checkDayHours({ morningStart: "07:30", morningEnd: "14:00", afternoonStart: "13:30", afternoonEnd: "17:00" })
        .afternoonStart[0],
    ).toMatch(/Buổi chiều phải bắt đầu sau khi buổi sáng kết thúc/);
  });
});

describe("statutoryCandidates", () => {
  it("offers the checked list for 2025, including the make-up Saturday, minus what exists", () => {
    const { source, candidates } = statutoryCandidates(2025, cal, new Set(["2025-01-01"]));
    expect(source).toBe("official");
    expect(candidates.some((c) => c.date === "2025-01-01")).toBe(false);
    expect(candidates.find((c) => c.date === "2025-04-26")).toMatchObject({ kind: "MAKEUP_WORKDAY" });
    expect(candidates.find((c) => c.date === "2025-05-02")).toMatchObject({ kind: "HOLIDAY" });
    expect(candidates.every((c) => c.date.startsWith("2025-"))).toBe(true);
  });
  it("derives other years and marks holidays that fall on a weekend", () => {
    const { source, candidates } = statutoryCandidates(2028, cal, new Set());
    expect(source).toBe("derived");
    expect(candidates.length).toBeGreaterThan(8);
    for (const c of candidates) expect(c.notice.length).toBeGreaterThan(0);
    // 2026 from the official list: Giỗ Tổ on Sunday 26/04 is off anyway.
    expect(statutoryCandidates(2026, cal, new Set()).candidates.find((c) => c.date === "2026-04-26")?.offAnyway).toBe(
      true,
    );
  });
});

describe("years", () => {
  it("parses the year parameter", () => {
    expect(parseYearParam("2026")).toBe(2026);
    expect(parseYearParam(["2027", "2028"])).toBe(2027);
    expect(parseYearParam("1999")).toBeNull();
    expect(parseYearParam("abc")).toBeNull();
    expect(parseYearParam(undefined)).toBeNull();
  });
  it("offers 2025–2028, years with entries and the chosen year", () => {
    expect(selectableYears([2024, 2026], 2031)).toEqual([2024, 2025, 2026, 2027, 2028, 2031]);
  });
  it("labels a date with its Vietnamese weekday", () => {
    expect(weekdayDateVi("2026-02-16")).toBe("Thứ Hai 16/02/2026");
    expect(weekdayDateVi("2026-02-15")).toBe("Chủ nhật 15/02/2026");
  });
});

describe("schemas", () => {
  it("parses the add-day form", () => {
    const parsed = addDaySchema.parse({
      date: "16/02/2026",
      kind: "HOLIDAY",
      name: " Tết ",
      notice: "",
      note: "Theo thông báo",
    });
    expect(parsed).toEqual({
      date: "2026-02-16",
      kind: "HOLIDAY",
      name: "Tết",
      notice: null,
      confirmWeekend: false,
      note: "Theo thông báo",
    });
  });
  it("explains what is wrong with the add-day form, in Vietnamese", () => {
    const result = addDaySchema.safeParse({ date: "30/02/2026", name: "x".repeat(201), notice: "y".repeat(301) });
    expect(result.success).toBe(false);
    const byField = Object.fromEntries(
      (result.error?.issues ?? []).map((issue) => [issue.path.join("."), issue.message]),
    );
    expect(byField.date).toBe('Ngày "30/02/2026" không có trên lịch. Xin kiểm tra lại ngày và tháng.');
    expect(byField.kind).toBe("Xin chọn loại ngày: ngày nghỉ hoặc ngày làm bù.");
    expect(byField.name).toBe("Tên ngày tối đa 200 ký tự.");
    expect(byField.notice).toBe("Căn cứ (thông báo) tối đa 300 ký tự.");
    expect(byField.note).toBe("Xin nhập ghi chú thay đổi (lý do, căn cứ).");
  });
});
