"use client";
// Shared pieces of the calendar forms: the action state hook (keeps what was typed when the server refuses, resets on
// success, moves focus to the first field in error or to the status message), error blocks wired with
// aria-describedby, and the status message (aria-live="polite").
import { startTransition, useActionState, useEffect, useRef, type FormEvent } from "react";
import type { ActionState } from "@/lib/action-state";
export { hintClass, inputClass, labelClass, primaryButtonClass, secondaryButtonClass } from "./form-kit-classes";

type Action<T> = (state: ActionState<T> | undefined, formData: FormData) => Promise<ActionState<T>>;

export function useEditForm<T>(action: Action<T>, { resetOnSuccess = true }: { resetOnSuccess?: boolean } = {}) {
  const [state, dispatch, pending] = useActionState<ActionState<T> | undefined, FormData>(action, undefined);
  const formRef = useRef<HTMLFormElement>(null);
  const statusRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!state) return;
    const form = formRef.current;
    if (state.ok) {
      if (resetOnSuccess) form?.reset();
      statusRef.current?.focus();
      return;
    }
    const firstInvalid = form?.querySelector<HTMLElement>('[aria-invalid="true"], [data-invalid="true"]');
    (firstInvalid ?? statusRef.current)?.focus();
  }, [state, resetOnSuccess]);

  // Submitting through a transition (instead of the form's action prop) stops React from clearing the fields when
  // the server refuses the input; without JavaScript the form still posts through `action`.
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => dispatch(formData));
  };

  const errorsOf = (field: string) => (state && !state.ok ? state.fieldErrors?.[field] : undefined);
  return { state, pending, formRef, statusRef, formProps: { ref: formRef, action: dispatch, onSubmit, noValidate: true }, errorsOf };
}

/** ids for a field's hint and error blocks, and the aria attributes that point at them. */
export function fieldAria(id: string, errors: string[] | undefined, hasHint = false) {
  const describedBy = [hasHint ? `${id}-hint` : null, `${id}-error`].filter(Boolean).join(" ");
  return { id, "aria-invalid": errors && errors.length > 0 ? true : undefined, "aria-describedby": describedBy };
}

export function FieldError({ id, errors }: { id: string; errors: string[] | undefined }) {
  return (
    <div id={`${id}-error`} aria-live="polite" className="empty:hidden">
      {errors?.map((message) => (
        <p key={message} className="mt-1 text-sm text-red-800">
          {message}
        </p>
      ))}
    </div>
  );
}

/** The form's overall result; focusable so it can take focus after saving. */
export function StatusMessage({ state, statusRef, success }: { state: ActionState<unknown> | undefined; statusRef: React.RefObject<HTMLDivElement | null>; success?: React.ReactNode }) {
  return (
    <div ref={statusRef} tabIndex={-1} aria-live="polite" role="status" className="outline-none empty:hidden">
      {state?.ok && success ? <div className="rounded-md bg-green-50 px-3 py-2 text-sm text-green-900">{success}</div> : null}
      {state && !state.ok && state.message ? <p className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">{state.message}</p> : null}
    </div>
  );
}
