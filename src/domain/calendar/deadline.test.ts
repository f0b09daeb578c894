import { describe, expect, it } from "vitest";
import {
  computeAppointment,
  defaultWorkingCalendar,
  describeDurationVi,
  formatLocal,
  formatWorkingDurationVi,
  localDateTime,
  mergePauses,
  vietnamOfficialCalendar2025to2027,
  type AppointmentResult,
  type PauseInterval,
  type StatutoryDuration,
  type WorkingCalendar,
} from "./index";

const seed = vietnamOfficialCalendar2025to2027();
const cal = defaultWorkingCalendar({ revision: 7, holidays: seed.holidays, makeUpWorkdays: seed.makeUpWorkdays });
const at = (date: string, time: string) => localDateTime(cal, date, time);
const show = (d: Date) => formatLocal(cal, d, "yyyy-MM-dd HH:mm");
const HOUR = 3_600_000;
const days = (value: number): StatutoryDuration => ({ value, unit: "WORKING_DAYS" });
const hours = (value: number): StatutoryDuration => ({ value, unit: "WORKING_HOURS" });
const sameDay: StatutoryDuration = { value: 0, unit: "SAME_DAY" };

function scheduled(result: AppointmentResult): Extract<AppointmentResult, { kind: "scheduled" }> {
  if (result.kind !== "scheduled") throw new Error(`expected scheduled, got ${result.kind}: ${result.explanation}`);
  return result;
}

function appointment(
  receivedAt: Date,
  duration: StatutoryDuration,
  pauses?: PauseInterval[],
  c: WorkingCalendar = cal,
) {
  return scheduled(computeAppointment(c, { receivedAt, duration, pauses }));
}

