"use client";
// One client form for every step of the PAR Index evaluation: the fields are plain data the server page describes
// (serialisable), the action is one of ./actions.ts, the kit's useActionForm moves the focus and shows the answer.
// After a success the action revalidates the pages, so the hidden version the next step claims is the new one.
import { useId } from "react";
import type { ActionState } from "@/lib/action-state";
import { Button, DateInput, Field, Input, Select, StatusMessage, Textarea, useActionForm } from "@/ui/form";

export type ParFieldSpec =
  | { kind: "text" | "date" | "textarea"; name: string; label: string; defaultValue?: string; hint?: string }
  | { kind: "select"; name: string; label: string; defaultValue?: string; options: { value: string; label: string }[] }
  | { kind: "multiselect"; name: string; label: string; options: { value: string; label: string }[] }
  | { kind: "checkbox"; name: string; label: string }
  | { kind: "file"; name: string; label: string; accept: string };

export interface ParFormProps<T extends object> {
  action: (previous: ActionState<T>, formData: FormData) => Promise<ActionState<T>>;
  hidden: Record<string, string | number>;
  fields: ParFieldSpec[];
  title?: string;
  intro?: string;
  submit: string;
  pending: string;
  /** The success line; "{name}" is replaced by the action's result field of that name. */
  done: string;
  testId: string;
  variant?: "primary" | "secondary" | "danger";
  resetOnSuccess?: boolean;
}

export function ParForm<T extends object>({
  action,
  hidden,
  fields,
  title,
  intro,
  submit,
  pending: pendingText,
  done,
  testId,
  variant = "primary",
  resetOnSuccess = false,
}: ParFormProps<T>) {
  const baseId = useId();
  const { state, pending, formProps, statusRef, fieldError } = useActionForm(action, { resetOnSuccess });
  const success =
    state?.ok && state.data
      ? done.replace(/\{(\w+)\}/g, (_, key: string) => String((state.data as Record<string, unknown>)[key] ?? ""))
      : null;
  return (
    <form
      {...formProps}
      className="space-y-2"
      aria-label={title ?? submit}
      data-testid={testId}
      encType={fields.some((field) => field.kind === "file") ? "multipart/form-data" : undefined}
    >
      {title ? <h3 className="font-semibold">{title}</h3> : null}
      {intro ? <p className="text-sm text-muted">{intro}</p> : null}
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) => {
        const id = `${baseId}-${field.name}`;
        if (field.kind === "checkbox")
          return (
            <div key={field.name}>
              <label className="flex items-start gap-2 text-sm">
                <input type="checkbox" name={field.name} id={id} className="mt-1" />
                <span>{field.label}</span>
              </label>
            </div>
          );
        if (field.kind === "multiselect")
          return (
            <fieldset key={field.name}>
              <legend className="text-sm font-medium">{field.label}</legend>
              <div className="mt-1 grid gap-1 sm:grid-cols-2">
                {field.options.map((option) => (
                  <label key={option.value} className="flex items-center gap-2 text-sm">
                    <input type="checkbox" name={field.name} value={option.value} />
                    <span>{option.label}</span>
                  </label>
                ))}
              </div>
              {fieldError(field.name.replace(/\[\]$/, "")).map((message) => (
                <p key={message} className="text-sm text-red-700">
                  {message}
                </p>
              ))}
            </fieldset>
          );
        return (
          <Field
            key={field.name}
            id={id}
            label={field.label}
            hint={"hint" in field ? field.hint : undefined}
            errors={fieldError(field.name)}
          >
            {(control) =>
              field.kind === "select" ? (
                <Select {...control} name={field.name} defaultValue={field.defaultValue ?? ""}>
                  {field.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </Select>
              ) : field.kind === "textarea" ? (
                <Textarea {...control} name={field.name} rows={2} defaultValue={field.defaultValue ?? ""} />
              ) : field.kind === "date" ? (
                <DateInput {...control} name={field.name} defaultValue={field.defaultValue ?? ""} />
              ) : field.kind === "file" ? (
                <Input {...control} type="file" name={field.name} accept={field.accept} />
              ) : (
                <Input {...control} name={field.name} defaultValue={field.defaultValue ?? ""} autoComplete="off" />
              )
            }
          </Field>
        );
      })}
      <StatusMessage ref={statusRef} state={state} success={success} testId={`${testId}-message`} />
      <Button type="submit" size="sm" variant={variant} disabled={pending}>
        {pending ? pendingText : submit}
      </Button>
    </form>
  );
}
