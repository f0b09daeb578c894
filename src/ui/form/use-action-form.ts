"use client";
// The one way a client form talks to a server action (defineAction): useActionState underneath, plus what every form
// needs around it. After a refused submission the first invalid control (in form order) takes the focus, else the
// status message; after a success the status message does. Submitting through a transition (instead of the form's
// action prop) stops React from clearing what was typed when the server refuses it; without JavaScript the form still
// posts through `action`.
import { startTransition, useActionState, useCallback, useEffect, useRef, useState, type FormEvent } from "react";
import { initialActionState, type ActionState } from "@/lib/action-state";
import { errorKeysOf, errorsForField, fieldErrorsOf, firstInvalidName } from "./field-errors";

export type FormAction<T> = (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;

export interface ActionFormOptions {
  /** Clear the form after a success (a form that adds something); default false. */
  resetOnSuccess?: boolean;
  /** The prefix under which the action's schema nests the inputs ("command." → "command.reason" is "reason"). */
  errorPrefix?: string;
  /** The status message's ref, when several forms share one message. */
  statusRef?: React.RefObject<HTMLDivElement | null>;
}

export function useActionForm<T>(
  action: FormAction<T>,
  { resetOnSuccess = false, errorPrefix = "", statusRef: sharedStatusRef }: ActionFormOptions = {},
) {
  const initial = initialActionState as ActionState<T>;
  const [state, dispatch, pending] = useActionState<ActionState<T>, FormData>(action, initial);
  const [dismissed, setDismissed] = useState<ActionState<T> | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const ownStatusRef = useRef<HTMLDivElement>(null);
  const statusRef = sharedStatusRef ?? ownStatusRef;

  useEffect(() => {
    if (state === initial) return;
    const form = formRef.current;
    if (state.ok) {
      if (resetOnSuccess) form?.reset();
      statusRef.current?.focus();
      return;
    }
    const invalid = form ? firstInvalidControl(form, errorKeysOf(fieldErrorsOf(state), errorPrefix)) : null;
    (invalid ?? statusRef.current)?.focus();
    // Only a new answer moves the focus.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state]);

  const onSubmit = useCallback(
    (event: FormEvent<HTMLFormElement>) => {
      event.preventDefault();
      const formData = new FormData(event.currentTarget);
      startTransition(() => dispatch(formData));
    },
    [dispatch],
  );

  /** The answer to show: null before the first submission and once dismissed. */
  const answer = state !== initial && state !== dismissed ? state : null;
  const errors = fieldErrorsOf(answer);
  return {
    state: answer,
    pending,
    formRef,
    statusRef,
    /** Spread on the <form>. */
    formProps: { ref: formRef, action: dispatch, onSubmit, noValidate: true },
    /** The messages of one input (by its name); empty when it is fine. */
    fieldError: (name: string) => errorsForField(errors, name, errorPrefix),
    /** Hides the current answer (e.g. before reloading the page after a conflict). */
    dismiss: () => setDismissed(state),
  };
}

/** The first enabled, visible control of `form` whose name has an error. */
function firstInvalidControl(form: HTMLFormElement, errorKeys: readonly string[]): HTMLElement | null {
  const controls = Array.from(form.elements).filter(
    (element): element is HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement =>
      (element instanceof HTMLInputElement ||
        element instanceof HTMLSelectElement ||
        element instanceof HTMLTextAreaElement) &&
      element.type !== "hidden" &&
      !element.disabled,
  );
  const name = firstInvalidName(
    controls.map((control) => control.name),
    errorKeys,
  );
  return name === undefined ? null : (controls.find((control) => control.name === name) ?? null);
}
