import { describe, expect, it } from "vitest";
import {
  addWorkingDays,
  addWorkingTime,
  defaultWorkingCalendar,
  endOfOfficeDay,
  formatLocal,
  isWorkingDay,
  localDateTime,
  officeWindowsOn,
  standardWorkingDayMs,
  toLocalDate,
  validateWorkingCalendar,
  vietnamOfficialCalendar2025to2027,
  workingDaysElapsed,
  workingDaysElapsedMany,
  workingTimeBetween,
} from "./index";

const seed = vietnamOfficialCalendar2025to2027();
const cal = defaultWorkingCalendar({ revision: 7, holidays: seed.holidays, makeUpWorkdays: seed.makeUpWorkdays });
const at = (date: string, time: string) => localDateTime(cal, date, time);
const show = (d: Date) => formatLocal(cal, d, "yyyy-MM-dd HH:mm");
const HOUR = 3_600_000;

describe("defaultWorkingCalendar", () => {
  it("is Mon–Fri 07:30–11:30 + 13:30–17:00, cut-off 15:00, no holidays, revision 0, Asia/Ho_Chi_Minh", () => {
    const c = defaultWorkingCalendar();
    expect(c.revision).toBe(0);
    expect(c.timeZone).toBe("Asia/Ho_Chi_Minh");
    expect(c.cutoff).toBe("15:00");
    expect(c.holidays).toEqual([]);
    expect(c.makeUpWorkdays).toEqual([]);
    expect(c.weekHours[0]).toEqual([]);
    expect(c.weekHours[6]).toEqual([]);
    for (const wd of [1, 2, 3, 4, 5] as const) {
      expect(c.weekHours[wd]).toEqual([
        { start: "07:30", end: "11:30" },
        { start: "13:30", end: "17:00" },
      ]);
    }
  });

  it("lets options override fields, and calendars do not share window arrays", () => {
    const a = defaultWorkingCalendar({ revision: 3, cutoff: "16:00" });
    const b = defaultWorkingCalendar();
    expect(a.revision).toBe(3);
    expect(a.cutoff).toBe("16:00");
    a.weekHours[1].push({ start: "18:00", end: "19:00" });
    expect(b.weekHours[1]).toHaveLength(2);
  });
});

describe("time zone: every date boundary is in cal.timeZone", () => {
  it("maps instants to Vietnamese local dates (UTC+7)", () => {
    expect(toLocalDate(cal, new Date("2026-04-22T17:30:00Z"))).toBe("2026-04-23"); // 00:30 local
    expect(toLocalDate(cal, new Date("2026-04-23T16:59:59Z"))).toBe("2026-04-23"); // 23:59:59 local
    expect(localDateTime(cal, "2026-04-23", "10:00").toISOString()).toBe("2026-04-23T03:00:00.000Z");
    expect(formatLocal(cal, new Date("2026-04-23T03:00:00Z"), "HH:mm dd/MM/yyyy")).toBe("10:00 23/04/2026");
  });

  it("reads the zone from the calendar, not from the machine", () => {
    const utc = defaultWorkingCalendar({ timeZone: "UTC" });
    expect(toLocalDate(utc, new Date("2026-04-22T17:30:00Z"))).toBe("2026-04-22");
    expect(endOfOfficeDay(utc, "2026-04-22").toISOString()).toBe("2026-04-22T17:00:00.000Z");
  });
});

