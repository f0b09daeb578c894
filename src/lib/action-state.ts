// What every server action returns to its form (useActionState). Framework-free and without a server-only marker:
// client forms import these types, and server/actions/define-action.ts re-exports them for actions.
export interface ActionState<T = unknown> {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  data?: T;
}

export const initialActionState: ActionState<never> = { ok: false };
