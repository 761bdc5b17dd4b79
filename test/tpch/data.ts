import type { Random } from "../differential/random.js";
import { TPCH_TABLES } from "./schema.js";

/**
 * A small TPC-H-shaped data set: tens of rows per table, every value drawn from a tiny domain so
 * joins match and values repeat, and the domains hold the values the 22 queries ask for (their
 * validation parameters: dates 1993–1998, 'BUILDING', 'FRANCE' / 'GERMANY', 'BRAZIL' in
 * 'AMERICA', 'ECONOMY ANODIZED STEEL', 'green' and 'forest' parts, the brands, containers and
 * sizes of q16, q17 and q19, ship modes, order priorities, return flags, phone country codes …).
 * The initial set is built so every query selects rows (generateData: every nation has a supplier
 * and a customer who orders, parts of each kind a query looks for, orders aimed at one query
 * each). Values are SQL literals. The workload draws new rows and new values from the same
 * domains, and plants orders aimed at a query with plantOrder.
 */

/** A row as SQL literals, by column name. */
export type Row = Record<string, string>;

export const str = (s: string) => `'${s.replaceAll("'", "''")}'`;
export const day = (iso: string) => `date '${iso}'`;

/** `iso` moved by `days` (UTC calendar arithmetic), as YYYY-MM-DD. */
function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Key domains: the initial rows use the low part, inserts the whole (so they also collide). */
export const KEYS = {
  region: { min: 0, initial: 5, max: 6 },
  nation: { min: 0, initial: 8, max: 10 },
  supplier: { min: 1, initial: 10, max: 14 },
  customer: { min: 1, initial: 10, max: 14 },
  part: { min: 1, initial: 8, max: 11 },
  orders: { min: 1, initial: 16, max: 22 },
  /** l_linenumber */
  line: { min: 1, initial: 4, max: 6 },
} as const;

export const REGIONS = ["AFRICA", "AMERICA", "ASIA", "EUROPE", "MIDDLE EAST"] as const;
/** name, region key (index in REGIONS); the nation key is the index. */
export const NATIONS = [
  ["FRANCE", 3],
  ["GERMANY", 3],
  ["BRAZIL", 1],
  ["CANADA", 1],
  ["SAUDI ARABIA", 4],
  ["CHINA", 2],
  ["JAPAN", 2],
  ["EGYPT", 0],
] as const;
type Nation = (typeof NATIONS)[number][0];

/** Order dates: q3 (< 1995-03-15), q4 (1993 Q3), q5 (1994), q8 (1995–1996), q10 (1993 Q4), later. */
const ORDER_DATES = [
  "1993-08-15",
  "1993-11-20",
  "1994-05-10",
  "1994-12-01",
  "1995-02-01",
  "1995-03-14",
  "1995-06-30",
  "1996-07-04",
  "1997-10-10",
];
/** Ship dates: q1 (≤ 1998-09-02), q3 (> 1995-03-15), q6, q20 (1994), q7 (1995–1996), q12 (receipt
 * in 1994), q14 (1995-09), q15 (1996 Q1), and one after q1's cut-off. */
const SHIP_DATES = [
  "1993-09-01",
  "1994-03-10",
  "1994-11-30",
  "1995-03-16",
  "1995-09-10",
  "1996-02-14",
  "1996-06-15",
  "1997-03-01",
  "1998-11-01",
];
const COMMIT_OFFSETS = [-5, 3, 10];
const RECEIPT_OFFSETS = [1, 7, 20];

