// Per-step deadlines of form 05 (Thông tư 01/2018/TT-VPCP, mẫu số 05; Nghị định 61/2018/NĐ-CP Art. 19–21: the desk
// passes the dossier on the same day, each body works within its share of the time, the result is returned at the
// appointment). Every expected instant below is counted by hand on the default office hours, 07:30–11:30 and
// 13:30–17:00 (7.5 h a day), with the 2026 days off (27/04 nghỉ bù Giỗ Tổ, 30/04, 01/05).
import { describe, expect, it } from "vitest";
import {
  computeAppointment,
  defaultWorkingCalendar,
  formatLocal,
  localDateTime,
  vietnamOfficialCalendar2025to2027,
} from "@/domain/calendar";
import { allotWorkingTime, parseStepShares, pendingStep, splitStepDeadlines, type StepShares } from "./step-budget";

const seed = vietnamOfficialCalendar2025to2027();
const cal = defaultWorkingCalendar({ revision: 1, holidays: seed.holidays, makeUpWorkdays: seed.makeUpWorkdays });
const at = (date: string, time: string) => localDateTime(cal, date, time);
const show = (d: Date) => formatLocal(cal, d, "dd/MM/yyyy HH:mm");
const SHARES: StepShares = { RECEPTION: 10, HANDLING: 60, REVIEW: 15, SIGNING: 10, RETURN: 5 };

const due = (rows: ReturnType<typeof splitStepDeadlines>) => rows.map((row) => `${row.step} ${show(row.dueAt)}`);

describe("configured shares — each body's share of the working time (Nghị định 61/2018 Art. 20; form 05)", () => {
  // Mon 06/04/2026 08:00, 5 working days → 17:00 Mon 13/04: 7 h on the 6th + 5 × 7.5 h = 44.5 h = 2,670 min.
  const receivedAt = at("2026-04-06", "08:00");
  const appointmentAt = at("2026-04-13", "17:00");

  it("splits 10/60/15/10/5 % into consecutive deadlines, weekends skipped, the last at the appointment", () => {
    const rows = splitStepDeadlines(cal, { receivedAt, appointmentAt, shares: SHARES, leadershipApproval: true });
    // 10% = 267 min = 4 h 27 → 14:27 Mon; 70% = 31 h 09 → 09:09 Fri; 85% = 37 h 50 → 08:20 Mon 13/04 (the
    // weekend skipped); 95% = 42 h 17 → 14:47 Mon 13/04; the return at the appointment.
    expect(due(rows)).toEqual([
      "RECEPTION 06/04/2026 14:27",
      "HANDLING 10/04/2026 09:09",
      "REVIEW 13/04/2026 08:20",
      "SIGNING 13/04/2026 14:47",
      "RETURN 13/04/2026 17:00",
    ]);
    expect(rows[0]!.startsAt).toEqual(receivedAt);
    expect(rows[1]!.startsAt).toEqual(rows[0]!.dueAt);
    expect(rows.reduce((sum, row) => sum + row.workingMs, 0)).toBe(2670 * 60_000);
  });

  it("a pause moves every deadline after it by the office time it covered, and none before it", () => {
    // Supplement from 13:30 Tue 07/04 to 13:30 Wed 08/04: 3.5 h + 4 h = 7.5 h of office time.
    const pauses = [{ start: at("2026-04-07", "13:30"), end: at("2026-04-08", "13:30") }];
    const scheduled = computeAppointment(cal, {
      receivedAt,
      duration: { value: 5, unit: "WORKING_DAYS" },
      pauses,
    });
    if (scheduled.kind !== "scheduled") throw new Error("expected an appointment");
    expect(show(scheduled.appointmentAt)).toBe("14/04/2026 17:00");
    const rows = splitStepDeadlines(cal, {
      receivedAt,
      appointmentAt: scheduled.appointmentAt,
      pauses,
      shares: SHARES,
      leadershipApproval: true,
    });
    expect(due(rows)).toEqual([
      "RECEPTION 06/04/2026 14:27",
      "HANDLING 13/04/2026 09:09",
      "REVIEW 14/04/2026 08:20",
      "SIGNING 14/04/2026 14:47",
      "RETURN 14/04/2026 17:00",
    ]);
  });

  it("a rescheduling (apology letter, form 04) stretches the steps to the new appointment", () => {
    // Moved to 17:00 Wed 15/04: 59.5 h = 3,570 min. 10% = 5 h 57 → 15:57 Mon 06/04; 70% = 41 h 39 → 14:09 Mon
    // 13/04; 85% = 50 h 35 → 15:35 Tue 14/04; 95% = 56 h 32 → 14:02 Wed 15/04.
    const rows = splitStepDeadlines(cal, {
      receivedAt,
      appointmentAt: at("2026-04-15", "17:00"),
      shares: SHARES,
      leadershipApproval: true,
    });
    expect(due(rows)).toEqual([
      "RECEPTION 06/04/2026 15:57",
      "HANDLING 13/04/2026 14:09",
      "REVIEW 14/04/2026 15:35",
      "SIGNING 15/04/2026 14:02",
      "RETURN 15/04/2026 17:00",
    ]);
  });

  it("without leadership approval the head signs: no signing step, its share goes to the head's", () => {
    const rows = splitStepDeadlines(cal, { receivedAt, appointmentAt, shares: SHARES, leadershipApproval: false });
    expect(due(rows)).toEqual([
      "RECEPTION 06/04/2026 14:27",
      "HANDLING 10/04/2026 09:09",
      "REVIEW 13/04/2026 14:47",
      "RETURN 13/04/2026 17:00",
    ]);
  });
});

