// Payment settings, validated from the environment. Kept here rather than in src/server/env.ts (which checks them at
// the web app's start) because the reconciliation job runs in the worker, outside Next.js, like the notifications.
import { z } from "zod";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** Public address of the portal; the default base of the callback and return addresses. */
    APP_URL: z.url().default("http://localhost:3000"),
    /** The payment platform's endpoint: INIT, QUERY and GET_BILL are POSTed here as JSON. Absent: online payment off. */
    PAYMENT_PLATFORM_URL: z.url({ protocol: /^https?$/ }).optional(),
    /** MaDoiTac: our partner code at the platform. */
    PAYMENT_PARTNER_CODE: z
      .string()
      .regex(/^[A-Za-z0-9_.-]{2,50}$/, "PAYMENT_PARTNER_CODE: 2–50 letters, digits, . _ -")
      .optional(),
    /** The shared secret of MaXacThuc. */
    PAYMENT_SECRET: z.string().min(16, "PAYMENT_SECRET phải dài ít nhất 16 ký tự").optional(),
    /** Base of the addresses the platform calls back and sends the browser to (default APP_URL). */
    PAYMENT_CALLBACK_BASE: z.url({ protocol: /^https?$/ }).optional(),
    /** Payee account printed on the receipt (TaiKhoanThuHuong). */
    PAYMENT_PAYEE_ACCOUNT: z.string().max(100).optional(),
    /** How long INIT, QUERY and GET_BILL may take before we give up. */
    PAYMENT_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    /** Reconciliation: attempts still INITIATED between these ages are QUERYed (30 minutes to 3 days [V]). */
    PAYMENT_RECONCILE_MIN_AGE_MINUTES: z.coerce.number().int().min(0).max(10_000).default(30),
    PAYMENT_RECONCILE_MAX_AGE_HOURS: z.coerce
      .number()
      .int()
      .min(1)
      .max(24 * 60)
      .default(72),
    /** How often the worker reconciles (cron, Asia/Ho_Chi_Minh). */
    PAYMENT_RECONCILE_CRON: z.string().min(9).default("*/10 * * * *"),
  })
  .superRefine((value, context) => {
    if (!value.PAYMENT_PLATFORM_URL) return;
    for (const key of ["PAYMENT_PARTNER_CODE", "PAYMENT_SECRET"] as const)
      if (!value[key])
        context.addIssue({
          code: "custom",
          path: [key],
          message: `${key} is required when PAYMENT_PLATFORM_URL is set.`,
        });
  });

export type PaymentSettings = z.output<typeof schema>;

/** The platform's coordinates when online payment is configured, else null. */
export interface PlatformConfig {
  url: string;
  partnerCode: string;
  secret: string;
  timeoutMs: number;
  callbackBase: string;
}

export function parsePaymentSettings(source: Record<string, string | undefined>): PaymentSettings {
  const parsed = schema.safeParse(source);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ");
    throw new Error(`invalid payment settings: ${problems}`);
  }
  return parsed.data;
}

export function platformConfig(settings: PaymentSettings): PlatformConfig | null {
  if (!settings.PAYMENT_PLATFORM_URL || !settings.PAYMENT_PARTNER_CODE || !settings.PAYMENT_SECRET) return null;
  return {
    url: settings.PAYMENT_PLATFORM_URL,
    partnerCode: settings.PAYMENT_PARTNER_CODE,
    secret: settings.PAYMENT_SECRET,
    timeoutMs: settings.PAYMENT_TIMEOUT_MS,
    callbackBase: (settings.PAYMENT_CALLBACK_BASE ?? settings.APP_URL).replace(/\/+$/u, ""),
  };
}

let cached: PaymentSettings | undefined;
/** This process's settings, read once. */
export function paymentSettings(): PaymentSettings {
  cached ??= parsePaymentSettings(process.env);
  return cached;
}
