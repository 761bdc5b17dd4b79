import type { Step } from "../differential/dml-gen.js";
import type { Random } from "../differential/random.js";
import {
  BULK_QUANTITY,
  columnsOf,
  type DataSet,
  DOMAIN,
  day,
  insertSql,
  KEYS,
  lineItem,
  newRow,
  ORDER_TEMPLATE_NAMES,
  partRow,
  plantOrder,
  primaryKeyOf,
  type Row,
  type Supply,
  str,
} from "./data.js";

/**
 * Random multi-row writes to the eight TPC-H tables, seeded: INSERT (several rows; sometimes
 * ON CONFLICT DO NOTHING / DO UPDATE, or INSERT … SELECT copying line items), UPDATE of the
 * columns the queries read (join keys, primary keys, dates, flags, amounts; literals from the
 * data set's domains or expressions over the old values), DELETE of several rows, writable CTEs
 * over two tables (an order with its line items, a supplier with its partsupp rows, …), orders
 * aimed at one query upserted with their line items (and sometimes their customer, suppliers,
 * parts, nations and regions), initial rows written back over their keys (both keep the views
 * selecting rows), TRUNCATE of a small table followed by refilling it, and transactions of a few statements that
 * commit or roll back. Statements that violate a primary key fail and are part of the mix; in a
 * transaction the failure is followed by ROLLBACK, as a client would do.
 */

const TABLES = ["lineitem", "orders", "customer", "part", "partsupp", "supplier", "nation", "region"] as const;
type Table = (typeof TABLES)[number];
const WEIGHT: Record<Table, number> = {
  lineitem: 5,
  orders: 3,
  customer: 2,
  part: 2,
  partsupp: 2,
  supplier: 2,
  nation: 1,
  region: 1,
};
/** DELETE spares the small tables, RESTORE favours them: the views need their rows to select any. */
const DELETE_WEIGHT: Record<Table, number> = { ...WEIGHT, customer: 1, part: 1, supplier: 1, nation: 0.3, region: 0.3 };
const RESTORE_WEIGHT: Record<Table, number> = {
  lineitem: 1,
  orders: 1,
  customer: 2,
  part: 2,
  partsupp: 1,
  supplier: 2,
  nation: 2,
  region: 2,
};
/** Small tables a workload may TRUNCATE (then refill). */
const TRUNCATABLE: Table[] = ["region", "nation", "supplier", "part", "partsupp", "customer"];

/** The key column of each table used to pick rows, and its domain. */
const KEY: Record<Table, { column: string; min: number; max: number }> = {
  region: { column: "r_regionkey", ...KEYS.region },
  nation: { column: "n_nationkey", ...KEYS.nation },
  supplier: { column: "s_suppkey", ...KEYS.supplier },
  customer: { column: "c_custkey", ...KEYS.customer },
  part: { column: "p_partkey", ...KEYS.part },
  partsupp: { column: "ps_partkey", ...KEYS.part },
  orders: { column: "o_orderkey", ...KEYS.orders },
  lineitem: { column: "l_orderkey", ...KEYS.orders },
};

/**
 * Columns an UPDATE sets, with their weights (keys, dates and flags the queries filter and join
 * on weigh more), and expressions over the old value besides the domain's literals.
 */
