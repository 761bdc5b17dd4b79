import { describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { diffImmv } from "../support/immv.js";
import { UserProject } from "./project.js";

/**
 * The everyday outer-join and subquery views, declared in schema.ts with drizzle's query builder
 * (leftJoin, isNull, inArray over a subquery): customers with their order counts, those without
 * orders included; products never ordered; customers who placed a large order. Generated,
 * migrated, written through drizzle, and read back typed.
 */

const schema = `import { eq, gt, inArray, isNull, sql } from "drizzle-orm";
import { integer, numeric, pgTable, serial, text } from "drizzle-orm/pg-core";
import { immv } from "@immv/drizzle";

export const customers = pgTable("customers", {
  id: serial("id").primaryKey(),
  name: text("name").notNull(),
});

export const products = pgTable("products", {
  id: serial("id").primaryKey(),
  name: text("name").notNull(),
});

export const orders = pgTable("orders", {
  id: serial("id").primaryKey(),
  customerId: integer("customer_id").notNull().references(() => customers.id),
  productId: integer("product_id").notNull().references(() => products.id),
  amount: numeric("amount", { precision: 10, scale: 2 }).notNull(),
});

/** Every customer with the number of their orders, 0 for those without. */
export const customerOrderCounts = immv("customer_order_counts").as((qb) =>
  qb
    .select({
      customerId: customers.id,
      name: customers.name,
      orders: sql<number>\`count(\${orders.id})::int\`.as("orders"),
    })
    .from(customers)
    .leftJoin(orders, eq(orders.customerId, customers.id))
    .groupBy(customers.id, customers.name),
);

/** Products nobody has ordered. */
export const neverOrdered = immv("never_ordered").as((qb) =>
  qb
    .select({ productId: products.id, name: products.name })
    .from(products)
    .leftJoin(orders, eq(orders.productId, products.id))
    .where(isNull(orders.id)),
);

/** Customers who placed an order over 100. */
export const bigSpenders = immv("big_spenders").as((qb) =>
  qb
    .select({ customerId: customers.id, name: customers.name })
    .from(customers)
    .where(
      inArray(
        customers.id,
        qb.select({ id: orders.customerId }).from(orders).where(gt(orders.amount, "100")),
      ),
    ),
);
`;

/** Migrates, then writes through drizzle; prints the three views, ordered. */
const app = `import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { eq } from "drizzle-orm";
import pg from "pg";
import { bigSpenders, customerOrderCounts, customers, neverOrdered, orders, products } from "./schema.ts";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const db = drizzle({ client: pool });
try {
  await migrate(db, { migrationsFolder: "./drizzle" });
  const [ada, bob, cy] = await db.insert(customers).values([{ name: "ada" }, { name: "bob" }, { name: "cy" }]).returning();
  const [tea, jam, pie] = await db.insert(products).values([{ name: "tea" }, { name: "jam" }, { name: "pie" }]).returning();
  const made = await db
    .insert(orders)
    .values([
      { customerId: ada!.id, productId: tea!.id, amount: "20.00" },
      { customerId: ada!.id, productId: jam!.id, amount: "150.00" },
      { customerId: bob!.id, productId: tea!.id, amount: "5.00" },
    ])
    .returning();
  // bob's order moves to cy and becomes large; ada's large order is deleted
  await db.update(orders).set({ customerId: cy!.id, amount: "250.00" }).where(eq(orders.id, made[2]!.id));
  await db.delete(orders).where(eq(orders.id, made[1]!.id));
  // pie gets its first order
  await db.insert(orders).values({ customerId: bob!.id, productId: pie!.id, amount: "1.00" });
  const counts = await db.select().from(customerOrderCounts).orderBy(customerOrderCounts.name);
  const never = await db.select().from(neverOrdered).orderBy(neverOrdered.name);
  const big = await db.select().from(bigSpenders).orderBy(bigSpenders.name);
  console.log(JSON.stringify({ counts, never, big }));
} finally {
  await pool.end();
}
`;

const DEFINITIONS = {
  customer_order_counts:
    "SELECT c.id AS customer_id, c.name, count(o.id)::int AS orders FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id, c.name",
  never_ordered:
    "SELECT p.id AS product_id, p.name FROM products p LEFT JOIN orders o ON o.product_id = p.id WHERE o.id IS NULL",
  big_spenders:
    "SELECT c.id AS customer_id, c.name FROM customers c WHERE c.id IN (SELECT o.customer_id FROM orders o WHERE o.amount > 100)",
};

describe("drizzle: LEFT JOIN and IN (SELECT …) views from the query builder → generate → migrate() → writes", async () => {
  const { url, client } = await freshDatabase("drizzle_outer_joins");
  const project = new UserProject("0.31", "outer-joins");
  project.write("src/schema.ts", schema);
  project.write("src/app.ts", app);

  test("generate compiles all three; after the writes each IMMV shows what its query does", async () => {
    const generated = await project.immvDrizzle(["generate"]);
    expect(generated.status, generated.output).toBe(0);
    expect(generated.output).toMatch(/new customer_order_counts \(aggregate\)/);
    expect(generated.output).toMatch(/new never_ordered \(keyed\)/);
    expect(generated.output).toMatch(/new big_spenders \(keyed\)/);

    const ran = await project.runTs("src/app.ts", [], { DATABASE_URL: url });
    expect(ran.status, ran.output).toBe(0);
    const read = JSON.parse(ran.stdout) as Record<string, Record<string, unknown>[]>;
    expect(read.counts?.map((r) => [r.name, r.orders])).toEqual([
      ["ada", 1],
      ["bob", 1],
      ["cy", 1],
    ]);
    expect(read.never?.map((r) => r.name)).toEqual(["jam"]);
    expect(read.big?.map((r) => r.name)).toEqual(["cy"]);
    for (const [name, query] of Object.entries(DEFINITIONS)) {
      expect({ name, diff: await diffImmv(client, name, query) }).toEqual({ name, diff: { missing: [], extra: [] } });
    }
  });
});
