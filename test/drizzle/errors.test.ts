import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { UserProject } from "./project.js";

const header = `import { eq, sql } from "drizzle-orm";
import { integer, numeric, pgTable, serial, text, timestamp } from "drizzle-orm/pg-core";
import { immv } from "@immv/drizzle";

export const customers = pgTable("customers", { id: serial("id").primaryKey(), name: text("name").notNull() });
export const orders = pgTable("orders", { id: serial("id").primaryKey(), customerId: integer("customer_id").notNull() });
const hidden = pgTable("hidden", { id: serial("id").primaryKey(), customerId: integer("customer_id").notNull() });
`;

/** Generates with `declarations` after the tables; expects exit 2 and no file written. */
async function failingGenerate(declarations: string) {
  const project = new UserProject("0.31", "errors");
  project.write("src/schema.ts", `${header}${declarations}`);
  const result = await project.immvDrizzle(["generate"]);
  expect(result.status, result.output).toBe(2);
  expect(result.stderr).toContain("immv-drizzle: nothing was written");
  // Not even drizzle-kit's migration for the tables: generate stops before running it.
  expect(existsSync(join(project.dir, "drizzle")), result.output).toBe(false);
  return result.stderr;
}

describe("immv-drizzle generate refuses what it cannot maintain, naming the file and the immv() call", () => {
  test("an unsupported definition: the compiler's located message, the schema file, the export and the call's line", async () => {
    const stderr = await failingGenerate(
      `export const lucky = immv("lucky", { id: integer("id") }).as(sql\`SELECT id FROM orders WHERE random() < 0.5\`);\n`,
    );
    expect(stderr).toMatch(/^src\/schema\.ts: immv\("lucky"\) \(export lucky, src\/schema\.ts:8:\d+\)$/m);
    expect(stderr).toContain("error[non_immutable_function]");
    expect(stderr).toMatch(/1 \| SELECT id FROM orders WHERE random\(\) < 0\.5\n\s+\^/);
    expect(stderr).toMatch(/^hint: /m);
  });

  test("date_trunc over timestamp({ withTimezone: true }) is STABLE: refused with the AT TIME ZONE form as the hint", async () => {
    const stderr = await failingGenerate(`export const payments = pgTable("payments", {
  id: serial("id").primaryKey(),
  placedAt: timestamp("placed_at", { withTimezone: true }).notNull(),
  amount: numeric("amount", { precision: 10, scale: 2 }).notNull(),
});
export const monthly = immv("monthly_revenue", { month: timestamp("month", { withTimezone: true }), revenue: numeric("revenue") }).as(
  sql\`SELECT date_trunc('month', placed_at) AS month, sum(amount) AS revenue FROM payments GROUP BY 1\`,
);
`);
    expect(stderr).toContain('immv("monthly_revenue")');
    expect(stderr).toContain("error[non_immutable_function]");
    expect(stderr).toMatch(/^hint: .*date_trunc\('month', placed_at AT TIME ZONE '[^']+'\)/m);
  });

  test("every failing immv() is reported, not only the first", async () => {
    const stderr =
      await failingGenerate(`export const a = immv("a", { id: integer("id") }).as(sql\`SELECT id FROM orders ORDER BY id\`);
export const ok = immv("ok").as((qb) => qb.select({ id: orders.id }).from(orders));
export const b = immv("b", { id: integer("id") }).as(sql\`SELECT id, now() AS t FROM orders\`);
`);
    expect(stderr).toContain('immv("a")');
    expect(stderr).toContain('immv("b")');
    expect(stderr).not.toContain('immv("ok")');
  });

  test("a query-builder view over a table no schema file exports", async () => {
    const stderr = await failingGenerate(`export const v = immv("v").as((qb) =>
  qb.select({ id: hidden.id, name: customers.name }).from(hidden).innerJoin(customers, eq(customers.id, hidden.customerId)),
);
`);
    expect(stderr).toContain('immv("v")');
    expect(stderr).toContain('error[unknown_table]: the query uses table "hidden", which no schema file exports');
    expect(stderr).toContain("export the table from a file listed in drizzle.config's `schema`");
  });

  test("an sql view naming an unknown table lists the tables the schema exports", async () => {
    const stderr = await failingGenerate(
      `export const v = immv("v", { id: integer("id") }).as(sql\`SELECT id FROM order_items\`);\n`,
    );
    expect(stderr).toContain("error[unknown_table]");
    expect(stderr).toContain("note: the schema files export the tables customers, orders");
  });

  test("declared columns must be columns the query returns", async () => {
    const stderr = await failingGenerate(
      `export const v = immv("v", { id: integer("id"), total: integer("total") }).as(sql\`SELECT id FROM orders\`);\n`,
    );
    expect(stderr).toContain(
      'error[unknown_column]: column "total" (key total) is declared, but the query returns only id',
    );
  });

  test("two immv() declarations of one name", async () => {
    const project = new UserProject("0.31", "errors");
    project.write(
      "src/schema.ts",
      `${header}export const a = immv("same").as((qb) => qb.select({ id: orders.id }).from(orders));
export const b = immv("same").as((qb) => qb.select({ id: customers.id }).from(customers));
`,
    );
    const result = await project.immvDrizzle(["generate"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain('immv("same") is declared twice: src/schema.ts (a) and src/schema.ts (b)');
  });

  test("no drizzle config", async () => {
    const project = new UserProject("0.31", "errors");
    const result = await project.immvDrizzle(["generate", "--config", "nope.config.ts"]);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("drizzle config nope.config.ts does not exist");
  });
});
