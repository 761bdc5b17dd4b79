import { randomBytes } from "node:crypto";
import type pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { createImmv, diffImmv } from "../support/immv.js";

/**
 * Roles and security beyond test/maintenance/privileges.test.ts (DML role writes and reads, cannot
 * read or delete storage, set_config / current_setting traps): every way of writing storage, the
 * SQL API, operator and function traps for a counted view, and row-level security semantics.
 */

const JOIN = "SELECT o.id, o.tenant, c.name, o.amount FROM orders o JOIN customers c ON c.id = o.customer_id";
const COUNTED = "SELECT o.tenant, o.amount FROM orders o WHERE o.amount > 0";

const { client } = await freshDatabase("security");
const role = `immv_sec_${randomBytes(4).toString("hex")}`;

async function as<T>(work: (c: pg.Client) => Promise<T>, searchPath = "public"): Promise<T> {
  await client.query(`SET ROLE ${role}`);
  await client.query(`SET search_path = ${searchPath}`);
  try {
    return await work(client);
  } finally {
    await client.query("RESET ROLE");
    await client.query("RESET search_path");
  }
}

beforeAll(async () => {
  await client.query(`
    CREATE TABLE customers (id int PRIMARY KEY, name text);
    CREATE TABLE orders (id int PRIMARY KEY, tenant text NOT NULL, customer_id int, amount int);
    INSERT INTO customers VALUES (1, 'ann'), (2, 'bob');
    INSERT INTO orders VALUES (1, 'a', 1, 10), (2, 'b', 2, 20);`);
  await createImmv(client, "tenant_orders", JOIN);
  await createImmv(client, "tenant_amounts", COUNTED);
  await client.query(`
    CREATE ROLE ${role};
    GRANT USAGE ON SCHEMA public TO ${role};
    GRANT SELECT, INSERT, UPDATE, DELETE ON customers, orders TO ${role};
    GRANT SELECT ON tenant_orders, tenant_amounts TO ${role};`);
});

afterAll(async () => {
  await client.query(`DROP OWNED BY ${role}; DROP ROLE ${role}`);
});

describe("an application role with DML on base tables and SELECT on the views", () => {
  test.each([
    "INSERT INTO immv.tenant_orders (id) VALUES (9)",
    "UPDATE immv.tenant_orders SET amount = 0",
    "TRUNCATE immv.tenant_orders",
    "INSERT INTO tenant_orders (id) VALUES (9)",
    "UPDATE tenant_amounts SET amount = 0",
    "SELECT immv.refresh('tenant_orders')",
    "SELECT * FROM immv.check('tenant_orders')",
    "CALL immv.drop('tenant_orders')",
  ])("is refused: %s", async (sql) => {
    await expect(as((c) => c.query(sql))).rejects.toMatchObject({ code: "42501" });
  });

  test("even the owner cannot write through the public view: storage accepts only maintenance", async () => {
    await expect(client.query("UPDATE tenant_orders SET amount = 0")).rejects.toMatchObject({
      code: "55000",
      message: "immv: immv.tenant_orders is maintained automatically and cannot be written directly",
    });
  });
});

describe("objects planted on the application role's search_path", () => {
  beforeAll(async () => {
    await client.query(`
      CREATE SCHEMA trap;
      GRANT USAGE ON SCHEMA trap TO ${role};
      CREATE TABLE trap.log (what text);
      GRANT INSERT ON trap.log TO PUBLIC;
      CREATE FUNCTION trap.always(int, int) RETURNS boolean LANGUAGE sql AS
        $$ INSERT INTO trap.log VALUES ('operator'); SELECT true $$;
      CREATE OPERATOR trap.= (LEFTARG = int, RIGHTARG = int, FUNCTION = trap.always);
      CREATE OPERATOR trap.> (LEFTARG = int, RIGHTARG = int, FUNCTION = trap.always);
      CREATE FUNCTION trap.generate_series(int, int) RETURNS SETOF int LANGUAGE sql AS
        $$ INSERT INTO trap.log VALUES ('generate_series'); SELECT 1 $$;
      CREATE FUNCTION trap.pg_trigger_depth() RETURNS int LANGUAGE sql AS
        $$ INSERT INTO trap.log VALUES ('pg_trigger_depth'); SELECT 5 $$;
      CREATE FUNCTION trap.to_regclass(text) RETURNS regclass LANGUAGE sql AS
        $$ INSERT INTO trap.log VALUES ('to_regclass'); SELECT NULL::regclass $$;
      CREATE FUNCTION trap.pg_current_xact_id() RETURNS xid8 LANGUAGE sql AS
        $$ INSERT INTO trap.log VALUES ('pg_current_xact_id'); SELECT '1'::xid8 $$;
      GRANT EXECUTE ON ALL FUNCTIONS IN SCHEMA trap TO ${role};`);
  });

  test("are never called by maintenance or by reading the views", async () => {
    const rows = await as(async (c) => {
      await c.query("INSERT INTO orders VALUES (3, 'a', 1, 30), (4, 'b', 2, 30)");
      await c.query("UPDATE orders SET amount = amount + 1 WHERE id IN (1, 3)");
      // a writable CTE over two tables: the batch path (stash tables, to_regclass)
      await c.query(
        "WITH n AS (INSERT INTO customers VALUES (3, 'cy') RETURNING id) INSERT INTO orders SELECT 5, 'a', id, 50 FROM n",
      );
      await c.query("DELETE FROM orders WHERE id = 2");
      return (await c.query("SELECT tenant, amount FROM tenant_amounts ORDER BY amount")).rows;
    }, "trap, public");
    expect(rows).toEqual([
      { tenant: "a", amount: 11 },
      { tenant: "b", amount: 30 },
      { tenant: "a", amount: 31 },
      { tenant: "a", amount: 50 },
    ]);
    expect((await client.query("SELECT what FROM trap.log")).rows).toEqual([]);
    expect(await diffImmv(client, "tenant_orders", JOIN)).toEqual({ missing: [], extra: [] });
    expect(await diffImmv(client, "tenant_amounts", COUNTED)).toEqual({ missing: [], extra: [] });
  });
});

