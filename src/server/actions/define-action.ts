import "server-only";
// The one wrapper for server actions. Every action is a public POST endpoint, so each one: checks the session and
// the role itself, validates its input with zod, shows users only expected errors (UserFacingError) and logs the rest
// behind a generic message. Forms read the returned ActionState with useActionState.
import type { z } from "zod";
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
  invalid: "Thông tin chưa hợp lệ. Xin vui lòng kiểm tra các ô được đánh dấu.",
  unexpected: "Đã có lỗi ngoài dự kiến, thao tác chưa được thực hiện. Xin vui lòng thử lại sau ít phút.",
};

function formDataToObject(formData: FormData): Record<string, unknown> {
  const result: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const values = formData.getAll(key).filter((value): value is string => typeof value === "string");
    result[key] = key.endsWith("[]") ? values : values[0];
  }
  return result;
}

export function defineAction<Schema extends z.ZodType, Result>(definition: {
  roles: readonly Role[];
  input: Schema;
  /** Turns FormData into the shape the schema expects; the default maps each field to its (first) value. */
  fromForm?: (formData: FormData) => unknown;
  run: (input: z.output<Schema>, user: SessionUser) => Promise<Result>;
}) {
  return async (_previous: ActionState<Result> | undefined, formData: FormData): Promise<ActionState<Result>> => {
    const user = await checkUser(definition.roles);
    if (isDenied(user)) return { ok: false, message: messages[user.reason] };
    const parsed = definition.input.safeParse((definition.fromForm ?? formDataToObject)(formData));
    if (!parsed.success) {
      const fieldErrors: Record<string, string[]> = {};
      for (const issue of parsed.error.issues) (fieldErrors[issue.path.join(".") || "_"] ??= []).push(issue.message);
      return { ok: false, message: messages.invalid, fieldErrors };
    }
    try {
      return { ok: true, data: await definition.run(parsed.data, user) };
    } catch (error) {
      if (error instanceof UserFacingError)
        return { ok: false, message: error.message, fieldErrors: error.fieldErrors };
      // Next's redirect()/notFound() work by throwing: let them through.
      if (
        error instanceof Error &&
        "digest" in error &&
        String((error as { digest: unknown }).digest).startsWith("NEXT_")
      )
        throw error;
      console.error("[action] unexpected error", error);
      return { ok: false, message: messages.unexpected };
    }
  };
}
