// SMS through an HTTP gateway (brand-name SMS providers expose a JSON API of this shape): POST {to, text, clientRef}
// with a bearer token. clientRef is the notification id, so the gateway can refuse a duplicate after a redelivery.
// 2xx = accepted; 4xx = the request itself is wrong (bad number, bad token), retrying cannot help; 5xx, 429 and
// network errors or timeouts are retried by the queue.
import { redactPersonalData } from "./redact";
import { DeliveryError, type NotificationProvider, type OutgoingMessage } from "./types";

export interface HttpSmsProviderOptions {
  url: string;
  token: string;
  timeoutMs?: number;
}

export function createHttpSmsProvider({
  url,
  token,
  timeoutMs = 10_000,
}: HttpSmsProviderOptions): NotificationProvider {
  return {
    async send(message: OutgoingMessage) {
      let response: Response;
      try {
        response = await fetch(url, {
          method: "POST",
          headers: {
            "content-type": "application/json; charset=utf-8",
            authorization: `Bearer ${token}`,
            accept: "application/json",
          },
          body: JSON.stringify({ to: message.recipient, text: message.body, clientRef: message.notificationId }),
          signal: AbortSignal.timeout(timeoutMs),
        });
      } catch (error) {
        const timedOut =
          error instanceof DOMException && (error.name === "TimeoutError" || error.name === "AbortError");
        const cause = (error as { cause?: { code?: string } }).cause?.code;
        throw new DeliveryError(
          timedOut
            ? `SMS gateway: no answer within ${timeoutMs} ms`
            : `SMS gateway unreachable${cause ? ` (${cause})` : ""}`,
          true,
        );
      }
      const text = await response.text().catch(() => "");
      if (response.ok) {
        return { providerMessageId: providerIdFrom(text) ?? `sms:${message.notificationId}` };
      }
      const retryable = response.status >= 500 || response.status === 429 || response.status === 408;
      throw new DeliveryError(
        `SMS gateway HTTP ${response.status}: ${redactPersonalData(text.slice(0, 200))}`,
        retryable,
      );
    },
  };
}

/** The gateway's own id when it returns one ({"id": …} or {"messageId": …}). */
function providerIdFrom(body: string): string | null {
  try {
    const parsed = JSON.parse(body) as Record<string, unknown>;
    const id = parsed.messageId ?? parsed.id;
    return typeof id === "string" || typeof id === "number" ? String(id) : null;
  } catch {
    return null;
  }
}