const SEGMENTS = ["BUILDING", "AUTOMOBILE", "MACHINERY"];
const PRIORITIES = ["1-URGENT", "2-HIGH", "3-MEDIUM", "4-NOT SPECIFIED", "5-LOW"];
const SHIP_MODES = ["AIR", "AIR REG", "MAIL", "SHIP", "TRUCK"];
const INSTRUCTIONS = ["DELIVER IN PERSON", "NONE", "TAKE BACK RETURN"];
const PART_NAMES = ["forest green metallic", "forest red", "dark green lace", "blue khaki", "pale green"];
const TYPES = [
  "ECONOMY ANODIZED STEEL",
  "PROMO BRUSHED TIN",
  "PROMO PLATED BRASS",
  "STANDARD POLISHED BRASS",
  "MEDIUM POLISHED COPPER",
];
const BRANDS = ["Brand#12", "Brand#23", "Brand#34", "Brand#45"];
const CONTAINERS = ["SM BOX", "SM CASE", "MED BOX", "MED BAG", "LG BOX", "LG CASE", "JUMBO PKG"];
const SIZES = [3, 5, 9, 15, 23];
/** q22's country codes and two others. */
const PHONE_CODES = ["13", "31", "23", "29", "30", "18", "17", "11", "25"];
const QUANTITIES = [1, 5, 10, 15, 20, 25, 30, 50];
/** q18 needs orders whose quantities sum past 300. */
export const BULK_QUANTITY = "160";

/** A value for each column the workload may set, drawn from its domain. */
export const DOMAIN: Record<string, (rng: Random) => string> = {
  r_regionkey: (rng) => String(rng.int(KEYS.region.min, KEYS.region.max)),
  r_name: (rng) => str(rng.pick(REGIONS)),
  r_comment: (rng) => str(rng.pick(["", "quiet"])),
  n_nationkey: (rng) => String(rng.int(KEYS.nation.min, KEYS.nation.max)),
  n_name: (rng) => str(rng.pick(NATIONS)[0]),
  n_regionkey: (rng) => String(rng.int(0, REGIONS.length - 1)),
  n_comment: (rng) => str(rng.pick(["", "quiet"])),
  s_suppkey: (rng) => String(rng.int(KEYS.supplier.min, KEYS.supplier.max)),
  s_name: (rng) => str(`Supplier#00${rng.int(1, 4)}`),
  s_address: (rng) => str(rng.pick(["a", "b"])),
  s_nationkey: (rng) => String(rng.int(0, NATIONS.length - 1)),
  s_phone: (rng) => str(`${rng.pick(PHONE_CODES)}-555-0100`),
  s_acctbal: (rng) => rng.pick(["-10.00", "100.00", "250.50"]),
  s_comment: (rng) => str(rng.pick(["", "Customer Complaints", "Customer praise"])),
  c_custkey: (rng) => String(rng.int(KEYS.customer.min, KEYS.customer.max)),
  c_name: (rng) => str(`Customer#00${rng.int(1, 4)}`),
  c_address: (rng) => str(rng.pick(["c", "d"])),
  c_nationkey: (rng) => String(rng.int(0, NATIONS.length - 1)),
  c_phone: (rng) => str(`${rng.pick(PHONE_CODES)}-555-0199`),
  c_acctbal: (rng) => rng.pick(["-100.00", "0.00", "250.50", "1000.00", "5000.00"]),
  c_mktsegment: (rng) => str(rng.pick(SEGMENTS)),
  c_comment: (rng) => str(rng.pick(["", "regular"])),
  p_partkey: (rng) => String(rng.int(KEYS.part.min, KEYS.part.max)),
  p_name: (rng) => str(rng.pick(PART_NAMES)),
  p_mfgr: (rng) => str(`Manufacturer#${rng.int(1, 2)}`),
  p_brand: (rng) => str(rng.pick(BRANDS)),
  p_type: (rng) => str(rng.pick(TYPES)),
  p_size: (rng) => String(rng.pick(SIZES)),
  p_container: (rng) => str(rng.pick(CONTAINERS)),
  p_retailprice: (rng) => rng.pick(["900.00", "1000.50"]),
  p_comment: (rng) => str(rng.pick(["", "final"])),
  ps_partkey: (rng) => String(rng.int(KEYS.part.min, KEYS.part.max)),
  ps_suppkey: (rng) => String(rng.int(KEYS.supplier.min, KEYS.supplier.max)),
  ps_availqty: (rng) => String(rng.pick([10, 500, 5000])),
  ps_supplycost: (rng) => rng.pick(["5.00", "10.50", "100.00"]),
  ps_comment: (rng) => str(rng.pick(["", "bold"])),
  o_orderkey: (rng) => String(rng.int(KEYS.orders.min, KEYS.orders.max)),
  o_custkey: (rng) => String(rng.int(KEYS.customer.min, KEYS.customer.max)),
  o_orderstatus: (rng) =>
    str(
      rng.weighted([
        ["F", 3],
        ["O", 2],
        ["P", 1],
      ] as const),
    ),
  o_totalprice: (rng) => rng.pick(["1000.00", "2500.50"]),
  o_orderdate: (rng) => day(rng.pick(ORDER_DATES)),
  o_orderpriority: (rng) => str(rng.pick(PRIORITIES)),
  o_clerk: (rng) => str(`Clerk#00${rng.int(1, 2)}`),
  o_shippriority: (rng) => String(rng.int(0, 1)),
  o_comment: (rng) => str(rng.pick(["", "special requests", "regular"])),
  l_orderkey: (rng) => String(rng.int(KEYS.orders.min, KEYS.orders.max)),
  l_partkey: (rng) => String(rng.int(KEYS.part.min, KEYS.part.max)),
  l_suppkey: (rng) => String(rng.int(KEYS.supplier.min, KEYS.supplier.max)),
  l_linenumber: (rng) => String(rng.int(KEYS.line.min, KEYS.line.max)),
  l_quantity: (rng) => String(rng.pick(QUANTITIES)),
  l_extendedprice: (rng) => rng.pick(["100.00", "250.50", "999.99"]),
  l_discount: (rng) => rng.pick(["0.00", "0.05", "0.06", "0.07", "0.10"]),
  l_tax: (rng) => rng.pick(["0.00", "0.02", "0.08"]),
  l_returnflag: (rng) => str(rng.pick(["R", "A", "N"])),
  l_linestatus: (rng) => str(rng.pick(["O", "F"])),
  l_shipdate: (rng) => day(rng.pick(SHIP_DATES)),
  l_commitdate: (rng) => day(addDays(rng.pick(SHIP_DATES), rng.pick(COMMIT_OFFSETS))),
  l_receiptdate: (rng) => day(addDays(rng.pick(SHIP_DATES), rng.pick(RECEIPT_OFFSETS))),
  l_shipinstruct: (rng) => str(rng.pick(INSTRUCTIONS)),
  l_shipmode: (rng) => str(rng.pick(SHIP_MODES)),
  l_comment: (rng) => str(rng.pick(["", "quick"])),
};

