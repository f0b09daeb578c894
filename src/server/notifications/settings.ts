// Notification settings, validated once from the environment. Kept here rather than in src/server/env.ts because
// the worker and tooling run outside Next.js and must not require the web app's settings (AUTH_SECRET…).
import { z } from "zod";

const channelList = z
  .string()
  .transform((value) =>
    value
      .split(",")
      .map((part) => part.trim().toUpperCase())
      .filter((part) => part.length > 0),
  )
  .pipe(z.array(z.enum(["EMAIL", "SMS"])));

const schema = z
  .object({
    /** The database the outbox's jobs go to (the web app's own DATABASE_URL; validated by src/server/env.ts there). */
    DATABASE_URL: z.string().optional(),
    /** Public address of the portal, for links in messages (same variable and default as the web app). */
    APP_URL: z.url().default("http://localhost:3000"),
    /** Channels this deployment sends on, e.g. "email,sms", "email" or "" (none). */
    NOTIFY_CHANNELS: channelList.default(["EMAIL", "SMS"]),
    NOTIFY_EMAIL_PROVIDER: z.enum(["dev", "smtp"]).default("dev"),
    NOTIFY_SMS_PROVIDER: z.enum(["dev", "http"]).default("dev"),
    /** smtp://user:pass@host:587 (smtps:// for implicit TLS). */
    SMTP_URL: z.url({ protocol: /^smtps?$/, error: "SMTP_URL phải có dạng smtp://user:pass@host:587" }).optional(),
    /** Sender, e.g. "Bộ phận Một cửa <motcua@sontay.gov.vn>". */
    MAIL_FROM: z.string().min(3).optional(),
    SMS_GATEWAY_URL: z.url({ protocol: /^https?$/ }).optional(),
    SMS_GATEWAY_TOKEN: z.string().min(1).optional(),
    SMS_GATEWAY_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    /** Jobs the worker delivers at once. */
    NOTIFY_WORKER_CONCURRENCY: z.coerce.number().int().min(1).max(200).default(10),
  })
  .superRefine((value, context) => {
    if (value.NOTIFY_EMAIL_PROVIDER === "smtp") {
      for (const key of ["SMTP_URL", "MAIL_FROM"] as const) {
        if (!value[key])
          context.addIssue({
            code: "custom",
            path: [key],
            message: `${key} is required when NOTIFY_EMAIL_PROVIDER=smtp`,
          });
      }
    }
    if (value.NOTIFY_SMS_PROVIDER === "http") {
      for (const key of ["SMS_GATEWAY_URL", "SMS_GATEWAY_TOKEN"] as const) {
        if (!value[key])
          context.addIssue({
            code: "custom",
            path: [key],
            message: `${key} is required when NOTIFY_SMS_PROVIDER=http`,
          });
      }
    }
  });

export type NotificationSettings = z.infer<typeof schema>;

export function parseNotificationSettings(source: Record<string, string | undefined>): NotificationSettings {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`Invalid notification configuration\n${problems}`);
  }
  return parsed.data;
}

let cached: NotificationSettings | undefined;

/** The settings of this process (read once). */
export function notificationSettings(): NotificationSettings {
  cached ??= parseNotificationSettings(process.env);
  return cached;
}
