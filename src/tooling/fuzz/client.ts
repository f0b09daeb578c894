// Sending the corpus to a running portal and checking that nothing changed: signs demo accounts in through the login
// action (no browser), sends probes, fingerprints every table. Shared by the security suite and the fuzz command.
import type { Client } from "pg";
import type { Role } from "@/domain/access";
import { READ_AUDIT_ACTIONS } from "@/domain/audit";
import { actionFields, multipart, type ActionInfo, type Probe } from "./corpus";

/** A demo account of each role (src/tooling/demo-world/people.ts), all with the demo password. */
export const DEMO_ACCOUNTS: Readonly<Record<Role, string>> = {
  ADMIN: "admin",
  LEADERSHIP: "lanhdao.sontay",
  INSPECTOR: "noivu.sontay",
  RECEPTIONIST: "tiepnhan.sontay",
  DEPARTMENT_HEAD: "truongphong.tuphap",
  OFFICER: "chuyenvien.tuphap",
} as Record<Role, string>;
export const DEMO_PASSWORD = "motcua@2026";

/** Signs in through the login action as the browser's form does; returns the session cookie header. */
export async function signIn(baseUrl: string, login: ActionInfo, username: string): Promise<string> {
  const { body, contentType } = multipart(
    actionFields(login, [
      ["username", username],
      ["password", DEMO_PASSWORD],
    ]),
  );
  const response = await fetch(new URL("/dang-nhap", baseUrl), {
    method: "POST",
    headers: { "Next-Action": login.id, "Content-Type": contentType, Accept: "text/x-component" },
    body: new Uint8Array(body),
    redirect: "manual",
  });
  const answer = await response.text();
  const cookies = response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(";")[0] ?? "")
    .filter((cookie) => cookie.includes("session-token"));
  if (response.status >= 400 || cookies.length === 0)
    throw new Error(`Could not sign in as ${username} (status ${response.status}): ${answer.slice(0, 300)}`);
  return cookies.join("; ");
}

export interface ProbeResult {
  probe: Probe;
  status: number;
  body: string;
}

/** Sends one probe; a refused connection or reset counts as status 0. */
export async function send(baseUrl: string, probe: Probe, cookie: string | null): Promise<ProbeResult> {
  const first = await sendOnce(baseUrl, probe, cookie);
  // A pooled keep-alive connection the server closed just as the probe went out fails before any answer; the probe
  // is sent once more on a new connection. A server that really failed (crashed, refused) fails the second time too.
  if (first.status === 0 && /other side closed|ECONNRESET|socket hang up/.test(first.body))
    return sendOnce(baseUrl, probe, cookie);
  return first;
}

async function sendOnce(baseUrl: string, probe: Probe, cookie: string | null): Promise<ProbeResult> {
  const headers: Record<string, string> = { ...probe.headers };
  if (cookie) headers.Cookie = cookie;
  let body: BodyInit | undefined =
    typeof probe.body === "string" || probe.body === undefined ? probe.body : new Uint8Array(probe.body);
  if (probe.chunked && probe.body !== undefined) {
    const bytes = typeof probe.body === "string" ? Buffer.from(probe.body) : probe.body;
    body = new ReadableStream({
      start(controller) {
        controller.enqueue(new Uint8Array(bytes));
        controller.close();
      },
    });
  }
  try {
    const response = await fetch(new URL(probe.path, baseUrl), {
      method: probe.method,
      headers,
      body,
      redirect: "manual",
      ...(probe.chunked ? { duplex: "half" } : {}),
    } as RequestInit);
    const text = await response.text();
    return { probe, status: response.status, body: text.slice(0, 2000) };
  } catch (error) {
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : "";
    return { probe, status: 0, body: `${String(error)}${cause}` };
  }
}

