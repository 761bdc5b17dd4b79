import { type Catalog, catalogFromRelations, compile, type Relation } from "@immv/core";
import { describe, expect, test } from "vitest";

/**
 * The maintenance program (`immv explain`) and the SQL of one view per strategy, as files next to
 * this test: a review aid, so that a change to what immv emits shows in the diff of a pull
 * request. They prove nothing about correctness — the differential suite does — and are
 * rewritten with `npx vitest run test/program -u` after a deliberate change.
 */

const col = (name: string, type = "integer", notNull = false) => ({ name, type, notNull });
const table = (name: string, columns: Relation["columns"], primaryKey: string[]): Relation => ({
  schema: "public",
  name,
  kind: "table",
  columns,
  primaryKey,
});

const catalog: Catalog = catalogFromRelations([
  table("customers", [col("id", "integer", true), col("name", "text"), col("region", "text")], ["id"]),
  table(
    "orders",
    [col("id", "integer", true), col("customer_id"), col("amount", "numeric"), col("note", "text")],
    ["id"],
  ),
  table("lines", [col("order_id"), col("sku", "text"), col("qty")], []),
  table("blocked", [col("customer_id", "integer", true)], ["customer_id"]),
]);

const VIEWS: Record<string, string> = {
  // keyed: each table once, new rows read straight from the change
  keyed_join: "SELECT o.id, o.amount, c.name FROM orders o JOIN customers c ON c.id = o.customer_id",
  // keyed: a table twice and an EXISTS — rows revisited by changed keys
  keyed_self_join_exists:
    "SELECT a.id, b.id AS other FROM orders a JOIN orders b ON b.customer_id = a.customer_id WHERE EXISTS (SELECT FROM customers c WHERE c.id = a.customer_id AND c.region = 'north')",
  // keyed with subqueries used as values: correlated (revisits the related rows) and not (every row)
  keyed_scalar_subqueries:
    "SELECT c.id, (SELECT count(*) FROM orders o WHERE o.customer_id = c.id) AS orders FROM customers c WHERE c.id > (SELECT min(b.customer_id) FROM blocked b)",
  // counted: DISTINCT, and a table without a primary key
  counted_distinct:
    "SELECT DISTINCT c.region, l.sku FROM lines l JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id",
  // counted with NOT EXISTS: inserts into blocked remove rows, TRUNCATE of it recomputes
  counted_not_exists:
    "SELECT l.sku, l.qty FROM lines l WHERE NOT EXISTS (SELECT FROM blocked b WHERE b.customer_id = l.qty)",
  // aggregate with GROUP BY, min/max and a numeric sum
  aggregate_grouped:
    "SELECT c.region, count(*) AS n, sum(o.amount) AS total, min(o.amount) AS smallest, max(o.id) AS last FROM orders o JOIN customers c ON c.id = o.customer_id GROUP BY c.region",
  // outer joins: the union of the matched rows and the unmatched ones (keyed: NULL keys)
  keyed_left_join:
    "SELECT c.name, o.id AS order_id, o.amount FROM customers c LEFT JOIN orders o ON o.customer_id = c.id",
  // an aggregate over a LEFT JOIN: customers with their order counts, those without orders too
  aggregate_left_join:
    "SELECT c.id, count(o.id) AS orders, sum(o.amount) AS total FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id",
  // aggregate without GROUP BY: one row
  aggregate_total: "SELECT count(*) AS n, avg(qty) AS average FROM lines",
};

describe("maintenance program and SQL per strategy (review aid)", () => {
  test.each(Object.entries(VIEWS))("%s", async (name, query) => {
    const compiled = await compile({ name, query, catalog, runtime: "require" });
    await expect(`${compiled.explain}\n`).toMatchFileSnapshot(`snapshots/${name}.explain.txt`);
    await expect(compiled.createSql).toMatchFileSnapshot(`snapshots/${name}.sql`);
  });
});
