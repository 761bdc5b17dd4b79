import { describe, expect, test } from "vitest";
import { type Catalog, catalogFromRelations, type Relation } from "../catalog.js";
import { compileWithPlan } from "../compile.js";

const col = (name: string, type: string, notNull = false) => ({ name, type, notNull });
const table = (name: string, columns: Relation["columns"], primaryKey: string[], schema = "public") =>
  ({ schema, name, kind: "table", columns, primaryKey }) satisfies Relation;

const ORDER_COLUMNS = ["id", "customer_id", "amount", "note", "created_at", "payload"];

const catalog: Catalog = catalogFromRelations(
  [
    table(
      "orders",
      [
        col("id", "integer", true),
        col("customer_id", "integer"),
        col("amount", "numeric(10,2)"),
        col("note", "text"),
        col("created_at", "timestamp with time zone"),
        col("payload", "json"),
      ],
      ["id"],
    ),
    table("customers", [col("id", "integer", true), col("name", "text")], ["id"]),
    table("logs", [col("msg", "text"), col("level", "integer")], []),
    table(
      "order lines",
      [col("order id", "integer", true), col("line", "integer", true), col('say "hi"', "text")],
      ["order id", "line"],
    ),
    table("ünïcödé", [col("id", "integer", true), col("naïve", "text")], ["id"]),
    table("order", [col("id", "integer", true), col("order", "text"), col("limit", "integer")], ["id"]),
    table("orders", [col("id", "integer", true), col("total", "numeric")], ["id"], "sales"),
    table("regions", [col("code", "text", true), col("name", "text")], ["code"], "sales"),
  ],
  { functions: { slugify: { schema: "public", volatility: "immutable" } } },
);

const build = (query: string) => compileWithPlan({ name: "v", query, catalog });

/** What the tests look at: the strategy, the output names in order and the hidden key. */
async function shape(query: string) {
  const { plan } = await build(query);
  return { strategy: plan.strategy, outputs: plan.query.outputs.map((o) => o.name), uniqueKey: plan.uniqueKey };
}

describe("outer joins", () => {
  const branches = async (query: string) => {
    const { plan } = await build(query);
    return plan.branches.map((b) => ({
      scans: b.occurrences.map((o) => o.alias),
      nulled: b.nulled.map((o) => o.alias),
      notExists: b.exists.filter((e) => e.negated).map((e) => e.occurrences.map((o) => o.alias)),
    }));
  };

  test("LEFT JOIN: the matched rows, and the left rows whose right side found none, keyed (NULL keys)", async () => {
    const sql = "SELECT o.id, c.name FROM orders o LEFT JOIN customers c ON c.id = o.customer_id";
    expect(await shape(sql)).toEqual({
      strategy: "keyed",
      outputs: ["id", "name"],
      uniqueKey: ["__ivm_k_o_id", "__ivm_k_c_id"],
    });
    expect(await branches(sql)).toEqual([
      { scans: ["o", "c"], nulled: [], notExists: [] },
      { scans: ["o"], nulled: ["c"], notExists: [["c"]] },
    ]);
  });

  test("RIGHT and FULL JOIN NULL-extend the left side, FULL both", async () => {
    expect(await branches("SELECT o.id FROM orders o RIGHT JOIN customers c ON c.id = o.customer_id")).toEqual([
      { scans: ["o", "c"], nulled: [], notExists: [] },
      { scans: ["c"], nulled: ["o"], notExists: [["o"]] },
    ]);
    expect(await branches("SELECT o.id FROM orders o FULL JOIN customers c ON c.id = o.customer_id")).toEqual([
      { scans: ["o", "c"], nulled: [], notExists: [] },
      { scans: ["o"], nulled: ["c"], notExists: [["c"]] },
      { scans: ["c"], nulled: ["o"], notExists: [["o"]] },
    ]);
  });

  test("over a table without a primary key, or DISTINCT, rows are counted", async () => {
    expect((await shape("SELECT o.id, l.msg FROM orders o LEFT JOIN logs l ON l.level = o.id")).strategy).toBe(
      "counted",
    );
    expect(
      (await shape("SELECT DISTINCT c.name FROM orders o LEFT JOIN customers c ON c.id = o.customer_id")).strategy,
    ).toBe("counted");
  });

  test("a chain of LEFT JOINs: every combination of matched and unmatched sides", async () => {
    const sql =
      "SELECT c.name, o.id, l.msg FROM customers c LEFT JOIN orders o ON o.customer_id = c.id LEFT JOIN logs l ON l.level = o.id";
    expect((await branches(sql)).map((b) => b.nulled)).toEqual([[], ["o"], ["l"], ["o", "l"]]);
  });

  test("an aggregate over a LEFT JOIN counts what it NULL-extends as NULL", async () => {
    const { plan } = await build(
      "SELECT c.id, count(o.id) AS n FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id",
    );
    expect({ strategy: plan.strategy, branches: plan.branches.length }).toEqual({ strategy: "aggregate", branches: 2 });
  });

  test("a GROUP BY key from the NULL-extended side is compared NULL-safely, though its column is NOT NULL", async () => {
    const { plan } = await build(
      "SELECT o.id, count(*) AS n FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY o.id",
    );
    expect(plan.aggregate?.groupColumns.map((g) => g.notNull)).toEqual([false]);
  });

  test("a merged USING column is the preserved side's (COALESCE of both for FULL)", async () => {
    const merged = async (sql: string) => (await build(sql)).plan.query.outputs[0]?.expr;
    expect(await merged("SELECT id FROM orders LEFT JOIN customers USING (id)")).toMatchObject({
      kind: "column",
      alias: "orders",
    });
    expect(await merged("SELECT id FROM orders RIGHT JOIN customers USING (id)")).toMatchObject({
      kind: "column",
      alias: "customers",
    });
    expect(await merged("SELECT id FROM orders FULL JOIN customers USING (id)")).toMatchObject({ kind: "coalesce" });
  });
});

