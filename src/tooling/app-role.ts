// The application's database role (docs/deployment.md): the migration 20261205141723_app_role creates the group role
// motcua_app (ordinary tables read and written, the history and the audit log only read and appended, no DDL); the
// owner then installs the job queue and gives the app a login in that group. The demo and dev runners, the e2e
// server and the tests connect the app through it.
//
// The embedded database (PGlite) has a single backend session shared by every connection and always starts as the
// superuser: it cannot log a connection in as another role (the user name of the start-up message is ignored, and
// so is `options=-c role=…`). There the whole session switches to motcua_app with SET ROLE once the owner's work is
// done, so the app's statements are checked against motcua_app's privileges — but a compromised app could RESET ROLE.
// The restriction holds against bugs and injected statements, not against an attacker who runs arbitrary SQL; only
// a real PostgreSQL server with a separate login gives that.
import pg from "pg";
import { createBoss, ensureQueues } from "@/server/notifications/queue";
import { ensurePostalQueues } from "@/server/postal/queue";

/** The group role the app's login belongs to. */
export const APP_ROLE = "motcua_app";
/** The login the demo and dev runners create when DATABASE_URL is the owner's. */
export const APP_LOGIN = "motcua_app_login";

const IDENTIFIER = /^[a-z_][a-z0-9_]{0,62}$/;

/**
 * Installs (or upgrades) the job queue's schema and creates its queues as the owner, so the app, which may not
 * create tables, only finds them. Run after the migrations, before the app or the worker start.
 */
export async function installJobQueue(ownerUrl: string): Promise<void> {
  const boss = createBoss(ownerUrl, "producer", 1);
  try {
    await boss.start();
    await ensureQueues(boss);
    await ensurePostalQueues(boss);
  } finally {
    await boss.stop({ graceful: false, timeout: 1000 }).catch(() => undefined);
  }
}

/**
 * Creates (or refreshes the password of) a login role in motcua_app and returns the connection string the app
 * uses: the owner's, with that login. Needs an owner allowed to create roles (CREATEROLE).
 */
export async function createAppLogin(ownerUrl: string, login: string, password: string): Promise<string> {
  if (!IDENTIFIER.test(login)) throw new Error(`not a plain role name: ${login}`);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    const literal = client.escapeLiteral(password);
    const exists = await client.query("SELECT 1 FROM pg_roles WHERE rolname = $1", [login]);
    await client.query(
      exists.rowCount
        ? `ALTER ROLE ${login} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${literal}`
        : `CREATE ROLE ${login} WITH LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOBYPASSRLS PASSWORD ${literal}`,
    );
    await client.query(`GRANT ${APP_ROLE} TO ${login}`);
  } finally {
    await client.end();
  }
  const url = new URL(ownerUrl);
  url.username = login;
  url.password = password;
  return url.href;
}

/** Removes a login created by createAppLogin (test databases). */
export async function dropAppLogin(ownerUrl: string, login: string): Promise<void> {
  if (!IDENTIFIER.test(login)) throw new Error(`not a plain role name: ${login}`);
  const client = new pg.Client({ connectionString: ownerUrl });
  await client.connect();
  try {
    await client.query(`DROP ROLE IF EXISTS ${login}`);
  } finally {
    await client.end();
  }
}
