// Late dossiers and the apology letter (phiếu xin lỗi và hẹn lại ngày trả kết quả, form 04): Nghị định 61/2018
// Art. 19 §4 and Thông tư 01/2018, carried into Nghị định 118/2025 / Thông tư 03/2025 ("văn bản xin lỗi và đề nghị
// gia hạn"). Pure rules: when an apology is due, whether a rescheduling is allowed, how late dossiers count.
import { z } from "zod";
import { formInt, requiredText } from "@/lib/text-input";
import {
  addWorkingDays,
  classifyPending,
  endOfOfficeDay,
  formatLocal,
  latestApologyAt,
  toLocalDate,
  type WorkingCalendar,
} from "../calendar";

export type ApologyKind = "LATE" | "RESULT_ERROR";

/**
 * Where a pending dossier stands with its apology: NONE (not needed yet, or already issued), DUE (today is the last
 * working day to issue it in time: "chậm nhất 01 ngày làm việc trước ngày hẹn"), LATE (that day has passed without
 * an apology: it must still be issued, but it no longer counts as timely).
 */
export type ApologyUrgency = "NONE" | "DUE" | "LATE";

export function apologyUrgency(
  cal: WorkingCalendar,
  input: { appointmentAt: Date; now: Date; apologyIssued: boolean },
): ApologyUrgency {
  if (input.apologyIssued) return "NONE";
  const deadline = latestApologyAt(cal, input.appointmentAt);
  if (input.now.getTime() > deadline.getTime()) return "LATE";
  return toLocalDate(cal, input.now) >= toLocalDate(cal, deadline) ? "DUE" : "NONE";
}

/**
 * How a LATE dossier is reported (docs/domain.md "Apology letters"): with a timely apology, with a late apology, or
 * without one.
 */
export type LateApologyClass = "TIMELY_APOLOGY" | "LATE_APOLOGY" | "NO_APOLOGY";

/**
 * Judged against the statutory (original) appointment: a rescheduled dossier is still late, and its apology is
 * timely only if it was issued by the close of the working day before that original appointment day.
 */
export function classifyLateDossierApology(
  cal: WorkingCalendar,
  input: { originalAppointmentAt: Date; apologyIssuedAt: Date | null },
): LateApologyClass {
  if (!input.apologyIssuedAt) return "NO_APOLOGY";
  return input.apologyIssuedAt.getTime() <= latestApologyAt(cal, input.originalAppointmentAt).getTime()
    ? "TIMELY_APOLOGY"
    : "LATE_APOLOGY";
}

/** The new appointment: close of office on the Nth working day after the current appointment's day. */
export function proposeNewAppointment(cal: WorkingCalendar, currentAppointmentAt: Date, extraWorkingDays: number) {
  const newDay = addWorkingDays(cal, toLocalDate(cal, currentAppointmentAt), extraWorkingDays);
  const appointmentAt = endOfOfficeDay(cal, newDay);
  const explanation =
    `Hẹn lại thêm ${extraWorkingDays} ngày làm việc sau ngày hẹn ${formatLocal(cal, currentAppointmentAt, "dd/MM/yyyy")}; ` +
    `hẹn trả ${formatLocal(cal, appointmentAt, "HH:mm dd/MM/yyyy")}`;
  return { appointmentAt, explanation };
}

/** Statuses (of src/domain/dossier) the two kinds of letter apply to. */
const OPEN_FOR_LATE = ["IN_PROCESSING", "WAITING_SUPPLEMENT", "WAITING_FINANCIAL", "RECEIVED"] as const;
const FINISHED_WITH_RESULT = ["RESULT_READY", "RETURNED"] as const;

export interface ApologyDraftCheck {
  kind: ApologyKind;
  status: string;
  /** Appointment in force; null while a pause is open (no appointment to move). */
  appointmentAt: Date | null;
  rescheduleCount: number;
  rescheduleCap: number;
  now: Date;
  dueSoonWorkingDays: number;
  /** A draft already waiting for the head's signature. */
  hasOpenDraft: boolean;
}

/** Why a letter may not be drafted now (Vietnamese, for the user), or null when it may. */
export function apologyDraftRefusal(cal: WorkingCalendar, check: ApologyDraftCheck): string | null {
  if (check.hasOpenDraft)
    return "Hồ sơ đã có phiếu xin lỗi đang chờ trưởng phòng ký; xin vui lòng xử lý phiếu đó trước.";
  if (check.rescheduleCount >= check.rescheduleCap) {
    return `Hồ sơ đã được hẹn lại ${check.rescheduleCount} lần; theo quy định chỉ được hẹn lại tối đa ${check.rescheduleCap} lần.`;
  }
  if (check.kind === "RESULT_ERROR") {
    return (FINISHED_WITH_RESULT as readonly string[]).includes(check.status)
      ? null
      : "Phiếu xin lỗi do sai sót chỉ lập cho hồ sơ đã có kết quả.";
  }
  if (!(OPEN_FOR_LATE as readonly string[]).includes(check.status))
    return "Chỉ lập phiếu xin lỗi, hẹn lại cho hồ sơ đang giải quyết.";
  if (!check.appointmentAt) return "Hồ sơ đang tạm dừng tính thời hạn, chưa có ngày hẹn để hẹn lại.";
  if (classifyPending(cal, check.appointmentAt, check.now, check.dueSoonWorkingDays) === "WITHIN") {
    return "Hồ sơ còn trong hạn, chưa có nguy cơ trễ hạn; chỉ lập phiếu xin lỗi khi hồ sơ sắp đến hạn hoặc đã quá hạn.";
  }
  return null;
}

/** What the officer types when drafting a letter. */
export const apologyDraftSchema = z.object({
  kind: z.enum(["LATE", "RESULT_ERROR"], { error: "Xin vui lòng chọn loại phiếu xin lỗi." }),
  reason: requiredText(
    10,
    1000,
    {
      required: "Xin vui lòng nêu rõ lý do (ít nhất 10 ký tự).",
      min: "Xin vui lòng nêu rõ lý do (ít nhất 10 ký tự).",
      max: "Lý do không được dài quá 1000 ký tự.",
    },
    { multiline: true },
  ),
  extraWorkingDays: formInt(
    {
      invalid: "Số ngày làm việc hẹn thêm phải là số nguyên.",
      min: "Phải hẹn thêm ít nhất 1 ngày làm việc.",
      max: "Không hẹn thêm quá 60 ngày làm việc.",
    },
    { min: 1, max: 60 },
  ),
});
export type ApologyDraftInput = z.output<typeof apologyDraftSchema>;

export const apologyRejectionSchema = z.object({
  reason: requiredText(
    5,
    1000,
    {
      required: "Xin vui lòng nêu lý do (ít nhất 5 ký tự).",
      min: "Xin vui lòng nêu lý do (ít nhất 5 ký tự).",
      max: "Lý do không được dài quá 1000 ký tự.",
    },
    { multiline: true },
  ),
});
