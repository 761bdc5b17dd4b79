import { describe, expect, test } from "vitest";
import { catalogFromRelations, type Relation } from "./catalog.js";
import { COMPILER_VERSION, compile } from "./compile.js";
import { RUNTIME_REQUIRED_BY_VIEWS, RUNTIME_VERSION } from "./emit/runtime.js";

const col = (name: string, type: string, notNull = false) => ({ name, type, notNull });
const table = (name: string, columns: Relation["columns"]): Relation => ({
  schema: "public",
  name,
  kind: "table",
  columns,
  primaryKey: ["id"],
});

const catalog = catalogFromRelations(
  [
    table("orders", [
      col("id", "integer", true),
      col("customer_id", "integer"),
      col("amount", "numeric(10,2)"),
      col("note", "text"),
      col("created_at", "timestamp with time zone"),
    ]),
    table("customers", [col("id", "integer", true), col("name", "text"), col("email", "text")]),
  ],
  { functions: { slugify: { schema: "public", volatility: "immutable" } } },
);

/** The five maintenance triggers immv puts on each base table, in the order it creates them. */
const maintenanceTriggers = (view: string, schema: string, name: string) =>
  ["0_before", "1_insert", "2_update", "3_delete", "4_truncate"].map((event) => ({
    table: { schema, name },
    name: `immv_${view}_${event}`,
  }));

describe("the descriptor of a compiled IMMV", () => {
  test("a two-table join: both tables, the columns maintenance reads, ten triggers and the guard", async () => {
    const compiled = await compile({
      name: "order_lines",
      query: "SELECT o.id, c.name, o.amount FROM orders o JOIN customers c ON c.id = o.customer_id",
      catalog,
    });
    expect(compiled.descriptor).toEqual({
      descriptorVersion: 1,
      name: "order_lines",
      schema: "immv",
      viewSchema: "public",
      strategy: "keyed",
      columns: [
        { name: "id", type: "integer" },
        { name: "name", type: "text" },
        { name: "amount", type: "numeric(10,2)" },
      ],
      baseTables: [
        {
          schema: "public",
          name: "orders",
          columns: [col("id", "integer", true), col("customer_id", "integer"), col("amount", "numeric(10,2)")],
          primaryKey: ["id"],
        },
        {
          schema: "public",
          name: "customers",
          columns: [col("id", "integer", true), col("name", "text")],
          primaryKey: ["id"],
        },
      ],
      triggers: [
        ...maintenanceTriggers("order_lines", "public", "orders"),
        ...maintenanceTriggers("order_lines", "public", "customers"),
        { table: { schema: "immv", name: "order_lines" }, name: "immv_refuse_direct_writes" },
      ],
      functions: [
        '"immv"."order_lines$before"()',
        '"immv"."order_lines$t1_orders"()',
        '"immv"."order_lines$t2_customers"()',
        '"immv"."order_lines$stash"()',
        '"immv"."order_lines$batch"()',
      ],
      // Identities the descriptor passes on, not values it computes.
      hash: compiled.hash,
      runtimeVersion: RUNTIME_VERSION,
      runtimeRequired: RUNTIME_REQUIRED_BY_VIEWS,
      compilerVersion: COMPILER_VERSION,
    });
    expect(compiled.hash).toMatch(/^[0-9a-f]{16}$/);
  });

  test("an aggregate in schemas of its own: typed as PostgreSQL types it, WHERE columns read too", async () => {
    const compiled = await compile({
      name: "Revenue",
      query:
        "SELECT customer_id, count(*) AS n, sum(amount) AS total FROM orders WHERE note <> '' GROUP BY customer_id",
      catalog,
      schema: "ivm",
      viewSchema: "reports",
    });
    const { hash, runtimeVersion, runtimeRequired, compilerVersion, ...described } = compiled.descriptor;
    expect(described).toEqual({
      descriptorVersion: 1,
      name: "Revenue",
      schema: "ivm",
      viewSchema: "reports",
      strategy: "aggregate",
      columns: [
        { name: "customer_id", type: "integer" },
        { name: "n", type: "bigint" },
        { name: "total", type: "numeric" },
      ],
      baseTables: [
        {
          schema: "public",
          name: "orders",
          columns: [
            col("id", "integer", true),
            col("customer_id", "integer"),
            col("amount", "numeric(10,2)"),
            col("note", "text"),
          ],
          primaryKey: ["id"],
        },
      ],
      triggers: [
        ...maintenanceTriggers("Revenue", "public", "orders"),
        { table: { schema: "ivm", name: "Revenue" }, name: "immv_refuse_direct_writes" },
      ],
      functions: [
        '"ivm"."Revenue$before"()',
        '"ivm"."Revenue$t1_orders"()',
        '"ivm"."Revenue$stash"()',
        '"ivm"."Revenue$batch"()',
      ],
    });
    expect([hash, runtimeVersion, runtimeRequired, compilerVersion]).toEqual([
      compiled.hash,
      RUNTIME_VERSION,
      RUNTIME_REQUIRED_BY_VIEWS,
      COMPILER_VERSION,
    ]);
  });

  test("is plain JSON, and lists the functions the creation script records in the catalog", async () => {
    const compiled = await compile({
      name: "order_lines",
      query: "SELECT o.id, slugify(c.name) AS slug FROM orders o JOIN customers c ON c.id = o.customer_id",
      catalog,
    });
    // A user function's result type is not in the catalog: null, which JSON keeps (undefined it would drop).
    expect(compiled.descriptor.columns).toEqual([
      { name: "id", type: "integer" },
      { name: "slug", type: null },
    ]);
    expect(JSON.parse(JSON.stringify(compiled.descriptor))).toStrictEqual(compiled.descriptor);
    const signatures = [
      '"immv"."order_lines$before"()',
      '"immv"."order_lines$t1_orders"()',
      '"immv"."order_lines$t2_customers"()',
      '"immv"."order_lines$stash"()',
      '"immv"."order_lines$batch"()',
    ];
    expect(compiled.descriptor.functions).toEqual(signatures);
    expect(compiled.createSql).toContain(`ARRAY[${signatures.map((s) => `'${s}'`).join(", ")}]::text[]`);
  });

  test("has no compiler internals on the public result", async () => {
    const compiled = await compile({ name: "v", query: "SELECT id FROM orders", catalog });
    expect(Object.keys(compiled)).not.toContain("plan");
  });
});
