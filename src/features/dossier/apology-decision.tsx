"use client";
// The head of the office at fault signs a draft apology letter (the appointment moves, the letter gets its number) or
// refuses it with a reason the officer will read. Both carry the dossier version the head saw.
import { useId, useRef, useState } from "react";
import { Button, Field, StatusMessage, Textarea, useActionForm } from "@/ui/form";
import { ConflictReload } from "./action-feedback";
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

/**
 * Rendered for every letter of the head's own office, so the outcome stays on screen after the page refreshes; the
 * buttons only while the letter waits for a signature (`open`).
 */
export function ApologyDecision({
  apologyId,
  version,
  open,
  text,
}: {
  apologyId: string;
  version: number;
  open: boolean;
  text: DecisionText;
}) {
  const baseId = useId();
  const [rejecting, setRejecting] = useState(false);
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
          <form
            {...approval.formProps}
            onSubmit={(event) => {
              setLast("approve");
              approval.formProps.onSubmit(event);
            }}
          >
            <input type="hidden" name="apologyId" value={apologyId} />
            <input type="hidden" name="expectedVersion" value={version} />
            <Button type="submit" size="sm" disabled={approval.pending} data-testid="apology-approve">
              {approval.pending ? text.pending : text.approve}
            </Button>
          </form>
          <Button
            variant="secondary"
            size="sm"
            aria-expanded={rejecting}
            onClick={() => setRejecting(!rejecting)}
            data-testid="apology-reject-open"
          >
            {text.reject}
          </Button>
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
