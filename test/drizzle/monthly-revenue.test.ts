import { describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { diffImmv } from "../support/immv.js";
import { UserProject } from "./project.js";

/**
 * Monthly revenue declared in schema.ts over drizzle's `timestamp()` (without time zone): generate
 * compiles it offline from the column types, migrate() installs it, writes through drizzle keep it
 * equal to its query. (Over `timestamp({ withTimezone: true })` it is refused: errors.test.ts.)
 */

const MONTHLY_REVENUE = "SELECT date_trunc('month', placed_at) AS month, sum(amount) AS revenue FROM orders GROUP BY 1";

const schema = `import { sql } from "drizzle-orm";
import { numeric, pgTable, serial, timestamp } from "drizzle-orm/pg-core";
import { immv } from "@immv/drizzle";

export const orders = pgTable("orders", {
  id: serial("id").primaryKey(),
  placedAt: timestamp("placed_at").notNull(),
  amount: numeric("amount", { precision: 10, scale: 2 }).notNull(),
});

export const monthlyRevenue = immv("monthly_revenue", { month: timestamp("month"), revenue: numeric("revenue") }).as(
  sql\`${MONTHLY_REVENUE}\`,
);
`;

/** Migrates, then inserts, moves, changes and deletes orders through drizzle; prints the view. */
const app = `import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import { eq, gte, sql } from "drizzle-orm";
import pg from "pg";
import { monthlyRevenue, orders } from "./schema.ts";

const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
const db = drizzle({ client: pool });
try {
  await migrate(db, { migrationsFolder: "./drizzle" });
  const made = await db
    .insert(orders)
    .values([
      { placedAt: new Date("2024-01-05T10:00:00Z"), amount: "10.00" },
      { placedAt: new Date("2024-01-31T23:59:59Z"), amount: "5.50" },
      { placedAt: new Date("2024-02-01T00:00:00Z"), amount: "7.25" },
      { placedAt: new Date("2023-12-31T23:59:59.999Z"), amount: "1.00" },
    ])
    .returning();
  await db.update(orders).set({ placedAt: sql\`\${orders.placedAt} + interval '1 month'\` }).where(eq(orders.id, made[1]!.id));
  await db.update(orders).set({ amount: sql\`\${orders.amount} * 2\` }).where(gte(orders.placedAt, new Date("2024-02-01T00:00:00Z")));
  await db.delete(orders).where(eq(orders.id, made[0]!.id));
  console.log(JSON.stringify(await db.select().from(monthlyRevenue).orderBy(monthlyRevenue.month)));
} finally {
  await pool.end();
}
`;

describe("drizzle: monthly revenue over timestamp() → generate → migrate() → writes through drizzle", async () => {
  const { url, client } = await freshDatabase("drizzle_monthly_revenue");
  const project = new UserProject("0.31", "monthly-revenue");
  project.write("src/schema.ts", schema);
  project.write("src/app.ts", app);

  test("generate compiles it as an aggregate view; the IMMV equals its query after the writes", async () => {
    const generated = await project.immvDrizzle(["generate"]);
    expect(generated.status, generated.output).toBe(0);
    expect(generated.output).toMatch(/new monthly_revenue \(aggregate\)/);

    const ran = await project.runTs("src/app.ts", [], { DATABASE_URL: url });
    expect(ran.status, ran.output).toBe(0);
    const read = JSON.parse(ran.stdout) as { month: string; revenue: string }[];
    expect(read.map((r) => [new Date(r.month).toISOString(), r.revenue])).toEqual([
      ["2023-12-01T00:00:00.000Z", "1.00"],
      ["2024-02-01T00:00:00.000Z", "25.50"],
    ]);
    expect(await diffImmv(client, "monthly_revenue", MONTHLY_REVENUE)).toEqual({ missing: [], extra: [] });
  });
});
