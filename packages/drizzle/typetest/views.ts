// Compiled (never run) by the package's build: the types immv() gives a view. Every
// "expect-error" line fails the build if the line below it starts to compile.
import { eq, sql } from "drizzle-orm";
import type { NodePgDatabase } from "drizzle-orm/node-postgres";
import { integer, numeric, pgTable, serial, text } from "drizzle-orm/pg-core";
import { immv } from "../src/index.js";

const customers = pgTable("customers", { id: serial("id").primaryKey(), name: text("name").notNull() });
const orders = pgTable("orders", {
  id: serial("id").primaryKey(),
  customerId: integer("customer_id").notNull(),
  amount: numeric("amount", { precision: 12, scale: 2 }).notNull(),
});

const orderLines = immv("order_lines").as((qb) =>
  qb
    .select({ id: orders.id, customer: customers.name, amount: orders.amount })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId)),
);
const bigOrders = immv(
  "big_orders",
  { id: integer("id").notNull(), amount: numeric("amount") },
  { indexes: [["id"]] },
).as(sql`SELECT id, amount FROM orders WHERE amount > 100`);

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const check = <T extends true>(_: T) => {};

declare const db: NodePgDatabase;

export async function queries() {
  const lines = await db.select().from(orderLines);
  check<Equal<(typeof lines)[number], { id: number; customer: string; amount: string }>>(true);
  const big = await db.select({ id: bigOrders.id }).from(bigOrders).where(eq(bigOrders.amount, "150"));
  check<Equal<(typeof big)[number], { id: number }>>(true);
  const joined = await db.select().from(orderLines).innerJoin(customers, eq(customers.name, orderLines.customer));
  check<Equal<(typeof joined)[number]["order_lines"]["customer"], string>>(true);
}

export async function writesDoNotCompile() {
  // @ts-expect-error an IMMV is read-only: insert does not take a view
  await db.insert(orderLines).values({ id: 1 });
  // @ts-expect-error update does not take a view
  await db.update(bigOrders).set({ amount: "1" });
  // @ts-expect-error delete does not take a view
  await db.delete(orderLines);
}
