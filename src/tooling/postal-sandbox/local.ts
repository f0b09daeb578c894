// The stand-in postal server for `npm run demo`/`dev` and the e2e server, on its own port, with the settings the
// postal worker and the web app then use. A configured POSTAL_ENDPOINT_URL (a real post) wins: no stand-in then.
import { startPostalSandbox, type PostalSandbox } from "./server";

export interface LocalPostalSandbox {
  sandbox: PostalSandbox;
  env: { POSTAL_ENDPOINT_URL: string; POSTAL_API_KEY: string };
}

export async function startLocalPostalSandbox(
  port: number,
  log: (line: string) => void,
): Promise<LocalPostalSandbox | null> {
  if (process.env.POSTAL_ENDPOINT_URL) return null;
  const apiKey = process.env.POSTAL_API_KEY ?? "sandbox-postal-key";
  const sandbox = await startPostalSandbox({ apiKey, port });
  log(`stand-in postal server at ${sandbox.endpoint} (POSTAL_SANDBOX_PORT)`);
  return { sandbox, env: { POSTAL_ENDPOINT_URL: sandbox.endpoint, POSTAL_API_KEY: apiKey } };
}
