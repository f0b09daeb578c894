import { beforeAll, describe, expect, it } from "vitest";
import { registerDossier } from "../../src/server/dossiers/intake";
import { useTestDb } from "../support/db";
import { act, at, createTestWorld, intakeFor, sessionsOf, type Sessions, type TestWorld } from "../support/fixtures";

// A staff command meets another transaction on the rollup rows in the opposite order: PostgreSQL aborts the command
// (deadlock, 40P01) and performCommand runs it again (retryOnDeadlock), so the officer sees the command done rather
// than an error. docs/rollups.md, "Concurrency".
describe("a staff command aborted by a deadlock", () => {
  const db = useTestDb();
  let world: TestWorld;
  let as: Sessions;

  beforeAll(async () => {
    world = await createTestWorld(db);
    as = sessionsOf(world);
  });

  const deadlocks = async () =>
    Number(
      (
        await db.$queryRaw<
          { n: bigint }[]
        >`SELECT deadlocks AS n FROM pg_stat_database WHERE datname = current_database()`
      )[0]!.n,
    );

  it("is run again and completes", async () => {
    const { id } = await registerDossier(as.receptionist, intakeFor(world), at("2026-06-01T08:00:00"));
    await act(db, as.head, id, { type: "assign", officerId: world.users.officer.id }, "2026-06-01T09:00:00");
    const before = await deadlocks();

    // The other transaction holds the ward's daily rollup rows, waits until the command (which has claimed the
    // dossier's row) waits for them, then asks for the dossier's row. Its own deadlock check is set late (10 s), so
    // PostgreSQL picks the command (checked after the default 1 s) as the one to abort.
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    let commandWaits!: () => void;
    const waiting = new Promise<void>((resolve) => (commandWaits = resolve));
    let otherPid = 0;
    const other = db.$transaction(
      async (tx) => {
        await tx.$executeRawUnsafe(`SET LOCAL deadlock_timeout = '10s'`);
        otherPid = (await tx.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`)[0]!.pid;
        await tx.$queryRaw`SELECT 1 FROM "DossierDailyRollup" WHERE "decidingUnitId" = ${world.ward.id} FOR UPDATE`;
        holding();
        await waiting;
        await tx.$queryRaw`SELECT 1 FROM "Dossier" WHERE id = ${id} FOR UPDATE`;
      },
      { timeout: 30_000 },
    );
    await held;
    // Forwarding moves the dossier's counts from the justice office's rollup row to the land office's.
    const command = act(
      db,
      as.officer,
      id,
      { type: "forward", toOfficeId: world.offices.land.id, note: "Đề nghị xác minh" },
      "2026-06-01T10:00:00",
    );
    await expect
      .poll(
        async () =>
          (
            await db.$queryRaw<{ n: number }[]>`
              SELECT count(*)::int AS n FROM pg_stat_activity
              WHERE datname = current_database() AND wait_event_type = 'Lock' AND pid <> ${otherPid}`
          )[0]!.n,
        { timeout: 10_000, interval: 20 },
      )
      .toBeGreaterThan(0);
    commandWaits();

    await other;
    const result = await command;
    expect(result.dossierId).toBe(id);
    expect(await db.dossier.findUniqueOrThrow({ where: { id }, select: { handlingOfficeId: true } })).toEqual({
      handlingOfficeId: world.offices.land.id,
    });
    // PostgreSQL did break a deadlock (its statistics reach the view within a second or so).
    await expect.poll(deadlocks, { timeout: 10_000, interval: 200 }).toBeGreaterThan(before);
  }, 60_000);
});
