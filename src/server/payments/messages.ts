// The raw-message log (PaymentMessage, append-only): every message sent to or received from the platform, as sent
// and as received, with whether its signature verified. Forged and unknown-reference callbacks are kept too.
import type { Prisma } from "@/generated/prisma/client";
import type { PrismaClient } from "@/generated/prisma/client";
import type { Tx } from "./context";

export type MessageKind =
  "INIT" | "INIT_ANSWER" | "CALLBACK" | "CALLBACK_REPLY" | "QUERY" | "QUERY_ANSWER" | "GET_BILL" | "GET_BILL_ANSWER";

export interface LoggedMessage {
  kind: MessageKind;
  direction: "OUT" | "IN";
  attemptId?: string | null;
  reference?: string | null;
  body: unknown;
  signatureValid?: boolean | null;
}

/**
 * PostgreSQL's jsonb and text refuse U+0000 and lone surrogates: what a forger sent is kept with U+FFFD in their
 * place, everything else as received.
 */
const UNSTORABLE = new RegExp("[\\u0000\\uD800-\\uDFFF]", "gu");
const storable = (text: string) => text.replace(UNSTORABLE, "\uFFFD");

function clean(value: unknown, depth = 0): unknown {
  if (typeof value === "string") return storable(value.slice(0, 10_000));
  if (value === null || typeof value !== "object" || depth > 8) return typeof value === "object" ? null : value;
  if (Array.isArray(value)) return value.slice(0, 100).map((item) => clean(item, depth + 1));
  return Object.fromEntries(
    Object.entries(value)
      .slice(0, 100)
      .map(([key, item]) => [storable(key.slice(0, 200)), clean(item, depth + 1)]),
  );
}

/** JSON as kept: the body as received; a non-object (malformed input) wrapped so it is still kept. */
function asJson(body: unknown): Prisma.InputJsonValue {
  if (body !== null && typeof body === "object")
    return clean(JSON.parse(JSON.stringify(body))) as Prisma.InputJsonValue;
  return { raw: body === undefined ? null : storable(String(body).slice(0, 10_000)) };
}

/** The row of a logged message (for a batch transaction); logMessage writes one. */
export function messageData(message: LoggedMessage) {
  return {
    kind: message.kind,
    direction: message.direction,
    attemptId: message.attemptId ?? null,
    reference: message.reference ? storable(message.reference.slice(0, 100)) : null,
    body: asJson(message.body),
    signatureValid: message.signatureValid ?? null,
  };
}

export async function logMessage(client: Tx | PrismaClient, message: LoggedMessage): Promise<void> {
  await client.paymentMessage.create({ data: messageData(message) });
}

/** A GET_BILL answer's PDF is not kept twice: the log keeps its size and hash, the file store keeps the bytes. */
export function withoutReceiptBytes(body: Record<string, unknown>, sha256: string | null): Record<string, unknown> {
  const { DuLieu, ...rest } = body;
  return {
    ...rest,
    DuLieu: typeof DuLieu === "string" ? `<${DuLieu.length} base64 chars, sha256 ${sha256 ?? "?"}>` : DuLieu,
  };
}
