import type pg from "pg";
import { beforeAll, describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { createImmv, diffImmv } from "../support/immv.js";
import { stillWaiting } from "../support/waiting.js";

const GROUPED =
  "SELECT g, count(*) AS n, sum(v) AS total, avg(v) AS mean, min(v) AS lo, max(v) AS hi FROM sales GROUP BY g";
const TOTAL = "SELECT count(*) AS n, sum(v) AS total, min(v) AS lo, max(v) AS hi FROM ledger";

/** Seconds the eight-writer run lasts (IMMV_STRESS_SECONDS; at least 20). */
const STRESS_SECONDS = Math.max(20, Number(process.env.IMMV_STRESS_SECONDS ?? 20));

describe("aggregate views under concurrent writers", async () => {
  const { client, connect } = await freshDatabase("aggconc");
  let t1: pg.Client;
  let t2: pg.Client;

  beforeAll(async () => {
    await client.query(`
      CREATE TABLE sales (id int PRIMARY KEY, g int, v int);
      INSERT INTO sales SELECT i, i % 10, i FROM generate_series(1, 1000) i;
      CREATE TABLE ledger (id int PRIMARY KEY, v int);
      INSERT INTO ledger SELECT i, i FROM generate_series(1, 100) i;`);
    await createImmv(client, "per_group", GROUPED);
    await createImmv(client, "overall", TOTAL);
    t1 = await connect();
    t2 = await connect();
  });

  async function expectExact(): Promise<void> {
    expect(await diffImmv(client, "per_group", GROUPED)).toEqual({ missing: [], extra: [] });
    expect(await diffImmv(client, "overall", TOTAL)).toEqual({ missing: [], extra: [] });
  }

  test("writers to different groups do not wait for each other", async () => {
    await t1.query("BEGIN");
    await t1.query("UPDATE sales SET v = v + 1 WHERE id = 1");
    await t2.query("BEGIN");
    const other = t2.query("UPDATE sales SET v = v + 1 WHERE id = 2");
    expect(await stillWaiting(other, 1000)).toBe(false);
    await other;
    await t2.query("COMMIT");
    await t1.query("COMMIT");
    await expectExact();
  });

  test("READ COMMITTED: writers to the same group wait, then both count", async () => {
    await t1.query("BEGIN");
    await t1.query("INSERT INTO sales VALUES (5001, 3, 1000000)");
    await t2.query("BEGIN");
    const same = t2.query("DELETE FROM sales WHERE id = 3");
    expect(await stillWaiting(same, 500)).toBe(true);
    await t1.query("COMMIT");
    await same;
    await t2.query("COMMIT");
    await expectExact();
  });

  test("READ COMMITTED: removing a group's maximum recomputes it with rows committed meanwhile", async () => {
    const { rows } = await client.query("SELECT max(v) AS hi FROM sales WHERE g = 4");
    await t1.query("BEGIN");
    await t1.query("INSERT INTO sales VALUES (5002, 4, $1)", [rows[0].hi - 1]);
    await t2.query("BEGIN");
    const removal = t2.query("DELETE FROM sales WHERE g = 4 AND v = $1", [rows[0].hi]);
    await stillWaiting(removal, 300);
    await t1.query("COMMIT");
    await removal;
    await t2.query("COMMIT");
    await expectExact();
  });

  test("REPEATABLE READ: a concurrent change of the same group fails with 40001, never a wrong view", async () => {
    await t1.query("BEGIN ISOLATION LEVEL REPEATABLE READ");
    await t1.query("SELECT 1");
    await t2.query("UPDATE sales SET v = v + 7 WHERE id = 15");
    const error = await t1.query("UPDATE sales SET v = v + 1 WHERE id = 25").then(
      () => undefined,
      (e: { code?: string }) => e.code,
    );
    await t1.query("ROLLBACK");
    expect(error).toBe("40001");
    await expectExact();
  });

  test(
    `eight writers on the same and different groups for ${STRESS_SECONDS} s: no errors, views exact`,
    async () => {
      const writers = await Promise.all(Array.from({ length: 8 }, () => connect()));
      const deadline = Date.now() + STRESS_SECONDS * 1000;
      const errors: string[] = [];
      let statements = 0;
      await Promise.all(
        writers.map(async (w, n) => {
          let seed = n + 11;
          const rand = (max: number) => {
            seed = (seed * 1103515245 + 12345) % 2147483648;
            return seed % max;
          };
          while (Date.now() < deadline) {
            // writers 0-3 share groups 0-1, writers 4-7 spread over all ten groups
            const g = n < 4 ? rand(2) : rand(10);
            const id = 10_000 + n * 100_000 + rand(500);
            const sql = [
              `INSERT INTO sales VALUES (${id}, ${g}, ${rand(2000) - 500}) ON CONFLICT (id) DO UPDATE SET v = EXCLUDED.v`,
              `UPDATE sales SET v = v + ${rand(5) - 2} WHERE id = ${1 + rand(1000)}`,
              `UPDATE sales SET g = ${g} WHERE id = ${id}`,
              `DELETE FROM sales WHERE id = ${id}`,
              `UPDATE sales SET v = NULL WHERE id = ${id}`,
              `INSERT INTO ledger VALUES (${id}, ${rand(300)}) ON CONFLICT (id) DO UPDATE SET v = ledger.v + 1`,
              `DELETE FROM ledger WHERE id = ${id}`,
            ][rand(7)] as string;
            try {
              await w.query(sql);
              statements++;
            } catch (error) {
              errors.push(`${(error as { code?: string }).code}: ${(error as Error).message} (${sql})`);
            }
          }
        }),
      );
      await Promise.all(writers.map((w) => w.end()));
      console.log(`aggregate stress: 8 writers, ${STRESS_SECONDS} s, ${statements} statements committed`);
      expect(errors).toEqual([]);
      expect(statements).toBeGreaterThan(100);
      await expectExact();
    },
    60_000 + STRESS_SECONDS * 1000,
  );
});
