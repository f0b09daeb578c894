"use client";
// The administrator's form of a year's targets: one percentage per headline indicator (empty: no target).
import { useTranslations } from "next-intl";
import { HEADLINE_INDICATOR_IDS, type IndicatorTargets } from "@/domain/metrics";
import { Button, Field, Input, StatusMessage, useActionForm } from "@/ui/form";
import { saveIndicatorTargetsAction } from "./target-actions";

const asPercent = (share: number | undefined) =>
  share === undefined ? "" : String(Math.round(share * 10_000) / 100).replace(".", ",");

export function IndicatorTargetForm({ year, targets }: { year: number; targets: IndicatorTargets }) {
  const t = useTranslations("leadershipDashboard");
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(saveIndicatorTargetsAction);
  return (
    <form
      {...formProps}
      aria-label={t("targets.formLabel", { year })}
      className="rounded-lg border border-gray-200 bg-white p-4"
    >
      <input type="hidden" name="year" value={year} />
      <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {HEADLINE_INDICATOR_IDS.map((id) => (
          <Field key={id} id={`target-${id}`} label={`${t(`indicators.names.${id}`)} (%)`} errors={fieldError(id)}>
            {(control) => (
              <Input
                {...control}
                name={id}
                inputMode="decimal"
                autoComplete="off"
                defaultValue={asPercent(targets[id])}
                className="w-32 tabular-nums"
              />
            )}
          </Field>
        ))}
      </div>
      <p className="mt-3 text-xs text-muted">{t("targets.hint")}</p>
      <div className="mt-3">
        <Button type="submit" disabled={pending}>
          {t("targets.save")}
        </Button>
        <StatusMessage ref={statusRef} state={state} success={t("targets.saved", { year })} className="mt-2" />
      </div>
    </form>
  );
}
