import { describe, expect, it } from "vitest";
import {
  VERIFY_NOTICE,
  dayOfWeek,
  defaultWorkingCalendar,
  deriveVietnamPublicHolidays,
  isWorkingDay,
  validateWorkingCalendar,
  vietnamOfficialCalendar2025to2027,
  type CalendarDayEntry,
} from "./index";

const dates = (entries: CalendarDayEntry[]) => entries.map((e) => e.date);
const named = (entries: CalendarDayEntry[], fragment: string) =>
  dates(entries.filter((e) => e.name.includes(fragment)));
const weekdayDaysOff = (entries: CalendarDayEntry[], from: string, to: string) =>
  dates(entries.filter((e) => e.date >= from && e.date <= to && dayOfWeek(e.date) !== 0 && dayOfWeek(e.date) !== 6));

describe("deriveVietnamPublicHolidays — Labour Code 2019 Art. 112", () => {
  it("Tết Nguyên đán mùng 1 from the lunar calendar: 29/01/2025, 17/02/2026, 06/02/2027", () => {
    expect(named(deriveVietnamPublicHolidays(2025), "(mùng 1)")).toEqual(["2025-01-29"]);
    expect(named(deriveVietnamPublicHolidays(2026), "(mùng 1)")).toEqual(["2026-02-17"]);
    expect(named(deriveVietnamPublicHolidays(2027), "(mùng 1)")).toEqual(["2027-02-06"]);
  });

  it("Tết is 5 days: the last day of the lunar year + mùng 1–4 (2026: 16–20/02, 16/02 being 29 tháng Chạp)", () => {
    const tet = deriveVietnamPublicHolidays(2026).filter((e) => e.name.startsWith("Tết Nguyên đán"));
    expect(dates(tet)).toEqual(["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"]);
    expect(tet[0]?.name).toBe("Tết Nguyên đán (29 tháng Chạp)");
  });

  it("Giỗ Tổ Hùng Vương 10/3 lunar: 07/04/2025, 26/04/2026 (Sunday → nghỉ bù Mon 27/04/2026), 16/04/2027", () => {
    expect(named(deriveVietnamPublicHolidays(2025), "Giỗ Tổ")).toEqual(["2025-04-07"]);
    const y2026 = deriveVietnamPublicHolidays(2026);
    expect(y2026.filter((e) => e.name.includes("Giỗ Tổ"))).toEqual([
      { date: "2026-04-26", name: "Giỗ Tổ Hùng Vương (10/3 âm lịch)", notice: "Bộ luật Lao động 2019, Điều 112" },
      expect.objectContaining({ date: "2026-04-27", name: "Nghỉ bù Giỗ Tổ Hùng Vương" }),
    ]);
    expect(named(deriveVietnamPublicHolidays(2027), "Giỗ Tổ")).toEqual(["2027-04-16"]);
  });

  it("fixed days 1/1, 30/4, 1/5, 2/9 are always present", () => {
    const d = dates(deriveVietnamPublicHolidays(2026));
    for (const day of ["2026-01-01", "2026-04-30", "2026-05-01", "2026-09-02"]) expect(d).toContain(day);
  });

  it("Quốc khánh + adjacent day: the day before when 2/9 is Tue–Sat, the day after when it is Sun or Mon", () => {
    expect(named(deriveVietnamPublicHolidays(2025), "Quốc khánh")).toEqual(["2025-09-01", "2025-09-02"]); // Tue
    expect(named(deriveVietnamPublicHolidays(2026), "Quốc khánh")).toEqual(["2026-09-01", "2026-09-02"]); // Wed
    expect(named(deriveVietnamPublicHolidays(2024), "Quốc khánh")).toEqual(["2024-09-02", "2024-09-03"]); // Mon
    expect(named(deriveVietnamPublicHolidays(2023), "Quốc khánh")).toEqual(["2023-09-01", "2023-09-02", "2023-09-04"]); // Sat → bù Mon
    expect(named(deriveVietnamPublicHolidays(2029), "Quốc khánh")).toEqual(["2029-09-02", "2029-09-03", "2029-09-04"]); // Sun
  });

  it("24/11 (Ngày Văn hóa Việt Nam) only from 2026, flagged for verification", () => {
    expect(named(deriveVietnamPublicHolidays(2025), "Văn hóa")).toEqual([]);
    const entry = deriveVietnamPublicHolidays(2026).find((e) => e.date === "2026-11-24");
    expect(entry).toEqual({ date: "2026-11-24", name: "Ngày Văn hóa Việt Nam (24/11)", notice: VERIFY_NOTICE });
    expect(VERIFY_NOTICE).toBe("cần xác minh theo thông báo chính thức");
  });

  it("Art. 111(3): a holiday on a weekend is compensated on the next working day that is not itself a holiday", () => {
    const y2027 = deriveVietnamPublicHolidays(2027);
    // Tết 2027: mùng 1 Sat 06/02, mùng 2 Sun 07/02; 08–09/02 are Tết too → bù Wed 10/02 and Thu 11/02.
    expect(named(y2027, "Nghỉ bù Tết")).toEqual(["2027-02-10", "2027-02-11"]);
    expect(named(y2027, "Nghỉ bù ngày 1/5")).toEqual(["2027-05-03"]);
    // 1/1/2028 is a Saturday.
    expect(named(deriveVietnamPublicHolidays(2028), "Nghỉ bù Tết Dương lịch")).toEqual(["2028-01-03"]);
    // 2023: Giỗ Tổ Sat 29/04 and 30/4 Sun, Mon 01/05 is a holiday → bù Tue 02/05 and Wed 03/05 (as announced that year).
    expect(named(deriveVietnamPublicHolidays(2023), "Nghỉ bù").filter((d) => d.startsWith("2023-05"))).toEqual([
      "2023-05-02",
      "2023-05-03",
    ]);
  });

  it("returns entries sorted, each with a Vietnamese name", () => {
    for (const year of [2025, 2026, 2027]) {
      const list = deriveVietnamPublicHolidays(year);
      expect(dates(list)).toEqual([...dates(list)].sort());
      for (const e of list) expect(e.name.length).toBeGreaterThan(3);
    }
  });
});

