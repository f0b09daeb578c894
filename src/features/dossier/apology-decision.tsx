"use client";
// The head of the office at fault signs a draft apology letter (the appointment moves, the letter gets its number) or
// refuses it with a reason the officer will read. Both carry the dossier version the head saw. Signing cannot be
// undone, so it takes two steps: "Ký phiếu" opens a confirmation that states the consequence (the appointment moves
// from … to …) and a second button naming the new date signs.
import { useEffect, useId, useRef, useState } from "react";
import { Button, Field, StatusMessage, Textarea, useActionForm } from "@/ui/form";
import { ConflictReload } from "./action-feedback";
import { approveApologyAction, rejectApologyAction } from "./apology-actions";

export interface DecisionText {
  approve: string;
  /** "Xác nhận ký phiếu xin lỗi" — the confirmation's heading. */
  approveConfirmTitle: string;
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

/**
 * Rendered for every letter of the head's own office, so the outcome stays on screen after the page refreshes; the
 * buttons only while the letter waits for a signature (`open`).
 */
export function ApologyDecision({
  apologyId,
  version,
  open,
  text,
  consequence,
  confirmLabel,
}: {
  apologyId: string;
  version: number;
  open: boolean;
  text: DecisionText;
  /** What signing does to this dossier, with the old and the new appointment spelled out. */
  consequence: string;
  /** The second button, naming the new date. */
  confirmLabel: string;
}) {
  const baseId = useId();
  const [rejecting, setRejecting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const confirmRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);
  // Both forms answer in the one message, which takes the focus.
  const statusRef = useRef<HTMLDivElement>(null);
  const approval = useActionForm<ApproveResult>(approveApologyAction, { statusRef });
  const rejection = useActionForm<{ rejected: true }>(rejectApologyAction, { statusRef });
  // The latest outcome of either form, in one message.
  const [last, setLast] = useState<"approve" | "reject" | null>(null);
  const current = last === "approve" ? approval : last === "reject" ? rejection : null;
  const state = current?.state ?? null;
  const success =
    last === "approve" && approval.state?.ok && approval.state.data
      ? text.approveDone.replace("{number}", approval.state.data.number)
      : last === "reject"
        ? text.rejectDone
        : null;

  return (
    <div className="min-w-[14rem]" data-testid="apology-decision">
      <StatusMessage
        ref={statusRef}
        state={state}
        success={success}
        errorAction={<ConflictReload state={state} label={text.reload} onReload={() => current?.dismiss()} />}
        testId="apology-decision-message"
      />
      {open ? (
        <div className="flex flex-wrap gap-2">
          <Button
            size="sm"
            aria-expanded={confirming}
            aria-controls={`${baseId}-confirm`}
            onClick={() => {
              setConfirming(!confirming);
              setRejecting(false);
            }}
            data-testid="apology-approve"
          >
            {text.approve}
          </Button>
          <Button
            variant="secondary"
            size="sm"
            aria-expanded={rejecting}
            onClick={() => {
              setRejecting(!rejecting);
              setConfirming(false);
            }}
            data-testid="apology-reject-open"
          >
            {text.reject}
          </Button>
        </div>
      ) : null}
      {open && confirming ? (
        <div
          ref={confirmRef}
          id={`${baseId}-confirm`}
          role="group"
          aria-labelledby={`${baseId}-confirm-title`}
          aria-describedby={`${baseId}-confirm-text`}
          tabIndex={-1}
          className="mt-2 rounded-md border border-amber-600 bg-amber-50 p-3 text-amber-950"
          data-testid="apology-approve-confirmation"
        >
          <p id={`${baseId}-confirm-title`} className="font-semibold">
            {text.approveConfirmTitle}
          </p>
          <p id={`${baseId}-confirm-text`} className="mt-1 text-sm">
            {consequence}
          </p>
          <form
            {...approval.formProps}
            onSubmit={(event) => {
              setLast("approve");
              approval.formProps.onSubmit(event);
            }}
            className="mt-2 flex flex-wrap gap-2"
          >
            <input type="hidden" name="apologyId" value={apologyId} />
            <input type="hidden" name="expectedVersion" value={version} />
            <Button type="submit" size="sm" disabled={approval.pending} data-testid="apology-approve-confirm">
              {approval.pending ? text.pending : confirmLabel}
            </Button>
            <Button variant="secondary" size="sm" onClick={() => setConfirming(false)}>
              {text.cancel}
            </Button>
          </form>
        </div>
      ) : null}
      {open && rejecting ? (
        <form
          {...rejection.formProps}
          onSubmit={(event) => {
            setLast("reject");
            rejection.formProps.onSubmit(event);
          }}
          className="mt-2 rounded-md border border-gray-300 bg-gray-50 p-3"
          data-testid="apology-reject-form"
        >
          <input type="hidden" name="apologyId" value={apologyId} />
          <input type="hidden" name="expectedVersion" value={version} />
          <Field
            id={`${baseId}-reason`}
            label={text.rejectReason}
            errors={last === "reject" ? rejection.fieldError("reason") : []}
          >
            {(control) => <Textarea {...control} name="reason" rows={2} maxLength={1000} required />}
          </Field>
          <div className="mt-2 flex gap-2">
            <Button type="submit" size="sm" disabled={rejection.pending}>
              {rejection.pending ? text.pending : text.submitReject}
            </Button>
            <Button variant="secondary" size="sm" onClick={() => setRejecting(false)}>
              {text.cancel}
            </Button>
          </div>
        </form>
      ) : null}
    </div>
  );
}