/** The columns of `table`, in table order. */
export function columnsOf(table: string): string[] {
  const spec = TPCH_TABLES.find((t) => t.name === table);
  if (!spec) throw new Error(`no TPC-H table ${table}`);
  return spec.columns.map(([name]) => name);
}

export function primaryKeyOf(table: string): string[] {
  return [...TPCH_TABLES.find((t) => t.name === table)!.primaryKey];
}

/** A new row of `table`: the `fixed` columns, the others drawn from their domains. */
export function newRow(rng: Random, table: string, fixed: Row = {}): Row {
  const row: Row = {};
  for (const column of columnsOf(table)) row[column] = fixed[column] ?? DOMAIN[column]!(rng);
  return row;
}

/** `INSERT INTO table VALUES (…), (…)`. */
export function insertSql(table: string, rows: Row[]): string {
  const columns = columnsOf(table);
  return `INSERT INTO ${table} VALUES ${rows.map((r) => `(${columns.map((c) => r[c]).join(", ")})`).join(", ")}`;
}

/** A line item's ship, commit and receipt dates: late (received after the commit date), on time, or either. */
export function lineDates(rng: Random, ship = rng.pick(SHIP_DATES), late?: boolean): Row {
  const [commit, receipt] =
    late === undefined ? [rng.pick(COMMIT_OFFSETS), rng.pick(RECEIPT_OFFSETS)] : late ? [3, 7] : [10, 1];
  return {
    l_shipdate: day(ship),
    l_commitdate: day(addDays(ship, commit)),
    l_receiptdate: day(addDays(ship, receipt)),
  };
}