describe("isWorkingDay / officeWindowsOn (docs/domain.md: Mon–Fri minus holidays, plus make-up days)", () => {
  it("Tết Bính Ngọ 2026: 16–20/02/2026 are days off, 13/02 and 23/02 are working days", () => {
    for (const d of ["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19", "2026-02-20"])
      expect(isWorkingDay(cal, d)).toBe(false);
    expect(isWorkingDay(cal, "2026-02-13")).toBe(true);
    expect(isWorkingDay(cal, "2026-02-23")).toBe(true);
  });

  it("27/04/2026 (nghỉ bù Giỗ Tổ), 30/04, 01/05, 01–02/09/2026 are days off", () => {
    for (const d of ["2026-04-27", "2026-04-30", "2026-05-01", "2026-09-01", "2026-09-02"])
      expect(isWorkingDay(cal, d)).toBe(false);
    expect(isWorkingDay(cal, "2026-04-28")).toBe(true);
    expect(isWorkingDay(cal, "2026-09-03")).toBe(true);
  });

  it("weekends are not working days", () => {
    expect(isWorkingDay(cal, "2026-04-25")).toBe(false);
    expect(isWorkingDay(cal, "2026-04-26")).toBe(false);
    expect(officeWindowsOn(cal, "2026-04-25")).toEqual([]);
  });

  it("ngày làm bù: Saturday 26/04/2025 is a working day with Monday's hours", () => {
    expect(isWorkingDay(cal, "2025-04-26")).toBe(true);
    expect(officeWindowsOn(cal, "2025-04-26")).toEqual(officeWindowsOn(cal, "2025-04-28"));
  });

  it("a make-up day may carry its own hours; a holiday on the same date wins", () => {
    const c = defaultWorkingCalendar({
      makeUpWorkdays: [
        { date: "2026-05-09", name: "Làm bù", hours: [{ start: "08:00", end: "11:00" }] },
        { date: "2026-05-16", name: "Làm bù" },
      ],
      holidays: [{ date: "2026-05-16", name: "Nghỉ" }],
    });
    expect(officeWindowsOn(c, "2026-05-09")).toEqual([{ start: "08:00", end: "11:00" }]);
    expect(isWorkingDay(c, "2026-05-16")).toBe(false);
  });

  it("returns windows sorted and rejects malformed ones", () => {
    const c = defaultWorkingCalendar();
    c.weekHours[3] = [
      { start: "13:30", end: "17:00" },
      { start: "07:30", end: "11:30" },
    ];
    expect(officeWindowsOn(c, "2026-04-22").map((w) => w.start)).toEqual(["07:30", "13:30"]);
    const bad = defaultWorkingCalendar();
    bad.weekHours[3] = [{ start: "12:00", end: "08:00" }];
    expect(() => isWorkingDay(bad, "2026-04-22")).toThrow(RangeError);
    expect(() => isWorkingDay(cal, "2026-02-30")).toThrow(RangeError);
  });
});

describe("addWorkingDays", () => {
  it("skips Tết: Fri 13/02/2026 + 1 → Mon 23/02/2026", () => {
    expect(addWorkingDays(cal, "2026-02-13", 1)).toBe("2026-02-23");
  });

  it("n = 0 returns the date itself, even a day off", () => {
    expect(addWorkingDays(cal, "2026-02-17", 0)).toBe("2026-02-17");
  });

  it("negative n walks backwards: Mon 23/02/2026 − 1 → Fri 13/02; Mon 04/05/2026 − 3 → Fri 24/04", () => {
    expect(addWorkingDays(cal, "2026-02-23", -1)).toBe("2026-02-13");
    expect(addWorkingDays(cal, "2026-05-04", -1)).toBe("2026-04-29");
    expect(addWorkingDays(cal, "2026-05-04", -3)).toBe("2026-04-24");
  });

  it("from a Saturday: Sat 25/04/2026 + 1 → Tue 28/04 (Mon 27/04 is nghỉ bù Giỗ Tổ)", () => {
    expect(addWorkingDays(cal, "2026-04-25", 1)).toBe("2026-04-28");
  });

  it("Quốc khánh 2026: Mon 31/08 + 1 → Thu 03/09", () => {
    expect(addWorkingDays(cal, "2026-08-31", 1)).toBe("2026-09-03");
  });

  it("counts a make-up Saturday: Fri 25/04/2025 + 1 → Sat 26/04/2025", () => {
    expect(addWorkingDays(cal, "2025-04-25", 1)).toBe("2025-04-26");
  });

  it("rejects fractional days and a calendar without working days", () => {
    expect(() => addWorkingDays(cal, "2026-04-20", 1.5)).toThrow(RangeError);
    const none = defaultWorkingCalendar({ weekHours: { 0: [], 1: [], 2: [], 3: [], 4: [], 5: [], 6: [] } });
    expect(() => addWorkingDays(none, "2026-04-20", 1)).toThrow(RangeError);
  });
});

