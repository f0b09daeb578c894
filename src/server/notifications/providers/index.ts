// Providers per channel, chosen by NOTIFY_EMAIL_PROVIDER / NOTIFY_SMS_PROVIDER (both "dev" by default).
import type { PrismaClient } from "@/generated/prisma/client";
import type { NotificationSettings } from "../settings";
import type { SqlClient } from "../sql";
import { createDevProvider } from "./dev";
import { createHttpSmsProvider } from "./sms-http";
import { createSmtpProvider } from "./smtp";
import type { Providers } from "./types";

export function providersFromSettings(db: SqlClient | PrismaClient, settings: NotificationSettings): Providers {
  const dev = createDevProvider(db);
  return {
    EMAIL:
      settings.NOTIFY_EMAIL_PROVIDER === "smtp"
        ? createSmtpProvider({ url: settings.SMTP_URL, from: settings.MAIL_FROM! })
        : dev,
    SMS:
      settings.NOTIFY_SMS_PROVIDER === "http"
        ? createHttpSmsProvider({
            url: settings.SMS_GATEWAY_URL!,
            token: settings.SMS_GATEWAY_TOKEN!,
            timeoutMs: settings.SMS_GATEWAY_TIMEOUT_MS,
          })
        : dev,
  };
}

export { createDevProvider } from "./dev";
export { createHttpSmsProvider } from "./sms-http";
export { createSmtpProvider, messageIdFor } from "./smtp";
export { redactPersonalData } from "./redact";
export * from "./types";
