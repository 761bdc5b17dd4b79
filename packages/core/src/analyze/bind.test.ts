import { beforeAll, describe, expect, test } from "vitest";
import { catalogFromRelations, type Relation } from "../catalog.js";
import type { RelationalNode } from "../ir/relational.js";
import { loadParser, parseDefinition } from "../parse/parse-definition.js";
import { analyzeDefinition } from "./analyze.js";

const col = (name: string, type: string) => ({ name, type, notNull: false });
const table = (name: string, columns: Relation["columns"]): Relation => ({
  schema: "public",
  name,
  kind: "table",
  columns,
  primaryKey: ["id"],
});
const catalog = catalogFromRelations([
  table("orders", [col("id", "integer"), col("customer_id", "integer"), col("amount", "numeric")]),
  table("customers", [col("id", "integer"), col("name", "text")]),
]);

beforeAll(loadParser);

/** The bound tree of a definition the analyzer accepts (whether or not it can be maintained). */
function bind(sql: string): RelationalNode {
  const result = analyzeDefinition(parseDefinition(sql), catalog);
  if (result.kind === "failed") throw result.error;
  return result.definition.query;
}

function kinds(node: RelationalNode): string[] {
  switch (node.kind) {
    case "scan":
      return [`scan ${node.alias}`];
    case "join":
      return [`join ${node.joinType}`, ...kinds(node.left), ...kinds(node.right)];
    case "set_operation":
      return [`${node.operator}${node.all ? " all" : ""}`, ...kinds(node.left), ...kinds(node.right)];
    case "semi_join":
      return [node.negated ? "anti_join" : "semi_join", ...kinds(node.input), ...kinds(node.subquery)];
    default:
      return [node.kind, ...kinds(node.input)];
  }
}

describe("the analyzer binds what the planner may reject", () => {
  test.each([
    [
      "SELECT o.id, c.name FROM orders o LEFT JOIN customers c ON c.id = o.customer_id",
      ["project", "join left", "scan o", "scan c"],
    ],
    [
      "SELECT id FROM orders UNION ALL SELECT id FROM customers",
      ["union all", "project", "scan orders", "project", "scan customers"],
    ],
    ["SELECT id FROM orders ORDER BY id LIMIT 3", ["limit", "sort", "project", "scan orders"]],
    ["SELECT DISTINCT ON (customer_id) id FROM orders", ["distinct_on", "project", "scan orders"]],
    [
      "SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id HAVING count(*) > 1",
      ["project", "aggregate", "scan orders"],
    ],
    [
      "SELECT rank() OVER (PARTITION BY customer_id ORDER BY amount) AS r FROM orders",
      ["project", "window", "scan orders"],
    ],
    [
      "SELECT s.n FROM (SELECT customer_id, count(*) AS n FROM orders GROUP BY customer_id) s",
      ["project", "project", "aggregate", "scan orders"],
    ],
    [
      "SELECT c.id FROM customers c WHERE c.id > 0 AND NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id AND EXISTS (SELECT 1 FROM customers d WHERE d.id = o.id))",
      [
        "project",
        "anti_join",
        "filter",
        "scan c",
        "project",
        "semi_join",
        "filter",
        "scan o",
        "project",
        "filter",
        "scan d",
      ],
    ],
  ])("%s", (sql, expected) => {
    expect(kinds(bind(sql))).toEqual(expected);
  });

  test("a CTE referenced twice is two subtrees with scans of their own", () => {
    const tree = bind("WITH c AS (SELECT id FROM orders) SELECT a.id FROM c a JOIN c b ON a.id = b.id");
    expect(kinds(tree)).toEqual(["project", "join inner", "project", "scan orders", "project", "scan orders_2"]);
  });

  test("outputs of set operations and windows are typed", () => {
    const union = bind("SELECT id FROM orders UNION SELECT amount FROM orders");
    expect(union.kind === "set_operation" && union.columns.map((c) => c.type)).toEqual(["numeric"]);
    const window = bind("SELECT sum(amount) OVER () AS s, row_number() OVER () AS n FROM orders");
    expect(window.kind === "project" && window.columns.map((c) => c.type)).toEqual(["numeric", "int8"]);
  });

  test("EXISTS records the outer scans it is correlated with", () => {
    const tree = bind("SELECT c.id FROM customers c, orders o WHERE EXISTS (SELECT 1 FROM orders x WHERE x.id = o.id)");
    const semi = tree.kind === "project" ? tree.input : undefined;
    expect(semi?.kind === "semi_join" && semi.correlated).toEqual(["o"]);
  });
});
