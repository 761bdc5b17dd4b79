import { randomBytes } from "node:crypto";
import { afterAll, beforeAll, beforeEach, describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { createImmv, diffImmv } from "../support/immv.js";

/**
 * A role that may only write the base tables tries to leave a view stale or wrong with what its
 * own session controls: custom settings (every `immv.*` name the installed functions mention, set
 * for the session, for the transaction and inside the writing statement itself), temporary
 * objects named like what maintenance reads, and a search_path that puts them first. After every
 * statement each view must still equal its defining query.
 */

const VIEWS = {
  // a join: several occurrences, so batches and the view lock matter
  forged_join: "SELECT o.id, o.amount, c.name FROM orders o JOIN customers c ON c.id = o.customer_id",
  // counted (no key on lines) and aggregate: signed deltas, where a batch applied twice or never shows
  forged_counted: "SELECT l.sku, o.customer_id FROM lines l JOIN orders o ON o.id = l.order_id",
  forged_totals:
    "SELECT o.customer_id, count(*) AS n, sum(l.qty) AS qty FROM orders o JOIN lines l ON l.order_id = o.id GROUP BY o.customer_id",
};

const { client } = await freshDatabase("forged");
const role = `immv_forge_${randomBytes(4).toString("hex")}`;

/** Statements the role runs after forging: one-table statements and multi-table batches. */
const WRITES = [
  "INSERT INTO orders VALUES (100, 1, 5), (101, 2, 6)",
  "INSERT INTO lines VALUES (100, 'x', 1), (101, 'y', 2)",
  "UPDATE orders SET amount = amount + 1, customer_id = 3 - customer_id WHERE id IN (1, 100)",
  "WITH o AS (INSERT INTO orders VALUES (102, 1, 7) RETURNING id) INSERT INTO lines SELECT id, 'z', 3 FROM o",
  "WITH d AS (DELETE FROM lines WHERE order_id = 101 RETURNING order_id) DELETE FROM orders WHERE id IN (SELECT order_id FROM d)",
  "DELETE FROM lines WHERE order_id IN (100, 102)",
  "DELETE FROM orders WHERE id IN (100, 102)",
];

/** Writes as common table expressions ending in `w`, to be followed by a SELECT. */
const IN_STATEMENT = [
  "WITH w AS (INSERT INTO orders VALUES (200, 1, 5) RETURNING 1)",
  "WITH w AS (UPDATE orders SET customer_id = 3 - customer_id WHERE id = 200 RETURNING 1)",
  "WITH o AS (INSERT INTO lines VALUES (200, 'q', 4) RETURNING 1), w AS (UPDATE orders SET amount = 9 WHERE id = 200 RETURNING 1)",
  "WITH o AS (DELETE FROM lines WHERE order_id = 200 RETURNING 1), w AS (DELETE FROM orders WHERE id = 200 RETURNING 1)",
];

/**
 * Runs `work` as the role. A statement that fails is rolled back and changes nothing: only a view
 * left different from its query counts as a hole.
 */
async function asRole(work: () => Promise<unknown>): Promise<void> {
  await client.query(`SET ROLE ${role}`);
  try {
    await work();
  } catch {
    await client.query("ROLLBACK");
  } finally {
    await client.query("RESET ROLE");
    await client.query("RESET ALL");
  }
}

async function expectExact(): Promise<void> {
  for (const [name, query] of Object.entries(VIEWS)) {
    expect({ name, diff: await diffImmv(client, name, query) }).toEqual({ name, diff: { missing: [], extra: [] } });
  }
}

/** Every `immv.*` setting name the installed immv functions mention. */
async function settingNames(): Promise<string[]> {
  const { rows } = await client.query(`
    SELECT DISTINCT m[1] AS name
    FROM pg_proc p, regexp_matches(p.prosrc, '''(immv\\.[A-Za-z0-9_$]+)''', 'g') AS m
    WHERE p.pronamespace = 'immv'::regnamespace ORDER BY 1`);
  return rows.map((r) => r.name);
}

beforeAll(async () => {
  await client.query(`
    CREATE TABLE customers (id int PRIMARY KEY, name text);
    CREATE TABLE orders (id int PRIMARY KEY, customer_id int, amount int);
    CREATE TABLE lines (order_id int, sku text, qty int);
    INSERT INTO customers VALUES (1, 'ann'), (2, 'bob');
`);
  for (const [name, query] of Object.entries(VIEWS)) await createImmv(client, name, query);
  await client.query(`
    CREATE ROLE ${role};
    GRANT USAGE ON SCHEMA public TO ${role};
    GRANT SELECT, INSERT, UPDATE, DELETE ON customers, orders, lines TO ${role};
    GRANT TEMPORARY ON DATABASE ${client.database} TO ${role};`);
});

beforeEach(async () => {
  await client.query(`
    DELETE FROM lines; DELETE FROM orders;
    INSERT INTO orders VALUES (1, 1, 10), (2, 2, 20);
    INSERT INTO lines VALUES (1, 'a', 1), (2, 'b', 2);`);
  // each test starts from exact views, whatever an earlier one left
  for (const name of Object.keys(VIEWS)) await client.query("SELECT immv.refresh($1)", [name]);
});

afterAll(async () => {
  await client.query(`DROP OWNED BY ${role}; DROP ROLE ${role}`);
});

describe("custom settings forged by a role that only writes base tables", () => {
  // on today's functions: the depth and stash counters of each view, and the storage guard's flag
  test("the installed functions read settings at all (else this suite tests nothing)", async () => {
    expect((await settingNames()).length).toBeGreaterThan(0);
  });

  for (const value of ["5", "1", "-3", "on", ""]) {
    test(`set for the session to '${value}' before each statement`, async () => {
      const names = await settingNames();
      for (const write of WRITES) {
        await asRole(async () => {
          for (const name of names) await client.query("SELECT set_config($1, $2, false)", [name, value]);
          await client.query(write);
        });
        await expectExact();
      }
    });

    test(`set within the writing statement to '${value}'`, async () => {
      const names = await settingNames();
      const forge = names.map((n) => `pg_catalog.set_config('${n}', '${value}', true)`).join(", ");
      for (const write of IN_STATEMENT) {
        // the subquery runs the writes (their BEFORE triggers fire), then the forging calls, then
        // the AFTER triggers at the end of the statement
        await asRole(() => client.query(`${write} SELECT (SELECT count(*) FROM w), ${forge}`));
        await expectExact();
      }
    });
  }
});

describe("temporary objects and search_path of a role that only writes base tables", () => {
  test("temp tables named like the tables maintenance reads, first on the search_path", async () => {
    await asRole(async () => {
      await client.query(`
        CREATE TEMP TABLE orders (id int, customer_id int, amount int);
        CREATE TEMP TABLE customers (id int, name text);
        CREATE TEMP TABLE lines (order_id int, sku text, qty int);
        CREATE TEMP TABLE immv_old (id int, customer_id int, amount int);
        CREATE TEMP TABLE immv_new (id int, customer_id int, amount int);
        CREATE TEMP TABLE views (name text);
        CREATE TEMP TABLE runtime (version int);
        INSERT INTO pg_temp.orders VALUES (1, 1, 999);
        INSERT INTO pg_temp.immv_old VALUES (1, 1, 999);
        INSERT INTO pg_temp.immv_new VALUES (1, 1, 999);`);
      await client.query("SET search_path = pg_temp, public");
      for (const write of WRITES) await client.query(write.replaceAll(/\b(orders|lines|customers)\b/g, "public.$1"));
      await client.query("DISCARD TEMP");
    });
    await expectExact();
  });
});