describe("joins", () => {
  test("JOIN … ON keeps both primary keys as the row identity", async () => {
    expect(await shape("SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id")).toEqual({
      strategy: "keyed",
      outputs: ["id", "name"],
      uniqueKey: ["__ivm_k_o_id", "__ivm_k_c_id"],
    });
  });

  test("USING merges the column: SELECT * shows it once, first", async () => {
    expect(await shape("SELECT * FROM orders JOIN customers USING (id)")).toEqual({
      strategy: "keyed",
      outputs: [...ORDER_COLUMNS, "name"],
      uniqueKey: ["__ivm_k_orders_id", "__ivm_k_customers_id"],
    });
    const { outputs } = await shape("SELECT * FROM customers JOIN orders USING (id)");
    expect(outputs).toEqual(["id", "name", ...ORDER_COLUMNS.slice(1)]);
  });

  test("USING columns stay addressable through either table", async () => {
    const { outputs } = await shape(
      "SELECT id, orders.id AS oid, customers.id AS cid FROM orders JOIN customers USING (id)",
    );
    expect(outputs).toEqual(["id", "oid", "cid"]);
  });

  test("NATURAL joins on the common columns", async () => {
    expect(await shape("SELECT * FROM orders NATURAL JOIN customers")).toEqual({
      strategy: "keyed",
      outputs: [...ORDER_COLUMNS, "name"],
      uniqueKey: ["__ivm_k_orders_id", "__ivm_k_customers_id"],
    });
  });

  test("comma and CROSS JOIN", async () => {
    const comma = await shape("SELECT o.id, c.name FROM orders o, customers c WHERE c.id = o.customer_id");
    const cross = await shape("SELECT o.id, c.name FROM orders o CROSS JOIN customers c WHERE c.id = o.customer_id");
    expect(comma).toEqual(cross);
    expect(comma.uniqueKey).toEqual(["__ivm_k_o_id", "__ivm_k_c_id"]);
  });

  test("a self-join has one occurrence, and one key, per appearance", async () => {
    const { plan } = await build(
      "SELECT a.id, b.id AS other FROM orders a JOIN orders b ON a.customer_id = b.customer_id AND a.id < b.id",
    );
    expect(plan.query.occurrences.map((o) => [o.alias, o.relation.name])).toEqual([
      ["a", "orders"],
      ["b", "orders"],
    ]);
    expect(plan.uniqueKey).toEqual(["__ivm_k_a_id", "__ivm_k_b_id"]);
    expect(plan.baseTables).toHaveLength(1);
  });

  test("a three-way join over a keyless table is counted", async () => {
    expect(
      await shape(
        "SELECT o.id, l.msg FROM orders o JOIN customers c ON c.id = o.customer_id JOIN logs l ON l.level = o.id",
      ),
    ).toEqual({ strategy: "counted", outputs: ["id", "msg"], uniqueKey: ["id", "msg"] });
  });

  test("two unaliased tables of one name from different schemas, told apart by schema", async () => {
    const { outputs, uniqueKey } = await shape(
      "SELECT public.orders.id, sales.orders.total FROM public.orders, sales.orders WHERE public.orders.id = sales.orders.id",
    );
    expect(outputs).toEqual(["id", "total"]);
    expect(uniqueKey).toEqual(["__ivm_k_orders_id", "__ivm_k_orders_2_id"]);
  });

  test("a parenthesized join", async () => {
    const { outputs } = await shape(
      "SELECT o.id, c.name FROM orders o JOIN (customers c JOIN sales.regions r ON r.name = c.name) ON c.id = o.customer_id",
    );
    expect(outputs).toEqual(["id", "name"]);
  });
});