/** Key of the audit rows that record reads (informational: see fingerprint). */
export const READ_AUDIT_KEY = "AuditEntry (reads)";
/** The audit codes of reads (src/domain/audit), as an SQL list of literals (codes are lower snake case). */
const READS_SQL = `t.action IN (${READ_AUDIT_ACTIONS.map((code) => `'${code}'`).join(", ")})`;

/**
 * A fingerprint of every table: row count and an order-independent hash of the rows' text, so any insert, update or
 * delete shows. Sessions and rate-limit counters are the requester's own state, not data, and are left out. Audit
 * rows of reads (personal data opened or exported, figures exported: READ_AUDIT_ACTIONS) are fingerprinted apart, under
 * READ_AUDIT_KEY: a probe whose hostile value sits in a parameter the page ignores still opens the page, and that read
 * is rightly logged.
 */
export async function fingerprint(db: Client): Promise<Record<string, string>> {
  const tables = await db.query<{ name: string }>(
    `SELECT table_name AS name FROM information_schema.tables
     WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
       AND table_name NOT IN ('_prisma_migrations', 'rate_limits', 'UserSession')
       AND table_name NOT LIKE 'pgboss%'
     ORDER BY table_name`,
  );
  const result: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    const reads = name === "AuditEntry" ? ` WHERE ${READS_SQL}` : "";
    const count = async (where: string) => {
      const row = await db.query<{ count: string; hash: string | null }>(
        `SELECT count(*)::text AS count, sum(hashtext(t::text)::bigint)::text AS hash FROM ${quoted} t${where}`,
      );
      return `${row.rows[0]?.count}:${row.rows[0]?.hash ?? 0}`;
    };
    result[name] = await count(reads ? ` WHERE NOT ${READS_SQL}` : "");
    if (reads) result[READ_AUDIT_KEY] = await count(reads);
  }
  return result;
}

/** Tables whose fingerprint differs, with before → after (the read-audit rows apart, unless asked for). */
export function changedTables(
  before: Record<string, string>,
  after: Record<string, string>,
  options: { reads?: boolean } = {},
): string[] {
  return [...new Set([...Object.keys(before), ...Object.keys(after)])]
    .filter((table) => (table === READ_AUDIT_KEY) === Boolean(options.reads))
    .filter((table) => before[table] !== after[table])
    .map((table) => `${table}: ${before[table]} → ${after[table]}`);
}

/** Real ids for the dynamic segments and the baseline forms: a dossier of the officer, its version, a procedure… */
export async function realIds(db: Client): Promise<Record<string, string>> {
  const one = async (sql: string): Promise<Record<string, string>> => (await db.query(sql)).rows[0] ?? {};
  const dossier = await one(
    `SELECT d.id AS "dossierId", d.code, d.version::text AS "expectedVersion"
     FROM "Dossier" d JOIN "User" u ON u.id = d."assigneeId"
     WHERE u.username = 'chuyenvien.tuphap' ORDER BY d."receivedAt" DESC LIMIT 1`,
  );
  const procedure = await one(`SELECT id AS "procedureId", code AS "procedureCode" FROM "Procedure" LIMIT 1`);
  const pause = await one(
    `SELECT id AS "pauseId" FROM "DossierPause" WHERE "dossierId" = '${dossier.dossierId ?? ""}' LIMIT 1`,
  );
  const apology = await one(`SELECT id AS "apologyId" FROM "ApologyLetter" LIMIT 1`);
  const notice = await one(`SELECT number FROM "IntakeNotice" LIMIT 1`);
  const notification = await one(`SELECT id AS "notificationId" FROM "Notification" LIMIT 1`);
  const day = await one(`SELECT id FROM "CalendarDay" LIMIT 1`);
  return {
    ...dossier,
    ...procedure,
    ...pause,
    ...apology,
    ...notice,
    ...notification,
    ...day,
    // Path segments by name: [code] of a dossier page, [code] of a procedure page is the procedure's code.
    id: procedure.procedureId ?? "x",
    code: dossier.code ?? "x",
  };
}