const UPDATES: Record<Table, [column: string, weight: number, expressions?: string[]][]> = {
  region: [
    ["r_name", 3],
    ["r_regionkey", 1],
    ["r_comment", 1],
  ],
  nation: [
    ["n_name", 3],
    ["n_regionkey", 3, ["(n_regionkey + 1) % 5"]],
    ["n_nationkey", 1],
    ["n_comment", 1],
  ],
  supplier: [
    ["s_nationkey", 4, ["(s_nationkey + 1) % 9"]],
    ["s_suppkey", 1, ["s_suppkey + 1"]],
    ["s_name", 2],
    ["s_comment", 2],
    ["s_acctbal", 1, ["s_acctbal + 10"]],
    ["s_address", 1],
    ["s_phone", 1],
  ],
  customer: [
    ["c_nationkey", 3, ["(c_nationkey + 1) % 9"]],
    ["c_mktsegment", 3],
    ["c_custkey", 1],
    ["c_acctbal", 2, ["c_acctbal * 2", "c_acctbal - 100"]],
    ["c_phone", 1],
    ["c_name", 1],
    ["c_address", 1],
    ["c_comment", 1],
  ],
  part: [
    ["p_type", 3],
    ["p_name", 2],
    ["p_brand", 2],
    ["p_container", 2],
    ["p_size", 2, ["p_size + 1"]],
    ["p_partkey", 1],
    ["p_retailprice", 1],
  ],
  partsupp: [
    ["ps_supplycost", 3, ["ps_supplycost + 1"]],
    ["ps_availqty", 2],
    ["ps_suppkey", 2],
    ["ps_partkey", 1],
    ["ps_comment", 1],
  ],
  orders: [
    ["o_orderdate", 4, ["o_orderdate + 30", "o_orderdate - 90"]],
    ["o_orderpriority", 3],
    ["o_orderstatus", 3],
    ["o_custkey", 3, ["o_custkey % 10 + 1"]],
    ["o_orderkey", 1, ["o_orderkey + 1"]],
    ["o_shippriority", 1],
    ["o_totalprice", 1],
    ["o_comment", 1],
  ],
  lineitem: [
    ["l_shipdate", 4, ["l_shipdate + 31", "l_shipdate - 200", "l_commitdate - 1"]],
    ["l_commitdate", 3, ["l_receiptdate", "l_commitdate + 7", "l_shipdate + 3"]],
    ["l_receiptdate", 3, ["l_commitdate + 1", "l_receiptdate - 10"]],
    ["l_discount", 3],
    ["l_quantity", 3, ["l_quantity + 1", "l_quantity * 10"]],
    ["l_extendedprice", 2, ["l_extendedprice + 0.01"]],
    ["l_returnflag", 2],
    ["l_linestatus", 1],
    ["l_shipmode", 2],
    ["l_shipinstruct", 2],
    ["l_suppkey", 3, ["l_suppkey % 8 + 1"]],
    ["l_partkey", 2],
    ["l_orderkey", 2, ["l_orderkey + 1"]],
    ["l_linenumber", 1, ["l_linenumber + 1"]],
    ["l_tax", 1],
  ],
};

/** Equalities on a column value that select a few rows, per table, besides key predicates. */
const FILTERS: Record<Table, string[]> = {
  region: ["r_name"],
  nation: ["n_regionkey", "n_name"],
  supplier: ["s_nationkey"],
  customer: ["c_nationkey", "c_mktsegment"],
  part: ["p_brand", "p_type", "p_size"],
  partsupp: ["ps_suppkey"],
  orders: ["o_custkey", "o_orderdate", "o_orderpriority", "o_orderstatus"],
  lineitem: ["l_suppkey", "l_partkey", "l_shipdate", "l_shipmode", "l_returnflag", "l_discount"],
};

export class TpchWorkload {
  private inTx = false;
  private aborted = false;
  private txLeft = 0;
  private queue: Step[] = [];
  /** Queries whose views select no rows now: plants aim at them. */
  private empty: string[] = [];

  private readonly supply: Supply;

  constructor(
    private readonly rng: Random,
    private readonly dataSet: DataSet,
  ) {
    this.supply = dataSet.supply;
  }

  /** The next step to send. */
  next(): Step {
    const queued = this.queue.shift();
    if (queued) return queued;
    const rng = this.rng;
    if (this.inTx) {
      if (this.aborted) return { kind: "rollback", sql: "ROLLBACK" };
      if (this.txLeft <= 0) {
        return rng.chance(0.75) ? { kind: "commit", sql: "COMMIT" } : { kind: "rollback", sql: "ROLLBACK" };
      }
      this.txLeft--;
      return this.data();
    }
    if (rng.chance(0.06)) {
      this.txLeft = rng.int(2, 4);
      return { kind: "begin", sql: "BEGIN" };
    }
    return this.data();
  }

  /** Tells the workload how a step went. */
  observe(step: Step, error?: { code?: string }): void {
    if (step.kind === "begin") {
      this.inTx = error === undefined;
      this.aborted = false;
    } else if (step.kind === "commit" || step.kind === "rollback") {
      this.inTx = false;
      this.aborted = false;
      this.queue = [];
    } else if (error) {
      if (this.inTx) this.aborted = true;
      // a refill after a failed TRUNCATE is still worth sending; in an aborted transaction not
      if (this.inTx) this.queue = [];
    }
  }

