import { eq, sql } from "drizzle-orm";
import {
  getViewConfig,
  integer,
  numeric,
  PgDialect,
  pgSchema,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  varchar,
} from "drizzle-orm/pg-core";
import { describe, expect, test } from "vitest";
import { relationsOf, sqlType } from "./catalog.js";
import { getImmvDefinition, immv } from "./declare.js";
import { diffViews, type ViewState } from "./state.js";

const customers = pgTable("customers", { id: serial("id").primaryKey(), name: text("name").notNull() });
const orders = pgTable("orders", {
  id: serial("id").primaryKey(),
  customerId: integer("customer_id").notNull(),
  amount: numeric("amount", { precision: 12, scale: 2 }),
});
const render = (q: ReturnType<typeof sql>) => new PgDialect().sqlToQuery(q.inlineParams()).sql;

describe("immv()", () => {
  test("the query-builder form: an existing view (drizzle-kit emits nothing) with the selection's columns", () => {
    const v = immv("order_lines", { indexes: [["customer"]] }).as((qb) =>
      qb
        .select({ id: orders.id, customer: customers.name })
        .from(orders)
        .innerJoin(customers, eq(customers.id, orders.customerId))
        .where(eq(orders.amount, "10")),
    );
    const config = getViewConfig(v);
    expect(config.isExisting).toBe(true);
    expect(config.query).toBeUndefined();
    expect(config.name).toBe("order_lines");
    const def = getImmvDefinition(v)!;
    expect(def).toMatchObject({ name: "order_lines", schema: "public", storageSchema: "immv", form: "query-builder" });
    expect(def.indexes).toEqual([["customer"]]);
    expect(render(def.query())).toBe(
      `select "orders"."id", "customers"."name" from "orders" inner join "customers" on "customers"."id" = "orders"."customer_id" where "orders"."amount" = '10'`,
    );
    // Selecting from it names the view's own columns.
    expect(new PgDialect().sqlToQuery(sql`${v.customer}`).sql).toBe(`"order_lines"."name"`);
  });

  test("the sql form: declared columns, options after them, plain text too", () => {
    const v = immv("big", { id: integer("id").notNull(), total: numeric("amount") }, { storageSchema: "s" }).as(
      sql`SELECT id, amount FROM orders WHERE amount > ${100}`,
    );
    const def = getImmvDefinition(v)!;
    expect(def).toMatchObject({ form: "sql", storageSchema: "s", schema: "public" });
    expect(def.columns).toEqual([
      { key: "id", name: "id", type: "integer" },
      { key: "total", name: "amount", type: "numeric" },
    ]);
    expect(render(def.query())).toBe("SELECT id, amount FROM orders WHERE amount > 100");
    expect(getViewConfig(v).isExisting).toBe(true);
    const plain = immv("p", { id: integer("id") }).as("SELECT id FROM orders");
    expect(render(getImmvDefinition(plain)!.query())).toBe("SELECT id FROM orders");
  });

  test("a view schema puts the drizzle view there", () => {
    const v = immv("r", { schema: "reporting" }).as((qb) => qb.select({ id: orders.id }).from(orders));
    expect(getViewConfig(v).schema).toBe("reporting");
    expect(getImmvDefinition(v)).toMatchObject({ schema: "reporting" });
  });

  test("under the config's casing, the query builder names columns declared without a name by it", () => {
    const t = pgTable("t", { customerId: integer().notNull() });
    const v = immv("c").as((qb) => qb.select({ customerId: t.customerId }).from(t));
    const snake = new PgDialect({ casing: "snake_case" });
    expect(snake.sqlToQuery(getImmvDefinition(v)!.query("snake_case")).sql).toBe('select "customer_id" from "t"');
  });

  test("records where it was called", () => {
    const v = immv("here").as((qb) => qb.select({ id: orders.id }).from(orders));
    expect(getImmvDefinition(v)!.callSite).toMatch(/drizzle\.test\.ts:\d+:\d+$/);
  });

  test("other values carry no definition", () => {
    expect(getImmvDefinition(orders)).toBeUndefined();
    expect(getImmvDefinition(undefined)).toBeUndefined();
    expect(getImmvDefinition("x")).toBeUndefined();
  });
});

