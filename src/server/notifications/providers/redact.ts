// The one home for hiding recipients' contact data and tracking keys in what staff see and what we store or log:
// provider errors (redactPersonalData), the outbox's recipients and the development mailbox (maskRecipient,
// maskMessageBody). Applicants' names are masked by the public view's rule (src/domain/tracking, maskApplicantName),
// which the message templates already apply. Pure: no database, no framework.

const EMAIL_RE = /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu;

/**
 * Errors from providers may quote the recipient ("550 <an@example.com>: user unknown"). What we store and log must
 * not: e-mail addresses and phone-like digit runs are replaced before an error leaves a provider.
 */
export function redactPersonalData(text: string): string {
  return text
    .replace(EMAIL_RE, "<email>")
    .replace(/\+?\d[\d .-]{7,}\d/gu, "<number>")
    .slice(0, 500);
}

/** "0987654321" → "09******21" (the first two and last two digits; short values fully hidden). */
export function maskPhone(phone: string): string {
  return phone.length <= 4
    ? "*".repeat(phone.length)
    : `${phone.slice(0, 2)}${"*".repeat(phone.length - 4)}${phone.slice(-2)}`;
}

/** "binh.tran@example.com" → "b***@example.com". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at < 0) return maskPhone(email);
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

/** A recipient of a channel, masked: enough to tell two apart, not to write to them. */
export const maskRecipient = (channel: "EMAIL" | "SMS", recipient: string): string =>
  channel === "EMAIL" ? maskEmail(recipient) : maskPhone(recipient);

/** What stands in for a tracking key (mã tra cứu) in anything staff read outside the receipt itself. */
export const HIDDEN_TRACKING_KEY = "****-****";

// The key in a tracking link (…/tra-cuu?ma=…&xac-thuc=K7Q2-M9XD), however encoded.
const TRACKING_LINK_KEY_RE = /([?&]xac-thuc=)[^&#\s]+/gu;
// A key written out ("Mã tra cứu: K7Q2-M9XD"): two groups of four letters or digits, the dash optional, standing alone.
const TRACKING_KEY_RE = /(?<![\p{L}\p{N}-])[A-Z0-9]{4}-?[A-Z0-9]{4}(?![\p{L}\p{N}-])/gu;
// A Vietnamese phone number as written in a text: 0… or +84…, 10–11 digits, spaces or dots allowed between them.
const PHONE_RE = /(?<![\p{L}\p{N}.-])(?:\+84|0)(?:[ .]?\d){8,10}(?![\p{L}\p{N}])/gu;

/**
 * A message's text as the administrator's development mailbox shows it: tracking keys hidden (in links and written
 * out), e-mail addresses and phone numbers masked. Dossier codes, dates and the masked greeting stay readable, so
 * the operator can still check what the template produced.
 */
export function maskMessageBody(text: string): string {
  return text
    .replace(TRACKING_LINK_KEY_RE, `$1${HIDDEN_TRACKING_KEY}`)
    .replace(EMAIL_RE, (email) => maskEmail(email))
    .replace(PHONE_RE, (phone) => maskPhone(phone.replace(/[ .]/g, "")))
    .replace(TRACKING_KEY_RE, HIDDEN_TRACKING_KEY);
}