/** (part, supplier) pairs of partsupp, which line items mostly follow (q9 and q20 join them). */
export type Supply = [partkey: number, suppkey: number][];

/** A line item of `order`, by default of a part from one of its suppliers. */
export function lineItem(rng: Random, order: number, line: number, supply: Supply, fixed: Row = {}): Row {
  const [part, supp] =
    supply.length > 0 && rng.chance(0.85)
      ? rng.pick(supply)
      : [rng.int(KEYS.part.min, KEYS.part.max), rng.int(KEYS.supplier.min, KEYS.supplier.max)];
  return newRow(rng, "lineitem", {
    l_orderkey: String(order),
    l_linenumber: String(line),
    l_partkey: String(part),
    l_suppkey: String(supp),
    ...lineDates(rng),
    ...fixed,
  });
}

/**
 * Kinds of part the queries look for; the initial parts take each once (the rest random): q19's
 * three branches (brand, containers, sizes; Brand#23 in a MED BOX is also q17's), q2's size-15
 * brass part, q20's forest part, q8's type and q9's green part.
 */
const PART_PROFILES: Record<string, (rng: Random) => Row> = {
  q19a: (rng) => ({
    p_brand: str("Brand#12"),
    p_container: str(rng.pick(["SM BOX", "SM CASE"])),
    p_size: rng.pick(["3", "5"]),
  }),
  q17: (rng) => ({ p_brand: str("Brand#23"), p_container: str("MED BOX"), p_size: rng.pick(["3", "5", "9"]) }),
  q19c: (rng) => ({
    p_brand: str("Brand#34"),
    p_container: str(rng.pick(["LG BOX", "LG CASE"])),
    p_size: rng.pick(["9", "15"]),
  }),
  q02: (rng) => ({ p_size: "15", p_type: str(rng.pick(["PROMO PLATED BRASS", "STANDARD POLISHED BRASS"])) }),
  q20: (rng) => ({ p_name: str(rng.pick(["forest green metallic", "forest red"])) }),
  q08: () => ({ p_type: str("ECONOMY ANODIZED STEEL") }),
  q09: (rng) => ({ p_name: str(rng.pick(["dark green lace", "pale green"])) }),
};

/** A new part with a random key: often of one of the profiles. */
export function partRow(rng: Random, key: number): Row {
  const profile = rng.chance(0.6) ? PART_PROFILES[rng.pick(Object.keys(PART_PROFILES))]!(rng) : {};
  return newRow(rng, "part", { p_partkey: String(key), ...profile });
}

/** What order templates pick from: the initial customers, suppliers and parts. */
export interface Population {
  /** Customers that may place orders (the last two place none, for q13 and q22), by nation. */
  customers: { key: number; nation: Nation; segment: string }[];
  suppliers: { key: number; nation: Nation }[];
  /** Part key by profile. */
  parts: Map<string, number>;
  supply: Supply;
}

interface OrderPlan {
  order: Row;
  lines: Row[];
}

/** A line item with nothing fixed. */
const ANY_LINE: Row = {};

const EUROPE: Nation[] = ["FRANCE", "GERMANY"];
const ASIA: Nation[] = ["CHINA", "JAPAN"];
const AMERICA: Nation[] = ["BRAZIL", "CANADA"];

/**
 * Orders aimed at one query each (its dates, customer, suppliers, parts, flags), so the initial
 * data set selects rows of every query; an order's other columns are random. A template that
 * finds no fitting customer, supplier or part leaves the choice random (the suite then redraws).
 */
