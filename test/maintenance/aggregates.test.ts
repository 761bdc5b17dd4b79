import { beforeAll, describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { createImmv, diffImmv } from "../support/immv.js";

const TOTAL =
  "SELECT count(*) AS n, count(x) AS nx, sum(x) AS total, avg(x) AS mean, min(x) AS lo, max(t) AS hi FROM items";
const GROUPED = "SELECT g, count(*) AS n, sum(x) AS total, avg(i) AS mean, max(x) AS hi FROM items GROUP BY g";

/** Rows of a relation as text, sorted: what a user reading the view sees, digit for digit. */
async function image(client: import("pg").Client, relation: string): Promise<string[]> {
  const { rows } = await client.query(`SELECT r::text AS r FROM ${relation} AS r ORDER BY 1`);
  return rows.map((r) => r.r);
}

describe("aggregate views: what a recomputation would show", async () => {
  const { client } = await freshDatabase("aggregates");

  beforeAll(async () => {
    await client.query("CREATE TABLE items (id int PRIMARY KEY, g int, i int, x numeric, t text)");
    await createImmv(client, "total", TOTAL);
    await createImmv(client, "grouped", GROUPED);
  });

  async function expectSameAsQuery(): Promise<void> {
    expect(await diffImmv(client, "total", TOTAL)).toEqual({ missing: [], extra: [] });
    expect(await diffImmv(client, "grouped", GROUPED)).toEqual({ missing: [], extra: [] });
    expect(await image(client, "total")).toEqual(await image(client, `(${TOTAL})`));
    expect(await image(client, "grouped")).toEqual(await image(client, `(${GROUPED})`));
  }

  test("an empty table: one row with count 0 and NULL results, no groups", async () => {
    expect(await image(client, "total")).toEqual(["(0,0,,,,)"]);
    expect(await image(client, "grouped")).toEqual([]);
    await expectSameAsQuery();
  });

  test("a new group's numeric sum, then the value with the most digits removed", async () => {
    await client.query("INSERT INTO items VALUES (1, 1, 1, 1.50, 'a'), (2, 1, 2, 1, 'b')");
    await expectSameAsQuery();
    await client.query("DELETE FROM items WHERE id = 1");
    // 1.50 + 1 showed 2.50; with 1.50 gone PostgreSQL shows 1, not 1.00
    expect(await image(client, "grouped")).toEqual(["(1,1,1,2.0000000000000000,1)"]);
    await expectSameAsQuery();
  });

  test("all-NULL values: count(x) 0, sum NULL, and the group goes with its last row", async () => {
    await client.query("INSERT INTO items VALUES (3, NULL, NULL, NULL, NULL), (4, NULL, 5, NULL, NULL)");
    await expectSameAsQuery();
    await client.query("DELETE FROM items WHERE g IS NULL");
    expect(await image(client, "grouped")).toEqual(["(1,1,1,2.0000000000000000,1)"]);
    await expectSameAsQuery();
  });

  test("TRUNCATE resets the single row and empties the groups", async () => {
    await client.query("INSERT INTO items SELECT i, i % 3, i, i * 0.5, 'v' || i FROM generate_series(10, 40) i");
    await expectSameAsQuery();
    await client.query("TRUNCATE items");
    expect(await image(client, "total")).toEqual(["(0,0,,,,)"]);
    expect(await image(client, "grouped")).toEqual([]);
    await expectSameAsQuery();
  });
});

describe("aggregate views that read no column of their table", async () => {
  const { client } = await freshDatabase("aggregates_nocols");

  test("count(*) over a table without primary key, through single statements and a batch", async () => {
    await client.query("CREATE TABLE events (order_id int, kind text)");
    const query = "SELECT count(*) AS n FROM events";
    await createImmv(client, "event_count", query);
    await client.query("INSERT INTO events VALUES (1, 'a'), (2, 'b')");
    await client.query("UPDATE events SET kind = 'c'");
    await client.query(
      "WITH d AS (DELETE FROM events WHERE order_id = 1 RETURNING *) INSERT INTO events SELECT order_id + 10, kind FROM d",
    );
    await client.query("DELETE FROM events WHERE order_id = 2");
    expect(await diffImmv(client, "event_count", query)).toEqual({ missing: [], extra: [] });
    expect((await client.query("SELECT n FROM event_count")).rows).toEqual([{ n: "1" }]);
  });
});