describe("workingTimeBetween: office time inside [from, to)", () => {
  it("excludes the lunch break: Thu 23/04/2026 10:00 → 15:00 = 3 h", () => {
    expect(workingTimeBetween(cal, at("2026-04-23", "10:00"), at("2026-04-23", "15:00"))).toBe(3 * HOUR);
  });

  it("excludes nights, weekends and Tết: Fri 13/02/2026 16:00 → Mon 23/02/2026 08:30 = 2 h", () => {
    expect(workingTimeBetween(cal, at("2026-02-13", "16:00"), at("2026-02-23", "08:30"))).toBe(2 * HOUR);
  });

  it("is 0 for an empty or reversed range", () => {
    expect(workingTimeBetween(cal, at("2026-04-23", "10:00"), at("2026-04-23", "10:00"))).toBe(0);
    expect(workingTimeBetween(cal, at("2026-04-23", "15:00"), at("2026-04-23", "10:00"))).toBe(0);
  });
});

describe("addWorkingTime: forward through office windows only", () => {
  it("rolls over the night and Tết: Fri 13/02/2026 16:00 + 2 h → Mon 23/02/2026 08:30", () => {
    expect(show(addWorkingTime(cal, at("2026-02-13", "16:00"), 2 * HOUR))).toBe("2026-02-23 08:30");
  });

  it("starting in the lunch break starts at 13:30: 12:00 + 1 h → 14:30", () => {
    expect(show(addWorkingTime(cal, at("2026-04-23", "12:00"), HOUR))).toBe("2026-04-23 14:30");
  });

  it("landing exactly on a window end stays there (17:00, not 07:30 next day)", () => {
    expect(show(addWorkingTime(cal, at("2026-04-23", "13:30"), 3.5 * HOUR))).toBe("2026-04-23 17:00");
  });

  it("from a window end, any positive time rolls into the next working day's first window", () => {
    expect(show(addWorkingTime(cal, at("2026-04-24", "17:00"), 30 * 60_000))).toBe("2026-04-28 08:00");
  });

  it("0 ms returns the start; negative time is refused", () => {
    expect(show(addWorkingTime(cal, at("2026-04-23", "17:00"), 0))).toBe("2026-04-23 17:00");
    expect(() => addWorkingTime(cal, at("2026-04-23", "17:00"), -1)).toThrow(RangeError);
  });

  it("is the inverse of workingTimeBetween", () => {
    const from = at("2026-04-22", "09:10");
    const to = addWorkingTime(cal, from, 17.25 * HOUR);
    expect(workingTimeBetween(cal, from, to)).toBe(17.25 * HOUR);
  });
});

describe("workingDaysElapsed: fractional working days for median/P90 statistics", () => {
  it("two full days = 2", () => {
    expect(workingDaysElapsed(cal, at("2026-04-20", "07:30"), at("2026-04-21", "17:00"))).toBe(2);
  });

  it("a morning = 4 h of 7.5 h", () => {
    expect(workingDaysElapsed(cal, at("2026-04-20", "07:30"), at("2026-04-20", "11:30"))).toBeCloseTo(4 / 7.5, 10);
  });

  it("skips the Monday holiday: Fri 24/04/2026 07:30 → Tue 28/04/2026 17:00 = 2", () => {
    expect(workingDaysElapsed(cal, at("2026-04-24", "07:30"), at("2026-04-28", "17:00"))).toBe(2);
  });

  it("1 day = that day's office time: a full 3-hour make-up Saturday counts 1", () => {
    const c = defaultWorkingCalendar({
      makeUpWorkdays: [{ date: "2026-05-09", name: "Làm bù", hours: [{ start: "08:00", end: "11:00" }] }],
    });
    expect(
      workingDaysElapsed(c, localDateTime(c, "2026-05-09", "08:00"), localDateTime(c, "2026-05-09", "11:00")),
    ).toBe(1);
  });
});