describe("subqueries and CTEs are inlined", () => {
  test("a subquery in FROM", async () => {
    const { plan } = await build(
      "SELECT s.id, s.doubled FROM (SELECT id, amount * 2 AS doubled FROM orders WHERE amount > 0) s",
    );
    expect(plan.strategy).toBe("keyed");
    expect(plan.query.outputs.map((o) => o.name)).toEqual(["id", "doubled"]);
    expect(plan.uniqueKey).toEqual(["__ivm_k_orders_id"]);
    expect(plan.query.predicates).toHaveLength(1);
  });

  test("a subquery without an alias (PostgreSQL 16+)", async () => {
    expect((await shape("SELECT id FROM (SELECT id FROM orders)")).outputs).toEqual(["id"]);
  });

  test("a subquery's column alias list renames its outputs", async () => {
    expect((await shape("SELECT s.a, s.b FROM (SELECT id, note FROM orders) AS s(a, b)")).outputs).toEqual(["a", "b"]);
  });

  test("a CTE referenced twice becomes two occurrences", async () => {
    const { plan } = await build(
      "WITH c AS (SELECT id, customer_id FROM orders) SELECT a.id, b.id AS other FROM c a JOIN c b ON a.customer_id = b.customer_id",
    );
    expect(plan.query.occurrences.map((o) => o.alias)).toEqual(["orders", "orders_2"]);
    expect(plan.uniqueKey).toEqual(["__ivm_k_orders_id", "__ivm_k_orders_2_id"]);
    expect(plan.query.outputs.map((o) => o.name)).toEqual(["id", "other"]);
  });

  test("a CTE referencing an earlier one, with a column list", async () => {
    const { plan } = await build(
      "WITH big(oid, cid) AS (SELECT id, customer_id FROM orders WHERE amount > 100), named AS (SELECT b.oid, c.name FROM big b JOIN customers c ON c.id = b.cid) SELECT * FROM named",
    );
    expect(plan.query.outputs.map((o) => o.name)).toEqual(["oid", "name"]);
    expect(plan.query.occurrences.map((o) => o.relation.name)).toEqual(["orders", "customers"]);
  });

  test("a CTE shadows a table of the same name", async () => {
    const { plan } = await build("WITH customers AS (SELECT id, note FROM orders) SELECT note FROM customers");
    expect(plan.query.occurrences.map((o) => o.relation.name)).toEqual(["orders"]);
  });

  test("a CTE nothing refers to adds no tables", async () => {
    const { plan } = await build("WITH unused AS (SELECT name FROM customers) SELECT id FROM orders");
    expect(plan.query.occurrences.map((o) => o.relation.name)).toEqual(["orders"]);
  });
});

