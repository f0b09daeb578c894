// The sandbox platform for `npm run demo`, `npm run dev` and the e2e server: started on its own port unless a real
// platform is configured (PAYMENT_PLATFORM_URL), with the settings the web server and the worker then share.
import crypto from "node:crypto";
import { startPaymentSandbox, type PaymentSandbox } from "./server";

export interface LocalSandbox {
  sandbox: PaymentSandbox;
  /** PAYMENT_* settings pointing the portal at the sandbox. */
  env: Record<string, string>;
}

export async function startLocalPaymentSandbox(
  port: number,
  log: (message: string) => void,
): Promise<LocalSandbox | null> {
  if (process.env.PAYMENT_PLATFORM_URL) return null;
  const partnerCode = process.env.PAYMENT_PARTNER_CODE ?? "MOTCUA-SANDBOX";
  // A fresh secret per run unless one is given: the sandbox and the portal get it from this process.
  const secret = process.env.PAYMENT_SECRET ?? crypto.randomBytes(24).toString("base64url");
  const sandbox = await startPaymentSandbox({
    partnerCode,
    secret,
    port,
    host: process.env.PAYMENT_SANDBOX_HOST ?? "127.0.0.1",
    log: (message) => log(`[payment sandbox] ${message}`),
  });
  log(`[payment sandbox] listening at ${sandbox.url} (partner ${partnerCode})`);
  return {
    sandbox,
    env: { PAYMENT_PLATFORM_URL: sandbox.url, PAYMENT_PARTNER_CODE: partnerCode, PAYMENT_SECRET: secret },
  };
}
