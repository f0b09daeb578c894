// The one parser of text and numbers arriving from outside (forms, server actions, query strings, path segments):
// every zod schema at a boundary builds on these, defineAction and defineRoute screen every raw value with
// `textProblem`, and public pages read their query with `queryText`. Text is NFC-normalised and trimmed, and refused
// (never silently repaired) when it carries:
// - a C0/C1 control character (NUL would reach PostgreSQL, which rejects U+0000 in text with an error; the others
//   garble printed forms). Newline and tab are allowed only where the field is multiline;
// - U+FFFD, the replacement character the request decoder puts where the bytes were not valid UTF-8: the real text is
//   lost, so storing it would keep a corrupted name or address;
// - bidirectional controls (U+202A–U+202E embeddings/overrides, U+2066–U+2069 isolates, U+200E/U+200F marks, U+061C):
//   they reorder what a printed form shows ("Trojan Source"), and Vietnamese text never needs them;
// - a lone surrogate or a non-character (U+FFFE, U+FFFF).
// Numbers are decimal digits only: no hex ("0x10"), exponent ("1e3"), sign unless allowed, spaces or separators.
import { z } from "zod";

export type TextProblem = "control" | "lineBreak" | "replacement" | "bidi" | "encoding";

/** What the user reads for each problem (Vietnamese, the interface's language). */
export const TEXT_PROBLEM_MESSAGES: Readonly<Record<TextProblem, string>> = {
  control: "Nội dung có ký tự điều khiển không hợp lệ (ví dụ ký tự NUL). Xin vui lòng xóa và nhập lại bằng bàn phím.",
  lineBreak: "Ô này chỉ nhận một dòng. Xin vui lòng bỏ dấu xuống dòng hoặc dấu tab.",
  replacement:
    "Nội dung có ký tự lỗi mã hóa (�), có thể do sao chép từ tệp bị lỗi phông chữ. Xin vui lòng nhập lại bằng bàn phím.",
  bidi: "Nội dung có ký tự điều khiển hướng chữ (không nhìn thấy, có thể làm sai lệch văn bản in). Xin vui lòng xóa và nhập lại bằng bàn phím.",
  encoding: "Nội dung có ký tự không hợp lệ. Xin vui lòng xóa và nhập lại bằng bàn phím.",
};

// C0 controls but tab (09), line feed (0A), carriage return (0D); DEL; C1 controls.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAK_OR_TAB = /[\t\n\r\u2028\u2029\u0085]/;
const BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/;
const REPLACEMENT = /\uFFFD/;
const BAD_CODE_POINT = /[\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

export interface TextOptions {
  /** Newline and tab allowed (textareas); single-line fields refuse them. */
  multiline?: boolean;
}

/** The first problem of a raw value, or null when it is acceptable text. */
export function textProblem(value: string, options: TextOptions = {}): TextProblem | null {
  if (CONTROL.test(value)) return "control";
  if (REPLACEMENT.test(value)) return "replacement";
  if (BIDI.test(value)) return "bidi";
  if (BAD_CODE_POINT.test(value)) return "encoding";
  if (!options.multiline && LINE_BREAK_OR_TAB.test(value.trim())) return "lineBreak";
  return null;
}

export type CleanText = { ok: true; value: string } | { ok: false; problem: TextProblem | "tooLong"; message: string };

/** NFC, trimmed, screened; `max` counts characters after trimming. */
export function cleanText(raw: string, options: TextOptions & { max?: number; tooLong?: string } = {}): CleanText {
  const problem = textProblem(raw, options);
  if (problem) return { ok: false, problem, message: TEXT_PROBLEM_MESSAGES[problem] };
  const value = raw.normalize("NFC").trim();
  if (options.max !== undefined && value.length > options.max)
    return {
      ok: false,
      problem: "tooLong",
      message: options.tooLong ?? `Nội dung không được dài quá ${options.max} ký tự.`,
    };
  return { ok: true, value };
}

/**
 * A page's query parameter (first value when repeated): the cleaned text, "" when absent or blank, or the problem's
 * message. Longer input is cut to `max` (search boxes send whatever was typed), never refused.
 */
export function queryText(
  value: string | string[] | undefined,
  max: number,
): { ok: true; value: string } | { ok: false; message: string } {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined) return { ok: true, value: "" };
  const cleaned = cleanText(raw);
  return cleaned.ok ? { ok: true, value: cleaned.value.slice(0, max) } : { ok: false, message: cleaned.message };
}