describe("select lists", () => {
  test("SELECT * and t.* expand in table order", async () => {
    expect((await shape("SELECT * FROM orders")).outputs).toEqual(ORDER_COLUMNS);
    expect(
      (await shape("SELECT c.*, o.id AS order_id FROM orders o JOIN customers c ON c.id = o.customer_id")).outputs,
    ).toEqual(["id", "name", "order_id"]);
  });

  test("a table's column alias list renames its first columns", async () => {
    expect((await shape("SELECT * FROM customers AS x(a, b)")).outputs).toEqual(["a", "b"]);
    expect((await shape("SELECT x.a, x.name FROM customers x(a)")).outputs).toEqual(["a", "name"]);
  });

  test("DISTINCT is counted; its row identity is the output", async () => {
    expect(await shape("SELECT DISTINCT customer_id, note FROM orders")).toEqual({
      strategy: "counted",
      outputs: ["customer_id", "note"],
      uniqueKey: ["customer_id", "note"],
    });
  });

  test("a table without a primary key is counted", async () => {
    expect(await shape("SELECT msg, level FROM logs WHERE level > 2")).toEqual({
      strategy: "counted",
      outputs: ["msg", "level"],
      uniqueKey: ["msg", "level"],
    });
  });

  test("a composite primary key becomes one hidden column per key column", async () => {
    expect((await shape('SELECT l."say ""hi""" FROM "order lines" l')).uniqueKey).toEqual([
      "__ivm_k_l_order id",
      "__ivm_k_l_line",
    ]);
  });
});

describe("output columns are named as PostgreSQL names them", () => {
  // Each checked against PostgreSQL 15 (`SELECT … LIMIT 0` field names).
  test.each([
    ["lower(c.name)", "lower"],
    ["pg_catalog.upper(c.name)", "upper"],
    ["amount::text", "amount"],
    ["CAST(amount AS integer)", "amount"],
    ["o.id::integer::text", "id"],
    ["'x'::text", "text"],
    ["(amount + 1)::text", "text"],
    ["'1'::int", "int4"],
    ["(o.id + 1)::text::int", "int4"],
    ["CASE WHEN amount > 0 THEN 'yes' END", "case"],
    ["CASE WHEN amount > 0 THEN 'yes' ELSE note END", "note"],
    ["CASE WHEN amount > 0 THEN 1 ELSE 2 END", "case"],
    ["CASE WHEN amount > 0 THEN 1 END::text", "text"],
    ["coalesce(note, '')", "coalesce"],
    ["coalesce(note, '')::varchar", "coalesce"],
    ["nullif(note, '')", "nullif"],
    ["greatest(amount, 0)", "greatest"],
    ["least(amount, 0)", "least"],
    ["ARRAY[o.id, c.id]", "array"],
    ["ROW(o.id, c.id)", "row"],
    ['note COLLATE "C"', "note"],
    ["(note)", "note"],
    ["substring(note FROM 1 FOR 2)", "substring"],
    ["trim(both ' ' FROM note)", "btrim"],
    ["position('a' IN note)", "position"],
    ["slugify(note)", "slugify"],
    ["(ROW(o.id, c.id)).f2", "f2"],
    ["(ROW(ARRAY[o.id])).f1[1]", "f1"],
    ["(ARRAY[o.id])[1]", "array"],
  ])("%s → %s", async (expr, name) => {
    const { outputs } = await shape(`SELECT ${expr} FROM orders o JOIN customers c ON c.id = o.customer_id`);
    expect(outputs).toEqual([name]);
  });
});

