import { beforeAll, describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { createImmv, diffImmv } from "../support/immv.js";

const JOIN = "SELECT o.id, c.name, o.amount FROM orders o JOIN customers c ON c.id = o.customer_id";

describe("runtime SQL API and storage protection", async () => {
  const { client } = await freshDatabase("runtime_api");

  beforeAll(async () => {
    await client.query(`
      CREATE TABLE customers (id int PRIMARY KEY, name text);
      CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers, amount numeric);
      INSERT INTO customers VALUES (1, 'ann'), (2, 'bob');
      INSERT INTO orders VALUES (1, 1, 10), (2, 1, 20), (3, 2, 5);`);
    await createImmv(client, "order_view", JOIN);
  });

  test("the creation script is idempotent: applying it twice leaves one exact view", async () => {
    const again = await createImmv(client, "order_view", JOIN);
    expect(again.createSql).toContain("CALL");
    const { rows } = await client.query("SELECT count(*)::int AS n FROM immv.views WHERE name = 'order_view'");
    expect(rows[0].n).toBe(1);
    expect(await diffImmv(client, "order_view", JOIN)).toEqual({ missing: [], extra: [] });
  });

  test("get_def returns the definition as written", async () => {
    const { rows } = await client.query("SELECT immv.get_def('order_view') AS def");
    expect(rows[0].def).toBe(JOIN);
  });

  test("direct writes to the storage table are refused with a hint", async () => {
    for (const sql of [
      "INSERT INTO immv.order_view (id) VALUES (99)",
      "UPDATE immv.order_view SET amount = 0",
      "DELETE FROM immv.order_view",
      "TRUNCATE immv.order_view",
    ]) {
      await expect(client.query(sql)).rejects.toMatchObject({
        code: "55000",
        message: expect.stringContaining("maintained automatically"),
      });
    }
    expect(await diffImmv(client, "order_view", JOIN)).toEqual({ missing: [], extra: [] });
  });

  test("check reports rows that drifted, refresh repairs them", async () => {
    await client.query("ALTER TABLE orders DISABLE TRIGGER USER");
    await client.query("UPDATE orders SET amount = 999 WHERE id = 1");
    await client.query("ALTER TABLE orders ENABLE TRIGGER USER");
    const { rows } = await client.query("SELECT difference, row_data FROM immv.check('order_view') ORDER BY 1");
    expect(rows).toEqual([
      { difference: "extra", row_data: { id: 1, name: "ann", amount: 10 } },
      { difference: "missing", row_data: { id: 1, name: "ann", amount: 999 } },
    ]);
    const { rows: refreshed } = await client.query("SELECT immv.refresh('order_view') AS n");
    expect(Number(refreshed[0].n)).toBe(3);
    expect(await diffImmv(client, "order_view", JOIN)).toEqual({ missing: [], extra: [] });
  });

  test("refresh without data empties the view and stops maintenance; with data resumes it", async () => {
    await client.query("SELECT immv.refresh('order_view', false)");
    await client.query("INSERT INTO orders VALUES (4, 2, 7)");
    const { rows: empty } = await client.query("SELECT count(*)::int AS n FROM order_view");
    expect(empty[0].n).toBe(0);
    await expect(client.query("SELECT * FROM immv.check('order_view')")).rejects.toMatchObject({
      message: expect.stringContaining("not populated"),
    });
    await client.query("SELECT immv.refresh('order_view', true)");
    await client.query("INSERT INTO orders VALUES (5, 1, 8)");
    expect(await diffImmv(client, "order_view", JOIN)).toEqual({ missing: [], extra: [] });
    const { rows } = await client.query("SELECT count(*)::int AS n FROM order_view");
    expect(rows[0].n).toBe(5);
  });

  test("unknown names raise undefined_object", async () => {
    await expect(client.query("SELECT immv.refresh('nope')")).rejects.toMatchObject({ code: "42704" });
    await expect(client.query("CALL immv.drop('nope')")).rejects.toMatchObject({ code: "42704" });
    await client.query("CALL immv.drop('nope', true)");
  });

  test("drop removes the view, its storage, functions and triggers, and base writes still work", async () => {
    await client.query("CALL immv.drop('order_view')");
    const { rows } = await client.query(`
      SELECT (SELECT count(*) FROM pg_trigger WHERE tgname LIKE 'immv_order_view%')::int AS triggers,
             (SELECT count(*) FROM pg_proc WHERE proname LIKE 'order_view$%')::int AS functions,
             to_regclass('immv.order_view') IS NULL AS storage_gone,
             to_regclass('public.order_view') IS NULL AS view_gone`);
    expect(rows[0]).toEqual({ triggers: 0, functions: 0, storage_gone: true, view_gone: true });
    await client.query("INSERT INTO orders VALUES (6, 2, 1)");
  });
});
