import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { beforeAll, describe, expect, it } from "vitest";
import { freshDatabase } from "../../../../test/support/database.js";
import { diffImmv } from "../../../../test/support/immv.js";
import { deployMigrations } from "../deploy.js";
import { nextTimestamps, timestampBefore } from "../migrations/timestamp.js";
import { PrismaProject, repo } from "./project.js";

const ORDER_LINE_DETAILS =
  "SELECT l.order_id, l.line_no, c.name AS customer, o.status, l.product, l.quantity, l.unit_price FROM order_lines l JOIN orders o ON o.id = l.order_id JOIN customers c ON c.id = o.customer_id";
const CUSTOMER_TOTALS =
  "SELECT o.customer_id, count(*) AS lines, sum(l.quantity) AS items, sum(l.quantity * l.unit_price) AS revenue, max(o.placed_at) AS last_order_at FROM orders o JOIN order_lines l ON l.order_id = o.id GROUP BY o.customer_id";
const BUYERS = "SELECT DISTINCT c.id, c.name, c.email FROM customers c JOIN orders o ON o.customer_id = c.id";

/** What a generated client module looks like to the test (it is imported at run time). */
type Client = typeof import("../../../../examples/prisma-shop/src/generated/client.js");
type Reports = typeof import("../../../../examples/prisma-shop/src/reports.js");

