/**
 * The schema versions and the application the end-to-end tests put into a user's project: a shop
 * whose schema.ts declares IMMVs in both forms, and an app that migrates, writes and reads
 * through drizzle only.
 */

const tables = (amountType: string, extraOrderColumns = "") => `import { eq, sql } from "drizzle-orm";
import { integer, numeric, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { immv } from "@immv/drizzle";

export const customers = pgTable("customers", {
  id: serial("id").primaryKey(),
  name: text("name").notNull(),
});

export const orders = pgTable("orders", {
  id: serial("id").primaryKey(),
  customerId: integer("customer_id").notNull().references(() => customers.id, { onDelete: "cascade" }),
  amount: ${amountType}.notNull(),
  // Read by no IMMV: changes to it, and a column added next to it, rebuild nothing.
  placedAt: timestamp("placed_at", { withTimezone: true }).notNull().defaultNow(),${extraOrderColumns}
});
`;

/**
 * One join (query builder), one filter (sql + columns, with an index), one DISTINCT join (sql, its
 * view and its storage in schemas of their own).
 */
export function schemaV1(options: { bigThreshold?: number; amountType?: string; extraOrderColumns?: string } = {}) {
  const amountType = options.amountType ?? `integer("amount")`;
  return `${tables(amountType, options.extraOrderColumns)}
export const orderLines = immv("order_lines").as((qb) =>
  qb
    .select({ id: orders.id, customer: customers.name, amount: orders.amount })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId)),
);

export const bigOrders = immv(
  "big_orders",
  { id: integer("id").notNull(), customerId: integer("customer_id").notNull(), amount: ${amountType.replace(/\(\s*"amount".*$/, '("amount")')} },
  { indexes: [["customer_id"]] },
).as(sql\`SELECT o.id, o.customer_id, o.amount FROM orders o WHERE o.amount > ${options.bigThreshold ?? 100}\`);

export const buyers = immv(
  "buyers",
  { name: text("name").notNull() },
  { schema: "reporting", storageSchema: "immv_reporting" },
).as(
  sql\`SELECT DISTINCT c.name FROM customers c JOIN orders o ON o.customer_id = c.id\`,
);
`;
}

/** schemaV1 without the DISTINCT view. */
export function schemaWithoutBuyers(options: Parameters<typeof schemaV1>[0] = {}) {
  return schemaV1(options).replace(/export const buyers[\s\S]*$/, "");
}

/** The defining queries as plain SQL: the oracle the tests compare the IMMVs with. */
export const definitions = {
  order_lines: "SELECT o.id, c.name, o.amount FROM orders o JOIN customers c ON c.id = o.customer_id",
  big_orders: (threshold: number) => `SELECT o.id, o.customer_id, o.amount FROM orders o WHERE o.amount > ${threshold}`,
  buyers: "SELECT DISTINCT c.name FROM customers c JOIN orders o ON o.customer_id = c.id",
};

/** `app.ts migrate | write <round> | read <export>...`, against DATABASE_URL, through drizzle only. */
export const app = `import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { eq, getTableColumns, inArray } from "drizzle-orm";
import pg from "pg";
import * as schema from "./schema.ts";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const db = drizzle({ client: pool });
const [command, ...args] = process.argv.slice(2);
const numeric = getTableColumns(schema.orders).amount.getSQLType().startsWith("numeric");
const amount = (n: number) => (numeric ? n.toFixed(2) : n) as never;

try {
  if (command === "migrate") {
    await migrate(db, { migrationsFolder: "./drizzle" });
  } else if (command === "write") {
    const round = Number(args[0]);
    const made = await db
      .insert(schema.customers)
      .values([{ name: \`ada\${round}\` }, { name: \`bob\${round}\` }, { name: "shared" }])
      .returning();
    const ids = made.map((c) => c.id);
    const orders = await db
      .insert(schema.orders)
      .values([
        { customerId: ids[0]!, amount: amount(50) },
        { customerId: ids[0]!, amount: amount(150) },
        { customerId: ids[1]!, amount: amount(250) },
        { customerId: ids[2]!, amount: amount(99) },
      ])
      .returning();
    await db.update(schema.orders).set({ amount: amount(120) }).where(eq(schema.orders.id, orders[0]!.id));
    await db.update(schema.customers).set({ name: \`bobby\${round}\` }).where(eq(schema.customers.id, ids[1]!));
    await db.delete(schema.orders).where(eq(schema.orders.id, orders[1]!.id));
    await db.transaction(async (tx) => {
      await tx.update(schema.orders).set({ customerId: ids[1]! }).where(inArray(schema.orders.id, [orders[2]!.id, orders[3]!.id]));
      await tx.delete(schema.customers).where(eq(schema.customers.id, ids[2]!));
    });
  } else if (command === "read") {
    const result: Record<string, unknown[]> = {};
    for (const name of args) result[name] = await db.select().from((schema as Record<string, never>)[name]);
    console.log(JSON.stringify(result));
  } else {
    throw new Error(\`unknown command \${command}\`);
  }
} finally {
  await pool.end();
}
`;

/** Type assertions on the v1 schema, checked by `tsc` against the project's own drizzle-orm. */
export const types = `import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { eq } from "drizzle-orm";
import { bigOrders, buyers, customers, orderLines } from "./schema.ts";

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const check = <T extends true>(_: T) => {};
declare const db: NodePgDatabase;

export async function reads() {
  const lines = await db.select().from(orderLines);
  check<Equal<(typeof lines)[number], { id: number; customer: string; amount: number }>>(true);
  const big = await db.select().from(bigOrders).where(eq(bigOrders.customerId, 1));
  check<Equal<(typeof big)[number], { id: number; customerId: number; amount: number | null }>>(true);
  const names = await db.select({ name: buyers.name }).from(buyers).innerJoin(customers, eq(customers.name, buyers.name));
  check<Equal<(typeof names)[number], { name: string }>>(true);
}

export async function writes() {
  // @ts-expect-error an IMMV is read-only
  await db.insert(orderLines).values({ id: 1 });
  // @ts-expect-error an IMMV is read-only
  await db.update(bigOrders).set({ amount: 1 });
  // @ts-expect-error an IMMV is read-only
  await db.delete(buyers);
}
`;

export const tsconfig = JSON.stringify(
  {
    compilerOptions: {
      target: "ES2022",
      module: "NodeNext",
      moduleResolution: "NodeNext",
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      allowImportingTsExtensions: true,
      types: [],
    },
    include: ["src/schema.ts", "src/types.ts"],
  },
  null,
  2,
);
