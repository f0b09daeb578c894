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

/** JSON as kept: the body as received; a non-object (malformed input) wrapped so it is still kept. */
function asJson(body: unknown): Prisma.InputJsonValue {
  if (body !== null && typeof body === "object") return JSON.parse(JSON.stringify(body)) as Prisma.InputJsonValue;
  return { raw: body === undefined ? null : String(body).slice(0, 10_000) };
}

/** The row of a logged message (for a batch transaction); logMessage writes one. */
export function messageData(message: LoggedMessage) {
  return {
    kind: message.kind,
    direction: message.direction,
    attemptId: message.attemptId ?? null,
    reference: message.reference?.slice(0, 100) ?? null,
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
