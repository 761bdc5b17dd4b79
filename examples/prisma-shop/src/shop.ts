import { fileURLToPath } from "node:url";
import { deployMigrations } from "@immv/prisma";
import { openDatabase } from "./database.js";
import { PrismaClient } from "./generated/client.js";
import { buyers, customerTotals, orderLineDetails, placeOrder } from "./reports.js";

const migrations = fileURLToPath(new URL("../prisma/migrations", import.meta.url));

const db = await openDatabase();
const prisma = new PrismaClient({ adapter: db.adapter });
try {
  console.log(`prisma-shop on ${db.label}\n`);
  const applied = await deployMigrations(db.sql, migrations);
  console.log(`applied ${applied.length} migrations as prisma migrate deploy would:\n  ${applied.join("\n  ")}\n`);

  const ada = await prisma.customer.create({ data: { name: "Ada", email: "ada@example.com" } });
  const grace = await prisma.customer.create({ data: { name: "Grace", email: "grace@example.com" } });
  await prisma.customer.create({ data: { name: "Edsger", email: "edsger@example.com" } });
  const first = await placeOrder(prisma, ada.id, [
    { product: "tea", quantity: 2, unitPrice: "3.50" },
    { product: "scones", quantity: 6, unitPrice: "1.20" },
  ]);
  await placeOrder(prisma, grace.id, [{ product: "coffee", quantity: 1, unitPrice: "2.80" }]);
  await show("three customers, two orders written through Prisma Client");

  await prisma.customer.update({ where: { id: ada.id }, data: { name: "Ada Lovelace" } });
  await prisma.order.update({ where: { id: first }, data: { status: "shipped" } });
  await show("Ada renamed and her order shipped: the join view follows both tables");

  await prisma.order.deleteMany({ where: { customerId: grace.id } });
  await show("Grace's order deleted (its lines cascade): she is no longer a buyer");

  for (const view of ["order_line_details", "customer_totals", "buyers"]) {
    const { rows } = await db.sql.query<{ n: string | number }>("SELECT count(*) AS n FROM immv.check($1)", [view]);
    console.log(
      `immv.check('${view}'): ${Number(rows[0]?.n) === 0 ? "equal to its query" : `${rows[0]?.n} rows differ`}`,
    );
  }
} finally {
  await prisma.$disconnect();
  await db.close();
}

async function show(step: string): Promise<void> {
  console.log(`— ${step}`);
  console.log("order_line_details (prisma.orderLineDetail.findMany):");
  console.table((await orderLineDetails(prisma)).map((l) => ({ ...l, unitPrice: l.unitPrice.toFixed(2) })));
  console.log("customer_totals (prisma.customerTotal.findMany):");
  console.table(
    (await customerTotals(prisma)).map((t) => ({
      ...t,
      revenue: t.revenue.toFixed(2),
      lastOrderAt: t.lastOrderAt.toISOString(),
    })),
  );
  console.log("buyers (prisma.buyer.findMany):");
  console.table(await buyers(prisma));
}
