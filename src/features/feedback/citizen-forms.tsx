"use client";
// The citizen's two answers on a feedback item's page: the information the office asked for, and the verdict on the
// published answer (Hài lòng / Không hài lòng, once).
import { useTranslations } from "next-intl";
import { FEEDBACK_LIMITS } from "@/domain/feedback";
import { Button, Field, StatusMessage, Textarea, useActionForm } from "@/ui/form";
import { feedbackVerdictAction, supplyFeedbackInfoAction } from "./actions";

export function SupplyInfoForm({ code }: { code: string }) {
  const t = useTranslations("feedback.track");
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(supplyFeedbackInfoAction);
  return (
    <form {...formProps} className="mt-3 space-y-3" data-testid="supply-info-form">
      <input type="hidden" name="code" value={code} />
      <Field id="info" label={t("infoLabel")} errors={fieldError("info")}>
        {(control) => <Textarea {...control} name="info" rows={5} maxLength={FEEDBACK_LIMITS.content} />}
      </Field>
      <StatusMessage state={state} ref={statusRef} success={t("infoSent")} />
      <Button type="submit" disabled={pending}>
        {pending ? t("sending") : t("infoSend")}
      </Button>
    </form>
  );
}

export function VerdictForm({ code }: { code: string }) {
  const t = useTranslations("feedback.track");
  const {
    state: yesState,
    pending: yesPending,
    formProps: yesForm,
    statusRef: yesStatus,
  } = useActionForm(feedbackVerdictAction);
  const {
    state: noState,
    pending: noPending,
    formProps: noForm,
    statusRef: noStatus,
  } = useActionForm(feedbackVerdictAction);
  const pending = yesPending || noPending;
  return (
    <section className="mt-4" aria-labelledby="verdict-title" data-testid="verdict-form">
      <h3 id="verdict-title" className="font-semibold">
        {t("verdictQuestion")}
      </h3>
      <StatusMessage state={yesState} ref={yesStatus} success={t("verdictThanks")} className="my-2" />
      <StatusMessage state={noState} ref={noStatus} success={t("verdictThanks")} />
      {yesState?.ok || noState?.ok ? null : (
        <div className="mt-2 flex flex-wrap gap-3">
          <form {...yesForm}>
            <input type="hidden" name="code" value={code} />
            <input type="hidden" name="verdict" value="SATISFIED" />
            <Button type="submit" disabled={pending}>
              {t("satisfied")}
            </Button>
          </form>
          <form {...noForm}>
            <input type="hidden" name="code" value={code} />
            <input type="hidden" name="verdict" value="DISSATISFIED" />
            <Button type="submit" variant="secondary" disabled={pending}>
              {t("dissatisfied")}
            </Button>
          </form>
        </div>
      )}
    </section>
  );
}