describe("identifiers", () => {
  test("quoted names with spaces, quotes and non-ASCII letters", async () => {
    expect((await shape('SELECT l."order id", l."say ""hi""" FROM "order lines" AS l')).outputs).toEqual([
      "order id",
      'say "hi"',
    ]);
    expect((await shape('SELECT "naïve", ü.id FROM "ünïcödé" AS ü')).outputs).toEqual(["naïve", "id"]);
  });

  test("keywords as quoted table and column names", async () => {
    expect(await shape('SELECT o."order", o."limit" AS "limit" FROM "order" o')).toEqual({
      strategy: "keyed",
      outputs: ["order", "limit"],
      uniqueKey: ["__ivm_k_o_id"],
    });
  });

  test("unquoted names are folded to lower case", async () => {
    expect((await shape("SELECT ID, Note AS Remark FROM ORDERS")).outputs).toEqual(["id", "remark"]);
  });

  test("schema-qualified tables resolve outside the search path and are recorded qualified", async () => {
    const { plan, normalizedDefinition } = await build("SELECT total FROM sales.orders WHERE total > 0");
    expect(plan.query.occurrences[0]?.relation.schema).toBe("sales");
    expect(normalizedDefinition).toContain("sales.orders");
    const unqualified = await build("SELECT id FROM orders");
    expect(unqualified.plan.query.occurrences[0]?.relation.schema).toBe("public");
    expect(unqualified.normalizedDefinition).toContain("public.orders");
  });

  test("strings and comments that look like clauses are not clauses", async () => {
    const { outputs } = await shape(
      "SELECT id, 'ORDER BY id LIMIT 1 -- /*' AS fake -- UNION SELECT 1\n/* GROUP BY id */ FROM orders WHERE note <> 'union'",
    );
    expect(outputs).toEqual(["id", "fake"]);
  });
});

describe("IMMUTABLE expressions", () => {
  test.each([
    "amount::text",
    "note::varchar(20)",
    "payload::jsonb",
    "created_at::timestamptz",
    "'2024-01-01'::date",
    "'2024-01-01 00:00+00'::timestamptz",
    "'2024-01-01T00:00:00Z'::timestamptz",
    "'epoch'::timestamptz",
    "NULL::timestamptz",
    "lower(note) || upper(note)",
    "CASE WHEN amount > 0 THEN abs(amount) ELSE 0 END",
  ])("%s", async (expr) => {
    expect((await shape(`SELECT id, ${expr} AS x FROM orders`)).outputs).toEqual(["id", "x"]);
  });

  test("in WHERE", async () => {
    expect(
      (
        await shape(
          "SELECT id FROM orders WHERE created_at >= '2024-01-01 00:00+00'::timestamptz AND lower(note) LIKE 'a%'",
        )
      ).outputs,
    ).toEqual(["id"]);
  });
});

