import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../../../../test/support/database.js";
import { diffImmv } from "../../../../test/support/immv.js";
import { deployMigrations } from "../deploy.js";
import { PrismaProject } from "./project.js";

/**
 * Monthly revenue over a `DateTime` field (Prisma's `timestamp(3)`, without time zone) in the
 * prisma-shop example: generate compiles it offline from the field types, the migration applies
 * as `prisma migrate deploy` would, writes through Prisma Client keep it equal to its query. Over
 * `@db.Timestamptz` it is refused with the immutable `AT TIME ZONE` form as the hint.
 */

const MONTHLY_REVENUE = "SELECT date_trunc('month', placed_at) AS month, sum(amount) AS revenue FROM orders GROUP BY 1";

/** What the test uses of the Prisma Client generated for the edited schema (not the example's). */
interface ShopClient {
  customer: { create(args: { data: { name: string; email: string } }): Promise<{ id: number }> };
  order: {
    create(args: { data: { customerId: number; placedAt: Date; amount: string } }): Promise<{ id: number }>;
    update(args: { where: { id: number }; data: { placedAt: Date } }): Promise<unknown>;
    updateMany(args: { where: { placedAt: { gte: Date } }; data: { amount: { multiply: number } } }): Promise<unknown>;
    delete(args: { where: { id: number } }): Promise<unknown>;
  };
  monthlyRevenue: {
    findMany(args: {
      orderBy: { month: "asc" };
    }): Promise<{ month: Date; revenue: { toFixed(digits: number): string } }[]>;
  };
  $disconnect(): Promise<void>;
}
type ClientModule = { PrismaClient: new (options: { adapter: PrismaPg }) => ShopClient };

describe("prisma: monthly revenue over a DateTime field", () => {
  const project = new PrismaProject({ withImmvMigrations: true });
  project.edit(
    "prisma/schema.prisma",
    '  placedAt   DateTime    @default(now()) @map("placed_at")\n',
    '  placedAt   DateTime    @default(now()) @map("placed_at")\n  amount     Decimal     @default(0) @db.Decimal(10, 2)\n',
  );
  project.write(
    "prisma/schema.prisma",
    `${project.read("prisma/schema.prisma")}
/// Revenue per calendar month.
/// @immv("${MONTHLY_REVENUE}")
view MonthlyRevenue {
  month   DateTime @unique
  revenue Decimal

  @@map("monthly_revenue")
}
`,
  );
  // What \`prisma migrate dev\` writes for the new column.
  project.write(
    "prisma/migrations/20261201000000_orders_amount/migration.sql",
    `-- AlterTable\nALTER TABLE "orders" ADD COLUMN "amount" DECIMAL(10,2) NOT NULL DEFAULT 0;\n`,
  );

  let db: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    db = await freshDatabase("prisma_monthly_revenue");
  });

  it("generate writes its migration; applied, writes through Prisma Client keep it equal to its query", async () => {
    const before = project.migrations();
    const run = project.generate({}, false);
    expect(run.status, run.output).toBe(0);
    const added = project.migrations().filter((m) => !before.includes(m));
    expect(added).toEqual([expect.stringMatching(/^\d{14}_immv_monthly_revenue$/)]);

    await deployMigrations(
      { exec: (s) => db.client.query(s), query: (s, p) => db.client.query(s, p) as never },
      project.path("prisma/migrations"),
    );
    const { PrismaClient } = (await import(project.path("src/generated/client.ts"))) as ClientModule;
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
    try {
      const ada = await prisma.customer.create({ data: { name: "Ada", email: "ada@example.com" } });
      const order = (placedAt: string, amount: string) =>
        prisma.order.create({ data: { customerId: ada.id, placedAt: new Date(placedAt), amount } });
      const first = await order("2024-01-05T10:00:00Z", "10.00");
      const moved = await order("2024-01-31T23:59:59Z", "5.50");
      await order("2024-02-01T00:00:00Z", "7.25");
      await order("2023-12-31T23:59:59.999Z", "1.00");
      await prisma.order.update({ where: { id: moved.id }, data: { placedAt: new Date("2024-02-29T23:59:59Z") } });
      await prisma.order.updateMany({
        where: { placedAt: { gte: new Date("2024-02-01T00:00:00Z") } },
        data: { amount: { multiply: 2 } },
      });
      await prisma.order.delete({ where: { id: first.id } });

      const months = await prisma.monthlyRevenue.findMany({ orderBy: { month: "asc" } });
      expect(months.map((m) => [m.month.toISOString(), m.revenue.toFixed(2)])).toEqual([
        ["2023-12-01T00:00:00.000Z", "1.00"],
        ["2024-02-01T00:00:00.000Z", "25.50"],
      ]);
      expect(await diffImmv(db.client, "monthly_revenue", MONTHLY_REVENUE)).toEqual({ missing: [], extra: [] });
    } finally {
      await prisma.$disconnect();
    }
  });

  it("over @db.Timestamptz: refused with error[non_immutable_function] and the AT TIME ZONE form as the hint", () => {
    const count = project.migrations().length;
    project.edit("prisma/schema.prisma", '@map("placed_at")\n', '@map("placed_at") @db.Timestamptz(3)\n');
    const run = project.generate();
    expect(run.status).not.toBe(0);
    expect(run.output).toContain("view MonthlyRevenue");
    expect(run.output).toContain("error[non_immutable_function]");
    expect(run.output).toMatch(/date_trunc\('month', placed_at AT TIME ZONE '[^']+'\)/);
    expect(project.migrations()).toHaveLength(count);
  });
});
