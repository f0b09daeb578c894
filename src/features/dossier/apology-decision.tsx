"use client";
// The head of the office at fault signs a draft apology letter (the appointment moves, the letter gets its number) or
// refuses it with a reason the officer will read. Both carry the dossier version the head saw.
import { useActionState, useId, useState } from "react";
import type { ActionState } from "@/lib/action-state";
import { ActionFeedback, FieldErrors, inputClass, primaryButton, secondaryButton } from "./action-feedback";
import { approveApologyAction, rejectApologyAction } from "./apology-actions";

export interface DecisionText {
  approve: string;
  approveDone: string;
  reject: string;
  rejectReason: string;
  submitReject: string;
  rejectDone: string;
  cancel: string;
  pending: string;
  reload: string;
}

type ApproveResult = { number: string; appointmentAt: string };
const approveInitial: ActionState<ApproveResult> = { ok: false };
const rejectInitial: ActionState<{ rejected: true }> = { ok: false };

/**
 * Rendered for every letter of the head's own office, so the outcome stays on screen after the page refreshes; the
 * buttons only while the letter waits for a signature (`open`).
 */
export function ApologyDecision({ apologyId, version, open, text }: { apologyId: string; version: number; open: boolean; text: DecisionText }) {
  const baseId = useId();
  const [rejecting, setRejecting] = useState(false);
  const [dismissed, setDismissed] = useState<ActionState<unknown> | null>(null);
  const [approved, approve, approving] = useActionState(approveApologyAction, approveInitial);
  const [rejected, reject, rejectPending] = useActionState(rejectApologyAction, rejectInitial);
  // The latest outcome of either form.
  const [last, setLast] = useState<"approve" | "reject" | null>(null);
  const state = last === "approve" ? approved : last === "reject" ? rejected : null;
  const visible = state && state !== approveInitial && state !== rejectInitial && state !== dismissed ? state : null;
  const success = last === "approve" && approved.ok && approved.data ? text.approveDone.replace("{number}", approved.data.number) : last === "reject" ? text.rejectDone : null;
  const reasonErrors = last === "reject" && visible && !visible.ok ? (visible.fieldErrors?.reason ?? []) : [];

  return (
    <div className="min-w-[14rem]" data-testid="apology-decision">
      <ActionFeedback state={visible} success={success} reloadText={text.reload} onDismiss={() => setDismissed(state)} testId="apology-decision-message" />
      {open ? (
        <div className="flex flex-wrap gap-2">
          <form action={approve} onSubmit={() => setLast("approve")}>
            <input type="hidden" name="apologyId" value={apologyId} />
            <input type="hidden" name="expectedVersion" value={version} />
            <button type="submit" disabled={approving} className={`${primaryButton} text-sm`} data-testid="apology-approve">
              {approving ? text.pending : text.approve}
            </button>
          </form>
          <button type="button" aria-expanded={rejecting} onClick={() => setRejecting(!rejecting)} className={`${secondaryButton} text-sm`} data-testid="apology-reject-open">
            {text.reject}
          </button>
        </div>
      ) : null}
      {open && rejecting ? (
        <form action={reject} onSubmit={() => setLast("reject")} className="mt-2 rounded-md border border-gray-300 bg-gray-50 p-3" data-testid="apology-reject-form">
          <input type="hidden" name="apologyId" value={apologyId} />
          <input type="hidden" name="expectedVersion" value={version} />
          <label htmlFor={`${baseId}-reason`} className="block text-sm font-semibold">
            {text.rejectReason}
          </label>
          <textarea
            id={`${baseId}-reason`}
            name="reason"
            rows={2}
            maxLength={1000}
            required
            aria-describedby={reasonErrors.length > 0 ? `${baseId}-reason-error` : undefined}
            aria-invalid={reasonErrors.length > 0 || undefined}
            className={inputClass}
          />
          <FieldErrors id={`${baseId}-reason-error`} errors={reasonErrors} />
          <div className="mt-2 flex gap-2">
            <button type="submit" disabled={rejectPending} className={`${primaryButton} text-sm`}>
              {rejectPending ? text.pending : text.submitReject}
            </button>
            <button type="button" onClick={() => setRejecting(false)} className={`${secondaryButton} text-sm`}>
              {text.cancel}
            </button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