describe("prisma generate with the immv generator, then migrations applied as prisma migrate deploy does", () => {
  const project = new PrismaProject({ withImmvMigrations: false });
  let db: Awaited<ReturnType<typeof freshDatabase>>;
  const target = () => ({
    exec: (s: string) => db.client.query(s),
    query: (s: string, p?: unknown[]) => db.client.query(s, p) as never,
  });

  beforeAll(async () => {
    db = await freshDatabase("prisma_flow");
  });

  it("writes one migration per new IMMV, after the newest migration, with the compiled SQL", () => {
    const run = project.generate({}, false);
    expect(run.status, run.output).toBe(0);
    const migrations = project.migrations();
    expect(migrations).toHaveLength(5);
    expect(migrations[0]).toBe("20261101000000_init");
    expect(migrations[1]).toMatch(/^\d{14}_immv_runtime$/);
    expect(migrations[2]).toMatch(/^\d{14}_immv_order_line_details$/);
    expect(migrations[3]).toMatch(/^\d{14}_immv_customer_totals$/);
    expect(migrations[4]).toMatch(/^\d{14}_immv_buyers$/);
    expect(run.output).toContain(
      `immv: order_line_details new → wrote prisma/migrations/${migrations[2]}/migration.sql`,
    );
    // immv's runtime: in a migration of its own, in none of the views'
    const runtime = project.read(`prisma/migrations/${migrations[1]}/migration.sql`);
    expect(runtime.split("\n")[0]).toMatch(/^-- immv-prisma: \{"view":"\$runtime","action":"runtime"/);
    expect(runtime).toContain('CREATE TABLE IF NOT EXISTS "immv"."runtime"');
    const sql = project.read(`prisma/migrations/${migrations[2]}/migration.sql`);
    expect(sql.split("\n")[0]).toMatch(/^-- immv-prisma: \{"view":"order_line_details","action":"create"/);
    expect(sql).toContain("-- new view order_line_details");
    expect(sql).not.toContain("CREATE TABLE IF NOT EXISTS");
    expect(sql).toContain('CREATE VIEW "public"."order_line_details"');
  });

  it("matches the example's committed migrations (the example is current)", () => {
    // What decides whether a migration is current: the compiled hash and the fingerprint.
    const made = (sql: string) => {
      const header = JSON.parse(sql.slice(sql.indexOf("{"), sql.indexOf("\n"))) as {
        hash: string;
        fingerprint: string;
      };
      return { hash: header.hash, fingerprint: header.fingerprint };
    };
    for (const name of ["order_line_details", "customer_totals", "buyers"]) {
      const ours = project.migrations().find((m) => m.endsWith(`_immv_${name}`))!;
      expect(made(project.read(`prisma/migrations/${ours}/migration.sql`))).toEqual(made(exampleMigration(name)));
    }
  });

  it("writes nothing the second time", () => {
    const run = project.generate();
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain("immv: 3 IMMVs up to date in prisma/migrations");
    expect(project.migrations()).toHaveLength(5);
  });

  it("only verifies in CI, and passes when the migrations are current", () => {
    const run = project.generate({ CI: "true" });
    expect(run.status, run.output).toBe(0);
    expect(run.output).toContain("(verified; CI mode writes nothing)");
  });

  it("applies the folders in order and records them like prisma migrate deploy", async () => {
    const applied = await deployMigrations(target(), project.path("prisma/migrations"));
    expect(applied).toEqual(project.migrations());
    const { rows } = await db.client.query<{ migration_name: string; checksum: string; finished_at: Date | null }>(
      `SELECT migration_name, checksum, finished_at FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(applied);
    for (const r of rows) {
      const file = readFileSync(project.path(`prisma/migrations/${r.migration_name}/migration.sql`));
      expect(r.checksum).toBe(createHash("sha256").update(file).digest("hex"));
      expect(r.finished_at).not.toBeNull();
    }
    expect(await deployMigrations(target(), project.path("prisma/migrations"))).toEqual([]);
  });

  it("types the IMMVs in Prisma Client (tsc), read-only", () => {
    const usage = (createLine: string) => `import type { PrismaClient } from "./generated/client.js";
export async function readOnly(prisma: PrismaClient): Promise<number> {
${createLine}
  const line = await prisma.orderLineDetail.findFirstOrThrow();
  // @ts-expect-error quantity is a number
  const wrong: string = line.quantity;
  return line.quantity + line.unitPrice.toNumber() + wrong.length;
}
`;
    const create = '  await prisma.buyer.create({ data: { id: 1, name: "x", email: "x" } });';
    project.write("src/read-only.ts", usage(create));
    const refused = project.typecheck();
    expect(refused.status).not.toBe(0);
    expect(refused.output).toMatch(/read-only\.ts\(3,\d+\): error TS2339: Property 'create' does not exist/);
    project.write("src/read-only.ts", usage(`  // @ts-expect-error view blocks get no create\n${create}`));
    const run = project.typecheck();
    expect(run.output).toBe("");
    expect(run.status).toBe(0);
  });

  it("keeps the IMMVs current through writes made with Prisma Client", async () => {
    const { PrismaClient } = (await import(project.path("src/generated/client.ts"))) as Client;
    const reports = (await import(project.path("src/reports.ts"))) as Reports;
    const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: db.url }) });
    try {
      const ada = await prisma.customer.create({ data: { name: "Ada", email: "ada@example.com" } });
      const bob = await prisma.customer.create({ data: { name: "Bob", email: "bob@example.com" } });
      const order = await reports.placeOrder(prisma, ada.id, [
        { product: "tea", quantity: 2, unitPrice: "3.50" },
        { product: "cake", quantity: 1, unitPrice: "4.00" },
      ]);
      await reports.placeOrder(prisma, bob.id, [{ product: "coffee", quantity: 3, unitPrice: "2.80" }]);
      await prisma.customer.update({ where: { id: ada.id }, data: { name: "Ada L." } });
      await prisma.order.update({ where: { id: order }, data: { status: "shipped" } });
      await prisma.order.deleteMany({ where: { customerId: bob.id } });

      const lines = await reports.orderLineDetails(prisma);
      expect(lines.map((l) => ({ ...l, unitPrice: l.unitPrice.toFixed(2) }))).toEqual([
        {
          orderId: order,
          lineNo: 1,
          customer: "Ada L.",
          status: "shipped",
          product: "tea",
          quantity: 2,
          unitPrice: "3.50",
        },
        {
          orderId: order,
          lineNo: 2,
          customer: "Ada L.",
          status: "shipped",
          product: "cake",
          quantity: 1,
          unitPrice: "4.00",
        },
      ]);
      expect(await reports.buyers(prisma)).toEqual([{ id: ada.id, name: "Ada L.", email: "ada@example.com" }]);
      const totals = await reports.customerTotals(prisma);
      expect(totals.map((t) => ({ ...t, revenue: t.revenue.toFixed(2), lastOrderAt: typeof t.lastOrderAt }))).toEqual([
        { customerId: ada.id, lines: 2n, items: 3n, revenue: "11.00", lastOrderAt: "object" },
      ]);
      expect(await reports.buyerByEmail(prisma, "bob@example.com")).toBeNull();
      expect(await diffImmv(db.client, "order_line_details", ORDER_LINE_DETAILS)).toEqual({ missing: [], extra: [] });
      expect(await diffImmv(db.client, "buyers", BUYERS)).toEqual({ missing: [], extra: [] });
      expect(await diffImmv(db.client, "customer_totals", CUSTOMER_TOTALS)).toEqual({ missing: [], extra: [] });
    } finally {
      await prisma.$disconnect();
    }
  });

  it("immv-prisma check finds a disabled trigger, which Prisma cannot see", async () => {
    const ok = project.immvPrisma(["check", "--url", db.url, "--data"]);
    expect(ok.output).toContain("ok     customer_totals (rows equal its query)");
    expect(ok.output).toContain("3 IMMV(s) ok");
    expect(ok.status).toBe(0);
    const { rows } = await db.client.query<{ name: string }>(
      "SELECT tgname AS name FROM pg_trigger WHERE tgrelid = 'orders'::regclass AND tgname LIKE 'immv_buyers%insert'",
    );
    const trigger = rows[0]!.name;
    await db.client.query(`ALTER TABLE orders DISABLE TRIGGER "${trigger}"`);
    const drift = project.immvPrisma(["check", "--url", db.url]);
    await db.client.query(`ALTER TABLE orders ENABLE TRIGGER "${trigger}"`);
    expect(drift.output).toContain(`drift  buyers\n         - trigger ${trigger} on "public"."orders" is disabled`);
    expect(drift.output).toContain("1 of 3 IMMV(s) drifted");
    expect(drift.status).toBe(1);
  });

  it("fails in CI when an IMMV changed, and writes nothing", () => {
    project.write("prisma/views/buyers.sql", `${BUYERS}\nWHERE o.status <> 'cancelled'\n`);
    const run = project.generate({ CI: "true" });
    expect(run.status).not.toBe(0);
    expect(run.output).toContain("error[migrations_outdated]: the migrations do not contain the current IMMVs");
    expect(run.output).toContain("  - buyers: its query or a base column it reads changed since its last migration");
    expect(project.migrations()).toHaveLength(5);
  });

  it("adds a follow-up migration for a changed definition and leaves earlier ones as they were", async () => {
    const before = snapshot(project);
    const run = project.generate();
    expect(run.status, run.output).toBe(0);
    const added = project.migrations().filter((m) => !(m in before));
    expect(added).toEqual([expect.stringMatching(/^\d{14}_immv_buyers$/)]);
    expect(run.output).toContain(`immv: buyers changed → wrote prisma/migrations/${added[0]}/migration.sql`);
    for (const [name, sql] of Object.entries(before))
      expect(project.read(`prisma/migrations/${name}/migration.sql`)).toBe(sql);

    expect(await deployMigrations(target(), project.path("prisma/migrations"))).toEqual(added);
    await db.client.query("UPDATE orders SET status = 'cancelled'");
    expect((await db.client.query("SELECT * FROM buyers")).rows).toEqual([]);
    expect(await diffImmv(db.client, "buyers", `${BUYERS} WHERE o.status <> 'cancelled'`)).toEqual({
      missing: [],
      extra: [],
    });
  });

  it("rebuilds the IMMVs that read a base column whose type changed", async () => {
    project.edit(
      "prisma/schema.prisma",
      "  name   String\n  email  String  @unique",
      "  name   String  @db.VarChar(200)\n  email  String  @unique",
    );
    // The migration `prisma migrate dev --create-only` writes for that change, some time later.
    const [stamp] = nextTimestamps(project.migrations(), new Date(Date.now() + 3_600_000), 1);
    const alter = `${stamp}_customer_name_varchar`;
    project.write(
      `prisma/migrations/${alter}/migration.sql`,
      `-- AlterTable\nALTER TABLE "customers" ALTER COLUMN "name" SET DATA TYPE VARCHAR(200);\n`,
    );
    const before = project.migrations();
    const run = project.generate();
    expect(run.status, run.output).toBe(0);
    // immv guards the columns a view reads, so both views that read customers.name are dropped
    // before the ALTER and created again after it.
    const added = project.migrations().filter((m) => !before.includes(m));
    expect(added).toEqual([
      `${timestampBefore(alter, 2)}_immv_release_order_line_details`,
      `${timestampBefore(alter, 1)}_immv_release_buyers`,
      expect.stringMatching(/_immv_order_line_details$/),
      expect.stringMatching(/_immv_buyers$/),
    ]);
    expect(run.output).toContain(`immv: buyers released → wrote prisma/migrations/${added[1]}/migration.sql`);
    expect(await deployMigrations(target(), project.path("prisma/migrations"))).toEqual([
      added[0],
      added[1],
      alter,
      added[2],
      added[3],
    ]);
    const { rows } = await db.client.query(
      `SELECT attrelid::regclass::text AS view, format_type(atttypid, atttypmod) AS type FROM pg_attribute
       WHERE attrelid IN ('public.buyers'::regclass, 'public.order_line_details'::regclass) AND attname IN ('name', 'customer')
       ORDER BY 1`,
    );
    expect(rows).toEqual([
      { view: "buyers", type: "character varying(200)" },
      { view: "order_line_details", type: "character varying(200)" },
    ]);
    expect(await diffImmv(db.client, "order_line_details", ORDER_LINE_DETAILS)).toEqual({ missing: [], extra: [] });
  });

  it("fails with a precise message when a view block's fields do not match its query, and writes nothing", () => {
    const schema = project.read("prisma/schema.prisma");
    project.edit(
      "prisma/schema.prisma",
      "  status    String\n  product   String\n  quantity  Int\n",
      "  product   String\n  quantity  String\n  discount  Int\n",
    );
    const line = project.read("prisma/schema.prisma").split("\n").indexOf("view OrderLineDetail {") + 1;
    const count = project.migrations().length;
    const run = project.generate();
    expect(run.status).not.toBe(0);
    expect(run.output).toContain(
      [
        "error[field_mismatch]: view OrderLineDetail does not match its @immv query:",
        '  - field "quantity" is String, but column "quantity" is integer: declare it Int',
        '  - field "discount" is not a column of the query; remove it or @map it to one of the query\'s columns',
        '  - column "status" of the query has no field; add `status String`',
        `  --> prisma/schema.prisma:${line}`,
      ].join("\n"),
    );
    expect(project.migrations()).toHaveLength(count);
    project.write("prisma/schema.prisma", schema);
  });

  it("checks aggregate result types: count(*) is bigint, so an Int field is refused", () => {
    const schema = project.read("prisma/schema.prisma");
    project.edit("prisma/schema.prisma", "  lines       BigInt\n", "  lines       Int\n");
    const run = project.generate();
    expect(run.status).not.toBe(0);
    expect(run.output).toContain('  - field "lines" is Int, but column "lines" is bigint: declare it BigInt');
    project.write("prisma/schema.prisma", schema);
  });

  it("reports SQL it cannot maintain with its place in the query", () => {
    project.write("prisma/views/buyers.sql", `${BUYERS} ORDER BY c.id\n`);
    const run = project.generate();
    expect(run.status).not.toBe(0);
    expect(run.output).toContain("error[compile_error]: view Buyer: buyers.sql cannot be maintained");
    expect(run.output).toMatch(/\n\s+\^\n/);
    project.write("prisma/views/buyers.sql", `${BUYERS}\nWHERE o.status <> 'cancelled'\n`);
  });

  it("drops an IMMV whose view block is removed", async () => {
    const schema = project.read("prisma/schema.prisma");
    project.write("prisma/schema.prisma", schema.slice(0, schema.indexOf("/// Customers who have placed")));
    const run = project.generate();
    expect(run.status, run.output).toBe(0);
    const [added] = project.migrations().slice(-1);
    expect(added).toMatch(/_immv_buyers$/);
    expect(project.read(`prisma/migrations/${added}/migration.sql`).split("\n")[0]).toContain('"action":"drop"');
    expect(await deployMigrations(target(), project.path("prisma/migrations"))).toEqual([added]);
    const { rows } = await db.client.query(
      "SELECT to_regclass('public.buyers') AS view, (SELECT array_agg(name ORDER BY name) FROM immv.views) AS immvs",
    );
    expect(rows).toEqual([{ view: null, immvs: ["customer_totals", "order_line_details"] }]);
    expect(project.generate().output).toContain("immv: 2 IMMVs up to date");
  });

  it("replays every migration after a prisma migrate reset, which leaves the immv schema behind", async () => {
    // What `prisma migrate reset` does to the managed schema; immv's schema and catalog survive.
    await db.client.query("DROP SCHEMA public CASCADE; CREATE SCHEMA public");
    expect(await deployMigrations(target(), project.path("prisma/migrations"))).toEqual(project.migrations());
    await db.client.query(`INSERT INTO customers (name, email) VALUES ('Ada', 'ada@example.com');
      INSERT INTO orders (customer_id) VALUES (1);
      INSERT INTO order_lines VALUES (1, 1, 'tea', 2, 3.50)`);
    const { rows } = await db.client.query("SELECT array_agg(name ORDER BY name) AS immvs FROM immv.views");
    expect(rows).toEqual([{ immvs: ["customer_totals", "order_line_details"] }]);
    expect((await db.client.query("SELECT customer FROM order_line_details")).rows).toEqual([{ customer: "Ada" }]);
    expect(await diffImmv(db.client, "customer_totals", CUSTOMER_TOTALS)).toEqual({ missing: [], extra: [] });
  });
});

function exampleMigration(view: string): string {
  const dir = join(repo, "examples/prisma-shop/prisma/migrations");
  const folder = readdirSync(dir)
    .sort()
    .find((m) => m.endsWith(`_immv_${view}`))!;
  return readFileSync(join(dir, folder, "migration.sql"), "utf8");
}

/** Migration folder name → SQL. */
function snapshot(project: PrismaProject): Record<string, string> {
  return Object.fromEntries(project.migrations().map((m) => [m, project.read(`prisma/migrations/${m}/migration.sql`)]));
}
