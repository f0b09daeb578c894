"use client";
// The outcome of a dossier page form, announced (aria-live) and focused: a success line, or the error with "Tải lại"
// when someone else changed the dossier first (the same handling as the command panel).
import { useEffect, useRef } from "react";
import { useRouter } from "next/navigation";
import type { ActionState } from "@/lib/action-state";
import { CONFLICT_FIELD, errorsOf } from "./command-form";

export function ActionFeedback({
  state,
  success,
  reloadText,
  onDismiss,
  testId,
}: {
  /** null before the first submission, or once dismissed. */
  state: ActionState<unknown> | null;
  success: string | null;
  reloadText: string;
  onDismiss: () => void;
  testId?: string;
}) {
  const router = useRouter();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (state) ref.current?.focus();
  }, [state]);
  const conflict = state && !state.ok && errorsOf(state.fieldErrors, CONFLICT_FIELD).length > 0;
  return (
    <div ref={ref} tabIndex={-1} aria-live="polite" className="outline-none" data-testid={testId}>
      {state?.ok && success ? (
        <p role="status" className="mb-3 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-sm text-green-900">
          {success}
        </p>
      ) : null}
      {state && !state.ok && state.message ? (
        <div role="alert" className="mb-3 flex flex-wrap items-center justify-between gap-3 rounded-md border border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900">
          <p>{state.message}</p>
          {conflict ? (
            <button
              type="button"
              className="rounded-md border border-red-800 bg-white px-3 py-1.5 font-semibold text-red-900 hover:bg-red-100"
              onClick={() => {
                onDismiss();
                router.refresh();
              }}
            >
              {reloadText}
            </button>
          ) : null}
        </div>
      ) : null}
    </div>
  );
}

/** Errors under an input, in an aria-live block the input's aria-describedby points at. */
export function FieldErrors({ id, errors }: { id: string; errors: readonly string[] }) {
  return (
    <div id={id} aria-live="polite">
      {errors.map((message) => (
        <p key={message} className="mt-1 text-sm text-red-800">
          {message}
        </p>
      ))}
    </div>
  );
}

export const inputClass = "mt-1 w-full rounded-md border border-gray-500 bg-white px-3 py-2 aria-[invalid=true]:border-red-700";
export const primaryButton = "rounded-md bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-600 disabled:opacity-60";
export const secondaryButton = "rounded-md border border-gray-400 bg-white px-4 py-2 hover:bg-gray-100";
