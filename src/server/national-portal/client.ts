// One HTTP call to the portal: POST <base>/<service> with JSON, a bearer key and a time limit. Transport failures
// (refused, timed out, 5xx, not JSON) come back as { ok: false } for the caller to retry; an answer is returned as
// parsed JSON whatever its error_code (the caller reads it with interpretAnswer).
import type { PortalSettings } from "./settings";

export type PortalCall = { ok: true; status: number; body: unknown } | { ok: false; error: string };

export async function callPortal(
  settings: PortalSettings,
  service: string,
  body: unknown,
  fetchImpl: typeof fetch = fetch,
): Promise<PortalCall> {
  if (!settings.NATIONAL_PORTAL_URL) return { ok: false, error: "Chưa cấu hình địa chỉ Cổng DVCQG" };
  const url = `${settings.NATIONAL_PORTAL_URL.replace(/\/$/, "")}/${service}`;
  try {
    const response = await fetchImpl(url, {
      method: "POST",
      headers: {
        "content-type": "application/json; charset=utf-8",
        ...(settings.NATIONAL_PORTAL_KEY ? { authorization: `Bearer ${settings.NATIONAL_PORTAL_KEY}` } : {}),
      },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(settings.NATIONAL_PORTAL_TIMEOUT_MS),
    });
    const text = await response.text();
    if (response.status >= 500) return { ok: false, error: `Cổng DVCQG lỗi HTTP ${response.status}` };
    try {
      return { ok: true, status: response.status, body: JSON.parse(text) };
    } catch {
      return { ok: false, error: `Cổng DVCQG trả lời không phải JSON (HTTP ${response.status})` };
    }
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "TimeoutError" || name === "AbortError")
      return { ok: false, error: `Cổng DVCQG không trả lời sau ${settings.NATIONAL_PORTAL_TIMEOUT_MS} ms` };
    return {
      ok: false,
      error: `Không kết nối được Cổng DVCQG: ${error instanceof Error ? error.message : String(error)}`,
    };
  }
}

/** Bytes of a file the portal links to (the pull); null on any failure. */
export async function downloadPortalFile(
  settings: PortalSettings,
  url: string,
  maxBytes: number,
  fetchImpl: typeof fetch = fetch,
): Promise<Uint8Array | null> {
  try {
    const response = await fetchImpl(url, {
      headers: settings.NATIONAL_PORTAL_KEY ? { authorization: `Bearer ${settings.NATIONAL_PORTAL_KEY}` } : {},
      signal: AbortSignal.timeout(settings.NATIONAL_PORTAL_TIMEOUT_MS),
    });
    if (!response.ok) return null;
    const bytes = new Uint8Array(await response.arrayBuffer());
    return bytes.byteLength > maxBytes ? null : bytes;
  } catch {
    return null;
  }
}