  /** Tells the workload which views select no rows now (the oracle's last check). */
  observeEmpty(names: string[]): void {
    this.empty = names.filter((n) => ORDER_TEMPLATE_NAMES.includes(n));
  }

  /** Steps that close an open transaction at the end of a run. */
  finish(): Step[] {
    return this.inTx ? [{ kind: "commit", sql: "COMMIT" }] : [];
  }

  private data(): Step {
    const rng = this.rng;
    const kind = rng.weighted([
      ["insert", 4],
      ["update", 5],
      ["delete", 3],
      ["cte", 1.2],
      ["plant", 2],
      ["restore", 1.5],
      ["truncate", 0.25],
    ] as const);
    if (kind === "cte") return this.writableCte();
    if (kind === "plant") return this.plant();
    if (kind === "restore") return this.restore();
    if (kind === "truncate") {
      const table = rng.pick(TRUNCATABLE);
      // the refill (the initial rows) runs as its own statement, checked in between
      this.queue.push({ kind: `refill ${table}`, sql: insertSql(table, this.initial(table)) });
      return { kind: `truncate ${table}`, sql: `TRUNCATE ${table}` };
    }
    const table = rng.weighted(TABLES.map((t) => [t, (kind === "delete" ? DELETE_WEIGHT : WEIGHT)[t]] as const));
    if (kind === "insert") return this.insert(table);
    if (kind === "update")
      return { kind: `update ${table}`, sql: `UPDATE ${table} SET ${this.sets(table)} WHERE ${this.where(table)}` };
    return { kind: `delete ${table}`, sql: `DELETE FROM ${table} WHERE ${this.where(table, true)}` };
  }

  private initial(table: Table): Row[] {
    return this.dataSet.tables.find(([t]) => t === table)![1];
  }

  /** `ON CONFLICT (key) DO UPDATE SET` every other column of `table`. */
  private overwrite(table: Table): string {
    const key = primaryKeyOf(table);
    const others = columnsOf(table).filter((c) => !key.includes(c));
    return `ON CONFLICT (${key.join(", ")}) DO UPDATE SET ${others.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}`;
  }

  /**
   * An order aimed at one query, with its line items, written over whatever holds its key (an
   * upsert of both tables in one statement), so the views keep selecting rows as the other
   * statements move them away: mostly at a query whose view is empty. Half the time the statement also writes back the initial rows of
   * the order's customer, suppliers and parts, their nations and regions: up to seven tables.
   */
  private plant(): Step {
    const template = this.empty.length > 0 && this.rng.chance(0.75) ? this.rng.pick(this.empty) : undefined;
    const { order, lines } = plantOrder(this.rng, this.dataSet.population, this.key("orders"), template);
    const upsert = (table: Table, rows: Row[]) => `${insertSql(table, rows)} ${this.overwrite(table)}`;
    const parts: string[] = [];
    if (this.rng.chance(0.5)) {
      const customers = this.initialRows("customer", "c_custkey", [order.o_custkey!]);
      const suppliers = this.initialRows(
        "supplier",
        "s_suppkey",
        lines.map((l) => l.l_suppkey!),
      );
      const nations = this.initialRows("nation", "n_nationkey", [
        ...customers.map((c) => c.c_nationkey!),
        ...suppliers.map((r) => r.s_nationkey!),
      ]);
      const world: [Table, Row[]][] = [
        [
          "region",
          this.initialRows(
            "region",
            "r_regionkey",
            nations.map((n) => n.n_regionkey!),
          ),
        ],
        ["nation", nations],
        ["customer", customers],
        ["supplier", suppliers],
        [
          "part",
          this.initialRows(
            "part",
            "p_partkey",
            lines.map((l) => l.l_partkey!),
          ),
        ],
      ];
      for (const [table, rows] of world) if (rows.length > 0) parts.push(`new_${table} AS (${upsert(table, rows)})`);
    }
    parts.push(`new_orders AS (${upsert("orders", [order])})`);
    return {
      kind: parts.length > 1 ? "cte plant order and its world" : "cte plant orders+lineitem",
      sql: `WITH ${parts.join(", ")} ${upsert("lineitem", lines)}`,
    };
  }

