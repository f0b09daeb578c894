import { randomUUID } from "node:crypto";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import type { PrismaClient } from "../../src/generated/prisma/client";
import { createPrismaClient } from "../../src/server/db/client";
import { APP_ROLE, createAppLogin, dropAppLogin, installJobQueue } from "../../src/tooling/app-role";

// Least privilege (docs/deployment.md): the app connects as a login in motcua_app, which may read and append the
// history and the audit log but not change them, owns no table (so it cannot disable the append-only triggers) and
// creates none; the owner runs the migrations. On the embedded database the one shared session switches to
// motcua_app (SET ROLE), which checks the same privileges (src/tooling/app-role.ts explains the limit).
describe("the app's database role (motcua_app)", () => {
  const ownerUrl = process.env.DATABASE_URL!;
  const kind = inject("databaseKind");
  const login = `motcua_app_test_${process.pid}`;
  const savedGlobalDb = (globalThis as { motcuaDb?: unknown }).motcuaDb;
  let owner: PrismaClient;
  let app: pg.Client;
  let appUrl: string;
  let services: {
    registerDossier: typeof import("../../src/server/dossiers/intake").registerDossier;
    stopProducers: typeof import("../../src/server/notifications/queue").stopProducers;
  };
  let fixtures: typeof import("../support/fixtures");
  let world: Awaited<ReturnType<(typeof import("../support/fixtures"))["createTestWorld"]>>;
  let dossierId: string;

  beforeAll(async () => {
    owner = createPrismaClient(ownerUrl, { poolSize: 2 });
    await installJobQueue(ownerUrl);
    // The app's modules connect to DATABASE_URL when first imported: point it at the app's login first.
    appUrl = kind === "server" ? await createAppLogin(ownerUrl, login, randomUUID()) : ownerUrl;
    process.env.DATABASE_URL = appUrl;
    delete (globalThis as { motcuaDb?: unknown }).motcuaDb;
    fixtures = await import("../support/fixtures");
    const [intake, queue, outbox] = await Promise.all([
      import("../../src/server/dossiers/intake"),
      import("../../src/server/notifications/queue"),
      import("../../src/server/notifications/outbox"),
    ]);
    services = {
      registerDossier: intake.registerDossier,
      stopProducers: queue.stopProducers,
    };
    // The owner builds the world and writes one history row and one audit row to aim at.
    world = await fixtures.createTestWorld(owner);
    const dossier = await fixtures.createReceivedDossier(owner, world, "260601-9999", "K7Q2-M9XE");
    dossierId = dossier.id;
    await owner.dossierEvent.create({ data: { dossierId, type: "receive", toStatus: "RECEIVED" } });
    await owner.auditEntry.create({ data: { action: "test.app_role_entry" } });

    app = new pg.Client({ connectionString: appUrl });
    await app.connect();
    // Embedded: the one session every connection shares becomes motcua_app until afterAll.
    if (kind === "embedded") await app.query(`SET ROLE ${APP_ROLE}`);
    // As the web server does at start (src/instrumentation.ts), now as the app's role.
    await outbox.startNotificationProducer();
  }, 120_000);

  afterAll(async () => {
    await services?.stopProducers();
    if (kind === "embedded") await app?.query("RESET ROLE");
    await app?.end();
    const appDb = (globalThis as { motcuaDb?: PrismaClient }).motcuaDb;
    await appDb?.$disconnect();
    (globalThis as { motcuaDb?: unknown }).motcuaDb = savedGlobalDb;
    process.env.DATABASE_URL = ownerUrl;
    if (kind === "server") await dropAppLogin(ownerUrl, login);
    await owner?.$disconnect();
  });

  it("connects with only motcua_app's privileges", async () => {
    const { rows } = await app.query("SELECT current_user, pg_has_role(current_user, $1, 'MEMBER') AS member", [
      APP_ROLE,
    ]);
    expect(rows[0].member).toBe(true);
    const { rows: superuser } = await app.query("SELECT rolsuper FROM pg_roles WHERE rolname = current_user");
    expect(superuser[0].rolsuper).toBe(false);
  });

  it("reads and appends the history and the audit log", async () => {
    const { rowCount } = await app.query(`SELECT 1 FROM "DossierEvent" WHERE "dossierId" = $1`, [dossierId]);
    expect(rowCount).toBe(1);
    await app.query(`INSERT INTO "AuditEntry" (action) VALUES ('test.app_role_append')`);
    expect(await owner.auditEntry.count({ where: { action: "test.app_role_append" } })).toBe(1);
  });

  // The privilege check comes before the triggers: "permission denied", not the trigger's message.
  it.each([
    [`UPDATE "DossierEvent" SET reason = 'sửa lịch sử'`, /permission denied for table "?DossierEvent/],
    [`DELETE FROM "DossierEvent"`, /permission denied for table "?DossierEvent/],
    [`TRUNCATE "DossierEvent"`, /permission denied for table "?DossierEvent/],
    [`UPDATE "AuditEntry" SET action = 'test.change_entry'`, /permission denied for table "?AuditEntry/],
    [`DELETE FROM "AuditEntry"`, /permission denied for table "?AuditEntry/],
    [`TRUNCATE "AuditEntry"`, /permission denied for table "?AuditEntry/],
  ])("refuses %s", async (sql, refusal) => {
    await expect(app.query(sql)).rejects.toThrow(refusal);
  });

  it.each([
    [`ALTER TABLE "DossierEvent" DISABLE TRIGGER "DossierEvent_append_only"`, /must be owner of table "?DossierEvent/],
    [`ALTER TABLE "AuditEntry" DISABLE TRIGGER ALL`, /must be owner of table "?AuditEntry/],
    [`DROP TRIGGER "AuditEntry_append_only" ON "AuditEntry"`, /must be owner of (table|relation) "?AuditEntry/],
    [`DROP TABLE "AuditEntry"`, /must be owner of table "?AuditEntry/],
    [`SET session_replication_role = replica`, /permission denied to set parameter/],
    [`CREATE TABLE motcua_probe (x int)`, /permission denied for schema public/],
    [`UPDATE "_prisma_migrations" SET logs = NULL`, /permission denied for table "?_prisma_migrations/],
  ])("refuses the way around the triggers or the schema: %s", async (sql, refusal) => {
    await expect(app.query(sql)).rejects.toThrow(refusal);
  });

  it("keeps the history untouched", async () => {
    const events = await owner.dossierEvent.findMany({ where: { dossierId } });
    expect(events.map((event) => [event.type, event.reason])).toEqual([["receive", null]]);
    expect(await owner.auditEntry.count({ where: { action: "test.app_role_entry" } })).toBe(1);
  });

  it("runs the app's own flows: intake with its message, then a command", async () => {
    // The app's own client (src/server/db) is the one under test.
    const appDb = (globalThis as { motcuaDb?: PrismaClient }).motcuaDb!;
    const rows = await appDb.$queryRaw<{ user: string }[]>`SELECT current_user AS user`;
    expect(rows[0]?.user).toBe(kind === "server" ? login : APP_ROLE);
    const as = fixtures.sessionsOf(world);
    const registered = await services.registerDossier(
      as.receptionist,
      { ...fixtures.intakeFor(world), intakeKey: randomUUID() },
      fixtures.at("2026-06-01T09:00:00"),
    );
    await fixtures.act(
      owner,
      as.head,
      registered.id,
      { type: "assign", officerId: world.users.officer.id },
      "2026-06-01T10:00:00",
    );
    const dossier = await owner.dossier.findUniqueOrThrow({
      where: { id: registered.id },
      include: { events: { orderBy: { id: "asc" } }, notifications: true },
    });
    expect(dossier.events.map((event) => event.type)).toEqual(["register", "transfer", "assign"]);
    expect(dossier.assigneeId).toBe(world.users.officer.id);
    expect(dossier.notifications).toHaveLength(1);
  });
});