describe("WORKING_DAYS — Civil Code 2015 Art. 147–148: the receipt day is not counted; due at close of the Nth working day after it", () => {
  it("the documented example (src/domain/calendar/README.md) verbatim: received Thu 23/04/2026 10:00, 5 days, over 27/04, 30/04, 01/05", () => {
    const r = appointment(at("2026-04-23", "10:00"), days(5));
    expect(show(r.appointmentAt)).toBe("2026-05-05 17:00");
    expect(r.baseAppointmentAt).toEqual(r.appointmentAt);
    expect(r.pausedWorkingMs).toBe(0);
    expect(r.skippedDays.map((d) => d.date)).toEqual(["2026-04-27", "2026-04-30", "2026-05-01"]);
    expect(r.explanation).toBe("5 ngày làm việc kể từ 23/04/2026; nghỉ 27/04, 30/04, 01/05; hẹn trả 17:00 05/05/2026");
    expect(r.calendarRevision).toBe(7);
  });

  it("does not list the Sunday 26/04/2026 Giỗ Tổ nor ordinary weekends, only weekday days off", () => {
    const r = appointment(at("2026-04-23", "10:00"), days(5));
    expect(r.skippedDays.map((d) => d.date)).not.toContain("2026-04-26");
    expect(r.skippedDays[0]?.name).toBe("Nghỉ bù Giỗ Tổ Hùng Vương");
  });

  it("1 day from Mon 20/04/2026 08:00 → Tue 21/04 17:00; receipt before opening does not count the day either", () => {
    expect(show(appointment(at("2026-04-20", "08:00"), days(1)).appointmentAt)).toBe("2026-04-21 17:00");
    expect(show(appointment(at("2026-04-20", "06:45"), days(1)).appointmentAt)).toBe("2026-04-21 17:00");
  });

  it("receipt after office close counts from the receipt date as usual: Mon 20/04/2026 19:00, 1 day → Tue 21/04 17:00", () => {
    expect(show(appointment(at("2026-04-20", "19:00"), days(1)).appointmentAt)).toBe("2026-04-21 17:00");
  });

  it("Tết 2026: received Fri 13/02/2026, 3 days → Wed 25/02/2026 17:00 with the five Tết days listed", () => {
    const r = appointment(at("2026-02-13", "09:00"), days(3));
    expect(show(r.appointmentAt)).toBe("2026-02-25 17:00");
    expect(r.explanation).toBe(
      "3 ngày làm việc kể từ 13/02/2026; nghỉ 16/02, 17/02, 18/02, 19/02, 20/02; hẹn trả 17:00 25/02/2026",
    );
  });

  it("received during Tết (Wed 18/02/2026), 1 day → Mon 23/02/2026 17:00", () => {
    expect(show(appointment(at("2026-02-18", "09:00"), days(1)).appointmentAt)).toBe("2026-02-23 17:00");
  });

  it("receipt on a Saturday: the Nth working day after that date (Sat 18/04/2026, 3 days → Wed 22/04), same as a Friday receipt", () => {
    expect(show(appointment(at("2026-04-18", "09:00"), days(3)).appointmentAt)).toBe("2026-04-22 17:00");
    expect(show(appointment(at("2026-04-17", "09:00"), days(3)).appointmentAt)).toBe("2026-04-22 17:00");
  });

  it("receipt on Saturday 25/04/2026, 2 days → Wed 29/04/2026 (Mon 27/04 is nghỉ bù)", () => {
    const r = appointment(at("2026-04-25", "09:00"), days(2));
    expect(show(r.appointmentAt)).toBe("2026-04-29 17:00");
    expect(r.explanation).toBe("2 ngày làm việc kể từ 25/04/2026; nghỉ 27/04; hẹn trả 17:00 29/04/2026");
  });

  it("Quốc khánh 2026: received Fri 28/08/2026, 2 days → Thu 03/09/2026", () => {
    const r = appointment(at("2026-08-28", "10:00"), days(2));
    expect(show(r.appointmentAt)).toBe("2026-09-03 17:00");
    expect(r.explanation).toBe("2 ngày làm việc kể từ 28/08/2026; nghỉ 01/09, 02/09; hẹn trả 17:00 03/09/2026");
  });

  it("ngày làm bù: Saturday 26/04/2025 counts as a working day and is mentioned", () => {
    const r = appointment(at("2025-04-23", "10:00"), days(5));
    expect(show(r.appointmentAt)).toBe("2025-04-29 17:00");
    expect(r.explanation).toBe("5 ngày làm việc kể từ 23/04/2025; làm bù 26/04; hẹn trả 17:00 29/04/2025");
    const longer = appointment(at("2025-04-23", "10:00"), days(6));
    expect(longer.explanation).toBe(
      "6 ngày làm việc kể từ 23/04/2025; nghỉ 30/04, 01/05, 02/05; làm bù 26/04; hẹn trả 17:00 05/05/2025",
    );
  });

  it("the appointment is the end of that day's last window (a make-up day with its own hours)", () => {
    const c = defaultWorkingCalendar({
      makeUpWorkdays: [{ date: "2026-05-09", name: "Làm bù", hours: [{ start: "07:30", end: "11:30" }] }],
    });
    const r = appointment(localDateTime(c, "2026-05-08", "10:00"), days(1), [], c);
    expect(formatLocal(c, r.appointmentAt, "yyyy-MM-dd HH:mm")).toBe("2026-05-09 11:30");
  });

  it("rejects a non-whole or non-positive number of days", () => {
    expect(() => computeAppointment(cal, { receivedAt: at("2026-04-20", "08:00"), duration: days(0) })).toThrow(
      RangeError,
    );
    expect(() => computeAppointment(cal, { receivedAt: at("2026-04-20", "08:00"), duration: days(1.5) })).toThrow(
      RangeError,
    );
  });
});

