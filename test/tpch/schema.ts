import { type Catalog, catalogFromRelations, type Relation } from "@immv/core";

/**
 * The TPC-H schema as the specification defines it (clause 1.4): identifiers as `integer`, decimals
 * as `decimal(15,2)`, fixed text as `char(n)`, variable text as `varchar(n)`, dates as `date`; every
 * column NOT NULL (as dbgen's DDL declares them) and the primary keys of clause 1.4.2.2. Column
 * types are written as `format_type` prints them, which is what a Catalog carries.
 */

type ColumnSpec = readonly [name: string, type: string];

interface TableSpec {
  readonly name: string;
  readonly columns: readonly ColumnSpec[];
  readonly primaryKey: readonly string[];
}

const id = "integer";
const decimal = "numeric(15,2)";
const char = (n: number) => `character(${n})`;
const varchar = (n: number) => `character varying(${n})`;

export const TPCH_TABLES: readonly TableSpec[] = [
  {
    name: "part",
    columns: [
      ["p_partkey", id],
      ["p_name", varchar(55)],
      ["p_mfgr", char(25)],
      ["p_brand", char(10)],
      ["p_type", varchar(25)],
      ["p_size", "integer"],
      ["p_container", char(10)],
      ["p_retailprice", decimal],
      ["p_comment", varchar(23)],
    ],
    primaryKey: ["p_partkey"],
  },
  {
    name: "supplier",
    columns: [
      ["s_suppkey", id],
      ["s_name", char(25)],
      ["s_address", varchar(40)],
      ["s_nationkey", id],
      ["s_phone", char(15)],
      ["s_acctbal", decimal],
      ["s_comment", varchar(101)],
    ],
    primaryKey: ["s_suppkey"],
  },
  {
    name: "partsupp",
    columns: [
      ["ps_partkey", id],
      ["ps_suppkey", id],
      ["ps_availqty", "integer"],
      ["ps_supplycost", decimal],
      ["ps_comment", varchar(199)],
    ],
    primaryKey: ["ps_partkey", "ps_suppkey"],
  },
  {
    name: "customer",
    columns: [
      ["c_custkey", id],
      ["c_name", varchar(25)],
      ["c_address", varchar(40)],
      ["c_nationkey", id],
      ["c_phone", char(15)],
      ["c_acctbal", decimal],
      ["c_mktsegment", char(10)],
      ["c_comment", varchar(117)],
    ],
    primaryKey: ["c_custkey"],
  },
  {
    name: "orders",
    columns: [
      ["o_orderkey", id],
      ["o_custkey", id],
      ["o_orderstatus", char(1)],
      ["o_totalprice", decimal],
      ["o_orderdate", "date"],
      ["o_orderpriority", char(15)],
      ["o_clerk", char(15)],
      ["o_shippriority", "integer"],
      ["o_comment", varchar(79)],
    ],
    primaryKey: ["o_orderkey"],
  },
  {
    name: "lineitem",
    columns: [
      ["l_orderkey", id],
      ["l_partkey", id],
      ["l_suppkey", id],
      ["l_linenumber", "integer"],
      ["l_quantity", decimal],
      ["l_extendedprice", decimal],
      ["l_discount", decimal],
      ["l_tax", decimal],
      ["l_returnflag", char(1)],
      ["l_linestatus", char(1)],
      ["l_shipdate", "date"],
      ["l_commitdate", "date"],
      ["l_receiptdate", "date"],
      ["l_shipinstruct", char(25)],
      ["l_shipmode", char(10)],
      ["l_comment", varchar(44)],
    ],
    primaryKey: ["l_orderkey", "l_linenumber"],
  },
  {
    name: "nation",
    columns: [
      ["n_nationkey", id],
      ["n_name", char(25)],
      ["n_regionkey", id],
      ["n_comment", varchar(152)],
    ],
    primaryKey: ["n_nationkey"],
  },
  {
    name: "region",
    columns: [
      ["r_regionkey", id],
      ["r_name", char(25)],
      ["r_comment", varchar(152)],
    ],
    primaryKey: ["r_regionkey"],
  },
];

/** The schema as the compiler sees it, in `public`. */
export function tpchCatalog(): Catalog {
  return catalogFromRelations(
    TPCH_TABLES.map(
      (t): Relation => ({
        schema: "public",
        name: t.name,
        kind: "table",
        columns: t.columns.map(([name, type]) => ({ name, type, notNull: true })),
        primaryKey: [...t.primaryKey],
      }),
    ),
  );
}

/** CREATE TABLE statements for the same schema, to check the queries against a real server. */
export function tpchDdl(): string {
  return TPCH_TABLES.map(
    (t) =>
      `CREATE TABLE ${t.name} (${[
        ...t.columns.map(([name, type]) => `${name} ${type} NOT NULL`),
        `PRIMARY KEY (${t.primaryKey.join(", ")})`,
      ].join(", ")});`,
  ).join("\n");
}