describe("workingDaysElapsedMany: the same figures for a batch", () => {
  it("equals workingDaysElapsed on 2,000 random intervals across holidays, make-up days and weekends", () => {
    // A seeded linear congruential generator: the same intervals on every run.
    let state = 20261209;
    const next = () => (state = (state * 1_103_515_245 + 12_345) % 2_147_483_648) / 2_147_483_648;
    const start = at("2025-01-01", "00:00").getTime();
    const intervals = Array.from({ length: 2000 }, () => {
      const from = new Date(start + Math.floor(next() * 700 * 24) * HOUR + Math.floor(next() * 60) * 60_000);
      const to = new Date(
        from.getTime() + Math.floor(next() * 40 * 24 * 60) * 60_000 - (next() < 0.02 ? 86_400_000 : 0),
      );
      return { from, to };
    });
    const batch = workingDaysElapsedMany(cal, intervals);
    intervals.forEach(({ from, to }, i) => expect(batch[i]).toBeCloseTo(workingDaysElapsed(cal, from, to), 12));
    expect(batch.some((value) => value === 0)).toBe(true); // the reversed ones
  });

  it("in a zone with daylight saving, across the switch days (the offset is read per UTC day)", () => {
    const berlin = defaultWorkingCalendar({ timeZone: "Europe/Berlin" });
    const intervals = [
      ["2026-03-27", "16:30", "2026-03-30", "08:15"],
      ["2026-03-29", "01:30", "2026-03-29", "23:59"],
      ["2026-10-23", "09:00", "2026-10-26", "10:00"],
      ["2026-10-25", "00:30", "2026-10-26", "00:30"],
    ].map(([d1, t1, d2, t2]) => ({ from: localDateTime(berlin, d1!, t1!), to: localDateTime(berlin, d2!, t2!) }));
    const batch = workingDaysElapsedMany(berlin, intervals);
    intervals.forEach(({ from, to }, i) => expect(batch[i]).toBeCloseTo(workingDaysElapsed(berlin, from, to), 12));
  });

  it("a same-day interval, the Monday holiday and an empty batch", () => {
    expect(
      workingDaysElapsedMany(cal, [
        { from: at("2026-04-20", "07:30"), to: at("2026-04-20", "11:30") },
        { from: at("2026-04-24", "07:30"), to: at("2026-04-28", "17:00") },
      ]),
    ).toEqual([workingDaysElapsed(cal, at("2026-04-20", "07:30"), at("2026-04-20", "11:30")), 2]);
    expect(workingDaysElapsedMany(cal, [])).toEqual([]);
  });
});

describe("standardWorkingDayMs / validateWorkingCalendar", () => {
  it("a standard day is Monday's office time (7.5 h)", () => {
    expect(standardWorkingDayMs(cal)).toBe(7.5 * HOUR);
  });

  it("accepts the seeded calendar and reports problems in Vietnamese", () => {
    expect(validateWorkingCalendar(cal)).toEqual([]);
    const bad = defaultWorkingCalendar({
      timeZone: "Mars/Olympus",
      cutoff: "3pm",
      holidays: [
        { date: "2026-05-16", name: "A" },
        { date: "2026-05-16", name: "B" },
      ],
      makeUpWorkdays: [
        { date: "2026-05-16", name: "C" },
        { date: "2026-05-18", name: "D" },
      ],
    });
    const issues = validateWorkingCalendar(bad).join("\n");
    expect(issues).toContain("Múi giờ");
    expect(issues).toContain("Giờ chốt");
    expect(issues).toContain("khai báo trùng");
    expect(issues).toContain("vừa là ngày nghỉ vừa là ngày làm bù");
    expect(issues).toContain("vốn đã là ngày làm việc");
  });
});
