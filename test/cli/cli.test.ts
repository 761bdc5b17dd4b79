import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { diffImmv } from "../support/immv.js";

const BIN = fileURLToPath(new URL("../../packages/cli/dist/main.js", import.meta.url));

function immv(args: string[], env: Record<string, string | undefined> = {}, input?: string) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    encoding: "utf8",
    env: { ...process.env, DATABASE_URL: undefined, ...env },
    input,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("immv CLI", async () => {
  const { url, client } = await freshDatabase("cli");
  const run = (args: string[], input?: string) => immv(args, { DATABASE_URL: url }, input);

  beforeAll(async () => {
    await client.query(`
      CREATE TABLE customers (id int PRIMARY KEY, name text);
      CREATE TABLE orders (id int PRIMARY KEY, customer_id int, amount numeric);
      INSERT INTO customers VALUES (1, 'ann'), (2, 'bob');
      INSERT INTO orders VALUES (1, 1, 10), (2, 2, 20);`);
  });

  const JOIN = "SELECT o.id, c.name, o.amount FROM orders o JOIN customers c ON c.id = o.customer_id";

  test("sql prints one transaction that creates a view which stays current", async () => {
    const { code, stdout } = run(["sql", "order_names", "--query", JOIN]);
    expect(code).toBe(0);
    expect(stdout.startsWith("BEGIN;")).toBe(true);
    expect(stdout.trimEnd().endsWith("COMMIT;")).toBe(true);
    await client.query(stdout);
    await client.query("INSERT INTO orders VALUES (3, 1, 5)");
    await client.query("UPDATE customers SET name = 'anna' WHERE id = 1");
    expect(await diffImmv(client, "order_names", JOIN)).toEqual({ missing: [], extra: [] });
  });

  test("create reads the definition from stdin, list shows it, check passes", async () => {
    const created = run(["create", "big_orders"], "SELECT id, amount FROM orders WHERE amount > 5");
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/created public\.big_orders \(keyed\): 2 rows/);
    const listed = run(["list"]);
    expect(listed.code).toBe(0);
    expect(listed.stdout).toContain("big_orders");
    expect(listed.stdout).toContain("order_names");
    expect(run(["check", "big_orders"]).code).toBe(0);
  });

  test("check exits 1 and shows the rows when the view drifted; refresh repairs it", async () => {
    await client.query("ALTER TABLE orders DISABLE TRIGGER USER");
    await client.query("UPDATE orders SET amount = 50 WHERE id = 2");
    await client.query("ALTER TABLE orders ENABLE TRIGGER USER");
    const drift = run(["check", "big_orders"]);
    expect(drift.code).toBe(1);
    expect(drift.stdout).toContain('- missing {"id":2,"amount":50}');
    expect(drift.stdout).toContain('+ extra   {"id":2,"amount":20}');
    expect(run(["refresh", "big_orders"]).code).toBe(0);
    expect(run(["check", "big_orders"]).code).toBe(0);
  });

  test("refresh --no-data empties the view; drop removes it", async () => {
    expect(run(["refresh", "big_orders", "--no-data"]).code).toBe(0);
    const { rows } = await client.query("SELECT count(*)::int AS n FROM big_orders");
    expect(rows[0].n).toBe(0);
    expect(run(["drop", "big_orders"]).code).toBe(0);
    const { rows: gone } = await client.query("SELECT to_regclass('big_orders') IS NULL AS gone");
    expect(gone[0].gone).toBe(true);
  });

  test("explain describes the plan", () => {
    const { code, stdout } = run(["explain", "--query", JOIN, "--name", "order_names"]);
    expect(code).toBe(0);
    expect(stdout).toContain("strategy:    keyed");
    expect(stdout).toContain("__ivm_k_o_id = o.id");
  });

  test("unsupported SQL exits 2 with the code, a caret under the position and a hint", () => {
    const sql = "SELECT customer_id, sum(amount) AS total FROM orders";
    const { code, stderr } = run(["sql", "totals", "--query", sql]);
    expect(code).toBe(2);
    const lines = stderr.split("\n");
    expect(lines[0]).toMatch(/^error\[aggregate\]/);
    expect(lines[1]).toBe(`1 | ${sql}`);
    expect(lines[2]!.indexOf("^")).toBe("1 | ".length + sql.indexOf("sum"));
    expect(stderr).toMatch(/hint: /);
  });

  test.each([
    { sql: "SELECT id FROM nowhere", code: "unknown_table" },
    { sql: "SELEC id FROM orders", code: "syntax_error" },
    { sql: "SELECT id FROM orders; SELECT 1", code: "multiple_statements" },
    { sql: "SELECT id, now() AS t FROM orders", code: "non_immutable_function" },
  ])("$sql exits 2 with error[$code]", ({ sql, code }) => {
    const result = run(["explain", "--query", sql]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(`error[${code}]`);
  });

  test("a missing view, an unreachable server and a missing URL have their exit codes", () => {
    const missing = run(["drop", "nope"]);
    expect(missing.code).toBe(3);
    expect(missing.stderr).toContain('no maintained view named "nope"');
    const down = immv(["list", "--url", "postgresql://postgres@127.0.0.1:1/none"]);
    expect(down.code).toBe(3);
    expect(down.stderr).toMatch(/database error/);
    expect(down.stderr).not.toMatch(/\n\s+at /);
    const noUrl = immv(["list"]);
    expect(noUrl.code).toBe(2);
    expect(noUrl.stderr).toContain("DATABASE_URL");
  });

  test("usage errors exit 2; help exits 0 and lists every command", () => {
    expect(immv(["frobnicate"]).code).toBe(2);
    expect(immv(["sql"]).code).toBe(2);
    const help = immv(["--help"]);
    expect(help.code).toBe(0);
    for (const command of ["sql", "explain", "create", "drop", "refresh", "check", "list"]) {
      expect(help.stdout).toContain(command);
      expect(immv([command, "--help"]).code).toBe(0);
    }
  });
});
