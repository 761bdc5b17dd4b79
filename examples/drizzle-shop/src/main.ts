// `npm run example`: after `immv-drizzle generate`, apply the migrations with drizzle's migrate(),
// write through drizzle, and read the IMMVs after every write. PGlite in memory by default;
// with DATABASE_URL, a scratch database on that server (created, then dropped).
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { createDatabase, dropDatabase } from "@immv/devdb";
import { asc, eq, sql } from "drizzle-orm";
import type { PgDatabase, PgQueryResultHKT } from "drizzle-orm/pg-core";
import {
  bulkLines,
  cityProducts,
  customers,
  customerTotals,
  orderDetails,
  orderLines,
  orders,
  products,
} from "./schema.ts";

type Db = PgDatabase<PgQueryResultHKT>;
const migrationsFolder = join(dirname(fileURLToPath(import.meta.url)), "../drizzle");

async function withDatabase(run: (db: Db) => Promise<void>): Promise<void> {
  const serverUrl = process.env.DATABASE_URL;
  if (!serverUrl) {
    console.log("database: PGlite (in memory; set DATABASE_URL to use a PostgreSQL server)");
    const { PGlite } = await import("@electric-sql/pglite");
    const { drizzle } = await import("drizzle-orm/pglite");
    const { migrate } = await import("drizzle-orm/pglite/migrator");
    const client = new PGlite();
    // (In this repository another package brings an older PGlite whose types drizzle-orm sees;
    // in a project of your own, `drizzle({ client })` needs no cast.)
    const db = drizzle({ client: client as never });
    try {
      await migrate(db, { migrationsFolder });
      await run(db as unknown as Db);
    } finally {
      await client.close();
    }
    return;
  }
  const url = await createDatabase(serverUrl, "immv_drizzle_shop");
  console.log(`database: scratch database ${new URL(url).pathname.slice(1)} on DATABASE_URL's server`);
  const { default: pg } = await import("pg");
  const { drizzle } = await import("drizzle-orm/node-postgres");
  const { migrate } = await import("drizzle-orm/node-postgres/migrator");
  const pool = new pg.Pool({ connectionString: url });
  // pool.end() resolves before its connections have closed, and the scratch database is then
  // dropped WITH (FORCE): a connection still closing gets the server's "terminating connection",
  // which would otherwise surface as an unhandled 'error' event. Queries still reject as usual.
  pool.on("connect", (client) => client.on("error", () => {}));
  try {
    const db = drizzle({ client: pool });
    await migrate(db, { migrationsFolder });
    await run(db as unknown as Db);
  } finally {
    await pool.end();
    await dropDatabase(serverUrl, url);
  }
}

async function show(db: Db, step: string): Promise<void> {
  console.log(`\n── ${step}`);
  // Typed reads: each row has the view's columns with their TypeScript types.
  const details = await db.select().from(orderDetails).orderBy(asc(orderDetails.lineId));
  console.log("order_details:");
  for (const d of details) {
    console.log(
      `  line ${d.lineId}  order ${d.orderId}  ${d.customer.padEnd(6)} ${String(d.quantity).padStart(3)} × ${d.product.padEnd(8)} = ${d.lineTotal}`,
    );
  }
  const pairs = await db.select().from(cityProducts).orderBy(asc(cityProducts.city), asc(cityProducts.product));
  console.log(`city_products: ${pairs.map((p) => `${p.city}/${p.product}`).join(", ") || "(none)"}`);
  const bulk = await db.select().from(bulkLines).orderBy(asc(bulkLines.lineId));
  console.log(`bulk_lines:    ${bulk.map((b) => `line ${b.lineId} (${b.quantity})`).join(", ") || "(none)"}`);
  const totals = await db.select().from(customerTotals).orderBy(asc(customerTotals.customer));
  console.log(
    `customer_totals: ${totals.map((t) => `${t.customer}: lines ${t.lines}, items ${t.items}, spent ${t.spent}`).join("; ") || "(none)"}`,
  );
}

await withDatabase(async (db) => {
  const [oslo, lima] = await db
    .insert(customers)
    .values([
      { name: "Ingrid", city: "Oslo" },
      { name: "Rosa", city: "Lima" },
    ])
    .returning();
  const [tea, cups] = await db
    .insert(products)
    .values([
      { name: "tea", price: "4.50" },
      { name: "cups", price: "12.00" },
    ])
    .returning();
  await show(db, "customers and products, no orders yet");

  const [first] = await db.insert(orders).values({ customerId: oslo!.id }).returning();
  await db.insert(orderLines).values([
    { orderId: first!.id, productId: tea!.id, quantity: 3 },
    { orderId: first!.id, productId: cups!.id, quantity: 12 },
  ]);
  await show(db, "Ingrid (Oslo) orders 3 tea and 12 cups");

  await db.transaction(async (tx) => {
    const [second] = await tx.insert(orders).values({ customerId: lima!.id }).returning();
    await tx.insert(orderLines).values({ orderId: second!.id, productId: tea!.id, quantity: 20 });
  });
  await show(db, "Rosa (Lima) orders 20 tea, in one transaction");

  await db.update(products).set({ price: "5.00" }).where(eq(products.id, tea!.id));
  await show(db, "tea costs 5.00 now: every line with tea follows");

  await db.update(customers).set({ city: "Bergen" }).where(eq(customers.id, oslo!.id));
  await show(db, "Ingrid moves to Bergen");

  await db.delete(orders).where(eq(orders.id, first!.id));
  await show(db, "Ingrid's order is deleted (its lines go by ON DELETE CASCADE)");

  // Each IMMV equals a fresh run of its query: immv.check lists differing rows (none).
  for (const name of ["order_details", "city_products", "bulk_lines", "customer_totals"]) {
    const { rows } = (await db.execute(sql`SELECT count(*)::int AS n FROM immv.check(${name})`)) as unknown as {
      rows: { n: number }[];
    };
    console.log(`${rows[0]?.n === 0 ? "ok   " : "DRIFT"} ${name}: ${rows[0]?.n} rows differ from its query`);
  }
});
