import { createDatabase, type Server, startEmbedded } from "@immv/devdb";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { immv } from "../cli/run-cli.js";
import { freshDatabase } from "../support/database.js";
import { createImmv, diffImmv } from "../support/immv.js";

/**
 * Faults: maintenance that fails, storage changed behind immv's back, sessions terminated in the
 * middle of a transaction, and a crashed backend (the server's crash recovery).
 */

const JOIN = "SELECT o.id, c.name, o.amount FROM orders o JOIN customers c ON c.id = o.customer_id";
const DOUBLED = "SELECT id, amount * 2 AS doubled, 100 / amount AS share FROM orders";
const DISTINCT = "SELECT DISTINCT customer_id FROM orders";
const SHARES = "SELECT customer_id, count(*) AS n, sum(1000 / (amount - 100)) AS s FROM orders GROUP BY customer_id";
const VIEWS: Record<string, string> = {
  order_lines: JOIN,
  doubled: DOUBLED,
  customers_with_orders: DISTINCT,
  shares: SHARES,
};

const SCHEMA = `
  CREATE TABLE customers (id int PRIMARY KEY, name text);
  CREATE TABLE orders (id int PRIMARY KEY, customer_id int REFERENCES customers ON DELETE CASCADE, amount int);
  INSERT INTO customers SELECT i, 'c' || i FROM generate_series(1, 10) i;
  INSERT INTO orders SELECT i, 1 + i % 10, 1 + i % 7 FROM generate_series(1, 50) i;`;

async function expectExact(c: pg.Client): Promise<void> {
  for (const [name, query] of Object.entries(VIEWS)) {
    expect(await diffImmv(c, name, query), name).toEqual({ missing: [], extra: [] });
  }
}

async function count(c: pg.Client, sql: string): Promise<number> {
  return (await c.query(`SELECT count(*)::int AS n FROM (${sql}) q`)).rows[0].n;
}

describe("faults on a shared server", async () => {
  const { client, url, connect } = await freshDatabase("faults");

  beforeAll(async () => {
    await client.query(SCHEMA);
    for (const [name, query] of Object.entries(VIEWS)) await createImmv(client, name, query);
  });

  test.each([
    ["an overflow", "INSERT INTO orders VALUES (100, 1, 2000000000)", "22003", "integer out of range", "doubled"],
    ["a division by zero", "UPDATE orders SET amount = 0 WHERE id = 1", "22012", "division by zero", "doubled"],
    [
      "a division by zero in an aggregate",
      "UPDATE orders SET amount = 100 WHERE id = 1",
      "22012",
      "division by zero",
      "shares",
    ],
  ])(
    "%s inside maintenance fails the statement, names the IMMV's function, and leaves nothing half-applied",
    async (_, sql, code, message, view) => {
      const changed = "SELECT * FROM orders WHERE amount IN (0, 100) OR id = 100";
      const before = await count(client, changed);
      await expect(client.query(sql)).rejects.toMatchObject({
        code,
        message,
        where: expect.stringContaining(`PL/pgSQL function immv."${view}$`),
      });
      expect(await count(client, changed)).toBe(before);
      await expectExact(client);
    },
  );

  test("a storage row removed behind immv's back: check reports the drift, refresh repairs it", async () => {
    // only the owner, deliberately bypassing the guard, can do this
    await client.query("BEGIN");
    await client.query("SET LOCAL immv.writing = 'on'");
    await client.query("DELETE FROM immv.order_lines WHERE id IN (SELECT min(id) FROM immv.order_lines)");
    await client.query("COMMIT");
    const env = { DATABASE_URL: url };
    const drift = await immv(["check", "order_lines"], { env });
    expect(drift.code).toBe(1);
    expect(drift.stdout).toMatch(/^drift: order_lines differs from its query in 1 row \(1 missing, 0 extra\)$/m);
    expect(drift.stdout).toContain("to rebuild it: immv refresh order_lines");
    const refresh = await immv(["refresh", "order_lines"], { env });
    expect(refresh.code).toBe(0);
    const clean = await immv(["check", "order_lines"], { env });
    expect({ code: clean.code, stdout: clean.stdout }).toEqual({
      code: 0,
      stdout: "ok: order_lines equals its query\n",
    });
    await client.query("UPDATE orders SET amount = amount + 1 WHERE id <= 5");
    await expectExact(client);
  });

  test("a session terminated mid-transaction, inside a multi-statement batch, leaves every IMMV exact", async () => {
    const victim = await connect();
    const pid: number = (await victim.query("SELECT pg_backend_pid() AS pid")).rows[0].pid;
    await victim.query("BEGIN");
    await victim.query("INSERT INTO customers VALUES (11, 'new')");
    await victim.query("INSERT INTO orders SELECT 200 + i, 11, 3 FROM generate_series(1, 20) i");
    // an FK cascade: a batch of two tables, with stash tables in use
    await victim.query("DELETE FROM customers WHERE id = 2");
    await client.query("SELECT pg_terminate_backend($1)", [pid]);
    await expect(victim.query("SELECT 1")).rejects.toThrow();
    expect(await count(client, "SELECT * FROM orders WHERE customer_id IN (2, 11)")).toBe(5);
    await expectExact(client);
    await client.query("DELETE FROM customers WHERE id = 3");
    await expectExact(client);
  });
});

