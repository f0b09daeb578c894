"use client";
import { useState } from "react";
import { useTranslations } from "next-intl";
import type { WorkingCalendar } from "@/domain/calendar";
import { addCalendarDayAction } from "./actions";
import { FieldError, StatusMessage, fieldAria, hintClass, inputClass, labelClass, primaryButtonClass, useEditForm } from "./form-kit";
import { isOrdinaryWorkingWeekday, parseVietnameseDate, suggestCompensatoryDay, type CalendarDayKind } from "@/domain/calendar/editing";
import { dayLabel } from "./labels";

/** Thêm ngày nghỉ / ngày làm bù. `calendar` = the editable rows, for the live hints (the server checks again). */
export function AddDayForm({ calendar, defaultYear }: { calendar: WorkingCalendar; defaultYear: number }) {
  const t = useTranslations("calendarAdmin");
  const { state, pending, formProps, statusRef, errorsOf } = useEditForm(addCalendarDayAction);
  const [typed, setTyped] = useState<{ date: string; kind: CalendarDayKind }>({ date: "", kind: "HOLIDAY" });

  const parsed = parseVietnameseDate(typed.date);
  const date = parsed.ok ? parsed.date : null;
  const offAnyway = date !== null && !isOrdinaryWorkingWeekday(calendar, date);
  const weekendHoliday = typed.kind === "HOLIDAY" && offAnyway;
  const makeUpOnWorkday = typed.kind === "MAKEUP_WORKDAY" && date !== null && !offAnyway;
  const showConfirm = weekendHoliday || Boolean(errorsOf("confirmWeekend"));

  const readForm = (form: HTMLFormElement) => {
    const data = new FormData(form);
    setTyped({ date: String(data.get("date") ?? ""), kind: data.get("kind") === "MAKEUP_WORKDAY" ? "MAKEUP_WORKDAY" : "HOLIDAY" });
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
      <div>
        <label htmlFor="add-date" className={labelClass}>
          {t("dateLabel")} <span className="font-normal text-muted">{t("required")}</span>
        </label>
        <input
          {...fieldAria("add-date", errorsOf("date"), true)}
          name="date"
          inputMode="numeric"
          autoComplete="off"
          placeholder={`dd/mm/${defaultYear}`}
          maxLength={10}
          required
          className={inputClass}
        />
        <p id="add-date-hint" className={hintClass}>
          {date ? dayLabel(t, date) : t("dateHint")}
        </p>
        <FieldError id="add-date" errors={errorsOf("date")} />
      </div>

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
                data-invalid={errorsOf("kind") ? true : undefined}
                aria-describedby="add-kind-hint add-kind-error"
                className="size-4"
              />
              {kind === "HOLIDAY" ? t("kindHolidayLong") : t("kindMakeUpLong")}
            </label>
          ))}
        </div>
        <p id="add-kind-hint" className={makeUpOnWorkday ? "mt-1 text-sm text-amber-900" : "sr-only"}>
          {makeUpOnWorkday && date ? t("makeUpHint", { label: dayLabel(t, date) }) : ""}
        </p>
        <FieldError id="add-kind" errors={errorsOf("kind")} />
      </fieldset>

      <div>
        <label htmlFor="add-name" className={labelClass}>
          {t("nameLabel")} <span className="font-normal text-muted">{t("required")}</span>
        </label>
        <input {...fieldAria("add-name", errorsOf("name"), true)} name="name" maxLength={200} required className={inputClass} />
        <p id="add-name-hint" className={hintClass}>
          {t("nameHint")}
        </p>
        <FieldError id="add-name" errors={errorsOf("name")} />
      </div>

      <div>
        <label htmlFor="add-notice" className={labelClass}>
          {t("noticeLabel")}
        </label>
        <input {...fieldAria("add-notice", errorsOf("notice"), true)} name="notice" maxLength={300} className={inputClass} />
        <p id="add-notice-hint" className={hintClass}>
          {t("noticeHint")}
        </p>
        <FieldError id="add-notice" errors={errorsOf("notice")} />
      </div>

      {showConfirm ? (
        <div className="rounded-md border border-amber-300 bg-amber-50 p-3">
          {weekendHoliday && date ? (
            <p id="add-confirm-hint" className="text-sm text-amber-900">
              {t("weekendHint", { label: dayLabel(t, date), suggestion: dayLabel(t, suggestCompensatoryDay(calendar, date)) })}
            </p>
          ) : null}
          <label className="mt-2 flex items-start gap-2 text-sm font-semibold">
            <input
              {...fieldAria("add-confirm", errorsOf("confirmWeekend"), weekendHoliday)}
              type="checkbox"
              name="confirmWeekend"
              className="mt-0.5 size-4"
            />
            {t("confirmWeekendLabel")}
          </label>
          <FieldError id="add-confirm" errors={errorsOf("confirmWeekend")} />
        </div>
      ) : null}

      <div>
        <label htmlFor="add-note" className={labelClass}>
          {t("noteLabel")} <span className="font-normal text-muted">{t("required")}</span>
        </label>
        <textarea {...fieldAria("add-note", errorsOf("note"), true)} name="note" rows={2} maxLength={500} required className={inputClass} />
        <p id="add-note-hint" className={hintClass}>
          {t("noteHint")}
        </p>
        <FieldError id="add-note" errors={errorsOf("note")} />
      </div>

      <StatusMessage
        state={state}
        statusRef={statusRef}
        success={
          state?.ok && state.data ? (
            <>
              <p>{t("saved", { revision: state.data.revision })}</p>
              {savedSuggestion ? <p className="mt-1">{t("savedWeekendReminder", { suggestion: dayLabel(t, savedSuggestion) })}</p> : null}
            </>
          ) : null
        }
      />
      <button type="submit" disabled={pending} className={primaryButtonClass}>
        {pending ? t("saving") : t("addSubmit")}
      </button>
    </form>
  );
}
