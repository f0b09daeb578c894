// `tsx src/tooling/payment-sandbox/cli.ts`: the sandbox platform on its own, for a portal started separately.
// Reads PAYMENT_SANDBOX_PORT (default 4000), PAYMENT_PARTNER_CODE and PAYMENT_SECRET (both required here, as the
// portal must be given the same).
import { startPaymentSandbox } from "./server";

const partnerCode = process.env.PAYMENT_PARTNER_CODE;
const secret = process.env.PAYMENT_SECRET;
if (!partnerCode || !secret) {
  console.error("[payment sandbox] set PAYMENT_PARTNER_CODE and PAYMENT_SECRET (the portal needs the same values)");
  process.exit(1);
}
const sandbox = await startPaymentSandbox({
  partnerCode,
  secret,
  port: Number(process.env.PAYMENT_SANDBOX_PORT ?? 4000),
  host: process.env.PAYMENT_SANDBOX_HOST ?? "127.0.0.1",
  log: (message) => console.log(`[payment sandbox] ${message}`),
});
console.log(`[payment sandbox] listening at ${sandbox.url}; set PAYMENT_PLATFORM_URL=${sandbox.url} for the portal`);
const stop = () => void sandbox.stop().then(() => process.exit(0));
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
