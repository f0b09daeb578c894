"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { WorkingCalendar } from "@/domain/calendar";
import { addCalendarDayAction } from "./actions";
import { Button, Field, FieldError, Input, StatusMessage, controlAria, labelClass, useActionForm } from "@/ui/form";
import { NoteField } from "./note-field";
import {
  isOrdinaryWorkingWeekday,
  parseCalendarDate,
  suggestCompensatoryDay,
  type CalendarDayKind,
} from "@/domain/calendar/editing";
import { dayLabel } from "./labels";
import { useCalendarLabels } from "@/ui/use-labels";

/** Thêm ngày nghỉ / ngày làm bù. `calendar` = the editable rows, for the live hints (the server checks again). */
export function AddDayForm({ calendar, defaultYear }: { calendar: WorkingCalendar; defaultYear: number }) {
  const t = useTranslations("calendarAdmin");
  const labels = useCalendarLabels();
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(addCalendarDayAction, {
    resetOnSuccess: true,
  });
  const [typed, setTyped] = useState<{ date: string; kind: CalendarDayKind }>({ date: "", kind: "HOLIDAY" });

  const parsed = parseCalendarDate(typed.date);
  const date = parsed.ok ? parsed.date : null;
  const offAnyway = date !== null && !isOrdinaryWorkingWeekday(calendar, date);
  const weekendHoliday = typed.kind === "HOLIDAY" && offAnyway;
  const makeUpOnWorkday = typed.kind === "MAKEUP_WORKDAY" && date !== null && !offAnyway;
  const showConfirm = weekendHoliday || fieldError("confirmWeekend").length > 0;

  const readForm = (form: HTMLFormElement) => {
    const data = new FormData(form);
    setTyped({
      date: String(data.get("date") ?? ""),
      kind: data.get("kind") === "MAKEUP_WORKDAY" ? "MAKEUP_WORKDAY" : "HOLIDAY",
    });
  };

  const savedSuggestion = state?.ok ? state.data?.compensatorySuggestion : undefined;
  return (
    <form
      {...formProps}
      onChange={(event) => readForm(event.currentTarget)}
      onReset={() => setTyped({ date: "", kind: "HOLIDAY" })}
      aria-labelledby="add-day-title"
      className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
    >
      <h3 id="add-day-title" className="text-base font-semibold">
        {t("addTitle")}
      </h3>
      <Field
        id="add-date"
        label={t("dateLabel")}
        required={t("required")}
        hint={date ? dayLabel(t, date) : t("dateHint")}
        errors={fieldError("date")}
      >
        {(control) => (
          <Input
            {...control}
            name="date"
            inputMode="numeric"
            autoComplete="off"
            placeholder={`dd/mm/${defaultYear}`}
            maxLength={10}
            required
          />
        )}
      </Field>

      <fieldset>
        <legend className={labelClass}>
          {t("kindLegend")} <span className="font-normal text-muted">{t("required")}</span>
        </legend>
        <div className="mt-1 flex flex-wrap gap-x-6 gap-y-2">
          {(["HOLIDAY", "MAKEUP_WORKDAY"] as const).map((kind) => (
            <label key={kind} className="inline-flex items-center gap-2">
              <input
                type="radio"
                name="kind"
                value={kind}
                defaultChecked={kind === "HOLIDAY"}
                aria-invalid={fieldError("kind").length > 0 || undefined}
                aria-describedby="add-kind-hint add-kind-error"
                className="size-4"
              />
              {labels.dayKindLong[kind]}
            </label>
          ))}
        </div>
        <p id="add-kind-hint" className={makeUpOnWorkday ? "mt-1 text-sm text-amber-900" : "sr-only"}>
          {makeUpOnWorkday && date ? t("makeUpHint", { label: dayLabel(t, date) }) : ""}
        </p>
        <FieldError id="add-kind-error" errors={fieldError("kind")} />
      </fieldset>

      <Field
        id="add-name"
        label={t("nameLabel")}
        required={t("required")}
        hint={t("nameHint")}
        errors={fieldError("name")}
      >
        {(control) => <Input {...control} name="name" maxLength={200} required />}
      </Field>

      <Field id="add-notice" label={t("noticeLabel")} hint={t("noticeHint")} errors={fieldError("notice")}>
        {(control) => <Input {...control} name="notice" maxLength={300} />}
      </Field>

      {showConfirm ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3">
          {weekendHoliday && date ? (
            <p id="add-confirm-hint" className="text-sm text-amber-900">
              {t("weekendHint", {
                label: dayLabel(t, date),
                suggestion: dayLabel(t, suggestCompensatoryDay(calendar, date)),
              })}
            </p>
          ) : null}
          <label className="mt-2 flex items-start gap-2 text-sm font-semibold">
            <input
              {...controlAria("add-confirm", {
                errors: fieldError("confirmWeekend"),
                hasHint: false,
                describedBy: weekendHoliday ? ["add-confirm-hint"] : [],
              })}
              type="checkbox"
              name="confirmWeekend"
              className="mt-0.5 size-4"
            />
            {t("confirmWeekendLabel")}
          </label>
          <FieldError id="add-confirm-error" errors={fieldError("confirmWeekend")} />
        </div>
      ) : null}

      <NoteField id="add-note" errors={fieldError("note")} />

      <StatusMessage
        state={state}
        ref={statusRef}
        success={
          state?.ok && state.data ? (
            <>
              <p>{t("saved", { revision: state.data.revision })}</p>
              {savedSuggestion ? (
                <p className="mt-1">{t("savedWeekendReminder", { suggestion: dayLabel(t, savedSuggestion) })}</p>
              ) : null}
            </>
          ) : null
        }
      />
      <Button type="submit" disabled={pending}>
        {pending ? t("saving") : t("addSubmit")}
      </Button>
    </form>
  );
}