describe("vietnamOfficialCalendar2025to2027 — seed with the announced adjustments", () => {
  const seed = vietnamOfficialCalendar2025to2027();

  it("2026 (official): Tết weekdays off 16–20/02, Giỗ Tổ bù 27/04, 30/04 + 01/05, Quốc khánh 01–02/09", () => {
    expect(weekdayDaysOff(seed.holidays, "2026-02-01", "2026-02-28")).toEqual([
      "2026-02-16",
      "2026-02-17",
      "2026-02-18",
      "2026-02-19",
      "2026-02-20",
    ]);
    expect(weekdayDaysOff(seed.holidays, "2026-04-01", "2026-05-31")).toEqual([
      "2026-04-27",
      "2026-04-30",
      "2026-05-01",
    ]);
    expect(weekdayDaysOff(seed.holidays, "2026-08-01", "2026-09-30")).toEqual(["2026-09-01", "2026-09-02"]);
  });

  it("2025 (official): Tết weekdays off 27–31/01 (not 03/02), Giỗ Tổ 07/04, 30/04–02/05 with make-up Sat 26/04, Quốc khánh 01–02/09", () => {
    expect(weekdayDaysOff(seed.holidays, "2025-01-02", "2025-02-28")).toEqual([
      "2025-01-27",
      "2025-01-28",
      "2025-01-29",
      "2025-01-30",
      "2025-01-31",
    ]);
    expect(weekdayDaysOff(seed.holidays, "2025-04-01", "2025-05-31")).toEqual([
      "2025-04-07",
      "2025-04-30",
      "2025-05-01",
      "2025-05-02",
    ]);
    expect(weekdayDaysOff(seed.holidays, "2025-08-01", "2025-09-30")).toEqual(["2025-09-01", "2025-09-02"]);
    expect(dates(seed.makeUpWorkdays)).toEqual(["2025-04-26"]);
  });

  it("2027 is the derivation", () => {
    expect(dates(seed.holidays.filter((e) => e.date.startsWith("2027")))).toEqual(
      dates(deriveVietnamPublicHolidays(2027)),
    );
  });

  it("every entry names its source; adjustments name the announcement", () => {
    for (const e of [...seed.holidays, ...seed.makeUpWorkdays]) expect(e.notice, e.date).toBeTruthy();
    for (const d of ["2025-01-27", "2025-05-02", "2025-04-26"]) {
      const e = [...seed.holidays, ...seed.makeUpWorkdays].find((x) => x.date === d);
      expect(e?.notice).toContain("Bộ Nội vụ");
    }
    expect(seed.holidays.find((e) => e.date === "2027-02-10")?.notice).toContain("cần xác minh");
  });

  it("builds a valid calendar in which the adjusted days behave as announced", () => {
    const cal = defaultWorkingCalendar({ holidays: seed.holidays, makeUpWorkdays: seed.makeUpWorkdays });
    expect(validateWorkingCalendar(cal)).toEqual([]);
    expect(isWorkingDay(cal, "2025-02-03")).toBe(true);
    expect(isWorkingDay(cal, "2025-01-27")).toBe(false);
    expect(isWorkingDay(cal, "2025-04-26")).toBe(true);
    expect(isWorkingDay(cal, "2025-05-02")).toBe(false);
  });
});
