"use client";
// The buttons of a feedback item's page, one small form each, offered only when the rules allow the action for this
// user now (availableFeedbackActions). The server checks role, scope, status and version again.
import { useTranslations } from "next-intl";
import type { FeedbackAction, FeedbackCategory } from "@/domain/feedback";
import { FEEDBACK_LIMITS } from "@/domain/feedback";
import { ActionCard, Field, Select, Textarea, useActionForm } from "@/ui/form";
import { feedbackCommandAction } from "./actions";

interface Props {
  feedbackId: string;
  version: number;
  actions: readonly FeedbackAction[];
  category: FeedbackCategory | null;
  officeId: string | null;
  offices: readonly { id: string; name: string }[];
  categories: readonly { value: FeedbackCategory; label: string }[];
}

function CommandCard({
  action,
  feedbackId,
  version,
  children,
}: {
  action: FeedbackAction;
  feedbackId: string;
  version: number;
  children?: (fieldError: (name: string) => string[]) => React.ReactNode;
}) {
  const t = useTranslations("feedback.actions");
  const form = useActionForm(feedbackCommandAction);
  return (
    <ActionCard
      {...form}
      titleId={`feedback-${action}`}
      title={t(`${action}.title`)}
      success={t("done")}
      testId={`feedback-action-${action}`}
      hidden={{ action, feedbackId, version: String(version) }}
      submit={{ label: t(`${action}.submit`), pending: t("working") }}
    >
      {children?.(form.fieldError)}
    </ActionCard>
  );
}

export function StaffFeedbackActions({ feedbackId, version, actions, category, officeId, offices, categories }: Props) {
  const t = useTranslations("feedback.actions");
  const has = (action: FeedbackAction) => actions.includes(action);
  const card = { feedbackId, version };
  if (actions.length === 0) return null;
  return (
    <div className="grid gap-4 lg:grid-cols-2" data-testid="feedback-actions">
      {has("classify") ? (
        <CommandCard action="classify" {...card}>
          {(fieldError) => (
            <Field id="category" label={t("classify.label")} errors={fieldError("category")} className="mt-3">
              {(control) => (
                <Select {...control} name="category" defaultValue={category ?? ""}>
                  <option value="">{t("choose")}</option>
                  {categories.map((choice) => (
                    <option key={choice.value} value={choice.value}>
                      {choice.label}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          )}
        </CommandCard>
      ) : null}
      {has("assign_office") ? (
        <CommandCard action="assign_office" {...card}>
          {(fieldError) => (
            <Field id="officeId" label={t("assign_office.label")} errors={fieldError("officeId")} className="mt-3">
              {(control) => (
                <Select {...control} name="officeId" defaultValue={officeId ?? ""}>
                  <option value="">{t("choose")}</option>
                  {offices.map((office) => (
                    <option key={office.id} value={office.id}>
                      {office.name}
                    </option>
                  ))}
                </Select>
              )}
            </Field>
          )}
        </CommandCard>
      ) : null}
      {(["answer", "request_info", "refuse", "close"] as const).filter(has).map((action) => (
        <CommandCard key={action} action={action} {...card}>
          {(fieldError) => (
            <Field id={`note-${action}`} label={t(`${action}.label`)} errors={fieldError("note")} className="mt-3">
              {(control) => (
                <Textarea
                  {...control}
                  name="note"
                  rows={action === "answer" ? 8 : 3}
                  maxLength={action === "answer" ? FEEDBACK_LIMITS.answer : FEEDBACK_LIMITS.reason}
                />
              )}
            </Field>
          )}
        </CommandCard>
      ))}
      {has("publish") ? <CommandCard action="publish" {...card} /> : null}
    </div>
  );
}
