"use client";
// Giờ làm việc theo thứ (morning and afternoon windows, "HH:mm", empty = no window) and the same-day cut-off.
import { useTranslations } from "next-intl";
import type { OfficeHoursForm as OfficeHoursValues } from "@/server/data/calendar-admin";
import { saveOfficeHoursAction } from "./actions";
import { Button, Field, FieldError, Input, StatusMessage, Textarea, controlAria, useActionForm } from "@/ui/form";
import { WEEKDAYS_MONDAY_FIRST, type DayHoursInput } from "@/domain/calendar/editing";

export function OfficeHoursForm({ initial }: { initial: OfficeHoursValues }) {
  const t = useTranslations("calendarAdmin");
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(saveOfficeHoursAction);

  const timeField = (
    weekday: (typeof WEEKDAYS_MONDAY_FIRST)[number],
    key: keyof DayHoursInput,
    part: string,
    edge: string,
  ) => {
    const name = `days.${weekday}.${key}`;
    const id = `hours-${weekday}-${key}`;
    return (
      <div>
        <label htmlFor={id} className="sr-only">
          {t("fieldLabel", { weekday: t(`weekday.${weekday}`), part: part.toLowerCase(), edge })}
        </label>
        <Input
          {...controlAria(id, { errors: fieldError(name) })}
          name={name}
          defaultValue={initial.days[weekday][key] ?? ""}
          inputMode="numeric"
          autoComplete="off"
          placeholder="HH:mm"
          maxLength={5}
          className="mt-0 w-24 text-center tabular-nums"
        />
      </div>
    );
  };

  return (
    <form
      {...formProps}
      aria-labelledby="hours-title"
      aria-describedby="hours-intro"
      className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
    >
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
                    <FieldError
                      id={`hours-${weekday}-morningStart-error`}
                      errors={fieldError(`days.${weekday}.morningStart`)}
                    />
                    <FieldError
                      id={`hours-${weekday}-morningEnd-error`}
                      errors={fieldError(`days.${weekday}.morningEnd`)}
                    />
                  </td>
                  <td className="px-2 py-2">
                    <div className="flex items-center gap-2">
                      {timeField(weekday, "afternoonStart", t("colAfternoon"), t("from"))}
                      <span aria-hidden="true">–</span>
                      {timeField(weekday, "afternoonEnd", t("colAfternoon"), t("to"))}
                    </div>
                    <FieldError
                      id={`hours-${weekday}-afternoonStart-error`}
                      errors={fieldError(`days.${weekday}.afternoonStart`)}
                    />
                    <FieldError
                      id={`hours-${weekday}-afternoonEnd-error`}
                      errors={fieldError(`days.${weekday}.afternoonEnd`)}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>

      <div className="grid gap-4 md:grid-cols-2">
        <Field
          id="hours-cutoff"
          label={t("cutoffLabel")}
          required={t("required")}
          hint={t("cutoffHint")}
          errors={fieldError("cutoff")}
        >
          {(control) => (
            <Input
              {...control}
              name="cutoff"
              defaultValue={initial.cutoff}
              inputMode="numeric"
              autoComplete="off"
              placeholder="HH:mm"
              maxLength={5}
              required
              className="w-28 tabular-nums"
            />
          )}
        </Field>
        <Field
          id="hours-note"
          label={t("noteLabel")}
          required={t("required")}
          hint={t("noteHint")}
          errors={fieldError("note")}
        >
          {(control) => <Textarea {...control} name="note" rows={2} maxLength={500} required />}
        </Field>
      </div>

      <StatusMessage
        state={state}
        ref={statusRef}
        success={state?.ok && state.data ? t("saved", { revision: state.data.revision }) : null}
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("hoursSubmit")}
      </Button>
    </form>
  );
}
