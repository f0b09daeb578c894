import { describe, expect, it } from "vitest";
import { defaultWorkingCalendar, vietnamOfficialCalendar2025to2027 } from "../calendar";
import {
  apologyDraftRefusal,
  apologyDraftSchema,
  apologyUrgency,
  classifyLateDossierApology,
  proposeNewAppointment,
  type ApologyDraftCheck,
} from "./apology";

const official = vietnamOfficialCalendar2025to2027();
const cal = defaultWorkingCalendar({
  revision: 1,
  holidays: official.holidays,
  makeUpWorkdays: official.makeUpWorkdays,
});
const at = (local: string) => new Date(`${local}+07:00`);

describe("apology due: no later than 1 working day before the appointment (Nghị định 61/2018 Art. 19 §4)", () => {
  const appointmentAt = at("2026-05-05T17:00:00"); // Tue; the working day before is Mon 04/05 (30/04 and 01/05 are holidays)

  it("is not due two working days ahead", () => {
    expect(apologyUrgency(cal, { appointmentAt, now: at("2026-04-29T09:00:00"), apologyIssued: false })).toBe("NONE");
  });

  it("is due on the last working day before the appointment day, until close of office", () => {
    expect(apologyUrgency(cal, { appointmentAt, now: at("2026-05-04T08:00:00"), apologyIssued: false })).toBe("DUE");
    expect(apologyUrgency(cal, { appointmentAt, now: at("2026-05-04T17:00:00"), apologyIssued: false })).toBe("DUE");
  });

  it("skips holidays and weekends when finding that day: on the 30/04 holiday it is not yet due", () => {
    // The appointment is Tue 05/05: Thu 30/04, Fri 01/05 (holidays) and the weekend are not working days.
    expect(apologyUrgency(cal, { appointmentAt, now: at("2026-04-30T10:00:00"), apologyIssued: false })).toBe("NONE");
  });

  it("is late once that day has closed, even before the appointment itself", () => {
    expect(apologyUrgency(cal, { appointmentAt, now: at("2026-05-04T17:00:01"), apologyIssued: false })).toBe("LATE");
    expect(apologyUrgency(cal, { appointmentAt, now: at("2026-05-06T09:00:00"), apologyIssued: false })).toBe("LATE");
  });

  it("is not due once an apology was issued", () => {
    expect(apologyUrgency(cal, { appointmentAt, now: at("2026-05-06T09:00:00"), apologyIssued: true })).toBe("NONE");
  });
});

describe("reporting late dossiers against the ORIGINAL appointment (a rescheduled dossier is still late)", () => {
  const originalAppointmentAt = at("2026-02-23T17:00:00"); // Mon after Tết; the working day before is Fri 13/02

  it("an apology by close of office on the working day before the original appointment is timely", () => {
    expect(classifyLateDossierApology(cal, { originalAppointmentAt, apologyIssuedAt: at("2026-02-13T16:00:00") })).toBe(
      "TIMELY_APOLOGY",
    );
  });
  it("one issued later is a late apology", () => {
    expect(classifyLateDossierApology(cal, { originalAppointmentAt, apologyIssuedAt: at("2026-02-23T08:00:00") })).toBe(
      "LATE_APOLOGY",
    );
  });
  it("none at all is reported separately", () => {
    expect(classifyLateDossierApology(cal, { originalAppointmentAt, apologyIssuedAt: null })).toBe("NO_APOLOGY");
  });
});

describe("the new appointment (hẹn lại) from a number of extra working days", () => {
  it("counts working days after the current appointment's day, skipping holidays", () => {
    const proposal = proposeNewAppointment(cal, at("2026-04-29T17:00:00"), 2); // Wed → Mon 04/05 (30/04, 01/05 off), Tue 05/05
    expect(proposal.appointmentAt).toEqual(at("2026-05-05T17:00:00"));
    expect(proposal.explanation).toBe("Hẹn lại thêm 2 ngày làm việc sau ngày hẹn 29/04/2026; hẹn trả 17:00 05/05/2026");
  });
});

describe("who may draft a letter now", () => {
  const base: ApologyDraftCheck = {
    kind: "LATE",
    status: "IN_PROCESSING",
    appointmentAt: at("2026-05-05T17:00:00"),
    rescheduleCount: 0,
    rescheduleCap: 1,
    now: at("2026-05-04T09:00:00"),
    dueSoonWorkingDays: 1,
    hasOpenDraft: false,
  };

  it("allows a dossier at risk (due soon) or overdue", () => {
    expect(apologyDraftRefusal(cal, base)).toBeNull();
    expect(apologyDraftRefusal(cal, { ...base, now: at("2026-05-06T09:00:00") })).toBeNull();
  });
  it("refuses a dossier still comfortably within its deadline", () => {
    expect(apologyDraftRefusal(cal, { ...base, now: at("2026-04-20T09:00:00") })).toMatch(/còn trong hạn/);
  });
  it("refuses beyond the reschedule cap (2018 rules: once), with the reason", () => {
    expect(apologyDraftRefusal(cal, { ...base, rescheduleCount: 1 })).toBe(
      "Hồ sơ đã được hẹn lại 1 lần; theo quy định chỉ được hẹn lại tối đa 1 lần.",
    );
    expect(apologyDraftRefusal(cal, { ...base, rescheduleCount: 1, rescheduleCap: 2 })).toBeNull();
  });
  it("refuses while a pause is open, and a second draft while one waits for signature", () => {
    expect(apologyDraftRefusal(cal, { ...base, appointmentAt: null })).toMatch(/tạm dừng/);
    expect(apologyDraftRefusal(cal, { ...base, hasOpenDraft: true })).toMatch(/đang chờ trưởng phòng ký/);
  });
  it("allows an error-in-result letter only once there is a result", () => {
    expect(apologyDraftRefusal(cal, { ...base, kind: "RESULT_ERROR" })).toMatch(/đã có kết quả/);
    expect(apologyDraftRefusal(cal, { ...base, kind: "RESULT_ERROR", status: "RETURNED" })).toBeNull();
  });
});

describe("draft input", () => {
  it("requires a real reason and a whole number of extra days", () => {
    const result = apologyDraftSchema.safeParse({ kind: "LATE", reason: "  ", extraWorkingDays: "1.5" });
    expect(result.success).toBe(false);
    const messages = result.error!.issues.map((issue) => issue.message);
    expect(messages).toContain("Xin vui lòng nêu rõ lý do (ít nhất 10 ký tự).");
    expect(messages).toContain("Số ngày làm việc hẹn thêm phải là số nguyên.");
  });
  it("accepts form values", () => {
    expect(
      apologyDraftSchema.parse({
        kind: "LATE",
        reason: "Chờ kết quả xác minh của cơ quan thuế",
        extraWorkingDays: "3",
      }),
    ).toEqual({
      kind: "LATE",
      reason: "Chờ kết quả xác minh của cơ quan thuế",
      extraWorkingDays: 3,
    });
  });
});
