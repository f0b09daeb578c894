import "server-only";
// Staff actions that carry files (a scanned component, a signed result): defineAction's boundary (session, role,
// screened text, zod, Vietnamese messages, expected errors only) with the files of the named fields set aside first,
// so defineAction still refuses a file in any other field. Each file is then checked by content by the caller
// (inspectUpload in src/server/files). The page posting it must be one of request-guard's UPLOAD_PAGES (larger bodies);
// the size of each file is then capped by UPLOAD_LIMITS.
import type { z } from "zod";
import type { Role } from "@/domain/access";
import type { ActionState } from "@/lib/action-state";
import type { SessionUser } from "@/server/auth/session-user";
import { defineAction } from "./define-action";

const INTERRUPTED = "Tệp tải lên bị gián đoạn nên thao tác chưa được thực hiện. Xin vui lòng chọn lại tệp và gửi lại.";

export function defineFileAction<Schema extends z.ZodType, Result>(definition: {
  roles: readonly Role[];
  input: Schema;
  fromForm?: (formData: FormData) => unknown;
  /** The field names that may carry a file. */
  fileFields: readonly string[];
  run: (input: z.output<Schema>, user: SessionUser, files: ReadonlyMap<string, File>) => Promise<Result>;
}) {
  return async (previous: ActionState<Result> | undefined, formData: FormData): Promise<ActionState<Result>> => {
    const files = new Map<string, File>();
    let rest: unknown = formData;
    if (formData instanceof FormData) {
      const text = new FormData();
      try {
        for (const [key, value] of formData.entries()) {
          // One file per named field; an empty file input (nothing chosen) is left out.
          if (typeof value !== "string" && definition.fileFields.includes(key) && !files.has(key)) {
            if (value.size > 0 || value.name !== "") files.set(key, value);
          } else text.append(key, value);
        }
      } catch {
        return { ok: false, message: INTERRUPTED };
      }
      rest = text;
    }
    const action = defineAction({
      roles: definition.roles,
      input: definition.input,
      fromForm: definition.fromForm,
      run: (input, user) => definition.run(input, user, files),
    });
    return action(previous, rest as FormData);
  };
}