/** Object keys that would reach a prototype when used to build an object. */
export const PROTOTYPE_KEYS: ReadonlySet<string> = new Set(["__proto__", "constructor", "prototype"]);

// ---------------------------------------------------------------------------------------------------------------
// zod building blocks: form values arrive as strings ("" for an empty input), typed callers may pass the value.

/** Treat a blank string as "not given", so optional fields can come straight from a form. */
export function blankToUndefined(value: unknown): unknown {
  return typeof value === "string" && value.trim() === "" ? undefined : value;
}

/** A string screened by textProblem, NFC-normalised and trimmed; nothing else checked. */
export function safeString(typeMessage: string, options: TextOptions = {}) {
  return z.string({ error: typeMessage }).transform((value, ctx) => {
    const problem = textProblem(value, options);
    if (problem) {
      ctx.addIssue({ code: "custom", message: TEXT_PROBLEM_MESSAGES[problem] });
      return z.NEVER;
    }
    return value.normalize("NFC").trim();
  });
}

/** Required text between min and max characters (after trimming). */
export function requiredText(
  min: number,
  max: number,
  messages: { required: string; min: string; max: string },
  options: TextOptions = {},
) {
  return safeString(messages.required, options).pipe(
    z
      .string()
      .min(1, { error: messages.required })
      // Not `abort: true` on the check above: an explicit abort would stop the object's cross-field checks too, and
      // the form should show every error at once. An empty value gets only the "required" message.
      .refine((v) => v.length === 0 || v.length >= min, { error: messages.min })
      .max(max, { error: messages.max }),
  );
}

/** Optional text up to `max` characters; "" → undefined. */
export function optionalText(max: number, message: string, options: TextOptions = {}) {
  return z.preprocess(
    blankToUndefined,
    safeString(message, options)
      .pipe(z.string().max(max, { error: message }))
      .optional(),
  );
}

/** Text that may be empty ("" stays ""), up to `max` characters. */
export function boundedText(max: number, message: string, options: TextOptions = {}) {
  return safeString(message, options).pipe(z.string().max(max, { error: message }));
}

/** An identifier (database id, code): required, one line, at most `max` characters. */
export function idText(message: string, max = 64) {
  return safeString(message).pipe(z.string().min(1, { error: message }).max(max, { error: message }));
}

// ---------------------------------------------------------------------------------------------------------------
// Numbers.

export interface IntRange {
  min?: number;
  max?: number;
}

/**
 * "12" → 12; a number passes as is. Refused (null): "0x10", "1e3", " 12 ", "+5", "1.0", "1_000", "١٢" (only ASCII
 * digits), a leading "-" unless `min` is negative, more than 15 digits, anything outside [min, max].
 */
export function parseDecimalInt(value: unknown, range: IntRange = {}): number | null {
  const min = range.min ?? 0;
  const max = range.max ?? Number.MAX_SAFE_INTEGER;
  let number: number;
  if (typeof value === "number") number = value;
  else if (typeof value === "string" && (min < 0 ? /^-?\d{1,15}$/ : /^\d{1,15}$/).test(value)) number = Number(value);
  else return null;
  return Number.isSafeInteger(number) && number >= min && number <= max ? number : null;
}

export type IntMessages = string | { invalid: string; min?: string; max?: string };

/**
 * A whole number typed in a form (decimal digits only) or given as a number, within the range; required. One
 * message, or one for what is not a whole number and one for each end of the range.
 */
export function formInt(messages: IntMessages, range: IntRange = {}) {
  const { invalid, min, max } = typeof messages === "string" ? { invalid: messages } : messages;
  return z.unknown().transform((value, ctx) => {
    const number = parseDecimalInt(value, range);
    if (number !== null) return number;
    const digits = parseDecimalInt(value, { min: -Number.MAX_SAFE_INTEGER });
    const message =
      digits !== null && range.min !== undefined && digits < range.min
        ? (min ?? invalid)
        : digits !== null && range.max !== undefined && digits > range.max
          ? (max ?? invalid)
          : invalid;
    ctx.addIssue({ code: "custom", message });
    return z.NEVER;
  });
}

/** The same; blank or absent → undefined. */
export function optionalFormInt(messages: IntMessages, range: IntRange = {}) {
  return z.preprocess(blankToUndefined, formInt(messages, range).optional());
}
