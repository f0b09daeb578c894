import "server-only";
// The one wrapper for server actions. Every action is a public POST endpoint, so each one: checks the session and
// the role itself, screens the raw input (form data only; no prototype keys, files, control characters, invalid
// UTF-8 or bidi controls: src/lib/text-input.ts), validates it with zod, shows users only expected errors
// (UserFacingError) and logs the rest behind a generic message. Forms read the returned ActionState with
// useActionState. Requests Next.js itself refuses before this code runs (body over the size limit, foreign Origin)
// are answered 413/403 by src/server/actions/request-guard.ts, called from src/proxy.ts.
import type { z } from "zod";
import { PROTOTYPE_KEYS, TEXT_PROBLEM_MESSAGES, textProblem } from "@/lib/text-input";
import type { Role } from "@/domain/access";
import { checkUser, isDenied } from "@/server/auth/guard";
import type { SessionUser } from "@/server/auth/session-user";
import { UserFacingError } from "@/server/user-facing-error";
import type { ActionState } from "@/lib/action-state";

export type { ActionState } from "@/lib/action-state";

export { UserFacingError };

const messages = {
  unauthenticated: "Phiên đăng nhập đã hết hạn. Xin vui lòng đăng nhập lại.",
  forbidden: "Tài khoản của bạn không có quyền thực hiện thao tác này.",
  passwordChange: "Xin vui lòng đổi mật khẩu trước khi tiếp tục (mật khẩu của ông/bà vừa được đặt lại).",
  invalid: "Thông tin chưa hợp lệ. Xin vui lòng kiểm tra các ô được đánh dấu.",
  unexpected: "Đã có lỗi ngoài dự kiến, thao tác chưa được thực hiện. Xin vui lòng thử lại sau ít phút.",
  notForm: "Yêu cầu không đúng dạng biểu mẫu nên chưa được thực hiện. Xin vui lòng tải lại trang và gửi lại.",
  fieldName: "Biểu mẫu có trường không hợp lệ nên chưa được thực hiện. Xin vui lòng tải lại trang và gửi lại.",
  file: "Biểu mẫu này không nhận tệp đính kèm.",
};

type Refusal = { ok: false; message: string; fieldErrors?: Record<string, string[]> };

/**
 * Refuses what no form of ours sends, before any schema or query sees it: an argument that is not FormData (a
 * crafted action call can pass any serialisable value), a prototype key ("__proto__", "constructor", "prototype"),
 * a file, and any value with a control character other than newline/tab, U+FFFD (invalid UTF-8 in the body) or a bidi
 * control. Single-line fields refuse newline/tab in their schema (requiredText, optionalText…).
 */
export function screenFormData(formData: unknown): Refusal | null {
  if (!(formData instanceof FormData)) return { ok: false, message: messages.notForm };
  for (const [key, value] of formData.entries()) {
    if (PROTOTYPE_KEYS.has(key) || textProblem(key) !== null || key.length > 200)
      return { ok: false, message: messages.fieldName };
    if (typeof value !== "string")
      return { ok: false, message: messages.file, fieldErrors: { [key]: [messages.file] } };
    const problem = textProblem(value, { multiline: true });
    if (problem) {
      const message = TEXT_PROBLEM_MESSAGES[problem];
      return { ok: false, message, fieldErrors: { [key]: [message] } };
    }
  }
  return null;
}

/** Each field's (first) value, or every value for a name ending in "[]". Keys were screened: no prototype keys. */
function formDataToObject(formData: FormData): Record<string, unknown> {
  const result = new Map<string, unknown>();
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key).filter((value): value is string => typeof value === "string");
    result.set(key, key.endsWith("[]") ? values : values[0]);
  }
  return Object.fromEntries(result);
}

export function defineAction<Schema extends z.ZodType, Result>(definition: {
  roles: readonly Role[];
  /** Usable while the user must still change their password (only "Đổi mật khẩu"): see GuardOptions. */
  duringPasswordChange?: boolean;
  input: Schema;
  /** Turns FormData into the shape the schema expects; the default maps each field to its (first) value. */
  fromForm?: (formData: FormData) => unknown;
  run: (input: z.output<Schema>, user: SessionUser) => Promise<Result>;
}) {
  return async (_previous: ActionState<Result> | undefined, formData: FormData): Promise<ActionState<Result>> => {
    const user = await checkUser(definition.roles, { duringPasswordChange: definition.duringPasswordChange });
    if (isDenied(user)) return { ok: false, message: messages[user.reason] };
    const refused = screenFormData(formData);
    if (refused) return refused;
    const parsed = parseActionInput(definition.input, () => (definition.fromForm ?? formDataToObject)(formData));
    if (!parsed.ok) return parsed;
    try {
      return { ok: true, data: await definition.run(parsed.data, user) };
    } catch (error) {
      return actionErrorState(error);
    }
  };
}

/** The action's schema over the form's values: the data, or the refusal with a message under each field. */
export function parseActionInput<Schema extends z.ZodType>(
  schema: Schema,
  read: () => unknown,
): { ok: true; data: z.output<Schema> } | Refusal {
  let parsed: z.ZodSafeParseResult<z.output<Schema>>;
  try {
    parsed = schema.safeParse(read());
  } catch (error) {
    // A form reader or schema that throws on some input is a bug, but the input caused it: refuse it, log the bug.
    console.error("[action] input could not be read", error);
    return { ok: false, message: messages.invalid };
  }
  if (parsed.success) return { ok: true, data: parsed.data };
  const fieldErrors: Record<string, string[]> = {};
  for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
  return { ok: false, message: messages.invalid, fieldErrors };
}

/** What the form shows for an error thrown by an action's work: an expected error's message, else a generic one. */
export function actionErrorState(error: unknown): Refusal {
  if (error instanceof UserFacingError) return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
  // Next's redirect()/notFound() work by throwing: let them through.
  if (error instanceof Error && "digest" in error && String((error as { digest: unknown }).digest).startsWith("NEXT_"))
    throw error;
  console.error("[action] unexpected error", error);
  return { ok: false, message: messages.unexpected };
}
