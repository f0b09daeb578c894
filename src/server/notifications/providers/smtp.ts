// E-mail through an SMTP relay (nodemailer). The Message-ID is derived from the notification id, so a message sent
// twice after a crash carries the same Message-ID and receiving systems can drop the duplicate.
import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import { redactPersonalData } from "./redact";
import { DeliveryError, type NotificationProvider, type OutgoingMessage } from "./types";

export interface SmtpProviderOptions {
  /** smtp://user:pass@host:587 */
  url?: string;
  /** "Bộ phận Một cửa <motcua@example.gov.vn>" */
  from: string;
  /** For tests: any nodemailer transport. */
  transport?: Transporter;
}

/** The domain of the sender's address, for Message-IDs: <notification id>@<domain>. */
function messageIdDomain(from: string): string {
  const address = /<([^>]+)>/u.exec(from)?.[1] ?? from;
  return address.split("@")[1]?.trim() || "motcua.local";
}

export const messageIdFor = (notificationId: string, from: string) =>
  `<notification.${notificationId}@${messageIdDomain(from)}>`;

interface SmtpError {
  code?: string;
  responseCode?: number;
  message?: string;
}

export function createSmtpProvider(options: SmtpProviderOptions): NotificationProvider {
  if (!options.transport && !options.url) throw new Error("SMTP provider needs SMTP_URL");
  const transport = options.transport ?? nodemailer.createTransport(options.url!);
  return {
    async send(message: OutgoingMessage) {
      const messageId = messageIdFor(message.notificationId, options.from);
      try {
        await transport.sendMail({
          from: options.from,
          to: message.recipient,
          subject: message.subject ?? "",
          text: message.body,
          messageId,
          headers: { "X-MotCua-Notification": message.notificationId },
        });
        return { providerMessageId: messageId };
      } catch (error) {
        const smtp = error as SmtpError;
        // 5xx replies are permanent (unknown mailbox, rejected); 4xx and connection errors may pass later.
        const permanent = typeof smtp.responseCode === "number" && smtp.responseCode >= 500;
        const detail = redactPersonalData(smtp.message ?? String(error));
        throw new DeliveryError(`SMTP ${smtp.responseCode ?? smtp.code ?? "error"}: ${detail}`, !permanent);
      }
    },
  };
}
