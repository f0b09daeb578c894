"use client";
// Lập phiếu xin lỗi: kind, reason and extra working days, with a live preview of the new appointment computed on the
// server (previewApologyAction: the same working-day engine and calendar revision the draft will use), and the hidden
// expectedVersion of the dossier as the officer saw it.
import { useEffect, useId, useState, useTransition } from "react";
import type { ApologyKind } from "@/domain/apology";
import {
  Button,
  Field,
  FieldError,
  Input,
  StatusMessage,
  Textarea,
  controlAria,
  labelClass,
  useActionForm,
} from "@/ui/form";
import { ConflictReload } from "./action-feedback";
import { draftApologyAction, previewApologyAction } from "./apology-actions";

export interface DraftFormText {
  title: string;
  intro: string;
  refusalTitle: string;
  kind: string;
  reason: string;
  reasonHint: string;
  extraWorkingDays: string;
  extraWorkingDaysHint: string;
  preview: string;
  previewPending: string;
  submit: string;
  pending: string;
  done: string;
  reload: string;
  kindLabels: Record<ApologyKind, string>;
}

type DraftResult = { apologyId: string; proposedAppointmentAt: string };
type Preview = { formatted: string; explanation: string } | { error: string } | null;

const DEFAULT_EXTRA_DAYS = 3;

/**
 * The draft area: the form when a letter may be drafted now, else the rules' refusal so the user knows why. It stays
 * mounted either way, so the outcome of a draft is still shown after the page refreshes (when the new draft blocks
 * another one).
 */
export function ApologyDraftForm({
  dossierId,
  version,
  kinds,
  refusal,
  text,
}: {
  dossierId: string;
  version: number;
  kinds: readonly ApologyKind[];
  refusal: string | null;
  text: DraftFormText;
}) {
  const { state, pending, formProps, statusRef, fieldError, dismiss } = useActionForm<DraftResult>(draftApologyAction);
  return (
    <div>
      <StatusMessage
        ref={statusRef}
        state={state}
        success={text.done}
        errorAction={<ConflictReload state={state} label={text.reload} onReload={dismiss} />}
        testId="apology-draft-message"
      />
      {kinds.length > 0 ? (
        <DraftForm
          dossierId={dossierId}
          version={version}
          kinds={kinds}
          text={text}
          formProps={formProps}
          fieldError={fieldError}
          pending={pending}
        />
      ) : refusal ? (
        <div
          className="max-w-xl rounded-lg border border-gray-300 bg-gray-50 p-4 text-sm"
          data-testid="apology-draft-refusal"
        >
          <p className="font-semibold">{text.refusalTitle}</p>
          <p className="mt-1">{refusal}</p>
        </div>
      ) : null}
    </div>
  );
}

function DraftForm({
  dossierId,
  version,
  kinds,
  text,
  formProps,
  fieldError: errors,
  pending,
}: {
  dossierId: string;
  version: number;
  kinds: readonly ApologyKind[];
  text: DraftFormText;
  formProps: ReturnType<typeof useActionForm<DraftResult>>["formProps"];
  fieldError: (name: string) => string[];
  pending: boolean;
}) {
  const baseId = useId();
  const [kind, setKind] = useState<ApologyKind>(kinds[0]!);
  const [days, setDays] = useState(String(DEFAULT_EXTRA_DAYS));
  // Controlled, so a refused submission (React resets uncontrolled fields after an action) keeps what was typed.
  const [reason, setReason] = useState("");
  const [preview, setPreview] = useState<Preview>(null);
  const [previewing, startPreview] = useTransition();

  // Ask the server again whenever the kind or the number of days changes (debounced while typing).
  useEffect(() => {
    const timer = setTimeout(() => {
      startPreview(async () => {
        const form = new FormData();
        form.set("dossierId", dossierId);
        form.set("kind", kind);
        form.set("extraWorkingDays", days);
        const result = await previewApologyAction(undefined, form);
        if (result.ok && result.data)
          setPreview({ formatted: result.data.formatted, explanation: result.data.explanation });
        else setPreview({ error: result.fieldErrors?.extraWorkingDays?.[0] ?? result.message ?? "" });
      });
    }, 250);
    return () => clearTimeout(timer);
  }, [dossierId, kind, days]);

  const kindAria = controlAria(`${baseId}-kind`, { errors: errors("kind") });

  return (
    <form
      {...formProps}
      aria-labelledby={`${baseId}-title`}
      className="max-w-xl rounded-lg border border-gray-300 bg-gray-50 p-4"
      data-testid="apology-draft-form"
    >
      <h3 id={`${baseId}-title`} className="font-semibold">
        {text.title}
      </h3>
      <p className="mt-1 text-sm text-muted">{text.intro}</p>
      <input type="hidden" name="dossierId" value={dossierId} />
      <input type="hidden" name="expectedVersion" value={version} />

      <fieldset
        className="mt-3"
        aria-describedby={kindAria["aria-describedby"]}
        aria-invalid={kindAria["aria-invalid"]}
      >
        <legend className={labelClass}>{text.kind}</legend>
        {kinds.map((value) => (
          <label key={value} className="mt-1 flex items-center gap-2 text-sm">
            <input type="radio" name="kind" value={value} checked={kind === value} onChange={() => setKind(value)} />
            {text.kindLabels[value]}
          </label>
        ))}
        <FieldError id={`${baseId}-kind-error`} errors={errors("kind")} />
      </fieldset>

      <Field
        id={`${baseId}-reason`}
        label={text.reason}
        hint={text.reasonHint}
        errors={errors("reason")}
        className="mt-3"
      >
        {(control) => (
          <Textarea
            {...control}
            name="reason"
            rows={3}
            maxLength={1000}
            required
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
        )}
      </Field>

      <Field
        id={`${baseId}-extraWorkingDays`}
        label={text.extraWorkingDays}
        hint={text.extraWorkingDaysHint}
        errors={errors("extraWorkingDays")}
        className="mt-3"
      >
        {(control) => (
          <Input
            {...control}
            name="extraWorkingDays"
            type="number"
            min={1}
            max={60}
            inputMode="numeric"
            required
            value={days}
            onChange={(event) => setDays(event.target.value)}
            className="max-w-[8rem]"
          />
        )}
      </Field>

      <div
        className="mt-3 rounded-md border border-gray-300 bg-white px-3 py-2 text-sm"
        aria-live="polite"
        data-testid="apology-preview"
      >
        <p className="font-semibold">{text.preview}</p>
        {previewing && !preview ? <p className="text-muted">{text.previewPending}</p> : null}
        {preview && "formatted" in preview ? (
          <>
            <p className="tabular-nums" data-testid="apology-preview-date">
              {preview.formatted}
            </p>
            <p className="text-xs text-muted">{preview.explanation}</p>
          </>
        ) : null}
        {preview && "error" in preview ? <p className="text-red-800">{preview.error}</p> : null}
      </div>

      <div className="mt-4">
        <Button type="submit" disabled={pending}>
          {pending ? text.pending : text.submit}
        </Button>
      </div>
    </form>
  );
}
