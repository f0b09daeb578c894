"use client";
// One action as a card on a page (the dossier page's digitisation and result sections): a titled form with its
// status message, hidden identifiers, fields and a submit button that says when it is working. The form's state comes
// from useActionForm, so the message and focus behave as in every other form.
import type { ReactNode } from "react";
import { Button } from "./controls";
import { StatusMessage } from "./status-message";
import type { useActionForm } from "./use-action-form";

/** What the card needs of useActionForm's answer (spread it: `<ActionCard {...form} …>`). */
export type ActionCardForm = Pick<ReturnType<typeof useActionForm>, "formProps" | "state" | "pending" | "statusRef">;

export function ActionCard({
  formProps,
  state,
  pending,
  statusRef,
  titleId,
  title,
  intro,
  success,
  statusTestId,
  testId,
  multipart = false,
  hidden = {},
  submit,
  children,
}: ActionCardForm & {
  titleId: string;
  title: ReactNode;
  /** Lines under the title (what the action does, a warning). */
  intro?: ReactNode;
  /** What the status message says on success. */
  success: ReactNode;
  statusTestId?: string;
  testId?: string;
  /** Forms that carry files. */
  multipart?: boolean;
  hidden?: Readonly<Record<string, string>>;
  /** The button's label and its label while the action runs; null when there is nothing to submit. */
  submit: { label: string; pending: string } | null;
  children?: ReactNode;
}) {
  return (
    <form
      {...formProps}
      encType={multipart ? "multipart/form-data" : undefined}
      aria-labelledby={titleId}
      className="rounded-lg border border-gray-300 bg-gray-50 p-4"
      data-testid={testId}
    >
      <h3 id={titleId} className="font-semibold">
        {title}
      </h3>
      {intro}
      <StatusMessage ref={statusRef} state={state} success={success} className="mt-3" testId={statusTestId} />
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {children}
      {submit ? (
        <div className="mt-4">
          <Button type="submit" disabled={pending}>
            {pending ? submit.pending : submit.label}
          </Button>
        </div>
      ) : null}
    </form>
  );
}
