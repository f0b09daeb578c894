// What every server action returns to its form (useActionState). No server-only marker: client forms import it.
export interface ActionState<T = unknown> {
  ok: boolean;
  message?: string;
  fieldErrors?: Record<string, string[]>;
  data?: T;
}

export const initialActionState: ActionState<never> = { ok: false };
