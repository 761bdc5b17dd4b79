import { beforeEach, describe, expect, test } from "vitest";
import { immv } from "../cli/run-cli.js";
import { freshDatabase } from "../support/database.js";
import { createImmv, diffImmv } from "../support/immv.js";

/**
 * Changing a base table under an IMMV: PostgreSQL refuses to drop or retype a column the view
 * uses (through the IMMV's dependency view), renames make the next write fail loudly, and
 * unrelated columns change nothing. Never a silently wrong view.
 */

const JOIN = "SELECT o.id, c.name, o.amount FROM orders o JOIN customers c ON c.id = o.customer_id";
const STAR = "SELECT * FROM customers";

const { client, url } = await freshDatabase("schema_changes");

/** `immv check` and `immv refresh` of a view whose base column or table was renamed. */
async function expectRenameReported(detail: string): Promise<void> {
  for (const command of ["check", "refresh"]) {
    const result = await immv([command, "order_lines"], { env: { DATABASE_URL: url } });
    expect({ code: result.code, stderr: result.stderr }).toEqual({
      code: 3,
      stderr: `error: order_lines no longer matches its base tables: ${detail}\nhint: a column or table it reads was renamed: create it again from a definition with the current names (immv create order_lines -q "SELECT …"), or remove it (immv drop order_lines)\n`,
    });
  }
}

async function exact(name: string, query: string): Promise<void> {
  expect(await diffImmv(client, name, query)).toEqual({ missing: [], extra: [] });
  const { rows } = await client.query("SELECT * FROM immv.check($1)", [name]);
  expect(rows).toEqual([]);
}

beforeEach(async () => {
  await client.query(`
    DO $$ BEGIN IF to_regprocedure('immv.drop(text,boolean)') IS NOT NULL THEN
      CALL immv.drop('order_lines', true); CALL immv.drop('all_customers', true); END IF; END $$;
    DROP TABLE IF EXISTS orders, customers, renamed_orders;
    CREATE TABLE customers (id int PRIMARY KEY, name text, unused int);
    CREATE TABLE orders (id int PRIMARY KEY, customer_id int, amount int, note text);
    INSERT INTO customers VALUES (1, 'ann', 0), (2, 'bob', 0);
    INSERT INTO orders VALUES (1, 1, 10, 'x'), (2, 2, 20, 'y');`);
  await createImmv(client, "order_lines", JOIN);
});

describe("dropping or retyping a used column is refused by PostgreSQL, naming the IMMV", () => {
  test.each([
    [
      "ALTER TABLE customers DROP COLUMN name",
      "2BP01",
      'view immv."order_lines$base_columns" depends on column name of table customers',
    ],
    [
      "ALTER TABLE orders DROP COLUMN customer_id",
      "2BP01",
      'view immv."order_lines$base_columns" depends on column customer_id of table orders',
    ],
    [
      "ALTER TABLE customers ALTER COLUMN name TYPE varchar(10)",
      "0A000",
      'rule _RETURN on view immv."order_lines$base_columns" depends on column "name"',
    ],
    // a key column: the hidden row identity has its type
    [
      "ALTER TABLE orders ALTER COLUMN id TYPE bigint",
      "0A000",
      'rule _RETURN on view immv."order_lines$base_columns" depends on column "id"',
    ],
    ["DROP TABLE customers", "2BP01", 'view immv."order_lines$base_columns" depends on table customers'],
  ])("%s", async (ddl, code, detail) => {
    await expect(client.query(ddl)).rejects.toMatchObject({ code, detail });
    await client.query("INSERT INTO orders VALUES (3, 1, 30, 'z')");
    await exact("order_lines", JOIN);
  });

  test("after the IMMV is dropped, the column can be dropped", async () => {
    await client.query("CALL immv.drop('order_lines')");
    await client.query("ALTER TABLE customers DROP COLUMN name");
    const { rows } = await client.query(
      "SELECT count(*)::int AS n FROM pg_class WHERE relnamespace = 'immv'::regnamespace AND relname LIKE 'order_lines%'",
    );
    expect(rows[0].n).toBe(0);
  });

  test("DROP COLUMN … CASCADE removes the guard; the next write then fails instead of maintaining a wrong view", async () => {
    await client.query("ALTER TABLE customers DROP COLUMN name CASCADE");
    await expect(client.query("INSERT INTO orders VALUES (3, 1, 30, 'z')")).rejects.toMatchObject({
      code: "42703",
      where: expect.stringContaining('immv."order_lines$'),
    });
    const { rows } = await client.query("SELECT count(*)::int AS n FROM orders");
    expect(rows[0].n).toBe(2);
  });
});

