// Talks to the payment platform over HTTP: one POST of a JSON message, with a time limit. Every outcome is a value
// (never a throw), so the caller records what happened and answers the citizen in Vietnamese.

export type PlatformCall =
  | { ok: true; status: number; body: unknown; raw: string }
  /** unreachable: connection refused, DNS, reset; timeout: no answer in time; http: a non-2xx status; malformed: not JSON. */
  | {
      ok: false;
      problem: "unreachable" | "timeout" | "http" | "malformed";
      status?: number;
      raw?: string;
      detail: string;
    };

export async function postToPlatform(url: string, message: unknown, timeoutMs: number): Promise<PlatformCall> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json; charset=utf-8", Accept: "application/json" },
      body: JSON.stringify(message),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: "error",
    });
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "TimeoutError" || name === "AbortError")
      return { ok: false, problem: "timeout", detail: `no answer within ${timeoutMs} ms` };
    const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : String(error);
    return { ok: false, problem: "unreachable", detail: cause };
  }
  let raw: string;
  try {
    raw = await response.text();
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    return name === "TimeoutError" || name === "AbortError"
      ? { ok: false, problem: "timeout", detail: `answer not finished within ${timeoutMs} ms` }
      : { ok: false, problem: "unreachable", detail: "connection lost while reading the answer" };
  }
  if (!response.ok)
    return {
      ok: false,
      problem: "http",
      status: response.status,
      raw: raw.slice(0, 2000),
      detail: `HTTP ${response.status}`,
    };
  try {
    return { ok: true, status: response.status, body: JSON.parse(raw) as unknown, raw };
  } catch {
    return {
      ok: false,
      problem: "malformed",
      status: response.status,
      raw: raw.slice(0, 2000),
      detail: "answer is not JSON",
    };
  }
}

/** What the citizen reads when the platform cannot be reached. */
export const PLATFORM_DOWN_MESSAGE =
  "Xin lỗi ông/bà, nền tảng thanh toán hiện chưa phản hồi nên chưa thể bắt đầu thanh toán. Chưa có khoản tiền nào bị trừ. Xin ông/bà vui lòng thử lại sau ít phút.";
export const PLATFORM_REFUSED_MESSAGE =
  "Xin lỗi ông/bà, nền tảng thanh toán chưa chấp nhận yêu cầu thanh toán này. Chưa có khoản tiền nào bị trừ. Xin ông/bà vui lòng thử lại sau ít phút hoặc nộp tại Bộ phận Một cửa.";
