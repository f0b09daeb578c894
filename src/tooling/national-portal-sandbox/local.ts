// The stand-in national portal for `npm run demo`/`dev` and the e2e server, on its own port (web port + 3000,
// NATIONAL_PORTAL_SANDBOX_PORT), with the settings the portal worker then uses. A configured NATIONAL_PORTAL_URL (the
// real portal) wins: no stand-in then.
import { startNationalPortalSandbox, type NationalPortalSandbox } from "./server";

export interface LocalNationalPortalSandbox {
  sandbox: NationalPortalSandbox;
  env: { NATIONAL_PORTAL_URL: string; NATIONAL_PORTAL_KEY: string };
}

export async function startLocalNationalPortalSandbox(
  port: number,
  log: (line: string) => void,
): Promise<LocalNationalPortalSandbox | null> {
  if (process.env.NATIONAL_PORTAL_URL) return null;
  const apiKey = process.env.NATIONAL_PORTAL_KEY ?? "sandbox-portal-key";
  const sandbox = await startNationalPortalSandbox({ apiKey, port, log: (line) => log(`[national portal] ${line}`) });
  log(
    `stand-in national portal at ${sandbox.api} (NATIONAL_PORTAL_SANDBOX_PORT; received: ${sandbox.url}/sandbox/received)`,
  );
  return { sandbox, env: { NATIONAL_PORTAL_URL: sandbox.api, NATIONAL_PORTAL_KEY: apiKey } };
}
