import { describe, expect, it } from "vitest";
import { defaultWorkingCalendar } from "../calendar";
import {
  compareQueueRows,
  componentCheckProblem,
  computeIntakeDueAt,
  entersIntakeQueue,
  intakeDeadline,
  intakeReadiness,
  isIntakeOverdue,
  queueAge,
  receiveProblem,
  supplementLines,
  supplementPositions,
  supplementProblem,
  type IntakeComponent,
} from ".";

const at = (local: string) => new Date(`${local}+07:00`);
const calendar = defaultWorkingCalendar();

const component = (overrides: Partial<IntakeComponent>): IntakeComponent => ({
  position: 1,
  name: "Tờ khai đăng ký kết hôn",
  required: true,
  check: "PENDING",
  checkNote: null,
  fileCount: 1,
  ...overrides,
});

describe("intake deadline: onlineIntakeHours working hours after submission (8 by default)", () => {
  it("counts office hours only: submitted Friday 16:00 is due Monday at 16:30 (1 h Friday, 4 h + 3 h Monday)", () => {
    // 2026-08-07 is a Friday; office hours 07:30–11:30 and 13:30–17:00.
    expect(computeIntakeDueAt(calendar, at("2026-08-07T16:00:00"))).toEqual(at("2026-08-10T16:30:00"));
  });

  it("follows the configured hours", () => {
    expect(computeIntakeDueAt(calendar, at("2026-08-10T08:00:00"), 2)).toEqual(at("2026-08-10T10:00:00"));
  });

  it("for a pay-before registration paid later, runs from the payment (the desk could not receive it before)", () => {
    // 2026-08-03 is a Monday. 8 working hours from Monday 09:00: 2.5 h + 3.5 h, then Tuesday 07:30 + 2 h.
    const submittedAt = at("2026-08-03T08:00:00");
    const storedDueAt = at("2026-08-03T16:00:00");
    expect(intakeDeadline(calendar, { submittedAt, storedDueAt, paidBeforeIntakeAt: null })).toEqual(storedDueAt);
    expect(
      intakeDeadline(calendar, { submittedAt, storedDueAt, paidBeforeIntakeAt: at("2026-08-03T09:00:00") }),
    ).toEqual(at("2026-08-04T09:30:00"));
    // Paid before the stored deadline would be reached from the payment: the later one holds.
    expect(
      intakeDeadline(calendar, {
        submittedAt,
        storedDueAt: at("2026-08-05T08:00:00"),
        paidBeforeIntakeAt: submittedAt,
      }),
    ).toEqual(at("2026-08-05T08:00:00"));
    expect(intakeDeadline(calendar, { submittedAt, storedDueAt: null, paidBeforeIntakeAt: null }, 2)).toEqual(
      at("2026-08-03T10:00:00"),
    );
  });

  it("is overdue ('tiếp nhận quá hạn') only once now is strictly past the deadline", () => {
    const due = at("2026-08-10T15:30:00");
    expect(isIntakeOverdue(due, at("2026-08-10T15:30:00"))).toBe(false);
    expect(isIntakeOverdue(due, at("2026-08-10T15:30:01"))).toBe(true);
  });
});

describe("queue", () => {
  it("measures the age in calendar time since submission", () => {
    expect(queueAge(at("2026-08-07T16:00:00"), at("2026-08-10T09:05:00"))).toEqual({ days: 2, hours: 17, minutes: 5 });
    expect(queueAge(at("2026-08-10T09:00:00"), at("2026-08-10T08:00:00"))).toEqual({ days: 0, hours: 0, minutes: 0 });
  });

  it("puts the earliest intake deadline first, then the earliest submission, then the code", () => {
    const rows = [
      { code: "C", submittedAt: at("2026-08-10T08:00:00"), intakeDueAt: at("2026-08-11T08:00:00") },
      { code: "B", submittedAt: at("2026-08-07T08:00:00"), intakeDueAt: at("2026-08-10T08:00:00") },
      { code: "A", submittedAt: at("2026-08-07T08:00:00"), intakeDueAt: at("2026-08-10T08:00:00") },
      { code: "D", submittedAt: at("2026-08-06T08:00:00"), intakeDueAt: at("2026-08-10T08:00:00") },
    ];
    expect([...rows].sort(compareQueueRows).map((row) => row.code)).toEqual(["D", "A", "B", "C"]);
  });

  it("holds back a pay-before registration until it is paid; others enter at once", () => {
    expect(entersIntakeQueue({ feeTiming: "BEFORE_INTAKE", amountDue: 50_000, paid: false })).toBe(false);
    expect(entersIntakeQueue({ feeTiming: "BEFORE_INTAKE", amountDue: 50_000, paid: true })).toBe(true);
    expect(entersIntakeQueue({ feeTiming: "BEFORE_INTAKE", amountDue: 0, paid: false })).toBe(true);
    expect(entersIntakeQueue({ feeTiming: "AFTER_RESULT", amountDue: 50_000, paid: false })).toBe(true);
    expect(entersIntakeQueue({ feeTiming: "EXEMPT", amountDue: 0, paid: false })).toBe(true);
  });
});

describe("component checks (the desk checks completeness and validity before receiving, Nghị định 61/2018 Art. 19)", () => {
  it("an invalid mark needs a note saying what is wrong; a valid mark needs a file", () => {
    expect(componentCheckProblem({ fileCount: 1 }, "INVALID", null)).toContain("ghi rõ");
    expect(componentCheckProblem({ fileCount: 1 }, "INVALID", "  mờ ")).toContain("ghi rõ");
    expect(componentCheckProblem({ fileCount: 1 }, "INVALID", "Ảnh bị mờ, không đọc được")).toBeNull();
    expect(componentCheckProblem({ fileCount: 0 }, "VALID", null)).toContain("chưa có tệp");
    expect(componentCheckProblem({ fileCount: 2 }, "VALID", null)).toBeNull();
  });

  it("receives only when every required component is VALID; optional ones do not block", () => {
    const valid = component({ check: "VALID" });
    const optionalPending = component({ position: 3, name: "Giấy tờ khác", required: false });
    expect(receiveProblem([valid, optionalPending])).toBeNull();
    const pending = component({ position: 2, name: "Giấy xác nhận tình trạng hôn nhân" });
    expect(receiveProblem([valid, pending])).toContain("Giấy xác nhận tình trạng hôn nhân");
    const invalid = component({ position: 2, name: "Giấy xác nhận", check: "INVALID", checkNote: "Hết hạn" });
    expect(intakeReadiness([valid, invalid]).canReceive).toBe(false);
    expect(receiveProblem([])).not.toBeNull();
  });

  it("a supplement request names the invalid components with their notes (form 02 lines)", () => {
    const components = [
      component({ check: "VALID" }),
      component({
        position: 2,
        name: "Giấy xác nhận tình trạng hôn nhân",
        check: "INVALID",
        checkNote: " Quá 6 tháng ",
      }),
      component({ position: 3, name: "Ảnh chân dung", required: false, check: "INVALID", checkNote: "" }),
      component({ position: 4, name: "Hộ chiếu" }),
    ];
    expect(supplementProblem(components)).toBeNull();
    expect(supplementLines(components)).toEqual(["Giấy xác nhận tình trạng hôn nhân: Quá 6 tháng", "Ảnh chân dung"]);
    expect(supplementPositions(components)).toEqual([2, 3]);
    expect(supplementProblem([component({ check: "VALID" }), component({ position: 4 })])).toContain("ít nhất một");
  });
});
