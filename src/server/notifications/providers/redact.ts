// Errors from providers may quote the recipient ("550 <an@example.com>: user unknown"). What we store and log must
// not: e-mail addresses and phone-like digit runs are replaced before an error leaves a provider.
export function redactPersonalData(text: string): string {
  return text
    .replace(/[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.[\p{L}]{2,}/gu, "<email>")
    .replace(/\+?\d[\d .-]{7,}\d/gu, "<number>")
    .slice(0, 500);
}
