"use client";
// Sáp nhập / chia tách: tick the units that end, choose the unit that continues them, the last day and the basis.
// Units are grouped by level, so a merger across levels is hard to ask for (the server refuses it anyway).
import { useTranslations } from "next-intl";
import { ActionCard, Field, FieldError, Input, Select, useActionForm } from "@/ui/form";
import { errorTextClass, hintClass } from "@/ui/form/classes";
import { mergeUnitsAction } from "./actions";

export interface MergeChoice {
  id: string;
  label: string;
  level: "PROVINCE" | "DISTRICT" | "COMMUNE";
}

export function MergeForm({ units }: { units: readonly MergeChoice[] }) {
  const t = useTranslations("organisationAdmin");
  const form = useActionForm(mergeUnitsAction, { resetOnSuccess: true });
  const sourceErrors = form.fieldError("sourceIds");
  const levels = (["COMMUNE", "DISTRICT", "PROVINCE"] as const).filter((level) =>
    units.some((unit) => unit.level === level),
  );
  const done = form.state?.ok && form.state.data ? form.state.data : null;
  return (
    <ActionCard
      {...form}
      titleId="merge-title"
      title={t("merge.title")}
      success={
        done
          ? t("merge.done", { sources: done.sources.join(", "), successor: done.successor, day: done.takeoverDay })
          : null
      }
      submit={{ label: t("merge.submit"), pending: t("merge.submitting") }}
      statusTestId="merge-status"
      testId="merge-form"
    >
      <fieldset className="mt-3" aria-describedby="merge-sources-hint merge-sources-error">
        <legend className="text-sm font-semibold">{t("merge.sources")}</legend>
        <p id="merge-sources-hint" className={hintClass}>
          {t("merge.sourcesHint")}
        </p>
        {levels.map((level) => (
          <div key={level} className="mt-2">
            <p className="text-sm text-muted">{t(`level.${level}`)}</p>
            <ul className="mt-1 grid gap-1 sm:grid-cols-2">
              {units
                .filter((unit) => unit.level === level)
                .map((unit) => (
                  <li key={unit.id}>
                    <label className="flex min-h-11 items-center gap-2 rounded border border-gray-200 bg-white px-3 py-2">
                      <input
                        type="checkbox"
                        name="sourceIds[]"
                        value={unit.id}
                        className="size-5"
                        aria-invalid={sourceErrors.length > 0 || undefined}
                      />
                      <span>{unit.label}</span>
                    </label>
                  </li>
                ))}
            </ul>
          </div>
        ))}
        <FieldError id="merge-sources-error" errors={sourceErrors} />
      </fieldset>
      <div className="mt-4 grid gap-4 sm:grid-cols-2">
        <Field
          id="merge-successor"
          label={t("merge.successor")}
          hint={t("merge.successorHint")}
          errors={form.fieldError("successorId")}
        >
          {(control) => (
            <Select {...control} name="successorId" defaultValue="">
              <option value="">{t("merge.chooseSuccessor")}</option>
              {levels.map((level) => (
                <optgroup key={level} label={t(`level.${level}`)}>
                  {units
                    .filter((unit) => unit.level === level)
                    .map((unit) => (
                      <option key={unit.id} value={unit.id}>
                        {unit.label}
                      </option>
                    ))}
                </optgroup>
              ))}
            </Select>
          )}
        </Field>
        <Field
          id="merge-last-day"
          label={t("merge.lastDay")}
          hint={t("merge.lastDayHint")}
          errors={form.fieldError("lastDay")}
        >
          {(control) => (
            <Input {...control} name="lastDay" inputMode="numeric" autoComplete="off" placeholder="30/06/2025" />
          )}
        </Field>
        <Field
          id="merge-basis"
          label={t("merge.changeBasis")}
          hint={t("form.changeBasisHint")}
          errors={form.fieldError("changeBasis")}
          className="sm:col-span-2"
        >
          {(control) => <Input {...control} name="changeBasis" autoComplete="off" />}
        </Field>
      </div>
      {units.length === 0 ? <p className={errorTextClass}>{t("merge.noUnits")}</p> : null}
    </ActionCard>
  );
}
