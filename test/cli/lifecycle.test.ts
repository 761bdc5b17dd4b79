import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { diffImmv } from "../support/immv.js";
import { immv, STACK_FRAME } from "./run-cli.js";

const JOIN = "SELECT o.id, c.name, o.amount FROM orders o JOIN customers c ON c.id = o.customer_id";
const BIG = "SELECT id, amount FROM orders WHERE amount > 5";
const rows = (n: number) => `${n} ${n === 1 ? "row" : "rows"}`;

describe("immv CLI: compile, create, maintain, check, list, drop", async () => {
  const { url, client } = await freshDatabase("cli_lifecycle");
  const run = (args: string[], input?: string) => immv(args, { env: { DATABASE_URL: url }, input });
  const count = async (relation: string) =>
    Number((await client.query(`SELECT count(*) AS n FROM ${relation}`)).rows[0].n);
  const catalogRow = async (name: string, schema = "immv") =>
    (await client.query(`SELECT * FROM "${schema}".views WHERE name = $1`, [name])).rows[0];

  beforeAll(async () => {
    await client.query(`
      CREATE TABLE customers (id int PRIMARY KEY, name text);
      CREATE TABLE orders (id int PRIMARY KEY, customer_id int, amount numeric);
      INSERT INTO customers VALUES (1, 'ann'), (2, 'bob');
      INSERT INTO orders VALUES (1, 1, 10), (2, 2, 20), (3, 2, 1);`);
  });

  test("list on a database without immv's schema says so and exits 0", async () => {
    const { rows } = await client.query("SELECT to_regnamespace('immv') AS s");
    expect(rows[0].s).toBeNull();
    const listed = await run(["list"]);
    expect(listed).toMatchObject({ code: 0, stdout: "no IMMVs\n", stderr: "" });
    expect(JSON.parse((await run(["list", "--json"])).stdout)).toEqual([]);
  });

  test("sql prints one BEGIN … COMMIT script and changes nothing; applied, the view stays current", async () => {
    const { code, stdout, stderr } = await run(["sql", "order_names", "--query", JOIN]);
    expect({ code, stderr }).toEqual({ code: 0, stderr: "" });
    expect(stdout.startsWith("BEGIN;\n")).toBe(true);
    expect(stdout.trimEnd().endsWith("COMMIT;")).toBe(true);
    expect(stdout.match(/^BEGIN;$/gm)).toHaveLength(1);
    expect(stdout.match(/^COMMIT;$/gm)).toHaveLength(1);
    // printing compiles only: nothing exists yet
    const { rows: before } = await client.query("SELECT to_regclass('order_names') AS v, to_regnamespace('immv') AS s");
    expect(before[0]).toEqual({ v: null, s: null });

    await client.query(stdout); // what `| psql` does: one simple-query batch
    expect(await diffImmv(client, "order_names", JOIN)).toEqual({ missing: [], extra: [] });
    await client.query("INSERT INTO orders VALUES (4, 1, 5)");
    await client.query("UPDATE customers SET name = 'anna' WHERE id = 1");
    await client.query("DELETE FROM orders WHERE id = 2");
    expect(await diffImmv(client, "order_names", JOIN)).toEqual({ missing: [], extra: [] });
    const { rows } = await client.query("SELECT id, name, amount::int FROM order_names ORDER BY id");
    expect(rows).toEqual([
      { id: 1, name: "anna", amount: 10 },
      { id: 3, name: "bob", amount: 1 },
      { id: 4, name: "anna", amount: 5 },
    ]);
  });

  test("a script that fails part-way leaves nothing behind (the BEGIN … COMMIT is real)", async () => {
    const { stdout } = await run(["sql", "clash", "--query", BIG]);
    await client.query("CREATE TABLE clash (x int)"); // CREATE VIEW clash will fail at the end
    await expect(client.query(stdout)).rejects.toMatchObject({ code: "42P07" });
    await client.query("ROLLBACK").catch(() => {});
    expect(await catalogRow("clash")).toBeUndefined();
    const { rows } = await client.query("SELECT to_regclass('immv.clash') AS storage");
    expect(rows[0].storage).toBeNull();
  });

  test("the definition can come from --file, --file - and piped stdin, with the same script", async () => {
    const dir = mkdtempSync(join(tmpdir(), "immv-cli-"));
    const file = join(dir, "big.sql");
    writeFileSync(file, `${BIG}\n`);
    const fromQuery = await run(["sql", "big_orders", "--query", `${BIG}\n`]);
    const fromFile = await run(["sql", "big_orders", "--file", file]);
    const fromDash = await run(["sql", "big_orders", "--file", "-"], `${BIG}\n`);
    const fromPipe = await run(["sql", "big_orders"], `${BIG}\n`);
    for (const result of [fromQuery, fromFile, fromDash, fromPipe]) {
      expect(result.code).toBe(0);
      expect(result.stdout).toContain("BEGIN;");
    }
    expect(fromFile.stdout).toBe(fromQuery.stdout);
    expect(fromDash.stdout).toBe(fromQuery.stdout);
    expect(fromPipe.stdout).toBe(fromQuery.stdout);
  });

  test("create applies in one transaction and reports the strategy and the rows stored", async () => {
    const created = await run(["create", "big_orders"], BIG);
    expect(created.code).toBe(0);
    const stored = await count("big_orders");
    expect(stored).toBe(await count(`(${BIG}) AS q`));
    expect(created.stdout).toMatch(
      new RegExp(`^created public\\.big_orders \\(keyed\\): ${rows(stored)} in \\d+ ms\\n$`),
    );
    expect(await catalogRow("big_orders")).toMatchObject({ view: '"public"."big_orders"', populated: true });
    await client.query("INSERT INTO orders VALUES (5, 2, 70)");
    expect(await diffImmv(client, "big_orders", BIG)).toEqual({ missing: [], extra: [] });

    const again = await run(["create", "big_orders", "--query", BIG]);
    expect(again.code).toBe(0);
    expect(again.stdout).toMatch(
      new RegExp(`^replaced public\\.big_orders \\(keyed\\): ${rows(await count("big_orders"))} in`),
    );
    expect(await count("big_orders")).toBe(2);
    expect(await count("immv.views WHERE name = 'big_orders'")).toBe(1);
  });

  test("create rolls back everything when applying fails, and exits 3 with PostgreSQL's message", async () => {
    const failed = await run(["create", "clash", "--query", BIG]); // table public.clash exists
    expect(failed.code).toBe(3);
    expect(failed.stderr).toContain('relation "clash" already exists');
    expect(failed.stderr).toContain("42P07");
    expect(failed.stderr).not.toMatch(STACK_FRAME);
    expect(failed.stdout).toBe("");
    expect(await catalogRow("clash")).toBeUndefined();
    const { rows } = await client.query("SELECT to_regclass('immv.clash') AS storage");
    expect(rows[0].storage).toBeNull();
  });

  test("check prints ok and exits 0 when the view equals its query", async () => {
    const checked = await run(["check", "big_orders"]);
    expect(checked).toMatchObject({ code: 0, stderr: "" });
    expect(checked.stdout).toMatch(/^ok\b/);
  });

  test("check exits 1 and shows missing and extra rows when the view drifted; refresh repairs it", async () => {
    await client.query("ALTER TABLE orders DISABLE TRIGGER USER");
    await client.query("UPDATE orders SET amount = 50 WHERE id = 1"); // 10 → 50: both pass amount > 5
    await client.query("ALTER TABLE orders ENABLE TRIGGER USER");
    expect(await diffImmv(client, "big_orders", BIG)).toEqual({
      missing: [{ id: 1, amount: 50 }],
      extra: [{ id: 1, amount: 10 }],
    });
    const drift = await run(["check", "big_orders"]);
    expect(drift.code).toBe(1);
    const lines = drift.stdout.split("\n");
    expect(lines).toContain('  - missing  {"id":1,"amount":50}');
    expect(lines).toContain('  + extra    {"id":1,"amount":10}');
    expect(drift.stdout).toContain("(1 missing, 1 extra)");
    expect(drift.stdout).toContain("immv refresh big_orders");

    const refreshed = await run(["refresh", "big_orders"]);
    expect(refreshed.code).toBe(0);
    const expected = await count(`(${BIG}) AS q`);
    expect(refreshed.stdout).toBe(`refreshed big_orders: ${rows(expected)}\n`);
    expect(await diffImmv(client, "big_orders", BIG)).toEqual({ missing: [], extra: [] });
    expect((await run(["check", "big_orders"])).code).toBe(0);
  });

  test("check shows at most 20 differing rows and counts the rest", async () => {
    await client.query("ALTER TABLE orders DISABLE TRIGGER USER");
    await client.query("INSERT INTO orders SELECT g, 1, 100 + g FROM generate_series(100, 129) AS g");
    await client.query("ALTER TABLE orders ENABLE TRIGGER USER");
    const { missing, extra } = await diffImmv(client, "big_orders", BIG);
    expect([missing.length, extra.length]).toEqual([30, 0]);
    const drift = await run(["check", "big_orders"]);
    expect(drift.code).toBe(1);
    expect(drift.stdout.split("\n").filter((l) => l.startsWith("  - missing "))).toHaveLength(20);
    expect(drift.stdout).toContain("(30 missing, 0 extra)");
    expect(drift.stdout).toContain("and 10 more");
    const limited = await run(["check", "big_orders", "--limit", "3"]);
    expect(limited.stdout.split("\n").filter((l) => l.startsWith("  - missing "))).toHaveLength(3);
    expect(limited.stdout).toContain("and 27 more");
    expect((await run(["refresh", "big_orders"])).stdout).toBe(
      `refreshed big_orders: ${rows(await count(`(${BIG}) AS q`))}\n`,
    );
  });

  test("refresh --no-data empties the view and stops maintenance; check then fails with exit 3", async () => {
    const emptied = await run(["refresh", "big_orders", "--no-data"]);
    expect(emptied.code).toBe(0);
    expect(emptied.stdout).toMatch(/^emptied big_orders: 0 rows/);
    expect(await count("big_orders")).toBe(0);
    expect(await catalogRow("big_orders")).toMatchObject({ populated: false });
    await client.query("INSERT INTO orders VALUES (6, 1, 60)");
    expect(await count("big_orders")).toBe(0); // not maintained while unpopulated

    const unpopulated = await run(["check", "big_orders"]);
    expect(unpopulated.code).toBe(3);
    expect(unpopulated.stderr).toContain("not populated");
    expect(unpopulated.stderr).toMatch(/^hint: /m);

    const refilled = await run(["refresh", "big_orders"]);
    expect(refilled.stdout).toBe(`refreshed big_orders: ${rows(await count(`(${BIG}) AS q`))}\n`);
    expect(await catalogRow("big_orders")).toMatchObject({ populated: true });
    await client.query("INSERT INTO orders VALUES (7, 2, 70)");
    expect(await diffImmv(client, "big_orders", BIG)).toEqual({ missing: [], extra: [] });
  });

  test("list shows each IMMV's view, strategy, populated flag, base tables and rows", async () => {
    await client.query("SELECT immv.refresh('order_names', false)");
    const listed = await run(["list"]);
    expect(listed.code).toBe(0);
    const [header, rule, ...body] = listed.stdout.trimEnd().split("\n");
    expect(header!.split(/\s{2,}/)).toEqual(["name", "view", "strategy", "populated", "base tables", "rows"]);
    expect(rule).toMatch(/^-+(\s+-+)+$/);
    const cells = body.map((r) => r.split(/\s{2,}/));
    expect(cells).toEqual([
      ["big_orders", "public.big_orders", "keyed", "yes", "public.orders", String(await count("big_orders"))],
      ["order_names", "public.order_names", "keyed", "no", "public.orders, public.customers", "0"],
    ]);
    const json = JSON.parse((await run(["list", "--json"])).stdout);
    expect(json.map((v: { name: string; populated: boolean }) => [v.name, v.populated])).toEqual([
      ["big_orders", true],
      ["order_names", false],
    ]);
    expect((await run(["list", "--no-rows"])).stdout.split("\n")[0]).not.toContain("rows");
    await client.query("SELECT immv.refresh('order_names')");
  });

  test("--schema and --view-schema put storage and view where asked; the other commands follow --schema", async () => {
    await client.query("CREATE SCHEMA reporting");
    const created = await run([
      "create",
      "totals",
      "--query",
      JOIN,
      "--schema",
      "immv_alt",
      "--view-schema",
      "reporting",
    ]);
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^created reporting\.totals \(keyed\)/);
    const { rows } = await client.query(
      "SELECT to_regclass('reporting.totals') AS v, to_regclass('immv_alt.totals') AS s, to_regclass('public.totals') AS p",
    );
    expect(rows[0]).toEqual({ v: "reporting.totals", s: "immv_alt.totals", p: null });
    expect(await catalogRow("totals", "immv_alt")).toMatchObject({ view: '"reporting"."totals"' });
    expect(await catalogRow("totals")).toBeUndefined();

    expect((await run(["list", "--schema", "immv_alt"])).stdout).toContain("reporting.totals");
    expect((await run(["list"])).stdout).not.toContain("totals");
    expect((await run(["check", "totals", "--schema", "immv_alt"])).code).toBe(0);
    const wrongSchema = await run(["check", "totals"]);
    expect(wrongSchema.code).toBe(3);
    expect(wrongSchema.stderr).toContain('no maintained view named "totals"');
    expect((await run(["drop", "totals", "--schema", "immv_alt"])).code).toBe(0);
    expect((await client.query("SELECT to_regclass('reporting.totals') AS v")).rows[0].v).toBeNull();
  });

  test("sql --drop prints a script that removes the view, from the stored definition or a given one", async () => {
    const stored = await run(["sql", "order_names", "--drop"]);
    const given = await run(["sql", "order_names", "--drop", "--query", JOIN]);
    expect(stored.code).toBe(0);
    expect(given.stdout).toBe(stored.stdout);
    expect(stored.stdout.startsWith("BEGIN;")).toBe(true);
    await client.query(stored.stdout);
    expect(await catalogRow("order_names")).toBeUndefined();
    expect((await client.query("SELECT to_regclass('order_names') AS v")).rows[0].v).toBeNull();
    const gone = await run(["sql", "order_names", "--drop"]);
    expect(gone.code).toBe(3);
    expect(gone.stderr).toContain('no maintained view named "order_names"');
  });

  test("drop removes view, storage and catalog row; a second drop exits 3 unless --if-exists", async () => {
    const dropped = await run(["drop", "big_orders"]);
    expect(dropped).toMatchObject({ code: 0, stdout: "dropped big_orders\n", stderr: "" });
    const { rows } = await client.query(
      "SELECT to_regclass('big_orders') AS v, to_regclass('immv.big_orders') AS s, (SELECT count(*)::int FROM immv.views) AS n",
    );
    expect(rows[0]).toEqual({ v: null, s: null, n: 0 });
    await client.query("INSERT INTO orders VALUES (8, 1, 80)"); // no trigger left to fail

    const again = await run(["drop", "big_orders"]);
    expect(again.code).toBe(3);
    expect(again.stderr).toContain('no maintained view named "big_orders"');
    expect(again.stderr).not.toMatch(STACK_FRAME);
    expect((await run(["drop", "big_orders", "--if-exists"])).code).toBe(0);
    expect((await run(["list"])).stdout).toBe("no IMMVs\n");
  });
});
