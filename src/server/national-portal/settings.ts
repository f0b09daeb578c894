// The national portal's connection settings (Cổng DVCQG). One schema, read by the worker (which runs without the web
// app's settings); unset NATIONAL_PORTAL_URL = no sync and no pull (the outbox keeps filling and waits).
import { z } from "zod";

const schema = z.object({
  /** Base address of the portal's sync services: POST <url>/DongBoHoSoMC, <url>/CapNhatTienDoHoSoMC, … */
  NATIONAL_PORTAL_URL: z
    .url({ protocol: /^https?$/, error: "NATIONAL_PORTAL_URL phải là địa chỉ http(s)://…" })
    .optional(),
  /** The key the portal issued to the province (sent as a bearer token). */
  NATIONAL_PORTAL_KEY: z.string().min(1).optional(),
  /** How long one request may take before it counts as a failure and is retried. */
  NATIONAL_PORTAL_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(15_000),
  /** Units (AdministrativeUnit.code, comma-separated) whose portal dossiers are pulled; empty = every active unit. */
  NATIONAL_PORTAL_PULL_UNITS: z.string().default(""),
  /** Where MotCua is reached: the file links in TaiLieuNop and DanhSachGiayToKetQua start with it. */
  APP_URL: z.url().default("http://localhost:3000"),
});
export type PortalSettings = z.infer<typeof schema>;

export function portalSettings(source: NodeJS.ProcessEnv = process.env): PortalSettings {
  const parsed = schema.safeParse(source);
  if (!parsed.success)
    throw new Error(
      `invalid national portal settings: ${parsed.error.issues.map((issue) => `${issue.path.join(".")}: ${issue.message}`).join("; ")}`,
    );
  return parsed.data;
}
