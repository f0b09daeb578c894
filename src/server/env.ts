// Configuration, validated once at start-up. Read settings from `env`, never from process.env elsewhere.
import { z } from "zod";
import { parseNotificationSettings } from "./notifications/settings";
import { postalSettingsShape } from "./postal/settings";
import { parsePaymentSettings } from "./payments/settings";

// `next build` imports server modules to analyse them; configuration is checked when the server starts instead.
const buildingApp = process.env.NEXT_PHASE === "phase-production-build";

const schema = z
  .object({
    NODE_ENV: z.enum(["development", "test", "production"]).default("development"),
    /** PostgreSQL connection string. `npm run demo` sets it to the embedded database when it is absent. */
    DATABASE_URL: (buildingApp ? z.string().default("postgresql://build-time-placeholder/none") : z.string()).pipe(
      z.url({ protocol: /^postgres(ql)?$/, error: "DATABASE_URL phải là chuỗi kết nối postgresql://…" }),
    ),
    /**
     * The owner's connection string, for migrations and the job queue's installation only (docs/deployment.md); the
     * app itself connects with DATABASE_URL as a login in the restricted role motcua_app. Optional: the demo and dev
     * runners default it to DATABASE_URL and make the app's login themselves.
     */
    MIGRATION_DATABASE_URL: z
      .url({ protocol: /^postgres(ql)?$/, error: "MIGRATION_DATABASE_URL phải là chuỗi kết nối postgresql://…" })
      .optional(),
    /** Connections in the app's pool. Keep it small on the embedded database (it runs one query at a time). */
    DATABASE_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
    /** Secret that signs session tokens. Required in production; the demo generates one into data/. */
    AUTH_SECRET: z.string().min(32, "AUTH_SECRET phải dài ít nhất 32 ký tự").optional(),
    /** Public address of the portal, used in QR codes and links in notifications. */
    APP_URL: z.url().default("http://localhost:3000"),
    /**
     * Reverse proxies in front of the portal (0: clients connect directly; 1: one nginx). The web server
     * (src/tooling/web-server.ts) uses it to find the client's address; required in production.
     */
    TRUSTED_PROXY_HOPS: z
      .string()
      .regex(/^\d{1,2}$/, "TRUSTED_PROXY_HOPS must be a whole number from 0 to 10")
      .transform(Number)
      .pipe(z.number().max(10, "TRUSTED_PROXY_HOPS must be a whole number from 0 to 10"))
      .optional(),
    /** Folder for the portal's own files (uploads on the local store, the demo's database). */
    MOTCUA_DATA_DIR: z.string().min(1).default("data"),
    /** Where uploaded files live: `local` (under MOTCUA_DATA_DIR, the default) or `s3` (an S3-compatible bucket). */
    STORAGE_DRIVER: z.enum(["local", "s3"]).default("local"),
    /** The S3-compatible endpoint, e.g. https://s3.example.vn or http://minio:9000; required when STORAGE_DRIVER=s3. */
    S3_ENDPOINT: z.url({ protocol: /^https?$/ }).optional(),
    S3_BUCKET: z
      .string()
      .regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, "S3_BUCKET must be a valid bucket name")
      .optional(),
    S3_REGION: z.string().min(1).default("us-east-1"),
    S3_ACCESS_KEY_ID: z.string().min(1).optional(),
    S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
    /** The public postal service's order endpoint, its API key and time-out (src/server/postal/settings.ts). */
    ...postalSettingsShape,
  })
  .superRefine((value, context) => {
    if (value.STORAGE_DRIVER === "s3" && !buildingApp) {
      for (const name of ["S3_ENDPOINT", "S3_BUCKET", "S3_ACCESS_KEY_ID", "S3_SECRET_ACCESS_KEY"] as const) {
        if (!value[name]) {
          context.addIssue({ code: "custom", path: [name], message: `${name} is required when STORAGE_DRIVER=s3.` });
        }
      }
    }
    if (value.NODE_ENV === "production" && !value.AUTH_SECRET && !buildingApp) {
      context.addIssue({
        code: "custom",
        path: ["AUTH_SECRET"],
        message:
          "AUTH_SECRET is required in production (a random string of at least 32 characters, e.g. `openssl rand -base64 48`).",
      });
    }
    if (value.NODE_ENV === "production" && value.TRUSTED_PROXY_HOPS === undefined && !buildingApp) {
      context.addIssue({
        code: "custom",
        path: ["TRUSTED_PROXY_HOPS"],
        message:
          "TRUSTED_PROXY_HOPS is required in production: the number of reverse proxies in front of the portal (0 when " +
          "clients connect directly, 1 behind one nginx). See docs/deployment.md.",
      });
    }
  });

export type Env = z.infer<typeof schema>;

function loadEnv(): Env {
  const parsed = schema.safeParse(process.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `  - ${issue.path.join(".")}: ${issue.message}`).join("\n");
    throw new Error(`MotCua cannot start: invalid configuration\n${problems}`);
  }
  // The notification settings have their own schema (the worker reads them without the web app's settings); in
  // production the web app checks them at start too, so development providers refuse to start it, not fail later.
  if (parsed.data.NODE_ENV === "production" && !buildingApp) {
    try {
      parseNotificationSettings(process.env);
      // The payment platform's settings (src/server/payments/settings.ts): a partner code and secret when it is set.
      parsePaymentSettings(process.env);
    } catch (error) {
      throw new Error(`MotCua cannot start: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  return parsed.data;
}

export const env: Env = loadEnv();