describe("a crashed backend: crash recovery of a private server", () => {
  let server: Server;
  let url: string;

  beforeAll(async () => {
    server = await startEmbedded(15);
    url = await createDatabase(server.url, "crash");
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    // the embedded server runs with synchronous_commit = off, which may lose the last commits in
    // a crash; these must survive it
    await c.query("SET synchronous_commit = on");
    await c.query(SCHEMA);
    for (const [name, query] of Object.entries(VIEWS)) await createImmv(c, name, query);
    await c.end();
  });

  afterAll(async () => {
    await server?.stop();
  });

  test("SIGKILL of a backend mid-transaction: after recovery every IMMV is exact and maintained", async () => {
    const committed = new pg.Client({ connectionString: url });
    await committed.connect();
    await committed.query("SET synchronous_commit = on");
    await committed.query("UPDATE orders SET amount = amount + 1 WHERE id <= 10");

    const victim = new pg.Client({ connectionString: url });
    await victim.connect();
    victim.on("error", () => {});
    committed.on("error", () => {});
    const pid: number = (await victim.query("SELECT pg_backend_pid() AS pid")).rows[0].pid;
    await victim.query("BEGIN");
    await victim.query("INSERT INTO orders SELECT 300 + i, 1, 5 FROM generate_series(1, 30) i");
    await victim.query("DELETE FROM customers WHERE id = 4");
    process.kill(pid, "SIGKILL");
    await expect(victim.query("SELECT 1")).rejects.toThrow();
    // the server ends every session when a backend crashes, then recovers by itself: wait until
    // the other session is gone, so the next connection is one made after the crash
    await waitForDisconnect(committed);
    await committed.end().catch(() => {});

    const after = await reconnect(url);
    try {
      expect(await count(after, "SELECT * FROM orders WHERE id > 300 OR customer_id = 4")).toBe(5);
      await expectExact(after);
      await after.query("INSERT INTO orders VALUES (400, 1, 3)");
      await after.query("DELETE FROM customers WHERE id = 5");
      await expectExact(after);
    } finally {
      await after.end();
    }
  });
});

async function waitForDisconnect(c: pg.Client): Promise<void> {
  for (let attempt = 0; attempt < 100; attempt++) {
    try {
      await c.query("SELECT 1");
    } catch {
      return;
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("the server did not end the other sessions after a backend crashed");
}

/** Connects once the server accepts connections again (crash recovery takes a moment). */
async function reconnect(url: string): Promise<pg.Client> {
  for (let attempt = 0; ; attempt++) {
    const c = new pg.Client({ connectionString: url });
    try {
      await c.connect();
      await c.query("SELECT 1");
      return c;
    } catch (error) {
      await c.end().catch(() => {});
      if (attempt >= 100) throw error;
      await new Promise((r) => setTimeout(r, 200));
    }
  }
}
