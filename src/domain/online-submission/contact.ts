// A citizen's contact for online services (no passwords for citizens: a one-time code proves control of a phone or an
// e-mail address). Normalised one way, so the same person always finds the same VerifiedContact.
import { z } from "zod";
import { normalizeVietnamesePhone } from "@/domain/dossier/intake-schema";
import { cleanText } from "@/lib/text-input";

export const CONTACT_KINDS = ["PHONE", "EMAIL"] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

export interface Contact {
  kind: ContactKind;
  /** Phone as "0" and 9 digits (a mobile: the code goes by SMS); e-mail in lower case. */
  value: string;
}

export const CONTACT_MESSAGES = {
  required: "Xin vui lòng nhập số điện thoại di động hoặc địa chỉ thư điện tử.",
  phone: "Số điện thoại chưa đúng. Xin vui lòng nhập số di động 10 chữ số (ví dụ: 0912345678) hoặc dạng +84.",
  email: "Địa chỉ thư điện tử chưa đúng (ví dụ: ten@example.com).",
} as const;

const emailSchema = z.email().max(254);

/**
 * "0912 345 678", "+84912345678", "An@Example.com " → the normalised contact, or the message to show. A phone must be
 * a mobile (03, 05, 07, 08, 09): a fixed line cannot receive the SMS.
 */
export function parseContact(raw: string): { ok: true; contact: Contact } | { ok: false; message: string } {
  const cleaned = cleanText(raw, { max: 254 });
  if (!cleaned.ok) return { ok: false, message: cleaned.message };
  const text = cleaned.value;
  if (text === "") return { ok: false, message: CONTACT_MESSAGES.required };
  if (text.includes("@")) {
    const email = text.toLowerCase();
    return emailSchema.safeParse(email).success
      ? { ok: true, contact: { kind: "EMAIL", value: email } }
      : { ok: false, message: CONTACT_MESSAGES.email };
  }
  const phone = normalizeVietnamesePhone(text);
  if (phone === null || !/^0[35789]\d{8}$/.test(phone)) return { ok: false, message: CONTACT_MESSAGES.phone };
  return { ok: true, contact: { kind: "PHONE", value: phone } };
}

/** A zod field for forms: the raw text in, the normalised contact out. */
export const contactField = z.string({ error: CONTACT_MESSAGES.required }).transform((raw, ctx) => {
  const parsed = parseContact(raw);
  if (!parsed.ok) {
    ctx.addIssue({ code: "custom", message: parsed.message });
    return z.NEVER;
  }
  return parsed.contact;
});

/** "0987654321" → "098****321"; "binh.tran@example.com" → "b***@example.com": enough to recognise, not to write to. */
export function maskContact(contact: Contact): string {
  if (contact.kind === "EMAIL") {
    const at = contact.value.lastIndexOf("@");
    return `${contact.value.slice(0, 1)}***${contact.value.slice(at)}`;
  }
  return `${contact.value.slice(0, 3)}****${contact.value.slice(-3)}`;
}