describe("SAME_DAY (trong ngày): close of the receipt day; after the cut-off or on a day off, close of the next working day", () => {
  it("received 10:00 Thu 23/04/2026 → 17:00 the same day", () => {
    const r = appointment(at("2026-04-23", "10:00"), sameDay);
    expect(show(r.appointmentAt)).toBe("2026-04-23 17:00");
    expect(r.explanation).toBe("trong ngày, tiếp nhận 10:00 23/04/2026; hẹn trả 17:00 23/04/2026");
  });

  it("received exactly at the 15:00 cut-off is still same day", () => {
    expect(show(appointment(at("2026-04-23", "15:00"), sameDay).appointmentAt)).toBe("2026-04-23 17:00");
  });

  it("received after the cut-off (15:01) → close of the next working day", () => {
    const r = appointment(at("2026-04-23", "15:01"), sameDay);
    expect(show(r.appointmentAt)).toBe("2026-04-24 17:00");
    expect(r.explanation).toBe(
      "trong ngày, tiếp nhận 15:01 23/04/2026 sau giờ chốt 15:00 nên tính sang ngày làm việc tiếp theo; hẹn trả 17:00 24/04/2026",
    );
  });

  it("after the cut-off on Fri 24/04/2026 → Tue 28/04 (skips the weekend and nghỉ bù 27/04)", () => {
    const r = appointment(at("2026-04-24", "16:00"), sameDay);
    expect(show(r.appointmentAt)).toBe("2026-04-28 17:00");
    expect(r.skippedDays.map((d) => d.date)).toEqual(["2026-04-27"]);
  });

  it("received on a Saturday → close of Monday", () => {
    const r = appointment(at("2026-04-18", "09:00"), sameDay);
    expect(show(r.appointmentAt)).toBe("2026-04-20 17:00");
    expect(r.explanation).toBe(
      "trong ngày, tiếp nhận 09:00 18/04/2026 vào ngày nghỉ nên tính sang ngày làm việc tiếp theo; hẹn trả 17:00 20/04/2026",
    );
  });

  it("the cut-off is read from the calendar", () => {
    const late = defaultWorkingCalendar({ cutoff: "16:00" });
    const r = appointment(localDateTime(late, "2026-04-23", "15:30"), sameDay, [], late);
    expect(formatLocal(late, r.appointmentAt, "yyyy-MM-dd HH:mm")).toBe("2026-04-23 17:00");
  });

  it("received before the cut-off but after a short day's close (half-day make-up Saturday) → next working day", () => {
    const c = defaultWorkingCalendar({
      makeUpWorkdays: [{ date: "2026-05-09", name: "Làm bù", hours: [{ start: "07:30", end: "11:30" }] }],
    });
    const r = appointment(localDateTime(c, "2026-05-09", "14:00"), sameDay, [], c);
    expect(formatLocal(c, r.appointmentAt, "yyyy-MM-dd HH:mm")).toBe("2026-05-11 17:00");
    expect(r.explanation).toContain("sau giờ làm việc");
  });
});

describe("WORKING_HOURS: N office hours from the receipt moment", () => {
  it("spans lunch, a night, a weekend and a holiday: Fri 24/04/2026 10:00 + 8 h → Tue 28/04 10:30", () => {
    const r = appointment(at("2026-04-24", "10:00"), hours(8));
    expect(show(r.appointmentAt)).toBe("2026-04-28 10:30");
    expect(r.explanation).toBe("8 giờ làm việc kể từ 10:00 24/04/2026; nghỉ 27/04; hẹn trả 10:30 28/04/2026");
  });

  it("spans a night: Thu 23/04/2026 16:00 + 4 h → Fri 24/04 10:30", () => {
    expect(show(appointment(at("2026-04-23", "16:00"), hours(4)).appointmentAt)).toBe("2026-04-24 10:30");
  });

  it("receipt outside the windows starts at the next opening: 18:00 + 2 h → 09:30 next day; 12:00 + 1.5 h → 15:00", () => {
    expect(show(appointment(at("2026-04-23", "18:00"), hours(2)).appointmentAt)).toBe("2026-04-24 09:30");
    expect(show(appointment(at("2026-04-23", "12:00"), hours(1.5)).appointmentAt)).toBe("2026-04-23 15:00");
  });

  it("fractional hours across lunch, with a Vietnamese decimal comma", () => {
    const r = appointment(at("2026-04-23", "11:15"), hours(0.5));
    expect(show(r.appointmentAt)).toBe("2026-04-23 13:45");
    expect(r.explanation).toBe("0,5 giờ làm việc kể từ 11:15 23/04/2026; hẹn trả 13:45 23/04/2026");
  });

  it("rejects zero or negative hours", () => {
    expect(() => computeAppointment(cal, { receivedAt: at("2026-04-23", "10:00"), duration: hours(0) })).toThrow(
      RangeError,
    );
  });
});

