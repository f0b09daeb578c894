// `npx tsx src/tooling/postal-sandbox/cli.ts`: the stand-in postal server on its own (POSTAL_SANDBOX_PORT, default
// 5000; key POSTAL_API_KEY, default "sandbox-postal-key").
import { startPostalSandbox } from "./server";

const sandbox = await startPostalSandbox({
  apiKey: process.env.POSTAL_API_KEY ?? "sandbox-postal-key",
  port: Number(process.env.POSTAL_SANDBOX_PORT ?? 5000),
});
console.log(`[postal-sandbox] order endpoint ${sandbox.endpoint}`);
process.on("SIGINT", () => void sandbox.close().then(() => process.exit(0)));
process.on("SIGTERM", () => void sandbox.close().then(() => process.exit(0)));
