import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../../../../test/support/database.js";
import { diffImmv } from "../../../../test/support/immv.js";
import { deployMigrations } from "../deploy.js";
import { PrismaProject } from "./project.js";

/**
 * The everyday outer-join and subquery views as view blocks of the prisma-shop schema: customers
 * with their order counts, those without orders included (LEFT JOIN … GROUP BY), and customers
 * who never ordered (NOT IN (SELECT …)). Generated offline, applied as `prisma migrate deploy`
 * would, written and read through Prisma Client.
 */

const ORDER_COUNTS =
  "SELECT c.id AS customer_id, c.name, count(o.id) AS orders FROM customers c LEFT JOIN orders o ON o.customer_id = c.id GROUP BY c.id, c.name";
const NEVER_ORDERED =
  "SELECT c.id AS customer_id, c.name FROM customers c WHERE c.id NOT IN (SELECT o.customer_id FROM orders o)";

/** What the test uses of the Prisma Client generated for the edited schema. */
interface ShopClient {
  customer: { create(args: { data: { name: string; email: string } }): Promise<{ id: number }> };
  order: {
    create(args: { data: { customerId: number } }): Promise<{ id: number }>;
    update(args: { where: { id: number }; data: { customerId: number } }): Promise<unknown>;
    delete(args: { where: { id: number } }): Promise<unknown>;
  };
  customerOrderCount: {
    findMany(args: { orderBy: { name: "asc" } }): Promise<{ name: string; orders: bigint }[]>;
  };
  neverOrdered: { findMany(args: { orderBy: { name: "asc" } }): Promise<{ name: string }[]> };
  $disconnect(): Promise<void>;
}
type ClientModule = { PrismaClient: new (options: { adapter: PrismaPg }) => ShopClient };

describe("prisma: LEFT JOIN and NOT IN (SELECT …) views", () => {
  const project = new PrismaProject({ withImmvMigrations: true });
  project.write(
    "prisma/schema.prisma",
    `${project.read("prisma/schema.prisma")}
/// Every customer with the number of their orders, 0 for those without.
/// @immv("${ORDER_COUNTS}")
view CustomerOrderCount {
  customerId Int    @unique @map("customer_id")
  name       String
  orders     BigInt

  @@map("customer_order_counts")
}

/// Customers who never ordered.
/// @immv("${NEVER_ORDERED}")
view NeverOrdered {
  customerId Int    @unique @map("customer_id")
  name       String

  @@map("never_ordered")
}
`,
  );

  let db: Awaited<ReturnType<typeof freshDatabase>>;
  beforeAll(async () => {
    db = await freshDatabase("prisma_outer_joins");
  });

  it("generate writes their migrations; applied, writes through Prisma Client keep them equal to their queries", async () => {
    const before = project.migrations();
    const run = project.generate({}, false);
    expect(run.status, run.output).toBe(0);
    const added = project.migrations().filter((m) => !before.includes(m));
    expect(added).toEqual([
      expect.stringMatching(/^\d{14}_immv_customer_order_counts$/),
      expect.stringMatching(/^\d{14}_immv_never_ordered$/),
    ]);

    await deployMigrations(
      { exec: (s) => db.client.query(s), query: (s, p) => db.client.query(s, p) as never },
      project.path("prisma/migrations"),
    );
    const { PrismaClient } = (await import(project.path("src/generated/client.ts"))) as ClientModule;
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
    try {
      const customer = (name: string) => prisma.customer.create({ data: { name, email: `${name}@example.com` } });
      const ada = await customer("ada");
      const bob = await customer("bob");
      await customer("cy");
      const first = await prisma.order.create({ data: { customerId: ada.id } });
      await prisma.order.create({ data: { customerId: ada.id } });
      const moved = await prisma.order.create({ data: { customerId: bob.id } });
      // bob's only order moves to ada; one of ada's is deleted
      await prisma.order.update({ where: { id: moved.id }, data: { customerId: ada.id } });
      await prisma.order.delete({ where: { id: first.id } });

      const counts = await prisma.customerOrderCount.findMany({ orderBy: { name: "asc" } });
      expect(counts.map((c) => [c.name, c.orders])).toEqual([
        ["ada", 2n],
        ["bob", 0n],
        ["cy", 0n],
      ]);
      const never = await prisma.neverOrdered.findMany({ orderBy: { name: "asc" } });
      expect(never.map((c) => c.name)).toEqual(["bob", "cy"]);
      expect(await diffImmv(db.client, "customer_order_counts", ORDER_COUNTS)).toEqual({ missing: [], extra: [] });
      expect(await diffImmv(db.client, "never_ordered", NEVER_ORDERED)).toEqual({ missing: [], extra: [] });
    } finally {
      await prisma.$disconnect();
    }
  });
});
