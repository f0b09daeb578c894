"use client";
// "Nạp lịch nghỉ theo quy định": the statutory days of the year that the table lacks, each with a checkbox (all
// selected at first), added in one revision.
import { useState } from "react";
import { useLocale } from "next-intl";
import { importStatutoryDaysAction } from "./actions";
import { FieldError, StatusMessage, fieldAria, hintClass, inputClass, labelClass, primaryButtonClass, useEditForm } from "./form-kit";
import { dayLabel } from "./labels";
import { calendarAdminMessages } from "./messages";
import type { StatutoryCandidate, StatutorySource } from "./rules";

export function ImportForm({ year, source, candidates }: { year: number; source: StatutorySource; candidates: StatutoryCandidate[] }) {
  const m = calendarAdminMessages(useLocale());
  const { state, pending, formProps, statusRef, errorsOf } = useEditForm(importStatutoryDaysAction);
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

  const success = state?.ok && state.data ? `${m.importedCount(state.data.count)} ${m.saved(state.data.revision)}` : null;
  return (
    <form {...formProps} aria-labelledby="import-title" className="space-y-4 rounded-lg border border-gray-200 bg-white p-4 shadow-sm">
      <input type="hidden" name="year" value={year} />
      <p className="text-sm text-muted">{source === "official" ? m.importSourceOfficial : m.importSourceDerived}</p>
      {candidates.length === 0 ? (
        <p className="text-sm">{m.importEmpty(year)}</p>
      ) : (
        <>
          <fieldset aria-describedby="import-dates-error">
            <legend className="sr-only">{m.importCaption(year)}</legend>
            <label className="mb-2 inline-flex items-center gap-2 text-sm font-semibold">
              <input
                type="checkbox"
                checked={allTicked}
                onChange={(event) => setUnticked(event.target.checked ? new Set() : new Set(candidates.map((candidate) => candidate.date)))}
                className="size-4"
              />
              {m.importSelectAll}
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
                      aria-invalid={index === 0 && errorsOf("dates") ? true : undefined}
                      aria-describedby={`import-notice-${candidate.date}`}
                      className="mt-1 size-4 shrink-0"
                    />
                    <span className="text-sm">
                      <span className="font-semibold">{dayLabel(m, candidate.date)}</span>
                      {" — "}
                      <span className={candidate.kind === "HOLIDAY" ? "text-red-900" : "text-blue-900"}>
                        {candidate.kind === "HOLIDAY" ? m.kindHoliday : m.kindMakeUp}
                      </span>
                      {": "}
                      {candidate.name}
                      {candidate.offAnyway ? <span className="ml-1 italic text-amber-900">({m.importOffAnyway})</span> : null}
                      <span id={`import-notice-${candidate.date}`} className="block text-xs text-muted">
                        {candidate.notice}
                      </span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
          <FieldError id="import-dates" errors={errorsOf("dates")} />
          <div className="max-w-xl">
            <label htmlFor="import-note" className={labelClass}>
              {m.noteLabel} <span className="font-normal text-muted">{m.required}</span>
            </label>
            <textarea {...fieldAria("import-note", errorsOf("note"), true)} name="note" rows={2} maxLength={500} required className={inputClass} />
            <p id="import-note-hint" className={hintClass}>
              {m.noteHint}
            </p>
            <FieldError id="import-note" errors={errorsOf("note")} />
          </div>
        </>
      )}
      <StatusMessage state={state} statusRef={statusRef} success={success} />
      {candidates.length > 0 ? (
        <button type="submit" disabled={pending} className={primaryButtonClass}>
          {pending ? m.saving : m.importSubmit}
        </button>
      ) : null}
    </form>
  );
}