describe("default budget — the desk passes the dossier on within half a day (Art. 19), the result is back half a day early (Art. 21)", () => {
  it("5 working days across the 2026 Giỗ Tổ and 30/04–01/05 holidays", () => {
    // Thu 23/04 10:00 → 17:00 Tue 05/05: 5 h + 5 × 7.5 h = 42.5 h = 2,550 min. Desk min(225, 255) = 225 min each end;
    // the remaining 2,100 min: 70% 1,470, 15% 315, 15% 315. Cumulative 225 → 15:45 Thu; 1,695 → 08:15 Mon 04/05
    // (27/04, 30/04, 01/05 off); 2,010 → 15:30 Mon 04/05; 2,325 → 11:15 Tue 05/05.
    const rows = splitStepDeadlines(cal, {
      receivedAt: at("2026-04-23", "10:00"),
      appointmentAt: at("2026-05-05", "17:00"),
      shares: null,
      leadershipApproval: true,
    });
    expect(due(rows)).toEqual([
      "RECEPTION 23/04/2026 15:45",
      "HANDLING 04/05/2026 08:15",
      "REVIEW 04/05/2026 15:30",
      "SIGNING 05/05/2026 11:15",
      "RETURN 05/05/2026 17:00",
    ]);
  });

  it("same-day (trong ngày): the desk's part is capped at 10% so the work keeps most of the day", () => {
    // Mon 06/04 08:00 → 17:00: 420 min. Desk min(225, 42) = 42; rest 336: 235.2 / 50.4 / 50.4.
    // Cumulative 42 → 08:42; 277 → 14:37; 328 → 15:28; 378 → 16:18.
    const rows = splitStepDeadlines(cal, {
      receivedAt: at("2026-04-06", "08:00"),
      appointmentAt: at("2026-04-06", "17:00"),
      shares: null,
      leadershipApproval: true,
    });
    expect(due(rows)).toEqual([
      "RECEPTION 06/04/2026 08:42",
      "HANDLING 06/04/2026 14:37",
      "REVIEW 06/04/2026 15:28",
      "SIGNING 06/04/2026 16:18",
      "RETURN 06/04/2026 17:00",
    ]);
  });

  it("working hours: 8 h from 10:00 Fri 24/04 skip the weekend and Mon 27/04 (nghỉ bù)", () => {
    // 480 min. Desk 48 → 10:48 Fri; handling cumulative 48 + 268.8 = 317 min → 5 h 17: 1.5 h to 11:30, 3.5 h to
    // 17:00, 17 min on Tue 28/04 → 07:47.
    const rows = splitStepDeadlines(cal, {
      receivedAt: at("2026-04-24", "10:00"),
      appointmentAt: at("2026-04-28", "10:30"),
      shares: null,
      leadershipApproval: true,
    });
    expect(due(rows).slice(0, 2)).toEqual(["RECEPTION 24/04/2026 10:48", "HANDLING 28/04/2026 07:47"]);
    expect(show(rows.at(-1)!.dueAt)).toBe("28/04/2026 10:30");
  });

  it("an appointment at or before the receipt leaves no time: every step is due at the appointment", () => {
    const appointmentAt = at("2026-04-06", "08:00");
    const rows = splitStepDeadlines(cal, {
      receivedAt: appointmentAt,
      appointmentAt,
      shares: null,
      leadershipApproval: true,
    });
    expect(rows.every((row) => row.dueAt.getTime() === appointmentAt.getTime())).toBe(true);
  });

  it("the parts always add up to the whole, to the millisecond", () => {
    const total = 2_671 * 60_000 + 17;
    const parts = allotWorkingTime(
      cal,
      total,
      { RECEPTION: 33, HANDLING: 33, REVIEW: 33, SIGNING: 0, RETURN: 1 },
      true,
    );
    expect(Object.values(parts).reduce((a, b) => a + b, 0)).toBe(total);
  });
});

describe("stored shares", () => {
  it("accept whole percentages summing to 100 and nothing else", () => {
    expect(parseStepShares(SHARES)).toEqual(SHARES);
    expect(parseStepShares({ ...SHARES, RETURN: 6 })).toBeNull();
    expect(parseStepShares({ ...SHARES, RETURN: 4.5, SIGNING: 10.5 })).toBeNull();
    expect(parseStepShares({ ...SHARES, HANDLING: -5, REVIEW: 80 })).toBeNull();
    expect(parseStepShares(null)).toBeNull();
    expect(parseStepShares([10, 60, 15, 10, 5])).toBeNull();
  });

  it("the pending step follows the dossier's state", () => {
    expect(pendingStep("RECEIVED", null)).toBe("RECEPTION");
    expect(pendingStep("WAITING_SUPPLEMENT", null)).toBe("HANDLING");
    expect(pendingStep("IN_PROCESSING", "AWAITING_LEADER_APPROVAL")).toBe("SIGNING");
    expect(pendingStep("RESULT_READY", null)).toBe("RETURN");
    expect(pendingStep("RETURNED", null)).toBeNull();
  });
});
