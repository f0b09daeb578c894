// What the specs read of the e2e server (tests/e2e/support/serve.ts writes it to test-results/e2e-server-<port>.json):
// its database, to check what a step wrote, and its data folder, where its file store keeps dossier files.
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

const root = path.resolve(import.meta.dirname, "../../..");

export interface E2eServer {
  databaseUrl: string;
  dataDir: string;
}

export function e2eServer(port = process.env.E2E_PORT ?? "3100"): E2eServer {
  return JSON.parse(fs.readFileSync(path.join(root, `test-results/e2e-server-${port}.json`), "utf8")) as E2eServer;
}

/** A connection to the e2e server's database (close it in afterAll). */
export async function connectE2eDatabase(): Promise<pg.Client> {
  const db = new pg.Client({ connectionString: e2eServer().databaseUrl });
  await db.connect();
  return db;
}

/** The 6-digit one-time code the portal last wrote for this phone or e-mail (as the SMS or e-mail provider gets it). */
export async function codeSentTo(db: pg.Client, contact: string): Promise<string> {
  for (let attempt = 0; attempt < 40; attempt++) {
    const { rows } = await db.query<{ body: string }>(
      `SELECT body FROM "Notification" WHERE recipient = $1 AND template = 'contact.code' ORDER BY "createdAt" DESC LIMIT 1`,
      [contact],
    );
    const code = /\b(\d{6})\b/.exec(rows[0]?.body ?? "")?.[1];
    if (code) return code;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no code was sent to ${contact}`);
}
