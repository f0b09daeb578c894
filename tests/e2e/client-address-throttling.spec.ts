// The per-address limits key on the socket's address (src/tooling/web-server.ts, TRUSTED_PROXY_HOPS=0 here): a client
// that sends a new X-Forwarded-For (and a forged internal address header) with every request is throttled all the
// same, and an attacker hammering an account does not lock its owner out. The attacker connects over IPv6 loopback
// (::1), so the limits it exhausts are not those of the browser tests, which connect from 127.0.0.1.
import { expect, request as playwrightRequest, test, type APIRequestContext } from "./support/test";
import { login } from "./login-steps";

/** A request context at the same server over ::1, or null when this machine has no IPv6 loopback (the test then fails). */
async function attackerContext(baseURL: string): Promise<APIRequestContext | null> {
  const url = new URL(baseURL);
  url.hostname = "[::1]";
  const context = await playwrightRequest.newContext({ baseURL: url.origin });
  try {
    await context.get("/dang-nhap", { timeout: 10_000 });
    return context;
  } catch {
    await context.dispose();
    return null;
  }
}

let counter = 0;
/** A new forged address on every call, in X-Forwarded-For and in the internal header the web server overwrites. */
function rotatedHeaders(): Record<string, string> {
  counter += 1;
  const forged = `198.51.${Math.floor(counter / 250)}.${counter % 250}`;
  return { "x-forwarded-for": forged, "x-motcua-client-address": `203.0.113.${counter % 250}` };
}

/** One sign-in through Auth.js's credentials endpoint; the answer's `code` (invalid_credentials, too_many_attempts). */
async function signIn(context: APIRequestContext, username: string, password: string): Promise<string | null> {
  const { csrfToken } = (await (await context.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await context.post("/api/auth/callback/credentials", {
    form: { username, password, csrfToken, callbackUrl: "/" },
    headers: rotatedHeaders(),
    maxRedirects: 0,
  });
  const location = response.headers()["location"] ?? "";
  return new URL(location, "http://portal.test").searchParams.get("code");
}

test("rotating X-Forwarded-For does not escape the tracking and login limits", async ({ baseURL, page }) => {
  test.setTimeout(180_000);
  const attacker = await attackerContext(baseURL!);
  // No silent skip: without an address of its own the attacker would share the browser tests' limits.
  expect(attacker, "this test needs IPv6 loopback (::1) so the attacker has an address of its own").not.toBeNull();

  // Tracking: 20 wrong look-ups per address in 10 minutes, each with a new forged address, then refused.
  for (let attempt = 1; attempt <= 21; attempt++) {
    const code = `PTT-250101-${String(attempt).padStart(4, "0")}`;
    const response = await attacker!.get(`/tra-cuu?ma=${code}&xac-thuc=${1000 + attempt}`, {
      headers: rotatedHeaders(),
    });
    expect(response.status()).toBe(200);
    const body = await response.text();
    if (attempt <= 20) expect(body, `look-up ${attempt}`).toContain("Không tìm thấy hồ sơ");
    else expect(body, `look-up ${attempt}`).toContain("tra cứu sai quá nhiều lần");
  }

  // Login: an attacker hammering one account is refused after 5 failures from its address…
  for (let attempt = 1; attempt <= 7; attempt++) {
    expect(await signIn(attacker!, "tiepnhan.sontay", `sai-${attempt}`), `attempt ${attempt}`).toBe(
      attempt <= 5 ? "invalid_credentials" : "too_many_attempts",
    );
  }
  // …while the account's owner, from another address, signs in with the right password.
  await login(page, "tiepnhan.sontay");
  await expect(page).toHaveURL(/\/tiep-nhan/);

  // The address's cap across accounts (30 in 15 minutes; 5 counted above): 25 more, then refused.
  for (let attempt = 1; attempt <= 26; attempt++) {
    expect(await signIn(attacker!, `khong-co-ai-${attempt}`, "sai"), `guess ${attempt}`).toBe(
      attempt <= 25 ? "invalid_credentials" : "too_many_attempts",
    );
  }
  await attacker!.dispose();
});