describe("aggregates", () => {
  const columns = async (query: string) => (await build(query)).columns;

  test("GROUP BY keys are the row identity; outputs keep PostgreSQL's names and result types", async () => {
    const view = await build(
      "SELECT customer_id, count(*), count(note) AS notes, sum(amount), avg(id), min(note), max(created_at) FROM orders GROUP BY customer_id",
    );
    expect(view.plan.strategy).toBe("aggregate");
    expect(view.plan.uniqueKey).toEqual(["customer_id"]);
    expect(view.columns).toEqual([
      { name: "customer_id", type: "integer" },
      { name: "count", type: "bigint" },
      { name: "notes", type: "bigint" },
      { name: "sum", type: "numeric" },
      { name: "avg", type: "numeric" },
      { name: "min", type: "text" },
      { name: "max", type: "timestamp with time zone" },
    ]);
  });

  test("a GROUP BY key not in the select list becomes a hidden column", async () => {
    const view = await build("SELECT count(*) AS n FROM orders GROUP BY customer_id, note");
    expect(view.plan.uniqueKey).toEqual(["__ivm_g1", "__ivm_g2"]);
    expect(view.columns.map((c) => c.name)).toEqual(["n"]);
  });

  test("without GROUP BY there is one row and no key", async () => {
    expect((await build("SELECT count(*) AS n, sum(amount) AS total FROM orders")).plan.uniqueKey).toEqual([]);
  });

  test("expressions over keys and aggregates are computed by the view, typed as PostgreSQL types them", async () => {
    expect(
      await columns(
        "SELECT customer_id + 1 AS next, sum(amount) * 2 AS twice, sum(amount)::int AS whole, coalesce(max(note), '-') AS top FROM orders GROUP BY customer_id",
      ),
    ).toEqual([
      { name: "next", type: "integer" },
      { name: "twice", type: "numeric" },
      { name: "whole", type: "integer" },
      { name: "top", type: "text" },
    ]);
  });

  test("GROUP BY an ordinal, an output alias and an expression", async () => {
    const byOrdinal = await build("SELECT customer_id AS c, count(*) AS n FROM orders GROUP BY 1");
    const byAlias = await build("SELECT customer_id AS c, count(*) AS n FROM orders GROUP BY c");
    const byExpr = await build("SELECT lower(note) AS l, count(*) AS n FROM orders GROUP BY lower(note)");
    expect(byOrdinal.plan.uniqueKey).toEqual(["c"]);
    expect(byAlias.plan.uniqueKey).toEqual(["c"]);
    expect(byExpr.plan.uniqueKey).toEqual(["l"]);
  });

  test("joins, subqueries and CTEs under GROUP BY", async () => {
    const view = await build(
      "WITH big AS (SELECT id, customer_id, amount FROM orders WHERE amount > 10) SELECT c.name, count(*) AS n, sum(b.amount) AS total FROM big b JOIN customers c ON c.id = b.customer_id GROUP BY c.name",
    );
    expect(view.plan.strategy).toBe("aggregate");
    expect(view.plan.locksView).toBe(true);
  });

  test("sum and avg over floating point compile with a warning", async () => {
    const view = await build("SELECT avg(amount::float8) AS a FROM orders");
    expect(view.warnings).toHaveLength(1);
    expect(view.warnings[0]).toMatch(/double precision.*drift/);
    expect(view.explain).toContain("warning:");
    expect(view.createSql).toContain("-- warning:");
    expect((await build("SELECT sum(amount) AS a FROM orders")).warnings).toEqual([]);
  });
});

describe("EXISTS", () => {
  test("correlated EXISTS keeps the outer keys as identity and maintains the subquery's tables too", async () => {
    const view = await build(
      "SELECT c.id, c.name FROM customers c WHERE EXISTS (SELECT 1 FROM orders o JOIN logs l ON l.level = o.id WHERE o.customer_id = c.id AND o.amount > 10)",
    );
    expect(view.plan.strategy).toBe("keyed");
    expect(view.plan.uniqueKey).toEqual(["__ivm_k_c_id"]);
    expect(view.plan.baseTables.map((t) => t.relation.name)).toEqual(["customers", "orders", "logs"]);
    expect(view.plan.query.exists[0]?.correlated).toEqual(["c"]);
  });

  test("EXISTS in a DISTINCT view and over a table without primary key is counted", async () => {
    const distinct = await build(
      "SELECT DISTINCT c.name FROM customers c WHERE EXISTS (SELECT FROM orders o WHERE o.customer_id = c.id)",
    );
    const keyless = await build("SELECT msg FROM logs l WHERE EXISTS (SELECT * FROM orders o WHERE o.id = l.level)");
    expect(distinct.plan.strategy).toBe("counted");
    expect(keyless.plan.strategy).toBe("counted");
  });

  test("NOT EXISTS is a negated condition, maintained the same way", async () => {
    const view = await build(
      "SELECT c.name FROM customers c WHERE NOT EXISTS (SELECT 1 FROM orders o WHERE o.customer_id = c.id)",
    );
    expect(view.plan.query.exists.map((e) => e.negated)).toEqual([true]);
    expect(view.createSql).toContain("NOT EXISTS (SELECT FROM");
  });

  test("the correlated column need not be selected, and names the subquery does not define are the outer query's", async () => {
    const view = await build(
      "SELECT name FROM customers WHERE EXISTS (SELECT 1 FROM orders WHERE customer_id = customers.id) AND id > 0",
    );
    expect(view.columns.map((c) => c.name)).toEqual(["name"]);
  });
});