describe("temporary tables planted under the names of immv's stash tables", () => {
  test("are refused before maintenance reads or writes them; a trigger on them never runs as the owner", async () => {
    const stash = await stashTableOf("tenant_amounts");
    const error = await as(async (c) => {
      await c.query(`
        CREATE FUNCTION pg_temp.escalate() RETURNS trigger LANGUAGE plpgsql AS
          $$ BEGIN EXECUTE 'ALTER ROLE ${role} CREATEROLE'; RETURN NULL; END $$;
        CREATE TEMP TABLE "${stash}" (tenant text, amount int, id int, "__ivm_m__" int);
        INSERT INTO "${stash}" VALUES ('z', 999, 999, 1);
        GRANT ALL ON "${stash}" TO PUBLIC;
        CREATE TRIGGER escalate AFTER INSERT ON "${stash}" FOR EACH STATEMENT EXECUTE FUNCTION pg_temp.escalate();`);
      // two statements on orders in one (a batch): the path that uses stash tables
      const failed = await c
        .query(
          "WITH n AS (INSERT INTO orders VALUES (8, 'b', 1, 5) RETURNING id) UPDATE orders SET amount = 6 WHERE id IN (SELECT id FROM n) OR id = 4",
        )
        .then(
          () => undefined,
          (e: { code?: string; message?: string }) => ({ code: e.code, message: e.message }),
        );
      await c.query(`DROP TABLE "${stash}"`);
      return failed;
    }, "public");
    expect(error).toEqual({
      code: "42501",
      message:
        "immv: a temporary table of this session has the name of a stash table of tenant_amounts, and immv did not create it",
    });
    const { rows: roles } = await client.query("SELECT rolcreaterole FROM pg_roles WHERE rolname = $1", [role]);
    expect(roles).toEqual([{ rolcreaterole: false }]);
    expect(await diffImmv(client, "tenant_amounts", COUNTED)).toEqual({ missing: [], extra: [] });
  });
});

/** The stash table name the maintenance functions of `view` use for its one base table. */
async function stashTableOf(view: string): Promise<string> {
  const { rows } = await client.query(
    "SELECT substring(prosrc from 'pg_temp\\.\"(immv_[0-9a-f]+_1)\"') AS stash FROM pg_proc WHERE oid = to_regprocedure($1)",
    [`immv."${view}$stash"()`],
  );
  return rows[0].stash;
}

describe("row-level security on a base table", () => {
  beforeAll(async () => {
    await client.query(`
      ALTER TABLE orders ENABLE ROW LEVEL SECURITY;
      CREATE POLICY own_tenant ON orders TO ${role}
        USING (tenant = current_setting('app.tenant', true))
        WITH CHECK (tenant = current_setting('app.tenant', true));`);
  });

  test("restricts what the role reads and writes in the table, not what the IMMV holds or shows", async () => {
    const seen = await as(async (c) => {
      await c.query("SET app.tenant = 'b'");
      await c.query("INSERT INTO orders VALUES (6, 'b', 1, 60)");
      await expect(c.query("INSERT INTO orders VALUES (7, 'a', 1, 70)")).rejects.toMatchObject({ code: "42501" });
      // its UPDATE only reaches tenant b's rows, and the view follows exactly that
      await c.query("UPDATE orders SET amount = amount + 100");
      const table = (await c.query("SELECT id FROM orders ORDER BY id")).rows.map((r) => r.id);
      const view = (await c.query("SELECT id FROM tenant_orders ORDER BY id")).rows.map((r) => r.id);
      await c.query("RESET app.tenant");
      return { table, view };
    });
    // the table shows tenant b's rows to the role; the IMMV holds every row, as its owner's query sees them
    expect(seen).toEqual({ table: [4, 6], view: [1, 3, 4, 5, 6] });
    expect((await client.query("SELECT id, amount FROM tenant_orders WHERE id IN (1, 4, 6) ORDER BY id")).rows).toEqual(
      [
        { id: 1, amount: 11 },
        { id: 4, amount: 130 },
        { id: 6, amount: 160 },
      ],
    );
    expect(await diffImmv(client, "tenant_orders", JOIN)).toEqual({ missing: [], extra: [] });
  });
});
