"use client";
// The kiosk screen of a counter tablet (/quay/danh-gia): large touch targets for a 10-inch screen in either
// orientation. Stars (1–5, labelled), at 3 or fewer the short questionnaire's criteria as reasons, an optional comment,
// then thanks (or a polite "nothing to rate"), and back to the start after the configured seconds of inactivity.
import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { REASONS_AT_OR_BELOW, STAR_LABELS } from "@/domain/counter-tablet";
import { Button, ErrorNote, useActionForm } from "@/ui/form";
import { kioskRateAction } from "./actions";

type Props = {
  counter: { number: number; name: string; officeName: string; unitName: string };
  officer: { name: string } | null;
  criteria: { code: string; text: string }[];
  resetSeconds: number;
};

const STARS = [1, 2, 3, 4, 5] as const;

export function Kiosk(props: Props) {
  // A new key starts a fresh form (its action state included): the reset after the timeout.
  const [round, setRound] = useState(0);
  return <KioskRound key={round} {...props} onReset={() => setRound((value) => value + 1)} />;
}

function KioskRound({ counter, officer, criteria, resetSeconds, onReset }: Props & { onReset: () => void }) {
  const t = useTranslations("counterTablet.kiosk");
  const { state, pending, formProps, statusRef } = useActionForm(kioskRateAction);
  const [stars, setStars] = useState<number | null>(null);
  const [touched, setTouched] = useState(0);
  const done = state?.ok ? (state.data?.kind ?? null) : null;

  // Back to the first screen after resetSeconds without a touch (or after the answer was shown that long).
  useEffect(() => {
    if (stars === null && !done && !state) return;
    const timer = window.setTimeout(onReset, resetSeconds * 1000);
    return () => window.clearTimeout(timer);
  }, [stars, done, state, touched, resetSeconds, onReset]);

  const header = (
    <header className="rounded-xl bg-brand-700 px-6 py-4 text-white">
      <p className="text-base">
        {counter.unitName} — {counter.officeName}
      </p>
      <p className="text-2xl font-semibold" data-testid="kiosk-counter">
        {t("counter", { number: counter.number, name: counter.name })}
      </p>
      <p className="mt-1 text-lg" data-testid="kiosk-officer">
        {officer ? t("officer", { name: officer.name }) : t("noOfficer")}
      </p>
    </header>
  );

  if (done) {
    const message = done === "recorded" ? t("thanks") : done === "duplicate" ? t("duplicate") : t("none");
    return (
      <div className="flex min-h-screen flex-col gap-6 p-6">
        {header}
        <div
          ref={statusRef}
          tabIndex={-1}
          role="status"
          className="flex flex-1 flex-col items-center justify-center gap-4 text-center outline-none"
          data-testid="kiosk-outcome"
          data-outcome={done}
        >
          <p className="text-3xl font-semibold">{message}</p>
          {done === "recorded" ? <p className="text-xl">{t("thanksDetail")}</p> : null}
          {done === "none" ? <p className="text-xl">{t("noneDetail")}</p> : null}
          <Button type="button" size="lg" className="mt-6 min-h-16 min-w-64 text-xl" onClick={onReset}>
            {t("again")}
          </Button>
          <p className="text-base text-muted">{t("resetNote", { seconds: resetSeconds })}</p>
        </div>
      </div>
    );
  }

  const asksReasons = stars !== null && stars <= REASONS_AT_OR_BELOW && criteria.length > 0;
  return (
    <div className="flex min-h-screen flex-col gap-6 p-6" onPointerDown={() => setTouched((value) => value + 1)}>
      {header}
      <form {...formProps} className="flex flex-1 flex-col gap-6" aria-labelledby="kiosk-question">
        <h1 id="kiosk-question" className="text-center text-3xl font-semibold leading-snug">
          {t("question")}
        </h1>
        <fieldset>
          <legend className="sr-only">{t("starsLegend")}</legend>
          <div className="grid grid-cols-5 gap-3">
            {STARS.map((count) => (
              <label
                key={count}
                className="flex min-h-32 cursor-pointer flex-col items-center justify-center gap-2 rounded-xl border-2 border-gray-400 bg-white p-2 text-center has-checked:border-brand-700 has-checked:bg-brand-50 has-focus-visible:outline-3 has-focus-visible:outline-blue-600"
              >
                <input
                  type="radio"
                  name="stars"
                  value={count}
                  className="sr-only"
                  checked={stars === count}
                  onChange={() => setStars(count)}
                  aria-label={t("star", { count, label: STAR_LABELS[count] })}
                />
                <span aria-hidden="true" className="text-4xl tracking-tight text-amber-600">
                  {"★".repeat(count)}
                </span>
                <span aria-hidden="true" className="text-base font-semibold leading-tight">
                  {STAR_LABELS[count]}
                </span>
              </label>
            ))}
          </div>
        </fieldset>
        {asksReasons ? (
          <fieldset className="rounded-xl border border-gray-300 bg-white p-4">
            <legend className="px-2 text-xl font-semibold">{t("reasonsQuestion")}</legend>
            <div className="mt-2 grid gap-3 sm:grid-cols-2">
              {criteria.map((criterion) => (
                <label
                  key={criterion.code}
                  className="flex min-h-16 cursor-pointer items-center gap-3 rounded-lg border-2 border-gray-300 px-4 py-3 text-lg has-checked:border-brand-700 has-checked:bg-brand-50"
                >
                  <input type="checkbox" name="reasons[]" value={criterion.code} className="size-7 shrink-0" />
                  {criterion.text}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        {stars !== null ? (
          <div>
            <label htmlFor="kiosk-comment" className="block text-xl font-semibold">
              {t("comment")}
            </label>
            <textarea
              id="kiosk-comment"
              name="comment"
              rows={3}
              maxLength={1000}
              className="mt-2 w-full rounded-lg border border-gray-500 bg-white p-3 text-lg"
            />
          </div>
        ) : null}
        <div ref={statusRef} tabIndex={-1} aria-live="polite" className="outline-none">
          {state && !state.ok ? <ErrorNote>{state.message}</ErrorNote> : null}
        </div>
        {stars !== null ? (
          <div className="flex flex-wrap justify-center gap-4">
            <Button type="submit" size="lg" disabled={pending} className="min-h-16 min-w-64 text-xl">
              {pending ? t("submitting") : t("submit")}
            </Button>
            <Button type="button" size="lg" variant="secondary" className="min-h-16 text-xl" onClick={onReset}>
              {t("back")}
            </Button>
          </div>
        ) : null}
      </form>
    </div>
  );
}
