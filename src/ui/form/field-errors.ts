// Pure helpers behind the form kit: which messages belong to a field, which ids a field's hint and error blocks
// carry, and which control takes the focus after a refused submission. Framework-free, so they are unit-tested.
import type { ActionState } from "@/lib/action-state";

export type FieldErrors = Readonly<Record<string, readonly string[]>>;

/** The field errors of a refused answer; none before the first answer or after a success. */
export function fieldErrorsOf(state: ActionState<unknown> | null | undefined): FieldErrors {
  return state && !state.ok && state.fieldErrors ? state.fieldErrors : {};
}

/**
 * The messages of one field. `prefix` covers schemas that nest a form's inputs ("command.reason" for the input
 * "reason"): both keys count, the nested one first.
 */
export function errorsForField(errors: FieldErrors, name: string, prefix = ""): string[] {
  return [...(prefix ? (errors[`${prefix}${name}`] ?? []) : []), ...(errors[name] ?? [])];
}

/** Whether the control `name` is in error: its own key, or a group key above it ("documents" for "documents.0.count"). */
function controlHasError(name: string, errorKeys: readonly string[]): boolean {
  return errorKeys.some((key) => key === name || name.startsWith(`${key}.`) || name === `${key}[]`);
}

/**
 * The name of the first control, in form order, that has an error. `names` are the form's control names in
 * document order (duplicates allowed: radio groups); `errorKeys` the keys of the answer's field errors, with any
 * prefix already removed.
 */
export function firstInvalidName(names: readonly string[], errorKeys: readonly string[]): string | undefined {
  const keys = errorKeys.filter((key) => key !== "_" && key !== "_form");
  if (keys.length === 0) return undefined;
  return names.find((name) => name !== "" && controlHasError(name, keys));
}

/** The keys of `errors` that have messages, without `prefix` (so they compare with control names). */
export function errorKeysOf(errors: FieldErrors, prefix = ""): string[] {
  return Object.entries(errors)
    .filter(([, messages]) => messages.length > 0)
    .map(([key]) => (prefix && key.startsWith(prefix) ? key.slice(prefix.length) : key));
}

export interface FieldIds {
  hintId: string;
  errorId: string;
}

/** The ids of a field's hint and error blocks: `<id>-hint` and `<id>-error` unless the form has its own scheme. */
export function fieldIds(id: string, errorId?: string): FieldIds {
  return { hintId: `${id}-hint`, errorId: errorId ?? `${id}-error` };
}

/**
 * The accessibility attributes of a control: its id, aria-invalid while it has messages, and aria-describedby
 * naming the hint (if any), any extra descriptions, and the error block (always rendered, so the reference holds
 * and the live region exists before a message arrives).
 */
export function controlAria(
  id: string,
  {
    errors,
    hasHint = false,
    errorId,
    describedBy = [],
  }: { errors?: readonly string[]; hasHint?: boolean; errorId?: string; describedBy?: readonly string[] } = {},
) {
  const ids = fieldIds(id, errorId);
  return {
    id,
    "aria-invalid": errors && errors.length > 0 ? (true as const) : undefined,
    "aria-describedby": [...(hasHint ? [ids.hintId] : []), ...describedBy, ids.errorId].join(" "),
  };
}
