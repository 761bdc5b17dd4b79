import { describe, expect, test } from "vitest";
import { catalogFromRelations, type Relation } from "../../catalog.js";
import { compile } from "../../compile.js";
import { ImmvError } from "../../errors.js";

const col = (name: string, type: string) => ({ name, type, notNull: false });
const table = (name: string, columns: Relation["columns"]): Relation => ({
  schema: "public",
  name,
  kind: "table",
  columns,
  primaryKey: ["id"],
});
const catalog = catalogFromRelations([
  table("orders", [col("id", "integer"), col("customer_id", "integer"), col("note", "text")]),
  table("customers", [col("id", "integer"), col("name", "text")]),
]);

async function rejection(query: string): Promise<ImmvError> {
  const error = await compile({ name: "v", query, catalog }).then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof ImmvError)) throw new Error(`expected an ImmvError for: ${query}`);
  return error;
}

describe("the planner's rules, and the order problems are reported in", () => {
  test.each([
    // A nested aggregate is reported as nested before what is wrong with the call itself.
    [
      "SELECT s.n FROM (SELECT string_agg(note, ',') AS n FROM orders) s",
      "aggregate string_agg() is not allowed here",
      24,
    ],
    // Problems in FROM items bound before a binding error come first…
    [
      "SELECT nope FROM orders o LEFT JOIN (SELECT 1 AS one FROM customers) c ON true",
      'column "one" of a subquery on the NULL-extended side of this LEFT JOIN is computed, not a table\'s column; immv cannot yet tell its NULL from the value it computes',
      26,
    ],
    [
      "SELECT s.id FROM (SELECT id FROM orders ORDER BY id) s WHERE nope = 1",
      "ORDER BY has no meaning in a maintained view",
      40,
    ],
    // …and so do the view's aggregate calls whose binding had begun.
    ["SELECT count(DISTINCT nope) AS n FROM orders", "count(DISTINCT …) is not supported yet", 7],
    // A binding error in the FROM clause itself comes before the rest.
    ["SELECT id FROM nowhere ORDER BY id", 'relation "nowhere" does not exist', 15],
  ])("%s", async (sql, message, position) => {
    const error = await rejection(sql);
    expect({ message: error.message, position: error.position }).toEqual({ message, position });
  });
});
