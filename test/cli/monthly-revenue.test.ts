import { beforeAll, describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { diffImmv } from "../support/immv.js";
import { immv } from "./run-cli.js";

/**
 * The most common dashboard view, monthly revenue, through the CLI against a live database:
 * `date_trunc(text, timestamp)` is IMMUTABLE, so it compiles; over `timestamptz` it is STABLE (it
 * reads the session's TimeZone) and is refused with the immutable form as the hint.
 */

const MONTHLY_REVENUE = "SELECT date_trunc('month', placed_at) AS month, sum(amount) AS revenue FROM orders GROUP BY 1";

describe("immv CLI: monthly revenue over timestamp, refused over timestamptz", async () => {
  const { url, client } = await freshDatabase("cli_monthly_revenue");
  const run = (args: string[]) => immv(args, { env: { DATABASE_URL: url } });

  beforeAll(async () => {
    await client.query(`
      CREATE TABLE orders (id int PRIMARY KEY, placed_at timestamp NOT NULL, amount numeric(10,2) NOT NULL);
      CREATE TABLE payments (id int PRIMARY KEY, placed_at timestamptz NOT NULL, amount numeric(10,2) NOT NULL);
      INSERT INTO orders VALUES (1, '2024-01-05 10:00', 10.00), (2, '2024-01-31 23:59:59', 5.50), (3, '2024-02-01 00:00', 7.25);`);
  });

  test("sql prints a script that installs the view; create applies it; writes keep it equal to its query", async () => {
    const printed = await run(["sql", "monthly_revenue", "--query", MONTHLY_REVENUE]);
    expect(printed.stderr).toBe("");
    expect(printed.code).toBe(0);
    expect(printed.stdout).toContain('CREATE VIEW "public"."monthly_revenue"');

    const created = await run(["create", "monthly_revenue", "--query", MONTHLY_REVENUE]);
    expect(created.stderr).toBe("");
    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^created public\.monthly_revenue \(aggregate\): 2 rows in/);
    const { rows: types } = await client.query(
      "SELECT attname, format_type(atttypid, atttypmod) AS type FROM pg_attribute WHERE attrelid = 'monthly_revenue'::regclass AND attnum > 0 ORDER BY attnum",
    );
    expect(types).toEqual([
      { attname: "month", type: "timestamp without time zone" },
      { attname: "revenue", type: "numeric" },
    ]);

    await client.query("INSERT INTO orders VALUES (4, '2024-03-15 12:00', 3.00), (5, '2023-12-31 23:59:59.999', 1.00)");
    await client.query("UPDATE orders SET placed_at = placed_at + interval '1 month' WHERE id = 2");
    await client.query("UPDATE orders SET amount = amount * 2 WHERE placed_at >= '2024-02-01'");
    await client.query("DELETE FROM orders WHERE id = 1");
    expect(await diffImmv(client, "monthly_revenue", MONTHLY_REVENUE)).toEqual({ missing: [], extra: [] });
    const { rows } = await client.query("SELECT month::text, revenue::text FROM monthly_revenue ORDER BY month");
    expect(rows).toEqual([
      { month: "2023-12-01 00:00:00", revenue: "1.00" },
      { month: "2024-02-01 00:00:00", revenue: "25.50" },
      { month: "2024-03-01 00:00:00", revenue: "6.00" },
    ]);
    const checked = await run(["check", "monthly_revenue"]);
    expect(checked.code, checked.stdout + checked.stderr).toBe(0);
  });

  test("over timestamptz: exit 2, error[non_immutable_function], the caret on date_trunc and the AT TIME ZONE form as the hint", async () => {
    const sql = "SELECT date_trunc('month', placed_at) AS month, sum(amount) AS revenue FROM payments GROUP BY 1";
    const { code, stdout, stderr } = await run(["create", "payments_by_month", "--query", sql]);
    expect(code).toBe(2);
    expect(stdout).toBe("");
    const lines = stderr.split("\n");
    expect(lines[0]).toMatch(/^error\[non_immutable_function\]: /);
    expect(lines[2]!.indexOf("^")).toBe("1 | ".length + sql.indexOf("date_trunc"));
    expect(stderr).toMatch(/^hint: .*date_trunc\('month', placed_at AT TIME ZONE '[^']+'\)/m);
    const { rows } = await client.query("SELECT to_regclass('payments_by_month') AS v");
    expect(rows[0].v).toBeNull();
  });
});