const ORDER_TEMPLATES: Record<string, (rng: Random, p: Population) => OrderPlan> = {
  q03: (rng, p) => ({
    order: {
      ...customerOf(rng, p, (c) => c.segment === str("BUILDING")),
      o_orderdate: day(rng.pick(["1994-05-10", "1995-02-01", "1995-03-14"])),
    },
    lines: [lineDates(rng, rng.pick(["1995-03-16", "1995-09-10", "1996-06-15"]))],
  }),
  q04: (rng) => ({ order: { o_orderdate: day("1993-08-15") }, lines: [lineDates(rng, undefined, true)] }),
  q05: (rng, p) => {
    const asian = p.customers.filter((c) => ASIA.includes(c.nation));
    const customer = rng.pick(asian.length > 0 ? asian : p.customers);
    const supplier = p.suppliers.find((s) => s.nation === customer.nation);
    return {
      order: { o_custkey: String(customer.key), o_orderdate: day(rng.pick(["1994-05-10", "1994-12-01"])) },
      lines: [supplier ? { l_suppkey: String(supplier.key) } : ANY_LINE],
    };
  },
  q07: (rng, p) => {
    const [from, to] = rng.shuffle(EUROPE);
    return {
      order: customerOf(rng, p, (c) => c.nation === to),
      lines: [{ ...supplierOf(rng, p, [from!]), ...lineDates(rng, rng.pick(["1995-03-16", "1996-02-14"])) }],
    };
  },
  q08: (rng, p) => ({
    order: {
      ...customerOf(rng, p, (c) => AMERICA.includes(c.nation)),
      o_orderdate: day(rng.pick(["1995-06-30", "1996-07-04"])),
    },
    lines: [
      { ...partOf(p, "q08"), ...supplierOf(rng, p, ["BRAZIL"]) },
      { ...partOf(p, "q08"), ...supplierOf(rng, p, ["FRANCE", "CANADA"]) },
    ],
  }),
  q10: () => ({ order: { o_orderdate: day("1993-11-20") }, lines: [{ l_returnflag: str("R") }, ANY_LINE] }),
  q12: (rng) => ({
    order: { o_orderpriority: str(rng.pick(["1-URGENT", "3-MEDIUM"])) },
    lines: [{ l_shipmode: str(rng.pick(["MAIL", "SHIP"])), ...lineDates(rng, "1994-03-10", true) }],
  }),
  q17: (_, p) => ({
    order: {},
    lines: [
      { ...partOf(p, "q17"), l_quantity: "1" },
      { ...partOf(p, "q17"), l_quantity: "50" },
    ],
  }),
  q18: () => ({ order: {}, lines: [{ l_quantity: BULK_QUANTITY }, { l_quantity: BULK_QUANTITY }] }),
  q19: (rng, p) => {
    const [profile, quantity] = rng.pick([
      ["q19a", "5"],
      ["q17", "15"],
      ["q19c", "25"],
    ] as const);
    return {
      order: {},
      lines: [
        {
          ...partOf(p, profile),
          l_quantity: quantity,
          l_shipmode: str(rng.pick(["AIR", "AIR REG"])),
          l_shipinstruct: str("DELIVER IN PERSON"),
        },
      ],
    };
  },
  q20: (rng, p) => {
    const part = p.parts.get("q20");
    const pair = p.supply.find(([pk, sk]) => pk === part && p.suppliers.find((s) => s.key === sk)?.nation === "CANADA");
    return {
      order: {},
      lines: [
        {
          ...(pair ? { l_partkey: String(pair[0]), l_suppkey: String(pair[1]) } : {}),
          l_quantity: "5",
          ...lineDates(rng, rng.pick(["1994-03-10", "1994-11-30"])),
        },
      ],
    };
  },
  q21: (rng, p) => {
    const saudi = p.suppliers.find((s) => s.nation === "SAUDI ARABIA");
    const other = rng.pick(p.suppliers.filter((s) => s.key !== saudi?.key));
    return {
      order: { o_orderstatus: str("F") },
      lines: [
        { ...(saudi ? { l_suppkey: String(saudi.key) } : {}), ...lineDates(rng, undefined, true) },
        { l_suppkey: String(other.key), ...lineDates(rng, undefined, false) },
      ],
    };
  },
};

