import { describe, expect, it } from "vitest";
import { isDeadlock, retryOnDeadlock } from "../../src/server/db/deadlock";
import { useTestDb } from "../support/db";

// Two transactions that take the same two rows in opposite orders: PostgreSQL aborts one of them (SQLSTATE 40P01,
// after deadlock_timeout). The national-portal sync's marks could meet like this on the rollup rows (CI, stop 20).
describe("deadlocks: recognised and retried", () => {
  const db = useTestDb();
  const expire = BigInt(Date.now() + 3_600_000);

  async function seedRows(prefix: string) {
    await db.rateLimit.createMany({
      data: [
        { key: `${prefix}:a`, points: 0, expire },
        { key: `${prefix}:b`, points: 0, expire },
      ],
    });
  }

  /** Two transactions, each raising its first row, waiting for the other to hold its own, then raising the second. */
  function crossedPair(prefix: string, wrap: <T>(work: () => Promise<T>) => Promise<T>) {
    const held: Array<() => void> = [];
    const bothHolding = Promise.all([0, 1].map((i) => new Promise<void>((resolve) => (held[i] = resolve))));
    const bump = (tx: Parameters<Parameters<typeof db.$transaction>[0]>[0], key: string) =>
      tx.$executeRawUnsafe(`UPDATE rate_limits SET points = points + 1 WHERE key = $1`, `${prefix}:${key}`);
    const side = (i: number, first: string, second: string) =>
      wrap(() =>
        db.$transaction(
          async (tx) => {
            await bump(tx, first);
            held[i]!();
            await bothHolding;
            await bump(tx, second);
          },
          { timeout: 20_000 },
        ),
      );
    return Promise.allSettled([side(0, "a", "b"), side(1, "b", "a")]);
  }

  const points = async (prefix: string) =>
    (await db.rateLimit.findMany({ where: { key: { startsWith: `${prefix}:` } }, orderBy: { key: "asc" } })).map(
      (row) => row.points,
    );

  it("recognises PostgreSQL's deadlock error as Prisma reports it, and nothing else", async () => {
    await seedRows("deadlock_plain");
    const outcomes = await crossedPair("deadlock_plain", (work) => work());
    const failures = outcomes.flatMap((outcome) => (outcome.status === "rejected" ? [outcome.reason] : []));
    expect(failures).toHaveLength(1);
    expect(isDeadlock(failures[0])).toBe(true);
    // The aborted transaction changed nothing: the survivor's two raises only.
    expect(await points("deadlock_plain")).toEqual([1, 1]);

    const unique = await db.rateLimit.create({ data: { key: "deadlock_plain:a", points: 0, expire } }).catch((e) => e);
    expect(isDeadlock(unique)).toBe(false);
    expect(isDeadlock(new Error("timeout"))).toBe(false);
    expect(isDeadlock(null)).toBe(false);
  }, 30_000);

  it("runs the aborted transaction again, so both complete", async () => {
    await seedRows("deadlock_retry");
    let runs = 0;
    const outcomes = await crossedPair("deadlock_retry", (work) =>
      retryOnDeadlock(() => {
        runs += 1;
        return work();
      }),
    );
    expect(outcomes.map((outcome) => outcome.status)).toEqual(["fulfilled", "fulfilled"]);
    expect(runs).toBe(3);
    expect(await points("deadlock_retry")).toEqual([2, 2]);
  }, 30_000);

  it("gives up after the attempts it was given, with the deadlock's own error", async () => {
    let runs = 0;
    const deadlock = Object.assign(new Error("Raw query failed. Code: `40P01`. Message: `deadlock detected`"), {
      code: "P2010",
      meta: { code: "40P01" },
    });
    await expect(
      retryOnDeadlock(async () => {
        runs += 1;
        throw deadlock;
      }, 3),
    ).rejects.toBe(deadlock);
    expect(runs).toBe(3);
  });
});