describe("the catalog from drizzle tables", () => {
  test("types in format_type's spelling", () => {
    expect(sqlType("serial")).toBe("integer");
    expect(sqlType("bigserial")).toBe("bigint");
    expect(sqlType("numeric(12, 2)")).toBe("numeric(12,2)");
    expect(sqlType("varchar(20)")).toBe("character varying(20)");
    expect(sqlType("timestamp (3) with time zone")).toBe("timestamp(3) with time zone");
    expect(sqlType("timestamp")).toBe("timestamp without time zone");
    expect(sqlType("timestamp (3)")).toBe("timestamp(3) without time zone");
    expect(sqlType("time with time zone")).toBe("time with time zone");
    expect(sqlType("text")).toBe("text");
  });

  test("columns, primary keys (column and composite), schemas, casing; non-tables skipped", () => {
    const shop = pgSchema("shop");
    const lines = shop.table(
      "lines",
      { orderId: integer().notNull(), lineNo: integer("line_no").notNull(), note: varchar({ length: 5 }) },
      (t) => [primaryKey({ columns: [t.orderId, t.lineNo] })],
    );
    const events = pgTable("events", { at: timestamp({ withTimezone: true }) });
    const relations = relationsOf([customers, lines, events, "not a table", lines], "snake_case");
    expect(relations).toEqual([
      {
        schema: "public",
        name: "customers",
        kind: "table",
        columns: [
          { name: "id", type: "integer", notNull: true },
          { name: "name", type: "text", notNull: true },
        ],
        primaryKey: ["id"],
      },
      {
        schema: "shop",
        name: "lines",
        kind: "table",
        columns: [
          { name: "order_id", type: "integer", notNull: true },
          { name: "line_no", type: "integer", notNull: true },
          { name: "note", type: "character varying(5)", notNull: false },
        ],
        primaryKey: ["order_id", "line_no"],
      },
      {
        schema: "public",
        name: "events",
        kind: "table",
        columns: [{ name: "at", type: "timestamp with time zone", notNull: false }],
        primaryKey: [],
      },
    ]);
  });
});

describe("what changed since the state file", () => {
  const view = (over: Partial<ViewState> = {}): ViewState => ({
    name: "v",
    schema: "public",
    storageSchema: "immv",
    indexes: [],
    hash: "h1",
    compilerVersion: "0.1.0",
    normalizedDefinition: "SELECT 1",
    strategy: "keyed",
    baseColumns: ["public.t primary key (id)", "public.t.id integer not null"],
    triggers: [],
    migration: "0001_immv",
    ...over,
  });

  test("nothing, new, removed", () => {
    expect(diffViews([view()], [view()])).toEqual([]);
    expect(diffViews([], [view()])).toMatchObject([{ kind: "new", name: "v", dropFirst: false }]);
    expect(diffViews([view()], [])).toMatchObject([{ kind: "removed", name: "v", dropFirst: true }]);
  });

  test("a definition change is rebuilt after the tables' migration; a base column change is dropped before it", () => {
    expect(diffViews([view()], [view({ normalizedDefinition: "SELECT 2", hash: "h2" })])).toMatchObject([
      { kind: "changed", reasons: ["definition changed"], dropFirst: false },
    ]);
    const retyped = view({ baseColumns: ["public.t primary key (id)", "public.t.id bigint not null"] });
    expect(diffViews([view()], [retyped])).toMatchObject([
      {
        kind: "changed",
        reasons: ["base columns changed (- public.t.id integer not null, + public.t.id bigint not null)"],
        dropFirst: true,
      },
    ]);
    expect(diffViews([view()], [view({ storageSchema: "s" })])).toMatchObject([
      { reasons: ["storage schema immv -> s"], dropFirst: true },
    ]);
    expect(diffViews([view()], [view({ indexes: [["id"]], hash: "h3" })])).toMatchObject([
      { reasons: ["indexes changed"], dropFirst: false },
    ]);
    expect(diffViews([view()], [view({ compilerVersion: "0.2.0", hash: "h4" })])).toMatchObject([
      { kind: "changed", reasons: ["compiler 0.1.0 -> 0.2.0"], dropFirst: false },
    ]);
  });
});