  /** The initial rows of `table` whose `column` holds one of `values` (each once). */
  private initialRows(table: Table, column: string, values: string[]): Row[] {
    return this.initial(table).filter((r) => values.includes(r[column]!));
  }

  /** Some or all initial rows of a table written back over what holds their keys now. */
  private restore(): Step {
    const rng = this.rng;
    const table = rng.weighted(TABLES.map((t) => [t, RESTORE_WEIGHT[t]] as const));
    const all = this.initial(table);
    const rows = rng.chance(0.5) ? all : rng.subset(all, 1, 4);
    return { kind: `restore ${table}`, sql: `${insertSql(table, rows)} ${this.overwrite(table)}` };
  }

  private key(table: Table): number {
    return this.rng.int(KEY[table].min, KEY[table].max);
  }

  /** A key for a new row: half the time above the initial rows' keys, so fewer inserts collide. */
  private newKey(table: "region" | "nation" | "supplier" | "customer" | "part" | "orders"): number {
    return this.rng.chance(0.5)
      ? this.rng.int(KEYS[table].initial + KEYS[table].min, KEYS[table].max)
      : this.key(table);
  }

  /** A new row of `table` with a random key. */
  private row(table: Table): Row {
    const rng = this.rng;
    if (table === "lineitem")
      return lineItem(rng, this.key("orders"), rng.int(KEYS.line.min, KEYS.line.max), this.supply);
    if (table === "partsupp") {
      return newRow(rng, table, { ps_partkey: String(this.key("part")), ps_suppkey: String(this.key("supplier")) });
    }
    if (table === "part") return partRow(rng, this.newKey(table));
    return newRow(rng, table, { [KEY[table].column]: String(this.newKey(table)) });
  }

  private insert(table: Table): Step {
    const rng = this.rng;
    if (table === "lineitem" && rng.chance(0.2)) {
      // copies of an order's line items under new line numbers: values repeat, keys may collide
      return {
        kind: "insert-select lineitem",
        sql: `INSERT INTO lineitem SELECT l_orderkey, l_partkey, l_suppkey, l_linenumber + ${rng.int(1, 3)}, l_quantity, l_extendedprice, l_discount, l_tax, l_returnflag, l_linestatus, l_shipdate, l_commitdate, l_receiptdate, l_shipinstruct, l_shipmode, l_comment FROM lineitem WHERE l_orderkey = ${this.key("orders")} ON CONFLICT DO NOTHING`,
      };
    }
    const rows = Array.from({ length: rng.int(1, 4) }, () => this.row(table));
    const variant = rng.weighted([
      ["plain", 6],
      ["nothing", 2],
      ["update", 2],
    ] as const);
    if (variant === "plain") return { kind: `insert ${table}`, sql: insertSql(table, rows) };
    const key = primaryKeyOf(table);
    if (variant === "nothing") {
      return { kind: `insert ${table}`, sql: `${insertSql(table, rows)} ON CONFLICT (${key.join(", ")}) DO NOTHING` };
    }
    const columns = UPDATES[table].map(([c]) => c).filter((c) => !key.includes(c));
    const set = rng.subset(columns, 1, 3).map((c) => `${c} = EXCLUDED.${c}`);
    return {
      kind: `upsert ${table}`,
      sql: `${insertSql(table, rows)} ON CONFLICT (${key.join(", ")}) DO UPDATE SET ${set.join(", ")}`,
    };
  }

  /** One or two assignments: a domain literal or an expression over the old value. */
  private sets(table: Table): string {
    const rng = this.rng;
    const chosen = new Set<string>();
    const out: string[] = [];
    for (let i = rng.int(1, 2); i > 0; i--) {
      const [column, , expressions] = rng.weighted(UPDATES[table].map((u) => [u, u[1]] as const));
      if (chosen.has(column)) continue;
      chosen.add(column);
      const value = expressions && rng.chance(0.4) ? rng.pick(expressions) : DOMAIN[column]!(rng);
      out.push(`${column} = ${value}`);
    }
    return out.join(", ");
  }

