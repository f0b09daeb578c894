// "Thử tính ngày hẹn": a GET form (works without JavaScript) that runs the pure engine with the calendar in force.
import { getTranslations } from "next-intl/server";
import { computeAppointment, localDateTime, type WorkingCalendar } from "@/domain/calendar";
import { formatDateTime } from "@/lib/dates";
import { Button, Field, DateInput, Input, hintClass } from "@/ui/form";
import { normaliseClockTime, parseCalendarDate } from "@/domain/calendar/editing";

export interface PreviewParams {
  date?: string;
  time?: string;
  days?: string;
}

type PreviewField = "date" | "time" | "days";

/** The message of each field's error, in the calendarAdmin namespace. */
const ERROR_KEYS = {
  date: "previewErrorDate",
  time: "previewErrorTime",
  days: "previewErrorDays",
} as const satisfies Record<PreviewField, string>;

type Outcome =
  | { kind: "none" }
  | { kind: "errors"; invalid: PreviewField[] }
  | { kind: "result"; explanation: string; at: Date | null };

/** Runs the preview when the form was submitted (a date is present). */
export function previewAppointment(calendar: WorkingCalendar, params: PreviewParams): Outcome {
  if (!params.date) return { kind: "none" };
  const date = parseCalendarDate(params.date);
  const time = normaliseClockTime(params.time?.trim() || "09:00");
  const days = /^\d{1,3}$/.test(params.days?.trim() ?? "") ? Number(params.days) : NaN;
  const invalid: PreviewField[] = [];
  if (!date.ok) invalid.push("date");
  if (!time) invalid.push("time");
  if (!(days >= 1 && days <= 365)) invalid.push("days");
  if (!date.ok || !time || invalid.length > 0) return { kind: "errors", invalid };
  const result = computeAppointment(calendar, {
    receivedAt: localDateTime(calendar, date.date, time),
    duration: { value: days, unit: "WORKING_DAYS" },
  });
  return {
    kind: "result",
    explanation: result.explanation,
    at: result.kind === "scheduled" ? result.appointmentAt : null,
  };
}

export async function AppointmentPreview({
  calendar,
  params,
  year,
}: {
  calendar: WorkingCalendar;
  params: PreviewParams;
  year: number;
}) {
  const t = await getTranslations("calendarAdmin");
  const outcome = previewAppointment(calendar, params);
  const errors: Partial<Record<PreviewField, string>> =
    outcome.kind === "errors" ? Object.fromEntries(outcome.invalid.map((key) => [key, t(ERROR_KEYS[key])])) : {};
  const errorsOf = (key: PreviewField) => (errors[key] ? [errors[key]] : []);
  return (
    <form
      method="get"
      action="/quan-tri/lich-lam-viec#thu-tinh"
      aria-labelledby="thu-tinh-title"
      className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
    >
      <p className={hintClass}>{t("previewIntro")}</p>
      <input type="hidden" name="nam" value={year} />
      <div className="grid gap-4 sm:grid-cols-[1fr_1fr_1fr_auto] sm:items-start">
        <Field id="preview-date" label={t("previewDate")} errors={errorsOf("date")}>
          {(control) => <DateInput {...control} name="thu-ngay" defaultValue={params.date ?? ""} />}
        </Field>
        <Field id="preview-time" label={t("previewTime")} errors={errorsOf("time")}>
          {(control) => (
            <Input
              {...control}
              name="thu-gio"
              defaultValue={params.time ?? "09:00"}
              inputMode="numeric"
              placeholder="HH:mm"
              maxLength={5}
            />
          )}
        </Field>
        <Field id="preview-days" label={t("previewDays")} errors={errorsOf("days")}>
          {(control) => (
            <Input
              {...control}
              name="thu-so-ngay"
              type="number"
              min={1}
              max={365}
              step={1}
              defaultValue={params.days ?? "5"}
            />
          )}
        </Field>
        <Button type="submit" className="sm:mt-6">
          {t("previewSubmit")}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {outcome.kind === "result" ? (
          <div className="rounded-md bg-blue-50 px-3 py-2 text-sm text-blue-950">
            {outcome.at ? (
              <p className="font-semibold">{t("previewResult", { at: formatDateTime(outcome.at) })}</p>
            ) : null}
            <p>{outcome.explanation}</p>
            <p className="mt-1 text-xs">{t("previewRevision", { revision: calendar.revision })}</p>
          </div>
        ) : null}
      </div>
    </form>
  );
}
