"use client";
// Giờ làm việc theo thứ (morning and afternoon windows, "HH:mm", empty = no window) and the same-day cut-off.
import { useTranslations } from "next-intl";
import type { OfficeHoursForm as OfficeHoursValues } from "@/server/data/calendar-admin";
import { saveOfficeHoursAction } from "./actions";
import { FieldError, StatusMessage, fieldAria, hintClass, inputClass, labelClass, primaryButtonClass, useEditForm } from "./form-kit";
import { WEEKDAYS_MONDAY_FIRST, type DayHoursInput } from "@/domain/calendar/editing";

const timeInputClass = `${inputClass} mt-0 w-24 text-center tabular-nums`;

export function OfficeHoursForm({ initial }: { initial: OfficeHoursValues }) {
  const t = useTranslations("calendarAdmin");
  const { state, pending, formProps, statusRef, errorsOf } = useEditForm(saveOfficeHoursAction, { resetOnSuccess: false });

  const timeField = (weekday: (typeof WEEKDAYS_MONDAY_FIRST)[number], key: keyof DayHoursInput, part: string, edge: string) => {
    const name = `days.${weekday}.${key}`;
    const id = `hours-${weekday}-${key}`;
    return (
      <div>
        <label htmlFor={id} className="sr-only">
          {t("fieldLabel", { weekday: t(`weekday.${weekday}`), part: part.toLowerCase(), edge })}
        </label>
        <input
          {...fieldAria(id, errorsOf(name))}
          name={name}
          defaultValue={initial.days[weekday][key] ?? ""}
          inputMode="numeric"
          autoComplete="off"
          placeholder="HH:mm"
          maxLength={5}
          className={timeInputClass}
        />
      </div>
    );
  };

  return (
    <form {...formProps} aria-labelledby="hours-title" aria-describedby="hours-intro" className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <p id="hours-intro" className="text-sm text-muted">
        {t("hoursIntro")}
      </p>
      <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("hoursCaption")}>
        <table className="min-w-full text-sm">
          <caption className="sr-only">{t("hoursCaption")}</caption>
          <thead>
            <tr className="text-left">
              <th scope="col" className="px-2 py-2 font-semibold">
                {t("colWeekday")}
              </th>
              <th scope="col" className="px-2 py-2 font-semibold">
                {t("colMorning")}
              </th>
              <th scope="col" className="px-2 py-2 font-semibold">
                {t("colAfternoon")}
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {WEEKDAYS_MONDAY_FIRST.map((weekday) => {
              const errors = (["morningStart", "morningEnd", "afternoonStart", "afternoonEnd"] as const).flatMap((key) =>
                (errorsOf(`days.${weekday}.${key}`) ?? []).map((message) => ({ key, message })),
              );
              return (
                <tr key={weekday}>
                  <th scope="row" className="whitespace-nowrap px-2 py-2 text-left font-normal">
                    {t(`weekday.${weekday}`)}
                  </th>
                  <td className="px-2 py-2">
                    <div className="flex items-center gap-2">
                      {timeField(weekday, "morningStart", t("colMorning"), t("from"))}
                      <span aria-hidden="true">–</span>
                      {timeField(weekday, "morningEnd", t("colMorning"), t("to"))}
                    </div>
                    <FieldError id={`hours-${weekday}-morningStart`} errors={errors.filter((e) => e.key === "morningStart").map((e) => e.message)} />
                    <FieldError id={`hours-${weekday}-morningEnd`} errors={errors.filter((e) => e.key === "morningEnd").map((e) => e.message)} />
                  </td>
                  <td className="px-2 py-2">
                    <div className="flex items-center gap-2">
                      {timeField(weekday, "afternoonStart", t("colAfternoon"), t("from"))}
                      <span aria-hidden="true">–</span>
                      {timeField(weekday, "afternoonEnd", t("colAfternoon"), t("to"))}
                    </div>
                    <FieldError id={`hours-${weekday}-afternoonStart`} errors={errors.filter((e) => e.key === "afternoonStart").map((e) => e.message)} />
                    <FieldError id={`hours-${weekday}-afternoonEnd`} errors={errors.filter((e) => e.key === "afternoonEnd").map((e) => e.message)} />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <div>
          <label htmlFor="hours-cutoff" className={labelClass}>
            {t("cutoffLabel")} <span className="font-normal text-muted">{t("required")}</span>
          </label>
          <input
            {...fieldAria("hours-cutoff", errorsOf("cutoff"), true)}
            name="cutoff"
            defaultValue={initial.cutoff}
            inputMode="numeric"
            autoComplete="off"
            placeholder="HH:mm"
            maxLength={5}
            required
            className={`${inputClass} w-28 tabular-nums`}
          />
          <p id="hours-cutoff-hint" className={hintClass}>
            {t("cutoffHint")}
          </p>
          <FieldError id="hours-cutoff" errors={errorsOf("cutoff")} />
        </div>
        <div>
          <label htmlFor="hours-note" className={labelClass}>
            {t("noteLabel")} <span className="font-normal text-muted">{t("required")}</span>
          </label>
          <textarea {...fieldAria("hours-note", errorsOf("note"), true)} name="note" rows={2} maxLength={500} required className={inputClass} />
          <p id="hours-note-hint" className={hintClass}>
            {t("noteHint")}
          </p>
          <FieldError id="hours-note" errors={errorsOf("note")} />
        </div>
      </div>

      <StatusMessage state={state} statusRef={statusRef} success={state?.ok && state.data ? t("saved", { revision: state.data.revision }) : null} />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? t("saving") : t("hoursSubmit")}
      </button>
    </form>
  );
}
