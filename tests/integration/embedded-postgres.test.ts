import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../src/tooling/embedded-postgres";

// The zero-setup demo runs the app, its rate limiter and the notification worker as separate connection pools on one
// embedded PostgreSQL (PGlite behind a Postgres-wire socket). Each connection must get its own answers.
describe("embedded PostgreSQL with several connection pools", () => {
  let embedded: EmbeddedPostgres;
  let pools: pg.Pool[];

  beforeAll(async () => {
    embedded = await startEmbeddedPostgres({ dataDir: "memory://", maxConnections: 32 });
    pools = Array.from({ length: 3 }, () => new pg.Pool({ connectionString: embedded.url, max: 4 }));
    await pools[0]!.query("CREATE TABLE marks (id serial PRIMARY KEY, owner text NOT NULL, n int NOT NULL)");
  }, 60_000);

  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.end()));
    await embedded.stop();
  });

  it("answers 600 concurrent parameterised queries from 12 connections, each with its own statement and parameters", async () => {
    // Each query's text differs (its own constant), so a Bind that landed on another connection's unnamed statement
    // would return that statement's constant, or fail: the answer proves which statement ran with which parameters.
    const results = await Promise.allSettled(
      Array.from({ length: 600 }, async (_, index) => {
        const pool = pools[index % pools.length]!;
        // Every third query carries a large parameter, so its Bind message reaches the server in several TCP chunks:
        // the moment another connection's messages could slip in between.
        const label = index % 3 === 0 ? `hồ sơ ${index} `.repeat(20_000) : `hồ sơ ${index}`;
        const { rows } = await pool.query<{ n: number; length: number; tag: number }>(
          `SELECT $1::int AS n, length($2::text) AS length, ${index} AS tag`,
          [index, label],
        );
        return rows[0]!.n === index && rows[0]!.length === label.length && rows[0]!.tag === index;
      }),
    );
    const wrong = results.filter((result) => result.status === "rejected" || !result.value);
    expect(wrong).toHaveLength(0);
  }, 60_000);

  it("keeps a transaction's statements to its own connection, and its rollback to itself", async () => {
    const inTransaction = await pools[0]!.connect();
    await inTransaction.query("BEGIN");
    await inTransaction.query("INSERT INTO marks (owner, n) VALUES ($1, $2)", ["rolled-back", 1]);
    // Another pool writes while the transaction is open; it waits for it, then commits on its own.
    const outside = pools[1]!.query("INSERT INTO marks (owner, n) VALUES ($1, $2)", ["committed", 2]);
    await inTransaction.query("INSERT INTO marks (owner, n) VALUES ($1, $2)", ["rolled-back", 3]);
    await inTransaction.query("ROLLBACK");
    inTransaction.release();
    await outside;
    const { rows } = await pools[2]!.query<{ owner: string; n: number }>("SELECT owner, n FROM marks ORDER BY n");
    expect(rows).toEqual([{ owner: "committed", n: 2 }]);
  }, 60_000);
});