describe("columns the IMMV does not use", () => {
  test("adding, retyping and dropping them changes nothing", async () => {
    await client.query("ALTER TABLE customers ADD COLUMN email text");
    await client.query("ALTER TABLE orders ALTER COLUMN note TYPE varchar(20)");
    await client.query("ALTER TABLE customers DROP COLUMN unused");
    await client.query("INSERT INTO customers VALUES (3, 'cy', 'cy@example.org')");
    await client.query("INSERT INTO orders VALUES (3, 3, 30, 'z')");
    await client.query("UPDATE customers SET name = 'anna', email = 'a@example.org' WHERE id = 1");
    await client.query("DELETE FROM orders WHERE id = 2");
    await exact("order_lines", JOIN);
  });

  test("a SELECT * IMMV keeps the columns it was compiled with when a column is added", async () => {
    await createImmv(client, "all_customers", STAR);
    await client.query("ALTER TABLE customers ADD COLUMN email text");
    await client.query("INSERT INTO customers VALUES (3, 'cy', 0, 'cy@example.org')");
    const { rows } = await client.query("SELECT * FROM all_customers ORDER BY id");
    expect(rows).toEqual([
      { id: 1, name: "ann", unused: 0 },
      { id: 2, name: "bob", unused: 0 },
      { id: 3, name: "cy", unused: 0 },
    ]);
    expect((await client.query("SELECT * FROM immv.check('all_customers')")).rows).toEqual([]);
  });
});

describe("renaming a used column or table fails loudly at the next write and is repaired by recompiling", () => {
  test("renamed column", async () => {
    await client.query("ALTER TABLE customers RENAME COLUMN name TO full_name");
    await expect(client.query("INSERT INTO orders VALUES (3, 1, 30, 'z')")).rejects.toMatchObject({
      code: "42703",
      message: "column c.name does not exist",
      where: expect.stringContaining('PL/pgSQL function immv."order_lines$'),
    });
    // nothing half-applied: the failed statement left no row
    expect((await client.query("SELECT count(*)::int AS n FROM orders")).rows[0].n).toBe(2);
    await expectRenameReported("column c.name does not exist");
    const renamed = "SELECT o.id, c.full_name AS name, o.amount FROM orders o JOIN customers c ON c.id = o.customer_id";
    await createImmv(client, "order_lines", renamed);
    await client.query("INSERT INTO orders VALUES (3, 1, 30, 'z')");
    await exact("order_lines", renamed);
  });

  test("renamed table", async () => {
    await client.query("ALTER TABLE orders RENAME TO renamed_orders");
    // A write whose maintenance reads the renamed table by its old name fails (a write to the
    // renamed table itself may be maintained from its transition rows alone, correctly).
    await expect(client.query("INSERT INTO customers VALUES (3, 'cy', 0)")).rejects.toMatchObject({
      code: "42P01",
      message: 'relation "public.orders" does not exist',
      where: expect.stringContaining('PL/pgSQL function immv."order_lines$'),
    });
    expect((await client.query("SELECT count(*)::int AS n FROM customers")).rows[0].n).toBe(2);
    await expectRenameReported('relation "public.orders" does not exist');
    const renamed = JOIN.replace("FROM orders o", "FROM renamed_orders o");
    await createImmv(client, "order_lines", renamed);
    await client.query("INSERT INTO renamed_orders VALUES (3, 1, 30, 'z')");
    await exact("order_lines", renamed);
  });
});
