// "Thử tính ngày hẹn": a GET form (works without JavaScript) that runs the pure engine with the calendar in force.
import { computeAppointment, localDateTime, type WorkingCalendar } from "@/domain/calendar";
import { formatDateTime } from "@/lib/dates";
import { hintClass, inputClass, labelClass } from "./form-kit-classes";
import type { CalendarAdminMessages } from "./messages";
import { normaliseClockTime, parseVietnameseDate } from "./rules";

export interface PreviewParams {
  date?: string;
  time?: string;
  days?: string;
}

type Outcome = { kind: "none" } | { kind: "errors"; errors: Partial<Record<"date" | "time" | "days", string>> } | { kind: "result"; explanation: string; at: Date | null };

/** Runs the preview when the form was submitted (a date is present). */
export function previewAppointment(calendar: WorkingCalendar, params: PreviewParams, m: CalendarAdminMessages): Outcome {
  if (!params.date) return { kind: "none" };
  const date = parseVietnameseDate(params.date);
  const time = normaliseClockTime(params.time?.trim() || "09:00");
  const days = /^\d{1,3}$/.test(params.days?.trim() ?? "") ? Number(params.days) : NaN;
  const errors: Partial<Record<"date" | "time" | "days", string>> = {};
  if (!date.ok) errors.date = m.previewErrorDate;
  if (!time) errors.time = m.previewErrorTime;
  if (!(days >= 1 && days <= 365)) errors.days = m.previewErrorDays;
  if (!date.ok || !time || Object.keys(errors).length > 0) return { kind: "errors", errors };
  const result = computeAppointment(calendar, { receivedAt: localDateTime(calendar, date.date, time), duration: { value: days, unit: "WORKING_DAYS" } });
  return { kind: "result", explanation: result.explanation, at: result.kind === "scheduled" ? result.appointmentAt : null };
}

export function AppointmentPreview({ calendar, params, year, m }: { calendar: WorkingCalendar; params: PreviewParams; year: number; m: CalendarAdminMessages }) {
  const outcome = previewAppointment(calendar, params, m);
  const errors = outcome.kind === "errors" ? outcome.errors : {};
  const field = (key: "date" | "time" | "days") => ({
    id: `preview-${key}`,
    "aria-invalid": errors[key] ? true : undefined,
    "aria-describedby": `preview-${key}-error`,
  });
  const error = (key: "date" | "time" | "days") => (
    <div id={`preview-${key}-error`} aria-live="polite">
      {errors[key] ? <p className="mt-1 text-sm text-red-800">{errors[key]}</p> : null}
    </div>
  );
  return (
    <form method="get" action="/quan-tri/lich-lam-viec#thu-tinh" aria-labelledby="thu-tinh-title" className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <p className={hintClass}>{m.previewIntro}</p>
      <input type="hidden" name="nam" value={year} />
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-start">
        <div>
          <label htmlFor="preview-date" className={labelClass}>
            {m.previewDate}
          </label>
          <input {...field("date")} name="thu-ngay" defaultValue={params.date ?? ""} inputMode="numeric" placeholder="dd/mm/yyyy" maxLength={10} className={inputClass} />
          {error("date")}
        </div>
        <div>
          <label htmlFor="preview-time" className={labelClass}>
            {m.previewTime}
          </label>
          <input {...field("time")} name="thu-gio" defaultValue={params.time ?? "09:00"} inputMode="numeric" placeholder="HH:mm" maxLength={5} className={inputClass} />
          {error("time")}
        </div>
        <div>
          <label htmlFor="preview-days" className={labelClass}>
            {m.previewDays}
          </label>
          <input {...field("days")} name="thu-so-ngay" type="number" min={1} max={365} step={1} defaultValue={params.days ?? "5"} className={inputClass} />
          {error("days")}
        </div>
        <button type="submit" className="rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-600 sm:mt-6">
          {m.previewSubmit}
        </button>
      </div>
      <div role="status" aria-live="polite">
        {outcome.kind === "result" ? (
          <div className="rounded-md bg-blue-50 px-3 py-2 text-sm text-blue-950">
            {outcome.at ? <p className="font-semibold">{m.previewResult(formatDateTime(outcome.at))}</p> : null}
            <p>{outcome.explanation}</p>
            <p className="mt-1 text-xs">{m.previewRevision(calendar.revision)}</p>
          </div>
        ) : null}
      </div>
    </form>
  );
}
