// Small zod building blocks shared by the intake and command schemas: form values arrive as strings
// (checkboxes send "on", empty inputs send ""), so each helper accepts both the form shape and the typed shape. Text
// and numbers go through the one boundary parser, src/lib/text-input.ts (requiredText, optionalText, formInt…).
import { z } from "zod";

/** Key under which fieldErrors puts errors that belong to the whole form rather than one field. */
export const FORM_ERROR_KEY = "_form";

/** Whether the parse so far has an issue on this top-level field (its own rule already spoke). */
export function fieldFailed(ctx: z.core.$RefinementCtx, key: string): boolean {
  return ctx.issues.some((issue) => issue.path?.[0] === key);
}

/** A checkbox: true, "on", "true", "1" → true; false, absent, "", "off", "false", "0" → false. */
export function checkbox(message = "Giá trị đánh dấu không hợp lệ.") {
  return z.preprocess(
    (value) => {
      if (value === undefined || value === null) return false;
      if (typeof value === "string") {
        const v = value.trim().toLowerCase();
        if (v === "on" || v === "true" || v === "1") return true;
        if (v === "" || v === "off" || v === "false" || v === "0") return false;
      }
      return value;
    },
    z.boolean({ error: message }),
  );
}

/**
 * Field errors of a failed parse, keyed by the dotted path ("applicantPhone", "documents.0.count"); errors of the
 * whole object go under FORM_ERROR_KEY. Same shape as z.flattenError(e).fieldErrors for top-level fields, but
 * nested fields keep their own key so the form can show the message beside the right input.
 */
export function fieldErrors(error: z.ZodError): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const issue of error.issues) {
    const key = issue.path.length === 0 ? FORM_ERROR_KEY : issue.path.map(String).join(".");
    const list = (out[key] ??= []);
    if (!list.includes(issue.message)) list.push(issue.message);
  }
  return out;
}
