// Small zod building blocks shared by the intake and command schemas: form values arrive as strings
// (checkboxes send "on", empty inputs send ""), so each helper accepts both the form shape and the typed shape.
import { z } from "zod";

/** Key under which fieldErrors puts errors that belong to the whole form rather than one field. */
export const FORM_ERROR_KEY = "_form";

/** Treat a blank string as "not given", so optional fields can come straight from a form. */
function blankToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
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

/** Optional free text up to `max` characters; "" → undefined. */
export function optionalText(max: number, message: string) {
  return z.preprocess(blankToUndefined, z.string().trim().normalize("NFC").max(max, { error: message }).optional());
}

/** A whole number typed in a form ("12") or given as a number; blank → undefined (then required or not). */
export function formInt(message: string) {
  return z.preprocess(
    (value) => {
      const v = blankToUndefined(value);
      if (typeof v === "string" && /^\s*-?\d+\s*$/.test(v)) return Number(v);
      return v;
    },
    z.number({ error: message }).int({ error: message }),
  );
}

export function optionalFormInt(message: string) {
  return z.preprocess(
    (value) => {
      const v = blankToUndefined(value);
      if (typeof v === "string" && /^\s*-?\d+\s*$/.test(v)) return Number(v);
      return v;
    },
    z.number({ error: message }).int({ error: message }).optional(),
  );
}

/** Required, trimmed, NFC text between min and max characters. */
export function requiredText(min: number, max: number, messages: { required: string; min: string; max: string }) {
  return (
    z
      .string({ error: messages.required })
      .trim()
      .normalize("NFC")
      .min(1, { error: messages.required })
      // Not `abort: true` on the check above: an explicit abort would stop the object's cross-field checks too, and
      // the form should show every error at once. An empty value gets only the "required" message.
      .refine((v) => v.length === 0 || v.length >= min, { error: messages.min })
      .max(max, { error: messages.max })
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
