import "server-only";
// Server actions for citizens (no staff account): the same boundary as defineAction (form data only, screened text,
// zod, Vietnamese messages, expected errors only), with the verified contact's session instead of a staff session,
// and files accepted only in the fields the action names.
import { headers } from "next/headers";
import type { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { actionErrorState, parseActionInput, screenFormData } from "@/server/actions/define-action";
import { clientAddress } from "@/server/rate-limit";
import { getCitizenSession, type CitizenSession } from "./session";

const messages = {
  noSession:
    "Phiên xác thực đã hết hạn hoặc chưa có. Xin vui lòng nhập lại số điện thoại hoặc thư điện tử để nhận mã xác thực mới.",
  interrupted: "Tệp tải lên bị gián đoạn nên hồ sơ chưa được nộp. Xin vui lòng chọn lại tệp và gửi lại.",
};

export interface CitizenContext<Session> {
  session: Session;
  /** The client's address (rate limits). */
  address: string;
  /** Files of the named file fields; 0-byte parts (an input with no file chosen) are left out. */
  files: Map<string, File[]>;
}

export function defineCitizenAction<Schema extends z.ZodType, Result, Required extends boolean>(definition: {
  /** Whether a verified contact's session is required. */
  sessionRequired: Required;
  input: Schema;
  fromForm?: (formData: FormData) => unknown;
  /** Which field names may carry files. */
  fileFields?: (name: string) => boolean;
  run: (
    input: z.output<Schema>,
    context: CitizenContext<Required extends true ? CitizenSession : CitizenSession | null>,
  ) => Promise<Result>;
}) {
  return async (_previous: ActionState<Result> | undefined, formData: FormData): Promise<ActionState<Result>> => {
    const files = new Map<string, File[]>();
    let text: unknown = formData;
    if (formData instanceof FormData && definition.fileFields) {
      // Files go aside (only in the named fields); everything else is screened as any action's form.
      const rest = new FormData();
      try {
        for (const [key, value] of formData.entries()) {
          if (typeof value !== "string" && definition.fileFields(key)) {
            // A file input left empty still sends a 0-byte part, whose name React's encoding does not keep ("" or
            // "undefined"): every 0-byte part counts as nothing chosen (a required component then asks for its file).
            if (value.size > 0) files.set(key, [...(files.get(key) ?? []), value]);
          } else rest.append(key, value);
        }
      } catch {
        return { ok: false, message: messages.interrupted };
      }
      text = rest;
    }
    const refused = screenFormData(text);
    if (refused) return refused;
    const session = await getCitizenSession();
    if (definition.sessionRequired && !session) return { ok: false, message: messages.noSession };
    const values = text as FormData;
    const parsed = parseActionInput(definition.input, () =>
      definition.fromForm
        ? definition.fromForm(values)
        : Object.fromEntries([...new Set(values.keys())].map((key) => [key, values.get(key)])),
    );
    if (!parsed.ok) return parsed;
    try {
      const address = clientAddress(await headers());
      const context = { session, address, files } as CitizenContext<
        Required extends true ? CitizenSession : CitizenSession | null
      >;
      return { ok: true, data: await definition.run(parsed.data, context) };
    } catch (error) {
      return actionErrorState(error);
    }
  };
}
