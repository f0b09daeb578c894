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

/** "true"/"1" or "false"/"0"/absent, as an environment variable is written. */
const flag = z
  .enum(["true", "false", "1", "0", ""], { error: "phải là true hoặc false" })
  .optional()
  .transform((value) => value === "true" || value === "1");

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /**
     * The explicit statement that this portal sends no messages to anyone (a demonstration, a training copy): only
     * then may production run with the development providers, which keep every message in the admin area's mailbox.
     */
    NOTIFY_SEND_NOTHING: flag,
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
    // Production sends for real: a development provider on a channel in use would keep citizens' messages in the
    // admin area instead of delivering them. Refused unless the deployment says it sends nothing.
    if (value.NODE_ENV === "production" && !value.NOTIFY_SEND_NOTHING) {
      const development = [
        value.NOTIFY_CHANNELS.includes("EMAIL") && value.NOTIFY_EMAIL_PROVIDER === "dev" && "NOTIFY_EMAIL_PROVIDER",
        value.NOTIFY_CHANNELS.includes("SMS") && value.NOTIFY_SMS_PROVIDER === "dev" && "NOTIFY_SMS_PROVIDER",
      ].filter((key): key is "NOTIFY_EMAIL_PROVIDER" | "NOTIFY_SMS_PROVIDER" => typeof key === "string");
      for (const key of development)
        context.addIssue({
          code: "custom",
          path: [key],
          message:
            `${key} is the development provider (dev), which sends nothing, in production. Configure ` +
            (key === "NOTIFY_EMAIL_PROVIDER"
              ? "NOTIFY_EMAIL_PROVIDER=smtp with SMTP_URL and MAIL_FROM"
              : "NOTIFY_SMS_PROVIDER=http with SMS_GATEWAY_URL and SMS_GATEWAY_TOKEN") +
            ", leave the channel out of NOTIFY_CHANNELS, or set NOTIFY_SEND_NOTHING=true if this portal is not to send any message (demonstration, training).",
        });
    }
    if (value.NOTIFY_SEND_NOTHING && (value.NOTIFY_EMAIL_PROVIDER !== "dev" || value.NOTIFY_SMS_PROVIDER !== "dev")) {
      context.addIssue({
        code: "custom",
        path: ["NOTIFY_SEND_NOTHING"],
        message: "NOTIFY_SEND_NOTHING=true contradicts a real provider (smtp or http): remove one of the two.",
      });
    }
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
