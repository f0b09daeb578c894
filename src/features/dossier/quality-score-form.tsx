"use client";
// The quality score's two forms on the dossier page: the self-score (points proposed by the computed values, an
// evidence line per indicator) and the appraisal (points proposed by the self-score, a reason per changed indicator).
import { useId } from "react";
import { Button, Field, Input, Select, StatusMessage, useActionForm } from "@/ui/form";
import { recordQualityAppraisalAction, recordQualitySelfScoreAction } from "./quality-actions";

export interface QualityFormText {
  title: string;
  intro: string;
  pointsOf: string;
  textOf: string;
  pointLabels: Record<"0" | "1" | "2", string>;
  submit: string;
  pending: string;
  done: string;
}

export function QualityScoreForm({
  mode,
  dossierId,
  indicators,
  text,
}: {
  mode: "self" | "appraise";
  dossierId: string;
  /** Number, label, the proposed points and the proposed text (evidence) of each indicator. */
  indicators: readonly { number: number; label: string; points: number; text: string }[];
  text: QualityFormText;
}) {
  const baseId = useId();
  const { state, pending, formProps, statusRef, fieldError } = useActionForm<{ total: number }>(
    mode === "self" ? recordQualitySelfScoreAction : recordQualityAppraisalAction,
  );
  const prefix = mode === "self" ? "e" : "r";
  const done = state?.ok && state.data ? text.done.replace("{total}", String(state.data.total)) : null;
  return (
    <form
      {...formProps}
      className="mt-4 rounded-md border border-gray-300 bg-gray-50 p-3"
      aria-labelledby={`${baseId}-title`}
      data-testid={`quality-${mode}-form`}
    >
      <h3 id={`${baseId}-title`} className="font-semibold">
        {text.title}
      </h3>
      <p className="mb-3 text-sm text-muted">{text.intro}</p>
      <input type="hidden" name="dossierId" value={dossierId} />
      <ol className="space-y-3">
        {indicators.map((item) => (
          <li key={item.number} className="grid gap-2 sm:grid-cols-[1fr_9rem_1fr]">
            <p className="text-sm font-semibold">
              {item.number}. {item.label}
            </p>
            <Field
              id={`${baseId}-p${item.number}`}
              label={text.pointsOf.replace("{number}", String(item.number))}
              labelClassName="sr-only"
              errors={fieldError(`p${item.number}`)}
            >
              {(control) => (
                <Select {...control} name={`p${item.number}`} defaultValue={String(item.points)}>
                  {(["2", "1", "0"] as const).map((value) => (
                    <option key={value} value={value}>
                      {text.pointLabels[value]}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
            <Field
              id={`${baseId}-${prefix}${item.number}`}
              label={text.textOf.replace("{number}", String(item.number))}
              labelClassName="sr-only"
              errors={fieldError(`${prefix}${item.number}`)}
            >
              {(control) => (
                <Input
                  {...control}
                  name={`${prefix}${item.number}`}
                  maxLength={500}
                  defaultValue={mode === "self" ? item.text : ""}
                  placeholder={mode === "self" ? undefined : text.textOf.replace("{number}", String(item.number))}
                />
              )}
            </Field>
          </li>
        ))}
      </ol>
      <StatusMessage ref={statusRef} state={state} success={done} className="mt-3" testId={`quality-${mode}-message`} />
      <Button type="submit" className="mt-3" disabled={pending} data-testid={`quality-${mode}-submit`}>
        {pending ? text.pending : text.submit}
      </Button>
    </form>
  );
}
