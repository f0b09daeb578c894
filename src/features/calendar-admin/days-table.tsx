"use client";
// The days off and make-up days of one year, with removal in two steps: "Xóa" opens a confirmation row under the
// day (with the required change note); only "Xác nhận xóa" changes the calendar.
import { Fragment, useCallback, useEffect, useRef, useState } from "react";
import { useTranslations } from "next-intl";
import type { CalendarDayRow } from "@/server/data/calendar-admin";
import { removeCalendarDayAction } from "./actions";
import { DataTable, RowHeader, tdClass } from "@/ui/data-table";
import { Button, StatusMessage, SuccessNote, useActionForm } from "@/ui/form";
import { NoteField } from "./note-field";
import { dayLabel } from "./labels";
import { useCalendarLabels } from "@/ui/use-labels";

export function DaysTable({ year, rows }: { year: number; rows: CalendarDayRow[] }) {
  const t = useTranslations("calendarAdmin");
  const labels = useCalendarLabels();
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
      <div ref={statusRef} tabIndex={-1} aria-live="polite" className="outline-none">
        {savedRevision !== null ? <SuccessNote>{t("saved", { revision: savedRevision })}</SuccessNote> : null}
      </div>
      <DataTable
        caption={t("daysCaption", { year })}
        captionHidden
        columns={[t("colDate"), t("colKind"), t("colName"), t("colNotice"), { header: t("colActions"), hidden: true }]}
        empty={rows.length === 0 ? t("daysEmpty", { year }) : null}
      >
        {rows.map((row) => {
          const label = dayLabel(t, row.date);
          return (
            <Fragment key={row.id}>
              <tr>
                <RowHeader className="whitespace-nowrap font-normal">
                  <time dateTime={row.date}>{label}</time>
                </RowHeader>
                <td className={tdClass}>
                  <span
                    className={
                      row.kind === "HOLIDAY"
                        ? "rounded bg-red-100 px-2 py-0.5 text-xs font-semibold text-red-900"
                        : "rounded bg-blue-100 px-2 py-0.5 text-xs font-semibold text-blue-900"
                    }
                  >
                    {labels.dayKind[row.kind]}
                  </span>
                </td>
                <td className={tdClass}>{row.name}</td>
                <td className={`${tdClass} text-muted`}>{row.notice ?? "—"}</td>
                <td className={`${tdClass} text-right`}>
                  <Button
                    variant="secondary"
                    size="sm"
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
                  >
                    {t("remove")}
                  </Button>
                </td>
              </tr>
              {removingId === row.id ? (
                <tr>
                  <td colSpan={5} className="bg-red-50/60 px-3 py-3">
                    <RemoveDayPanel row={row} label={label} onCancel={() => cancel(row.id)} onRemoved={onRemoved} />
                  </td>
                </tr>
              ) : null}
            </Fragment>
          );
        })}
      </DataTable>
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
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(removeCalendarDayAction);
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
      <NoteField ref={noteRef} id={`${id}-note`} errors={fieldError("note")} className="max-w-xl" />
      <StatusMessage state={state} ref={statusRef} />
      <div className="flex flex-wrap gap-2">
        <Button type="submit" variant="danger" disabled={pending}>
          {pending ? t("removing") : t("removeConfirm")}
        </Button>
        <Button variant="secondary" size="sm" onClick={onCancel}>
          {t("cancel")}
        </Button>
      </div>
    </form>
  );
}
