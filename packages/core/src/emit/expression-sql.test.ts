import { beforeAll, describe, expect, test } from "vitest";
import { analyzeDefinition } from "../analyze/analyze.js";
import { catalogFromRelations } from "../catalog.js";
import type { Expression, ExpressionKind } from "../ir/expression.js";
import { sameExpression, subexpressions } from "../ir/expression-walk.js";
import { loadParser, parseDefinition } from "../parse/parse-definition.js";
import { expressionSql } from "./expression-sql.js";

const catalog = catalogFromRelations(
  [
    {
      schema: "public",
      name: "t",
      kind: "table",
      columns: [
        { name: "id", type: "integer", notNull: true },
        { name: "n", type: "numeric", notNull: false },
        { name: "s", type: "text", notNull: false },
        { name: "b", type: "boolean", notNull: false },
        { name: "xs", type: "integer[]", notNull: false },
        { name: "Mixed Case", type: "text", notNull: false },
        { name: "address", type: "shop.address", notNull: false },
      ],
      primaryKey: ["id"],
    },
  ],
  { functions: { "shop.slugify": { schema: "shop", volatility: "immutable" } } },
);

beforeAll(loadParser);

/** The expression the analyzer binds the only output of `SELECT <sql> AS x FROM t` to. */
function bound(sql: string): Expression {
  const result = analyzeDefinition(parseDefinition(`SELECT ${sql} AS x FROM t`), catalog);
  if (result.kind === "failed") throw result.error;
  const project = result.definition.query;
  if (project.kind !== "project") throw new Error(`expected a project, got ${project.kind}`);
  return (project.columns[0] as { expr: Expression }).expr;
}

/** Expressions that together hold every kind a definition can spell. */
const WRITTEN = [
  "t.id",
  `t."Mixed Case"`,
  "NULL::text",
  "true AND NOT false",
  "42 + -7",
  "-1.5 * 1e3",
  "9223372036854775807",
  `'it''s' || 'C:\\dir' || E'tab\\there'`,
  "B'1010' | X'0F'",
  "lower(t.s)",
  "shop.slugify(t.s)",
  "t.n OPERATOR(pg_catalog.+) 1",
  "- t.n",
  "t.n::numeric(10, 2)",
  "t.s::shop.mood[]",
  "interval '1' day",
  "t.b OR t.id > 3",
  "t.s IS NULL",
  "t.n IS NOT NULL",
  "t.b IS NOT TRUE",
  "t.b IS UNKNOWN",
  "CASE WHEN t.id > 1 THEN 'big' WHEN t.id = 1 THEN 'one' ELSE 'small' END",
  "CASE t.id WHEN 1 THEN 'one' END",
  "COALESCE(t.s, 'none')",
  "GREATEST(t.id, 3, 7)",
  "LEAST(t.n, 2.5)",
  "NULLIF(t.id, 0)",
  "ARRAY[t.id, 2]",
  "ARRAY[[1, 2], [3, 4]]",
  "ROW(t.id, t.s)",
  "t.xs[1]",
  "t.xs[2:3]",
  "t.xs[:2]",
  "(t.address).street",
  `t.s COLLATE "C"`,
  "t.id = ANY (t.xs)",
  "t.id > ALL (ARRAY[1, 2])",
  "t.id IS DISTINCT FROM 3",
  "t.id IS NOT DISTINCT FROM NULL",
  "t.id IN (1, 2, 3)",
  "t.id NOT IN (4)",
  "t.id BETWEEN 1 AND 10",
  "t.n NOT BETWEEN SYMMETRIC 10 AND 1",
  "t.s LIKE 'a%'",
  "t.s NOT ILIKE 'a%'",
  "t.s SIMILAR TO 'a|b'",
  "extract(year FROM interval '1 year')",
  "(t.id + 1) * (t.id - 1) / 2",
  "NOT (t.b AND t.id < 0)",
  "(-t.id)::text",
];

describe("expressionSql prints what PostgreSQL reads back as the same expression", () => {
  test.each(WRITTEN)("%s", (sql) => {
    const expr = bound(sql);
    expect(bound(expressionSql(expr))).toSatisfy((again: Expression) => sameExpression(again, expr));
  });

  test("the round trips cover every kind a definition can spell", () => {
    const seen = new Set(WRITTEN.flatMap((sql) => subexpressions(bound(sql)).map((e) => e.kind)));
    const spelled = Object.entries(SPELLED)
      .filter(([, v]) => v)
      .map(([k]) => k);
    expect([...seen].sort()).toEqual(spelled.sort());
  });

  test.each([
    [`'C:\\dir'`, `E'C:\\\\dir'`],
    [`'it''s'`, `'it''s'`],
    ["(-1)::text", "(-1)::text"],
    ["t.id + 1 * 2", `"t"."id" + (1 * 2)`],
    ["lower(t.s)", `"pg_catalog"."lower"("t"."s")`],
    ["B'1010'", "B'1010'"],
    ["t.s NOT LIKE 'a%'", `"t"."s" NOT LIKE 'a%'`],
    ["t.s IS NOT NULL AND t.b", `("t"."s" IS NOT NULL) AND "t"."b"`],
  ])("%s is printed as %s", (sql, printed) => {
    expect(expressionSql(bound(sql))).toBe(printed);
  });

  test.each<Expression>([
    { kind: "group_key", index: 0, type: "int4" },
    { kind: "aggregate_result", index: 0, type: "int8" },
    { kind: "window_result", index: 0, type: "int8" },
  ])("a $kind reference is replaced before printing", (e) => {
    expect(() => expressionSql(e)).toThrow(/must be replaced/);
  });
});

/** Which kinds a definition can spell (references to group keys, aggregate and window results
 * stand for values of another node and are not printed). A new kind must be added here. */
const SPELLED: Readonly<Record<ExpressionKind, boolean>> = {
  column: true,
  constant: true,
  function: true,
  operator: true,
  cast: true,
  bool: true,
  null_test: true,
  boolean_test: true,
  case: true,
  coalesce: true,
  greatest_least: true,
  nullif: true,
  array: true,
  row: true,
  subscript: true,
  field: true,
  collate: true,
  scalar_array: true,
  distinct_from: true,
  in_list: true,
  between: true,
  group_key: false,
  aggregate_result: false,
  window_result: false,
};