  /** A predicate selecting a few rows (for DELETE fewer than for UPDATE). */
  private where(table: Table, fewer = false): string {
    const rng = this.rng;
    const key = KEY[table].column;
    const r = rng.next();
    if (r < 0.35) {
      const keys = [...new Set(Array.from({ length: rng.int(1, 3) }, () => this.key(table)))];
      return `${key} IN (${keys.join(", ")})`;
    }
    if (r < 0.55 && !fewer) return `${key} % ${rng.int(3, 5)} = ${rng.int(0, 2)}`;
    if (r < 0.65) {
      const low = this.key(table);
      return `${key} BETWEEN ${low} AND ${low + rng.int(0, 2)}`;
    }
    const column = rng.pick(FILTERS[table]);
    const filter = `${column} = ${DOMAIN[column]!(rng)}`;
    return fewer ? `${filter} AND ${key} % 2 = ${rng.int(0, 1)}` : filter;
  }

  /** A statement that writes two tables (a writable CTE), as one batch. */
  private writableCte(): Step {
    const rng = this.rng;
    const order = this.key("orders");
    switch (rng.int(0, 5)) {
      case 0:
        return {
          kind: "cte delete orders+lineitem",
          sql: `WITH o AS (DELETE FROM orders WHERE o_orderkey IN (${order}, ${this.key("orders")}) RETURNING o_orderkey) DELETE FROM lineitem WHERE l_orderkey IN (SELECT o_orderkey FROM o)`,
        };
      case 1: {
        // a new order (a key above the initial ones), so it mostly goes in
        const fresh = this.rng.int(KEYS.orders.initial + 1, KEYS.orders.max);
        const fixed: Row = rng.chance(0.3) ? { l_quantity: BULK_QUANTITY } : {};
        const lines = Array.from({ length: rng.int(1, 4) }, (_, i) => lineItem(rng, fresh, i + 1, this.supply, fixed));
        const o = newRow(rng, "orders", { o_orderkey: String(fresh) });
        return {
          kind: "cte insert orders+lineitem",
          sql: `WITH o AS (${insertSql("orders", [o])} RETURNING o_orderkey) ${insertSql("lineitem", lines)}`,
        };
      }
      case 2:
        return {
          kind: "cte update orders+lineitem",
          sql: `WITH o AS (UPDATE orders SET o_orderdate = ${DOMAIN.o_orderdate!(rng)} WHERE o_custkey = ${this.key("customer")} RETURNING o_orderkey) UPDATE lineitem SET l_shipdate = ${DOMAIN.l_shipdate!(rng)}, l_returnflag = ${str(rng.pick(["R", "A", "N"]))} WHERE l_orderkey IN (SELECT o_orderkey FROM o)`,
        };
      case 3:
        return {
          kind: "cte update supplier+partsupp",
          sql: `WITH s AS (UPDATE supplier SET s_nationkey = ${DOMAIN.s_nationkey!(rng)} WHERE s_suppkey = ${this.key("supplier")} RETURNING s_suppkey) UPDATE partsupp SET ps_supplycost = ${DOMAIN.ps_supplycost!(rng)} WHERE ps_suppkey IN (SELECT s_suppkey FROM s)`,
        };
      case 4:
        return {
          kind: "cte delete part+partsupp",
          sql: `WITH p AS (DELETE FROM part WHERE p_partkey = ${this.key("part")} RETURNING p_partkey) DELETE FROM partsupp WHERE ps_partkey IN (SELECT p_partkey FROM p)`,
        };
      default:
        return {
          kind: "cte customer moves orders",
          sql: `WITH c AS (UPDATE customer SET c_nationkey = ${DOMAIN.c_nationkey!(rng)}, c_mktsegment = ${DOMAIN.c_mktsegment!(rng)} WHERE c_custkey = ${this.key("customer")} RETURNING c_custkey) UPDATE orders SET o_custkey = (SELECT c_custkey FROM c), o_orderdate = ${day("1995-03-01")} WHERE o_orderkey = ${order} AND EXISTS (SELECT FROM c)`,
        };
    }
  }
}
