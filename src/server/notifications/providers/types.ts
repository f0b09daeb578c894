// One interface per channel provider. A provider must be safe to call twice for the same notification (a job can be
// redelivered after a crash): it passes the notification id on so the receiving side can deduplicate.
import type { NotificationChannel } from "@/generated/prisma/enums";

export interface OutgoingMessage {
  notificationId: string;
  channel: NotificationChannel;
  /** PERSONAL DATA: e-mail address or phone number. Never log it. */
  recipient: string;
  subject: string | null;
  body: string;
}

export interface NotificationProvider {
  /** Resolves once the provider accepted the message; throws DeliveryError otherwise. */
  send(message: OutgoingMessage): Promise<{ providerMessageId: string }>;
}

export type Providers = Record<NotificationChannel, NotificationProvider>;

/** A failure with a message safe to store in Notification.lastError (no recipient, no text). */
export class DeliveryError extends Error {
  constructor(
    message: string,
    /** false: retrying cannot help (rejected number, bad request); the notification fails at once. */
    readonly retryable: boolean,
  ) {
    super(message);
    this.name = "DeliveryError";
  }
}
