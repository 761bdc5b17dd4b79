import { immv } from "@immv/drizzle";
import { eq, gte, sql } from "drizzle-orm";
import { integer, numeric, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";

// Ordinary drizzle tables.
export const customers = pgTable("customers", {
  id: serial("id").primaryKey(),
  name: text("name").notNull(),
  city: text("city").notNull(),
});

export const products = pgTable("products", {
  id: serial("id").primaryKey(),
  name: text("name").notNull(),
  price: numeric("price", { precision: 10, scale: 2 }).notNull(),
});

export const orders = pgTable("orders", {
  id: serial("id").primaryKey(),
  customerId: integer("customer_id")
    .notNull()
    .references(() => customers.id, { onDelete: "cascade" }),
  placedAt: timestamp("placed_at", { withTimezone: true }).notNull().defaultNow(),
});

export const orderLines = pgTable("order_lines", {
  id: serial("id").primaryKey(),
  orderId: integer("order_id")
    .notNull()
    .references(() => orders.id, { onDelete: "cascade" }),
  productId: integer("product_id")
    .notNull()
    .references(() => products.id),
  quantity: integer("quantity").notNull(),
});

// IMMVs: always equal to their query, maintained inside every writing transaction.

/** A four-table join, with the query builder: its row type follows the selection. */
export const orderDetails = immv("order_details", { indexes: [["customer"]] }).as((qb) =>
  qb
    .select({
      lineId: orderLines.id,
      orderId: orderLines.orderId,
      customer: sql<string>`${customers.name}`.as("customer"),
      product: sql<string>`${products.name}`.as("product"),
      quantity: orderLines.quantity,
      lineTotal: sql<string>`${orderLines.quantity} * ${products.price}`.as("line_total"),
    })
    .from(orderLines)
    .innerJoin(orders, eq(orders.id, orderLines.orderId))
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .innerJoin(products, eq(products.id, orderLines.productId)),
);

/** Which cities buy which products: DISTINCT, in SQL with declared columns. */
export const cityProducts = immv("city_products", {
  city: text("city").notNull(),
  product: text("product").notNull(),
}).as(sql`
  SELECT DISTINCT c.city, p.name AS product
  FROM order_lines l
  JOIN orders o ON o.id = l.order_id
  JOIN customers c ON c.id = o.customer_id
  JOIN products p ON p.id = l.product_id
`);

/** Bulk lines (10 or more of a product), with the query builder's where(). */
export const bulkLines = immv("bulk_lines").as((qb) =>
  qb
    .select({ lineId: orderLines.id, orderId: orderLines.orderId, quantity: orderLines.quantity })
    .from(orderLines)
    .where(gte(orderLines.quantity, 10)),
);

/** Per customer: orders, items and spend, with GROUP BY. */
export const customerTotals = immv("customer_totals").as((qb) =>
  qb
    .select({
      customerId: orders.customerId,
      customer: customers.name,
      lines: sql<number>`count(*)::int`.as("lines"),
      items: sql<string>`sum(${orderLines.quantity})`.as("items"),
      spent: sql<string>`sum(${orderLines.quantity} * ${products.price})`.as("spent"),
    })
    .from(orders)
    .innerJoin(customers, eq(customers.id, orders.customerId))
    .innerJoin(orderLines, eq(orderLines.orderId, orders.id))
    .innerJoin(products, eq(products.id, orderLines.productId))
    .groupBy(orders.customerId, customers.name),
);
