import "server-only";
// Server actions of the counter tablet (no account): the same boundary as defineAction (form data only, screened text,
// zod, Vietnamese messages, expected errors only), with the tablet's device cookie instead of a session.
import { headers } from "next/headers";
import type { z } from "zod";
import type { ActionState } from "@/lib/action-state";
import { actionErrorState, parseActionInput, screenFormData } from "@/server/actions/define-action";
import { clientAddress } from "@/server/rate-limit";
import { getRequestTablet, type PairedTablet } from "./device";

const NOT_PAIRED = "Máy tính bảng chưa được ghép nối với quầy hoặc đã bị thu hồi. Xin vui lòng báo cán bộ tại quầy.";

export function defineKioskAction<Schema extends z.ZodType, Result, Paired extends boolean>(definition: {
  /** Whether the request must come from a paired tablet. */
  paired: Paired;
  input: Schema;
  fromForm?: (formData: FormData) => unknown;
  run: (
    input: z.output<Schema>,
    context: { tablet: Paired extends true ? PairedTablet : PairedTablet | null; address: string },
  ) => Promise<Result>;
}) {
  return async (_previous: ActionState<Result> | undefined, formData: FormData): Promise<ActionState<Result>> => {
    const refused = screenFormData(formData);
    if (refused) return refused;
    const tablet = await getRequestTablet();
    if (definition.paired && !tablet) return { ok: false, message: NOT_PAIRED };
    const parsed = parseActionInput(definition.input, () =>
      definition.fromForm
        ? definition.fromForm(formData)
        : Object.fromEntries([...new Set(formData.keys())].map((key) => [key, formData.get(key)])),
    );
    if (!parsed.ok) return parsed;
    try {
      const address = clientAddress(await headers());
      const context = { tablet, address } as {
        tablet: Paired extends true ? PairedTablet : PairedTablet | null;
        address: string;
      };
      return { ok: true, data: await definition.run(parsed.data, context) };
    } catch (error) {
      return actionErrorState(error);
    }
  };
}
