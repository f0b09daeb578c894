"use client";
// The days off and make-up days of one year, with removal in two steps: "Xóa" opens a confirmation row under the
// day (with the required change note); only "Xác nhận xóa" changes the calendar.
import { Fragment, useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { CalendarDayRow } from "@/server/data/calendar-admin";
import { removeCalendarDayAction } from "./actions";
import { FieldError, StatusMessage, fieldAria, hintClass, inputClass, labelClass, secondaryButtonClass, useEditForm } from "./form-kit";
import { dayLabel } from "./labels";

const th = "bg-gray-50 px-3 py-2 text-left font-semibold text-ink";
const td = "px-3 py-2 align-top";

export function DaysTable({ year, rows }: { year: number; rows: CalendarDayRow[] }) {
  const t = useTranslations("calendarAdmin");
  const [removingId, setRemovingId] = useState<string | null>(null);
  const [savedRevision, setSavedRevision] = useState<number | null>(null);
  const statusRef = useRef<HTMLDivElement>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());

  useEffect(() => {
    if (savedRevision !== null) statusRef.current?.focus();
  }, [savedRevision]);

  const onRemoved = useCallback((revision: number) => {
    setRemovingId(null);
    setSavedRevision(revision);
  }, []);

  const cancel = (id: string) => {
    setRemovingId(null);
    buttons.current.get(id)?.focus();
  };

  return (
    <div>
      <div ref={statusRef} tabIndex={-1} role="status" aria-live="polite" className="mb-3 outline-none empty:hidden">
        {savedRevision !== null ? <p className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">{t("saved", { revision: savedRevision })}</p> : null}
      </div>
      {rows.length === 0 ? (
        <p className="rounded-lg border border-dashed border-gray-300 bg-white p-4 text-sm text-muted">{t("daysEmpty", { year })}</p>
      ) : (
        <div className="overflow-x-auto rounded-lg border border-gray-200 bg-white" tabIndex={0} role="region" aria-label={t("daysCaption", { year })}>
          <table className="min-w-full divide-y divide-gray-200 text-sm">
            <caption className="sr-only">{t("daysCaption", { year })}</caption>
            <thead>
              <tr>
                <th scope="col" className={th}>
                  {t("colDate")}
                </th>
                <th scope="col" className={th}>
                  {t("colKind")}
                </th>
                <th scope="col" className={th}>
                  {t("colName")}
                </th>
                <th scope="col" className={th}>
                  {t("colNotice")}
                </th>
                <th scope="col" className={th}>
                  <span className="sr-only">{t("colActions")}</span>
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-100">
              {rows.map((row) => {
                const label = dayLabel(t, row.date);
                return (
                  <Fragment key={row.id}>
                    <tr>
                      <th scope="row" className={`${td} whitespace-nowrap text-left font-normal`}>
                        <time dateTime={row.date}>{label}</time>
                      </th>
                      <td className={td}>
                        <span
                          className={
                            row.kind === "HOLIDAY"
                              ? "rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900"
                              : "rounded bg-blue-100 px-2 py-0.5 text-xs font-semibold text-blue-900"
                          }
                        >
                          {row.kind === "HOLIDAY" ? t("kindHoliday") : t("kindMakeUp")}
                        </span>
                      </td>
                      <td className={td}>{row.name}</td>
                      <td className={`${td} text-muted`}>{row.notice ?? "—"}</td>
                      <td className={`${td} text-right`}>
                        <button
                          type="button"
                          ref={(element) => {
                            if (element) buttons.current.set(row.id, element);
                            else buttons.current.delete(row.id);
                          }}
                          onClick={() => {
                            setSavedRevision(null);
                            setRemovingId(removingId === row.id ? null : row.id);
                          }}
                          aria-expanded={removingId === row.id}
                          aria-controls={removingId === row.id ? `remove-${row.id}` : undefined}
                          aria-label={t("removeLabel", { what: `${label} (${row.name})` })}
                          className={secondaryButtonClass}
                        >
                          {t("remove")}
                        </button>
                      </td>
                    </tr>
                    {removingId === row.id ? (
                      <tr>
                        <td colSpan={5} className="bg-red-50/60 px-3 py-3">
                          <RemoveDayPanel
                            row={row}
                            label={label}
                            onCancel={() => cancel(row.id)}
                            onRemoved={onRemoved}
                          />
                        </td>
                      </tr>
                    ) : null}
                  </Fragment>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}

function RemoveDayPanel({
  row,
  label,
  onCancel,
  onRemoved,
}: {
  row: CalendarDayRow;
  label: string;
  onCancel: () => void;
  onRemoved: (revision: number) => void;
}) {
  const t = useTranslations("calendarAdmin");
  const { state, pending, formProps, statusRef, errorsOf } = useEditForm(removeCalendarDayAction, { resetOnSuccess: false });
  const noteRef = useRef<HTMLTextAreaElement>(null);
  const id = `remove-${row.id}`;

  useEffect(() => noteRef.current?.focus(), []);
  useEffect(() => {
    if (state?.ok && state.data) onRemoved(state.data.revision);
  }, [state, onRemoved]);

  return (
    <form
      {...formProps}
      id={id}
      aria-labelledby={`${id}-title`}
      onKeyDown={(event) => {
        if (event.key === "Escape") onCancel();
      }}
      className="space-y-3"
    >
      <p id={`${id}-title`} className="font-semibold text-red-900">
        {t("removeTitle", { what: `${label} (${row.name})` })}
      </p>
      <p className="text-sm">{t("removeExplain")}</p>
      <input type="hidden" name="id" value={row.id} />
      <div className="max-w-xl">
        <label htmlFor={`${id}-note`} className={labelClass}>
          {t("noteLabel")} <span className="font-normal text-muted">{t("required")}</span>
        </label>
        <textarea ref={noteRef} {...fieldAria(`${id}-note`, errorsOf("note"), true)} name="note" rows={2} maxLength={500} required className={inputClass} />
        <p id={`${id}-note-hint`} className={hintClass}>
          {t("noteHint")}
        </p>
        <FieldError id={`${id}-note`} errors={errorsOf("note")} />
      </div>
      <StatusMessage state={state} statusRef={statusRef} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={pending} className="rounded-md bg-red-800 px-4 py-2 font-semibold text-white hover:bg-red-700 disabled:opacity-60">
          {pending ? t("removing") : t("removeConfirm")}
        </button>
        <button type="button" onClick={onCancel} className={secondaryButtonClass}>
          {t("cancel")}
        </button>
      </div>
    </form>
  );
}
