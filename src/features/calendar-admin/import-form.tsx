"use client";
// "Nạp lịch nghỉ theo quy định": the statutory days of the year that the table lacks, each with a checkbox (all
// selected at first), added in one revision.
import { useState } from "react";
import { useTranslations } from "next-intl";
import { importStatutoryDaysAction } from "./actions";
import { Button, FieldError, StatusMessage, useActionForm } from "@/ui/form";
import { NoteField } from "./note-field";
import { dayLabel } from "./labels";
import { useCalendarLabels } from "@/ui/use-labels";
import type { StatutoryCandidate, StatutorySource } from "@/domain/calendar/editing";

export function ImportForm({
  year,
  source,
  candidates,
}: {
  year: number;
  source: StatutorySource;
  candidates: StatutoryCandidate[];
}) {
  const t = useTranslations("calendarAdmin");
  const labels = useCalendarLabels();
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(importStatutoryDaysAction, {
    resetOnSuccess: true,
  });
  // Unticked dates (so days that appear later start ticked).
  const [unticked, setUnticked] = useState<ReadonlySet<string>>(new Set());
  const allTicked = candidates.every((candidate) => !unticked.has(candidate.date));
  const toggle = (date: string, ticked: boolean) =>
    setUnticked((previous) => {
      const next = new Set(previous);
      if (ticked) next.delete(date);
      else next.add(date);
      return next;
    });

  const success =
    state?.ok && state.data
      ? `${t("importedCount", { count: state.data.count })} ${t("saved", { revision: state.data.revision })}`
      : null;
  return (
    <form
      {...formProps}
      aria-labelledby="import-title"
      className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm"
    >
      <input type="hidden" name="year" value={year} />
      <p className="text-sm text-muted">
        {source === "official" ? t("importSourceOfficial") : t("importSourceDerived")}
      </p>
      {candidates.length === 0 ? (
        <p className="text-sm">{t("importEmpty", { year })}</p>
      ) : (
        <>
          <fieldset aria-describedby="import-dates-error">
            <legend className="sr-only">{t("importCaption", { year })}</legend>
            <label className="mb-2 inline-flex items-center gap-2 text-sm font-semibold">
              <input
                type="checkbox"
                checked={allTicked}
                onChange={(event) =>
                  setUnticked(event.target.checked ? new Set() : new Set(candidates.map((candidate) => candidate.date)))
                }
                className="size-4"
              />
              {t("importSelectAll")}
            </label>
            <ul className="divide-y divide-gray-100 rounded-md border border-gray-200">
              {candidates.map((candidate, index) => (
                <li key={candidate.date} className="px-3 py-2">
                  <label className="flex items-start gap-3">
                    <input
                      type="checkbox"
                      name="dates"
                      value={candidate.date}
                      checked={!unticked.has(candidate.date)}
                      onChange={(event) => toggle(candidate.date, event.target.checked)}
                      aria-invalid={index === 0 && fieldError("dates").length > 0 ? true : undefined}
                      aria-describedby={`import-notice-${candidate.date}`}
                      className="mt-1 size-4 shrink-0"
                    />
                    <span className="text-sm">
                      <span className="font-semibold">{dayLabel(t, candidate.date)}</span>
                      {" — "}
                      <span className={candidate.kind === "HOLIDAY" ? "text-red-900" : "text-blue-900"}>
                        {labels.dayKind[candidate.kind]}
                      </span>
                      {": "}
                      {candidate.name}
                      {candidate.offAnyway ? (
                        <span className="ml-1 italic text-amber-900">({t("importOffAnyway")})</span>
                      ) : null}
                      <span id={`import-notice-${candidate.date}`} className="block text-xs text-muted">
                        {candidate.notice}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <FieldError id="import-dates-error" errors={fieldError("dates")} />
          <NoteField id="import-note" errors={fieldError("note")} className="max-w-xl" />
        </>
      )}
      <StatusMessage state={state} ref={statusRef} success={success} />
      {candidates.length > 0 ? (
        <Button type="submit" disabled={pending}>
          {pending ? t("saving") : t("importSubmit")}
        </Button>
      ) : null}
    </form>
  );
}
