import type pg from "pg";
import { beforeAll, describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { createImmv, diffImmv } from "../support/immv.js";
import { stillWaiting } from "../support/waiting.js";

const SINGLE = "SELECT id, k, v FROM s WHERE v >= 0";
const DISTINCT = "SELECT DISTINCT k FROM s";
const JOIN = "SELECT a.id AS a_id, b.id AS b_id, a.k FROM a JOIN b ON a.k = b.k";

describe("locking and isolation", async () => {
  const { client, connect } = await freshDatabase("concurrency");
  let t1: pg.Client;
  let t2: pg.Client;

  beforeAll(async () => {
    await client.query(`
      CREATE TABLE s (id int PRIMARY KEY, k int, v int NOT NULL DEFAULT 0);
      CREATE TABLE a (id int PRIMARY KEY, k int, v int NOT NULL DEFAULT 0);
      INSERT INTO s SELECT i, i % 5, i FROM generate_series(1, 50) i;
      CREATE TABLE b (id int PRIMARY KEY, k int);
      INSERT INTO a SELECT i, i % 5, i FROM generate_series(1, 50) i;
      INSERT INTO b SELECT i, i % 7 FROM generate_series(1, 20) i;`);
    await createImmv(client, "single_view", SINGLE);
    await createImmv(client, "distinct_view", DISTINCT);
    await createImmv(client, "join_view", JOIN);
    t1 = await connect();
    t2 = await connect();
  });

  async function expectExact(): Promise<void> {
    expect(await diffImmv(client, "single_view", SINGLE)).toEqual({ missing: [], extra: [] });
    expect(await diffImmv(client, "distinct_view", DISTINCT)).toEqual({ missing: [], extra: [] });
    expect(await diffImmv(client, "join_view", JOIN)).toEqual({ missing: [], extra: [] });
  }

  test("writers to different rows of a single-table view do not wait for each other", async () => {
    await t1.query("BEGIN");
    await t1.query("UPDATE s SET v = v + 1 WHERE id = 1");
    await t2.query("SET statement_timeout = '5s'");
    await t2.query("BEGIN");
    const second = t2.query("UPDATE s SET v = v + 1 WHERE id = 2");
    expect(await stillWaiting(second, 1000)).toBe(false);
    await second;
    await t2.query("COMMIT");
    await t1.query("COMMIT");
    await t2.query("RESET statement_timeout");
    await expectExact();
  });

  test("concurrent inserts of the same DISTINCT value are counted once each", async () => {
    await t1.query("BEGIN");
    await t1.query("INSERT INTO s VALUES (101, 42, 1)");
    await t2.query("BEGIN");
    const second = t2.query("INSERT INTO s VALUES (102, 42, 1)");
    await t1.query("COMMIT");
    await second;
    await t2.query("COMMIT");
    await client.query("DELETE FROM s WHERE id = 101");
    await expectExact();
  });

  test("READ COMMITTED: two transactions adding the two sides of a join pair both count", async () => {
    await t1.query("BEGIN");
    await t1.query("INSERT INTO a VALUES (201, 77, 1)");
    await t2.query("BEGIN");
    const second = t2.query("INSERT INTO b VALUES (201, 77)");
    // the join view's maintenance is serialised: the second writer waits for the first
    expect(await stillWaiting(second, 500)).toBe(true);
    await t1.query("COMMIT");
    await second;
    await t2.query("COMMIT");
    const { rows } = await client.query("SELECT count(*)::int AS n FROM join_view WHERE k = 77");
    expect(rows[0].n).toBe(1);
    await expectExact();
  });

  test("REPEATABLE READ: maintaining from a stale snapshot fails with 40001 instead of a wrong view", async () => {
    await t1.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
    await t1.query("SELECT count(*) FROM join_view");
    await t2.query("INSERT INTO a VALUES (301, 88, 1)");
    await expect(t1.query("INSERT INTO b VALUES (301, 88)")).rejects.toMatchObject({ code: "40001" });
    await t1.query("ROLLBACK");
    // the client retries, as clients do on 40001
    await t1.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
    await t1.query("INSERT INTO b VALUES (301, 88)");
    await t1.query("COMMIT");
    const { rows } = await client.query("SELECT count(*)::int AS n FROM join_view WHERE k = 88");
    expect(rows[0].n).toBe(1);
    await expectExact();
  });

  test("an UPDATE of columns a join view does not read takes no view lock", async () => {
    await t1.query("BEGIN");
    await t1.query("UPDATE a SET v = v + 1 WHERE id = 1");
    await t2.query("BEGIN");
    const joinWrite = t2.query("UPDATE b SET k = k + 1 WHERE id = 3");
    expect(await stillWaiting(joinWrite, 1000)).toBe(false);
    await joinWrite;
    await t2.query("COMMIT");
    await t1.query("COMMIT");
    await expectExact();
  });

  test("eight writers in random transactions leave every view exact", async () => {
    const writers = await Promise.all(Array.from({ length: 8 }, () => connect()));
    const deadline = Date.now() + 4000;
    const errors: string[] = [];
    let committed = 0;
    await Promise.all(
      writers.map(async (w, n) => {
        let seed = n + 1;
        const rand = (max: number) => {
          seed = (seed * 1103515245 + 12345) % 2147483648;
          return seed % max;
        };
        while (Date.now() < deadline) {
          try {
            await w.query("BEGIN");
            for (let i = 0; i < 3; i++) {
              const id = 1 + rand(60);
              const table = ["a", "b", "s"][rand(3)];
              const action = rand(3);
              if (action === 0)
                await w.query(
                  `INSERT INTO ${table} (id, k) VALUES (${id + 1000 * (n + 1)}, ${rand(6)}) ON CONFLICT DO NOTHING`,
                );
              else if (action === 1) await w.query(`UPDATE ${table} SET k = ${rand(6)} WHERE id = ${id}`);
              else await w.query(`DELETE FROM ${table} WHERE id = ${id + 1000 * (n + 1)}`);
            }
            await w.query("COMMIT");
            committed++;
          } catch (error) {
            await w.query("ROLLBACK");
            const code = (error as { code?: string }).code;
            // deadlocks between writers that update the same base rows in different orders are
            // the application's, not maintenance's; count anything else
            if (code !== "40P01") errors.push(`${code}: ${(error as Error).message}`);
          }
        }
      }),
    );
    expect(errors).toEqual([]);
    expect(committed).toBeGreaterThan(0);
    await expectExact();
  });
});