/** The queries ORDER_TEMPLATES aim at. */
export const ORDER_TEMPLATE_NAMES = Object.keys(ORDER_TEMPLATES);

function customerOf(rng: Random, p: Population, fits: (c: Population["customers"][number]) => boolean): Row {
  const fitting = p.customers.filter(fits);
  return fitting.length > 0 ? { o_custkey: String(rng.pick(fitting).key) } : {};
}

function supplierOf(rng: Random, p: Population, nations: Nation[]): Row {
  const fitting = p.suppliers.filter((s) => nations.includes(s.nation));
  return fitting.length > 0 ? { l_suppkey: String(rng.pick(fitting).key) } : {};
}

function partOf(p: Population, profile: string): Row {
  const key = p.parts.get(profile);
  return key === undefined ? {} : { l_partkey: String(key) };
}

export interface DataSet {
  /** Rows by table, parents first. */
  tables: [table: string, rows: Row[]][];
  supply: Supply;
  population: Population;
}

const range = (n: number, from: number) => Array.from({ length: n }, (_, i) => from + i);

/** Rows for a whole small table, as in an initial data set (the workload refills truncated tables with them). */
export function tableRows(rng: Random, table: string, supply: Supply): Row[] {
  switch (table) {
    case "region":
      return REGIONS.map((name, key) => newRow(rng, "region", { r_regionkey: String(key), r_name: str(name) }));
    case "nation":
      return NATIONS.map(([name, region], key) =>
        newRow(rng, "nation", { n_nationkey: String(key), n_name: str(name), n_regionkey: String(region) }),
      );
    case "supplier":
      return range(KEYS.supplier.initial, 1).map((k) => newRow(rng, "supplier", { s_suppkey: String(k) }));
    case "customer":
      return range(KEYS.customer.initial, 1).map((k) => newRow(rng, "customer", { c_custkey: String(k) }));
    case "part":
      return range(KEYS.part.initial, 1).map((k) => newRow(rng, "part", { p_partkey: String(k) }));
    case "partsupp":
      return supply.map(([p, s]) => newRow(rng, "partsupp", { ps_partkey: String(p), ps_suppkey: String(s) }));
    default:
      throw new Error(`no small TPC-H table ${table}`);
  }
}

/**
 * The initial data set. Every nation has a supplier and a customer who orders; the parts cover
 * PART_PROFILES, each supplied by two or three suppliers (q20's part also by a Canadian one with
 * plenty available, q2's by a European one); the orders cover ORDER_TEMPLATES, the rest random.
 */