describe("pauses (tạm dừng): merged, then the office time they covered is added to the base appointment", () => {
  // Base: received Mon 06/04/2026 09:00, 5 working days → Mon 13/04/2026 17:00.
  const receivedAt = at("2026-04-06", "09:00");

  it("base without pauses", () => {
    expect(show(appointment(receivedAt, days(5)).appointmentAt)).toBe("2026-04-13 17:00");
  });

  it("a pause spanning a weekend counts only office time: Thu 16:00 → Mon 08:30 = 1 ngày 2 giờ (9.5 h)", () => {
    const r = appointment(receivedAt, days(5), [
      { start: at("2026-04-09", "16:00"), end: at("2026-04-13", "08:30"), reason: "Yêu cầu bổ sung giấy tờ" },
    ]);
    expect(r.pausedWorkingMs).toBe(9.5 * HOUR);
    expect(show(r.baseAppointmentAt)).toBe("2026-04-13 17:00");
    // 17:00 base rolls into Tue 14/04 (7.5 h) then Wed 15/04 07:30 + 2 h.
    expect(show(r.appointmentAt)).toBe("2026-04-15 09:30");
    expect(r.explanation).toBe(
      "5 ngày làm việc kể từ 06/04/2026; tạm dừng 1 ngày 2 giờ làm việc; hẹn trả 09:30 15/04/2026",
    );
  });

  it("overlapping pauses are merged, not double counted (Tue 08:00–10:00 ∪ 09:00–11:00 = 3 h; + Wed 1 h)", () => {
    const r = appointment(receivedAt, days(5), [
      { start: at("2026-04-07", "09:00"), end: at("2026-04-07", "11:00"), reason: "Xác minh" },
      { start: at("2026-04-07", "08:00"), end: at("2026-04-07", "10:00"), reason: "Yêu cầu bổ sung giấy tờ" },
      { start: at("2026-04-08", "14:00"), end: at("2026-04-08", "15:00"), reason: "Nghĩa vụ tài chính" },
    ]);
    expect(r.pausedWorkingMs).toBe(4 * HOUR);
    expect(show(r.appointmentAt)).toBe("2026-04-14 11:30"); // lands exactly at the morning window's end
    expect(r.explanation).toBe("5 ngày làm việc kể từ 06/04/2026; tạm dừng 4 giờ làm việc; hẹn trả 11:30 14/04/2026");
  });

  it("mergePauses joins overlapping and touching intervals and keeps their reasons", () => {
    const merged = mergePauses([
      { start: at("2026-04-07", "09:00"), end: at("2026-04-07", "11:00"), reason: "B" },
      { start: at("2026-04-07", "08:00"), end: at("2026-04-07", "10:00"), reason: "A" },
      { start: at("2026-04-07", "11:00"), end: at("2026-04-07", "14:00"), reason: "C" },
      { start: at("2026-04-08", "14:00"), end: at("2026-04-08", "15:00") },
    ]);
    expect(merged.map((p) => [show(p.start), p.end && show(p.end), p.reasons])).toEqual([
      ["2026-04-07 08:00", "2026-04-07 14:00", ["A", "B", "C"]],
      ["2026-04-08 14:00", "2026-04-08 15:00", []],
    ]);
  });

  it("a pause that is still open → kind 'paused' (đang tạm dừng), no appointment", () => {
    const r = computeAppointment(cal, {
      receivedAt: at("2026-04-23", "10:00"),
      duration: days(5),
      pauses: [{ start: at("2026-04-24", "14:00"), end: null, reason: "Yêu cầu bổ sung giấy tờ" }],
    });
    expect(r.kind).toBe("paused");
    if (r.kind !== "paused") return;
    expect(show(r.since)).toBe("2026-04-24 14:00");
    expect(r.calendarRevision).toBe(7);
    expect(r.explanation).toBe(
      "5 ngày làm việc kể từ 23/04/2026; đang tạm dừng từ 14:00 24/04/2026 (Yêu cầu bổ sung giấy tờ); chưa có ngày hẹn trả",
    );
  });

  it("an open pause swallows an overlapping later one; earlier closed pauses are reported", () => {
    const r = computeAppointment(cal, {
      receivedAt,
      duration: days(5),
      pauses: [
        { start: at("2026-04-07", "08:00"), end: at("2026-04-07", "10:00") },
        { start: at("2026-04-08", "09:00"), end: null },
        { start: at("2026-04-09", "09:00"), end: at("2026-04-09", "10:00") },
      ],
    });
    expect(r.kind).toBe("paused");
    if (r.kind !== "paused") return;
    expect(show(r.since)).toBe("2026-04-08 09:00");
    expect(r.explanation).toBe(
      "5 ngày làm việc kể từ 06/04/2026; tạm dừng 2 giờ làm việc; đang tạm dừng từ 09:00 08/04/2026; chưa có ngày hẹn trả",
    );
  });

  it("a pause started before the receipt counts only from the receipt", () => {
    const r = appointment(at("2026-04-23", "10:00"), days(5), [
      { start: at("2026-04-22", "08:00"), end: at("2026-04-23", "11:00") },
    ]);
    expect(r.pausedWorkingMs).toBe(HOUR);
    expect(show(r.appointmentAt)).toBe("2026-05-06 08:30");
  });

  it("a pause over days off only adds nothing: Fri 24/04/2026 17:00 → Tue 28/04 07:30", () => {
    const r = appointment(at("2026-04-23", "10:00"), days(5), [
      { start: at("2026-04-24", "17:00"), end: at("2026-04-28", "07:30") },
    ]);
    expect(r.pausedWorkingMs).toBe(0);
    expect(show(r.appointmentAt)).toBe("2026-05-05 17:00");
    expect(r.explanation).not.toContain("tạm dừng");
  });

  it("a pause that pushes the appointment over Tết lists the Tết days", () => {
    // Received Wed 04/02/2026, 5 days → Wed 11/02 17:00; 3 paused days → Thu 12, Fri 13, (Tết 16–20), Mon 23/02.
    const r = appointment(at("2026-02-04", "09:00"), days(5), [
      { start: at("2026-02-05", "07:30"), end: at("2026-02-09", "17:00") },
    ]);
    expect(r.pausedWorkingMs).toBe(3 * 7.5 * HOUR);
    expect(show(r.baseAppointmentAt)).toBe("2026-02-11 17:00");
    expect(show(r.appointmentAt)).toBe("2026-02-23 17:00");
    expect(r.explanation).toBe(
      "5 ngày làm việc kể từ 04/02/2026; nghỉ 16/02, 17/02, 18/02, 19/02, 20/02; tạm dừng 3 ngày làm việc; hẹn trả 17:00 23/02/2026",
    );
  });

  it("rejects a pause that ends before it starts", () => {
    expect(() =>
      computeAppointment(cal, {
        receivedAt,
        duration: days(5),
        pauses: [{ start: at("2026-04-08", "10:00"), end: at("2026-04-08", "09:00") }],
      }),
    ).toThrow(RangeError);
  });
});

describe("Vietnamese wording helpers", () => {
  it("formats office time in standard days (7.5 h), hours and minutes", () => {
    expect(formatWorkingDurationVi(cal, 9.5 * HOUR)).toBe("1 ngày 2 giờ làm việc");
    expect(formatWorkingDurationVi(cal, 2.5 * HOUR)).toBe("2 giờ 30 phút làm việc");
    expect(formatWorkingDurationVi(cal, 15 * HOUR)).toBe("2 ngày làm việc");
    expect(formatWorkingDurationVi(cal, 10_000)).toBe("dưới 1 phút làm việc");
  });

  it("describes statutory durations", () => {
    expect(describeDurationVi(days(5))).toBe("5 ngày làm việc");
    expect(describeDurationVi(hours(4))).toBe("4 giờ làm việc");
    expect(describeDurationVi(sameDay)).toBe("trong ngày");
  });
});
