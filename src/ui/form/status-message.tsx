// The outcome of a form, announced and focusable: a success line (role="status") or the error (role="alert") with an
// optional action beside it (e.g. "Tải lại" after a version conflict). The wrapper is the focus target after a
// submission and is always rendered, so the live region exists before the first message.
import type { ActionState } from "@/lib/action-state";

export function StatusMessage({
  state,
  success,
  errorAction,
  ref,
  className,
  testId,
  id,
}: {
  /** The answer to show; null or undefined before the first submission (or once dismissed). */
  state: ActionState<unknown> | null | undefined;
  /** What a success says; nothing is shown for a success without it. */
  success?: React.ReactNode;
  errorAction?: React.ReactNode;
  ref?: React.Ref<HTMLDivElement>;
  className?: string;
  testId?: string;
  id?: string;
}) {
  return (
    <div
      ref={ref}
      id={id}
      tabIndex={-1}
      aria-live="polite"
      className={className ? `outline-none ${className}` : "outline-none"}
      data-testid={testId}
    >
      {state?.ok && success ? <SuccessNote>{success}</SuccessNote> : null}
      {state && !state.ok && state.message ? <ErrorNote action={errorAction}>{state.message}</ErrorNote> : null}
    </div>
  );
}

/** A success line (role="status"), for outcomes that are not an ActionState. */
export function SuccessNote({ children }: { children: React.ReactNode }) {
  return (
    <div role="status" className="mb-3 rounded-md border border-green-700 bg-green-50 px-4 py-3 text-sm text-green-900">
      {children}
    </div>
  );
}

/** An error (role="alert"), with an optional action beside it. */
export function ErrorNote({ children, action }: { children: React.ReactNode; action?: React.ReactNode }) {
  return (
    <div
      role="alert"
      className="mb-3 flex flex-wrap items-center justify-between gap-3 rounded-md border border-red-700 bg-red-50 px-4 py-3 text-sm text-red-900"
    >
      <div>{children}</div>
      {action}
    </div>
  );
}
