import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { createImmv, diffImmv } from "../support/immv.js";

const JOIN = "SELECT o.id, c.name, o.amount FROM orders o JOIN customers c ON c.id = o.customer_id";

describe("an application role with DML on the base tables only", async () => {
  const { client } = await freshDatabase("privileges");
  const role = `immv_app_${randomBytes(4).toString("hex")}`;

  beforeAll(async () => {
    await client.query(`
      CREATE TABLE customers (id int PRIMARY KEY, name text);
      CREATE TABLE orders (id int PRIMARY KEY, customer_id int, amount numeric);
      INSERT INTO customers VALUES (1, 'ann');`);
    await createImmv(client, "orders_named", JOIN);
    await client.query(`
      CREATE ROLE ${role};
      GRANT USAGE ON SCHEMA public TO ${role};
      GRANT SELECT, INSERT, UPDATE, DELETE ON customers, orders TO ${role};
      GRANT SELECT ON orders_named TO ${role};
      -- a trap: a same-named function earlier on the role's search_path must not be called
      CREATE SCHEMA trap;
      GRANT USAGE ON SCHEMA trap TO ${role};
      CREATE FUNCTION trap.set_config(text, text, boolean) RETURNS text LANGUAGE sql AS $$ SELECT 'hijacked'::text $$;
      CREATE FUNCTION trap.current_setting(text, boolean) RETURNS text LANGUAGE sql AS $$ SELECT '999'::text $$;`);
  });

  // roles are cluster-wide: leave none behind (runs before the database is dropped)
  afterAll(async () => {
    await client.query(`DROP OWNED BY ${role}; DROP ROLE ${role}`);
  });

  test("writes base tables and the view follows; reading the view works", async () => {
    await client.query(`SET ROLE ${role}`);
    await client.query("SET search_path = trap, public");
    try {
      await client.query("INSERT INTO orders VALUES (1, 1, 10), (2, 1, 20)");
      await client.query("UPDATE customers SET name = 'anna' WHERE id = 1");
      await client.query("DELETE FROM orders WHERE id = 2");
      const { rows } = await client.query("SELECT id, name, amount FROM orders_named");
      expect(rows).toEqual([{ id: 1, name: "anna", amount: "10" }]);
    } finally {
      await client.query("RESET ROLE");
      await client.query("RESET search_path");
    }
    expect(await diffImmv(client, "orders_named", JOIN)).toEqual({ missing: [], extra: [] });
  });

  test("cannot read or write the storage table directly", async () => {
    await client.query(`SET ROLE ${role}`);
    try {
      await expect(client.query("SELECT * FROM immv.orders_named")).rejects.toMatchObject({ code: "42501" });
      await expect(client.query("DELETE FROM immv.orders_named")).rejects.toMatchObject({ code: "42501" });
    } finally {
      await client.query("RESET ROLE");
    }
  });
});
