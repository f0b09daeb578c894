// MaXacThuc: SHA-256 (node:crypto) of the text the protocol defines (src/domain/payment: signingInput), lower-case
// hex; compared in constant time.
import crypto from "node:crypto";
import { signingInput, type SignedMessageKind } from "@/domain/payment";

export function signMessage(
  kind: SignedMessageKind,
  message: Readonly<Record<string, unknown>>,
  secret: string,
): string {
  return crypto
    .createHash("sha256")
    .update(signingInput(kind, message, secret), "utf8")
    .digest("hex");
}

/** Whether `message.MaXacThuc` is the signature of its fields under `secret`. */
export function verifyMessage(
  kind: SignedMessageKind,
  message: Readonly<Record<string, unknown>>,
  secret: string,
): boolean {
  const given = typeof message.MaXacThuc === "string" ? message.MaXacThuc.toLowerCase() : "";
  if (!/^[0-9a-f]{64}$/u.test(given)) return false;
  const expected = signMessage(kind, message, secret);
  return crypto.timingSafeEqual(Buffer.from(given, "hex"), Buffer.from(expected, "hex"));
}

/** The message with its MaXacThuc. */
export function signed<T extends Record<string, unknown>>(
  kind: SignedMessageKind,
  message: T,
  secret: string,
): T & { MaXacThuc: string } {
  return { ...message, MaXacThuc: signMessage(kind, message, secret) };
}