export function generateData(rng: Random): DataSet {
  const nationKeys = range(NATIONS.length, 0);
  const nationOf = (k: number) => NATIONS[k]![0];
  const supplierNations = rng.shuffle([
    ...nationKeys,
    ...range(KEYS.supplier.initial - NATIONS.length, 0).map(() => rng.pick(nationKeys)),
  ]);
  const suppliers = supplierNations.map((n, i) =>
    newRow(rng, "supplier", { s_suppkey: String(i + 1), s_nationkey: String(n) }),
  );
  const orderingCustomers = rng.shuffle(nationKeys);
  const customers = range(KEYS.customer.initial, 1).map((k) =>
    k <= orderingCustomers.length
      ? newRow(rng, "customer", { c_custkey: String(k), c_nationkey: String(orderingCustomers[k - 1]) })
      : // no orders: q22 looks for rich ones in its country codes
        newRow(rng, "customer", {
          c_custkey: String(k),
          c_acctbal: k === KEYS.customer.initial ? "9000.00" : rng.pick(["1000.00", "5000.00"]),
          c_phone: str(`${rng.pick(PHONE_CODES.slice(0, 7))}-555-0199`),
        }),
  );
  const profiles = rng.shuffle(Object.keys(PART_PROFILES));
  const parts = range(KEYS.part.initial, 1).map((k) => {
    const profile = profiles[k - 1];
    return newRow(rng, "part", { p_partkey: String(k), ...(profile ? PART_PROFILES[profile]!(rng) : {}) });
  });
  const population: Population = {
    customers: customers.slice(0, orderingCustomers.length).map((c) => ({
      key: Number(c.c_custkey),
      nation: nationOf(Number(c.c_nationkey)),
      segment: c.c_mktsegment!,
    })),
    suppliers: suppliers.map((s) => ({ key: Number(s.s_suppkey), nation: nationOf(Number(s.s_nationkey)) })),
    parts: new Map(profiles.flatMap((profile, i) => (i < parts.length ? [[profile, i + 1] as const] : []))),
    supply: [],
  };
  const partsupp: Row[] = [];
  for (let part = 1; part <= KEYS.part.initial; part++) {
    const chosen = new Set(rng.subset(range(KEYS.supplier.initial, 1), 2, 3));
    const must: [Nation[], Row][] = [];
    if (population.parts.get("q20") === part) must.push([["CANADA"], { ps_availqty: "5000" }]);
    if (population.parts.get("q02") === part) must.push([EUROPE, {}]);
    const extra = new Map<number, Row>();
    for (const [nations, fixed] of must) {
      const supplier = supplierOf(rng, population, nations).l_suppkey;
      if (supplier) {
        chosen.add(Number(supplier));
        extra.set(Number(supplier), fixed);
      }
    }
    for (const supp of [...chosen].sort((a, b) => a - b)) {
      population.supply.push([part, supp]);
      partsupp.push(
        newRow(rng, "partsupp", { ps_partkey: String(part), ps_suppkey: String(supp), ...extra.get(supp) }),
      );
    }
  }
  const templates = rng.shuffle(Object.keys(ORDER_TEMPLATES));
  const orders: Row[] = [];
  const lineitems: Row[] = [];
  for (let key = 1; key <= KEYS.orders.initial; key++) {
    const { order, lines } = plantOrder(rng, population, key, templates[key - 1] ?? null);
    orders.push(order);
    lineitems.push(...lines);
  }
  return {
    tables: [
      ["region", tableRows(rng, "region", [])],
      ["nation", tableRows(rng, "nation", [])],
      ["supplier", suppliers],
      ["customer", customers],
      ["part", parts],
      ["partsupp", partsupp],
      ["orders", orders],
      ["lineitem", lineitems],
    ],
    supply: population.supply,
    population,
  };
}

/**
 * An order with its line items, aimed at `template`'s query (random: any template; null: none,
 * one to four random line items).
 */
export function plantOrder(
  rng: Random,
  population: Population,
  key: number,
  template?: string | null,
): { order: Row; lines: Row[] } {
  const name = template === undefined ? rng.pick(Object.keys(ORDER_TEMPLATES)) : template;
  const plan: OrderPlan = name
    ? ORDER_TEMPLATES[name]!(rng, population)
    : { order: {}, lines: range(rng.int(1, KEYS.line.initial), 1).map(() => ANY_LINE) };
  return {
    order: newRow(rng, "orders", {
      o_orderkey: String(key),
      o_custkey: String(rng.pick(population.customers).key),
      ...plan.order,
    }),
    lines: plan.lines.map((fixed, i) => lineItem(rng, key, i + 1, population.supply, fixed)),
  };
}

/** One single-row INSERT per row, parents first (a shrunk replay drops rows one by one). */
export function seedStatements(data: DataSet): string[] {
  return data.tables.flatMap(([table, rows]) => rows.map((r) => `${insertSql(table, [r])};`));
}
