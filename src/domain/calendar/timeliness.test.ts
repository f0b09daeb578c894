import { describe, expect, it } from "vitest";
import {
  FINISHED_TIMELINESS_LABELS,
  PENDING_TIMELINESS_LABELS,
  classifyFinished,
  classifyPending,
  defaultWorkingCalendar,
  formatLocal,
  isApologyInTime,
  latestApologyAt,
  localDateTime,
  vietnamOfficialCalendar2025to2027,
} from "./index";

const seed = vietnamOfficialCalendar2025to2027();
const cal = defaultWorkingCalendar({ holidays: seed.holidays, makeUpWorkdays: seed.makeUpWorkdays });
const at = (date: string, time: string) => localDateTime(cal, date, time);
const plus = (d: Date, ms: number) => new Date(d.getTime() + ms);
// The documented example's appointment (src/domain/calendar/README.md): 17:00 Tue 05/05/2026.
const appointmentAt = at("2026-05-05", "17:00");

describe("classifyFinished — docs/domain.md 'Timeliness': trước hạn / đúng hạn / quá hạn", () => {
  it("exactly at the appointment instant is ON_TIME (đúng hạn)", () => {
    expect(classifyFinished(cal, appointmentAt, appointmentAt)).toBe("ON_TIME");
  });

  it("one millisecond after the appointment is LATE (quá hạn)", () => {
    expect(classifyFinished(cal, appointmentAt, plus(appointmentAt, 1))).toBe("LATE");
    expect(classifyFinished(cal, appointmentAt, at("2026-05-06", "08:00"))).toBe("LATE");
  });

  it("on the appointment day, by the appointment time, is ON_TIME even early in the morning", () => {
    expect(classifyFinished(cal, appointmentAt, at("2026-05-05", "07:45"))).toBe("ON_TIME");
    expect(classifyFinished(cal, appointmentAt, at("2026-05-05", "00:00"))).toBe("ON_TIME");
  });

  it("any local date before the appointment date is EARLY (trước hạn), including a day off", () => {
    expect(classifyFinished(cal, appointmentAt, at("2026-05-04", "16:59"))).toBe("EARLY");
    expect(classifyFinished(cal, appointmentAt, at("2026-05-04", "23:59"))).toBe("EARLY");
    expect(classifyFinished(cal, appointmentAt, at("2026-05-02", "09:00"))).toBe("EARLY");
  });

  it("hour-based appointment 10:30 Tue 28/04/2026: 10:30 on time, 10:31 late, 09:00 same day on time", () => {
    const hourly = at("2026-04-28", "10:30");
    expect(classifyFinished(cal, hourly, hourly)).toBe("ON_TIME");
    expect(classifyFinished(cal, hourly, at("2026-04-28", "10:31"))).toBe("LATE");
    expect(classifyFinished(cal, hourly, at("2026-04-28", "09:00"))).toBe("ON_TIME");
    expect(classifyFinished(cal, hourly, at("2026-04-24", "16:00"))).toBe("EARLY");
  });

  it("uses the calendar's zone for the date boundary (23:30 local the day before is early, not 'same UTC day')", () => {
    // 23:30 04/05 local = 16:30Z 04/05; appointment 10:00Z 05/05.
    expect(classifyFinished(cal, appointmentAt, new Date("2026-05-04T16:30:00Z"))).toBe("EARLY");
    // 00:30 05/05 local = 17:30Z 04/05: same local day as the appointment.
    expect(classifyFinished(cal, appointmentAt, new Date("2026-05-04T17:30:00Z"))).toBe("ON_TIME");
  });
});

describe("classifyPending — docs/domain.md 'Timeliness': trong hạn / sắp đến hạn (≤ 1 working day left by default) / quá hạn", () => {
  it("exactly at the appointment instant is not yet overdue", () => {
    expect(classifyPending(cal, appointmentAt, appointmentAt)).toBe("DUE_SOON");
  });

  it("one millisecond after the appointment is OVERDUE", () => {
    expect(classifyPending(cal, appointmentAt, plus(appointmentAt, 1))).toBe("OVERDUE");
  });

  it("the working day before the appointment is DUE_SOON (Mon 04/05/2026)", () => {
    expect(classifyPending(cal, appointmentAt, at("2026-05-04", "09:00"))).toBe("DUE_SOON");
  });

  it("measured in working days: on Wed 29/04/2026 the next working day is Mon 04/05, so 05/05 is WITHIN", () => {
    expect(classifyPending(cal, appointmentAt, at("2026-04-29", "09:00"))).toBe("WITHIN");
    expect(classifyPending(cal, appointmentAt, at("2026-04-29", "09:00"), 2)).toBe("DUE_SOON");
  });

  it("on Saturday 02/05/2026 one working day ahead is Mon 04/05, so Tue 05/05 is still WITHIN", () => {
    expect(classifyPending(cal, appointmentAt, at("2026-05-02", "09:00"))).toBe("WITHIN");
  });

  it("dueSoonWorkingDays = 0: only an appointment today is due soon", () => {
    expect(classifyPending(cal, appointmentAt, at("2026-05-05", "08:00"), 0)).toBe("DUE_SOON");
    expect(classifyPending(cal, appointmentAt, at("2026-05-04", "08:00"), 0)).toBe("WITHIN");
  });
});

describe("apology letter (phiếu xin lỗi) — docs/domain.md 'Apology letters': no later than 1 working day before the deadline", () => {
  it("latest moment is the close of the working day before the appointment day", () => {
    expect(formatLocal(cal, latestApologyAt(cal, appointmentAt), "yyyy-MM-dd HH:mm")).toBe("2026-05-04 17:00");
    // Appointment Tue 28/04/2026: Mon 27/04 is nghỉ bù, so the apology is due Fri 24/04.
    expect(formatLocal(cal, latestApologyAt(cal, at("2026-04-28", "17:00")), "yyyy-MM-dd HH:mm")).toBe(
      "2026-04-24 17:00",
    );
  });

  it("isApologyInTime compares with that moment", () => {
    expect(isApologyInTime(cal, appointmentAt, at("2026-05-04", "17:00"))).toBe(true);
    expect(isApologyInTime(cal, appointmentAt, at("2026-05-05", "08:00"))).toBe(false);
  });
});

describe("labels", () => {
  it("are the Vietnamese report terms", () => {
    expect(FINISHED_TIMELINESS_LABELS).toEqual({ EARLY: "Trước hạn", ON_TIME: "Đúng hạn", LATE: "Quá hạn" });
    expect(PENDING_TIMELINESS_LABELS).toEqual({ WITHIN: "Trong hạn", DUE_SOON: "Sắp đến hạn", OVERDUE: "Quá hạn" });
  });
});
