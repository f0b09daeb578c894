// The postal endpoint's settings. One schema shape, read by the web app's env.ts and by the worker (which runs
// without the web app's settings), like the notification settings.
import { z } from "zod";

export const postalSettingsShape = {
  /** The public postal service's order endpoint (POST an order; GET <url>/<waybill> for its state). */
  POSTAL_ENDPOINT_URL: z
    .url({ protocol: /^https?$/, error: "POSTAL_ENDPOINT_URL phải là địa chỉ http(s)://…" })
    .optional(),
  /** The key the post issued to the province (sent as the `x-api-key` header). */
  POSTAL_API_KEY: z.string().min(1).optional(),
  /** How long one order request may take before it counts as a failure and is retried. */
  POSTAL_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
};

const schema = z.object(postalSettingsShape);
export type PostalSettings = z.infer<typeof schema>;

export function postalSettings(source: NodeJS.ProcessEnv = process.env): PostalSettings {
  const parsed = schema.safeParse(source);
  if (!parsed.success)
    throw new Error(
      `invalid postal settings: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`,
    );
  return parsed.data;
}
