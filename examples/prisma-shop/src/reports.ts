import type { PrismaClient } from "./generated/client.js";

/** The shop's writes go to the tables through Prisma Client, as in any Prisma app. */
export async function placeOrder(
  prisma: PrismaClient,
  customerId: number,
  lines: { product: string; quantity: number; unitPrice: string }[],
): Promise<number> {
  const order = await prisma.order.create({
    data: { customerId, lines: { create: lines.map((l, i) => ({ lineNo: i + 1, ...l })) } },
  });
  return order.id;
}

/** The IMMVs are read like any Prisma view: typed, read-only delegates. */
export function orderLineDetails(prisma: PrismaClient, customer?: string) {
  return prisma.orderLineDetail.findMany({
    where: customer === undefined ? {} : { customer },
    orderBy: [{ orderId: "asc" }, { lineNo: "asc" }],
  });
}

export function customerTotals(prisma: PrismaClient) {
  return prisma.customerTotal.findMany({ orderBy: { revenue: "desc" } });
}

export function buyers(prisma: PrismaClient) {
  return prisma.buyer.findMany({ orderBy: { id: "asc" } });
}

export function buyerByEmail(prisma: PrismaClient, email: string) {
  return prisma.buyer.findFirst({ where: { email } });
}
