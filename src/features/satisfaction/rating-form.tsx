"use client";
// The citizen's rating form (/danh-gia/<token>), for a phone first: overall stars when the questionnaire asks them,
// one row of five large choices per criterion (1 = Rất không hài lòng … 5 = Rất hài lòng), reasons at 3 stars or
// fewer, an optional comment. Native radio buttons, so it works without JavaScript and with a screen reader.
import { useState } from "react";
import { useLocale, useTranslations } from "next-intl";
import { COMMENT_MAX_LENGTH, SCORE_LABELS } from "@/domain/satisfaction";
import { Button, StatusMessage, Textarea, useActionForm } from "@/ui/form";
import { rateDossierAction } from "./rate-action";

export type RatingFormQuestionnaire = {
  asksOverall: boolean;
  reasons: string[];
  factors: { id: string; name: string }[];
  criteria: { id: string; code: string; text: string; factorId: string }[];
};

const SCORES = [1, 2, 3, 4, 5] as const;

function ScoreChoices({
  name,
  legend,
  labels,
  disabled,
  onChange,
  testId,
}: {
  name: string;
  legend: string;
  labels: readonly string[];
  disabled: boolean;
  onChange?: (score: number) => void;
  testId: string;
}) {
  return (
    <fieldset className="rounded-lg border border-gray-300 bg-white p-3" data-testid={testId}>
      <legend className="px-1 text-base font-semibold">{legend}</legend>
      <div className="mt-2 grid grid-cols-5 gap-1.5">
        {SCORES.map((score) => (
          <label
            key={score}
            className="flex min-h-16 cursor-pointer flex-col items-center justify-start rounded-md border-2 border-gray-300 px-0.5 py-1.5 text-center has-[:checked]:border-brand-700 has-[:checked]:bg-brand-50 has-[:focus-visible]:outline has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-700"
          >
            <input
              type="radio"
              name={name}
              value={score}
              required
              disabled={disabled}
              className="sr-only"
              onChange={() => onChange?.(score)}
            />
            <span className="text-xl font-bold" aria-hidden="true">
              {score}
            </span>
            <span className="text-[11px] leading-tight">{labels[score - 1]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}

export function RatingForm({ token, questionnaire }: { token: string; questionnaire: RatingFormQuestionnaire }) {
  const t = useTranslations("satisfaction.form");
  const scoreLabels = SCORE_LABELS[useLocale() === "en" ? "en" : "vi"];
  const { state, pending, formProps, statusRef } = useActionForm(rateDossierAction);
  const [overall, setOverall] = useState<number | null>(null);
  const done = Boolean(state?.ok);
  const starLabels = SCORES.map((score) => t("star", { count: score }));
  return (
    <form {...formProps} className="space-y-4" data-testid="rating-form">
      <input type="hidden" name="token" value={token} />
      {questionnaire.asksOverall ? (
        <ScoreChoices
          name="overall"
          legend={t("overall")}
          labels={starLabels}
          disabled={done}
          onChange={setOverall}
          testId="rating-overall"
        />
      ) : null}
      {questionnaire.asksOverall && overall !== null && overall <= 3 && questionnaire.reasons.length > 0 ? (
        <fieldset className="rounded-lg border border-gray-300 bg-white p-3" data-testid="rating-reasons">
          <legend className="px-1 text-base font-semibold">{t("reasons")}</legend>
          <div className="mt-2 space-y-1">
            {questionnaire.reasons.map((reason) => (
              <label key={reason} className="flex min-h-11 items-center gap-3 text-base">
                <input type="checkbox" name="reasons[]" value={reason} disabled={done} className="size-5" />
                {reason}
              </label>
            ))}
          </div>
        </fieldset>
      ) : null}
      <h2 className="pt-2 text-lg font-semibold">{t("criteria")}</h2>
      <p className="text-sm text-muted">{t("scaleHint")}</p>
      {questionnaire.criteria.map((criterion) => (
        <ScoreChoices
          key={criterion.id}
          name={`c_${criterion.id}`}
          legend={criterion.text}
          labels={scoreLabels}
          disabled={done}
          testId={`rating-criterion-${criterion.code}`}
        />
      ))}
      <div>
        <label htmlFor="rating-comment" className="block text-base font-semibold">
          {t("comment")}
        </label>
        <p id="rating-comment-hint" className="text-sm text-muted">
          {t("commentHint")}
        </p>
        <Textarea
          id="rating-comment"
          name="comment"
          rows={3}
          maxLength={COMMENT_MAX_LENGTH}
          aria-describedby="rating-comment-hint"
          disabled={done}
          className="mt-1 w-full text-base"
        />
      </div>
      <Button type="submit" size="lg" disabled={pending || done} className="min-h-12 w-full">
        {pending ? t("pending") : t("submit")}
      </Button>
      <StatusMessage ref={statusRef} state={state} success={t("done")} testId="rating-status" />
    </form>
  );
}
