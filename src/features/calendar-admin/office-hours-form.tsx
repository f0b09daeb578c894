"use client";
// Giờ làm việc theo thứ (morning and afternoon windows, "HH:mm", empty = no window) and the same-day cut-off.
import { useTranslations } from "next-intl";
import type { OfficeHoursForm as OfficeHoursValues } from "@/server/data/calendar-admin";
import { saveOfficeHoursAction } from "./actions";
import { Button, Field, FieldError, Input, StatusMessage, controlAria, useActionForm } from "@/ui/form";
import { NoteField } from "./note-field";
import { WEEKDAYS_MONDAY_FIRST, type DayHoursInput } from "@/domain/calendar/editing";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";

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

  /** One window of a weekday: "from – to" and the errors of both ends. */
  const windowCell = (
    weekday: (typeof WEEKDAYS_MONDAY_FIRST)[number],
    start: keyof DayHoursInput,
    end: keyof DayHoursInput,
    part: string,
  ) => (
    <td className={tdClass}>
      <div className="flex items-center gap-2">
        {timeField(weekday, start, part, t("from"))}
        <span aria-hidden="true">–</span>
        {timeField(weekday, end, part, t("to"))}
      </div>
      <FieldError id={`hours-${weekday}-${start}-error`} errors={fieldError(`days.${weekday}.${start}`)} />
      <FieldError id={`hours-${weekday}-${end}-error`} errors={fieldError(`days.${weekday}.${end}`)} />
    </td>
  );

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
      <DataTable
        caption={t("hoursCaption")}
        captionHidden
        columns={[t("colWeekday"), t("colMorning"), t("colAfternoon")]}
      >
        {WEEKDAYS_MONDAY_FIRST.map((weekday) => (
          <tr key={weekday}>
            <RowHeader className="whitespace-nowrap font-normal">{t(`weekday.${weekday}`)}</RowHeader>
            {windowCell(weekday, "morningStart", "morningEnd", t("colMorning"))}
            {windowCell(weekday, "afternoonStart", "afternoonEnd", t("colAfternoon"))}
          </tr>
        ))}
      </DataTable>

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
        <NoteField id="hours-note" errors={fieldError("note")} />
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
