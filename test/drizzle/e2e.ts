import { describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { diffImmv } from "../support/immv.js";
import { type KitVersion, UserProject } from "./project.js";
import { app, definitions, schemaV1, schemaWithoutBuyers, tsconfig, types } from "./shop.js";

/**
 * The whole path a drizzle user takes, with the real drizzle-kit of `kit`: declare IMMVs in
 * schema.ts → immv-drizzle generate → migrate() → write and read through drizzle; then change a
 * definition, a base column, remove a view, and check.
 */
export function drizzleEndToEnd(kit: KitVersion): void {
  describe(`drizzle-kit ${kit}: schema.ts → generate → migrate() → typed IMMVs`, async () => {
    const { url, client } = await freshDatabase(`drizzle_kit_${kit.replace(".", "_")}`);
    const project = new UserProject(kit, "shop");
    project.write("src/schema.ts", schemaV1());
    project.write("src/app.ts", app);
    const env = { DATABASE_URL: url };
    let threshold = 100;

    const run = async (args: string[]) => {
      const result = await project.runTs("src/app.ts", args, env);
      expect(result.status, result.output).toBe(0);
      return result.stdout;
    };
    const generate = async () => {
      const result = await project.immvDrizzle(["generate"]);
      expect(result.status, result.output).toBe(0);
      return result.output;
    };
    const expectExact = async () => {
      for (const [schema, name, query] of [
        ["public", "order_lines", definitions.order_lines],
        ["public", "big_orders", definitions.big_orders(threshold)],
        ["reporting", "buyers", definitions.buyers],
      ] as const) {
        const exists = await client.query("SELECT to_regclass($1) IS NOT NULL AS e", [`${schema}.${name}`]);
        if (!exists.rows[0].e) continue;
        await client.query(`SET search_path TO ${schema}, public`);
        expect(await diffImmv(client, name, query), name).toEqual({ missing: [], extra: [] });
      }
      await client.query("RESET search_path");
    };

    test("generate: drizzle-kit's migration for the tables, then one for the IMMVs; drizzle-kit emits nothing for them", async () => {
      const output = await generate();
      expect(output).toMatch(/new big_orders \(keyed\)/);
      expect(output).toMatch(/new buyers \(counted\)/);
      expect(output).toMatch(/new order_lines \(keyed\)/);
      const [tables, runtime, immvs, ...rest] = project.migrations();
      expect(rest).toEqual([]);
      // immv's runtime: one migration of its own, for both storage schemas, in no view's migration
      expect(runtime!.tag).toMatch(/immv_runtime/);
      expect(runtime!.sql).toContain('CREATE TABLE IF NOT EXISTS "immv"."runtime"');
      expect(runtime!.sql).toContain('CREATE TABLE IF NOT EXISTS "immv_reporting"."runtime"');
      expect(immvs!.sql).not.toContain("CREATE TABLE IF NOT EXISTS");
      expect(tables!.sql).toContain('CREATE TABLE "orders"');
      for (const name of ["order_lines", "big_orders", "buyers", "VIEW", "immv", "reporting"])
        expect(tables!.sql).not.toContain(name);
      expect(immvs!.tag).toMatch(/immv/);
      expect(immvs!.sql).toContain('CREATE VIEW "public"."order_lines"');
      expect(immvs!.sql).toContain('CREATE INDEX "big_orders$i_customer_id"');
      expect(immvs!.sql).toContain('CREATE SCHEMA IF NOT EXISTS "reporting"');
      expect(immvs!.sql).toContain('CREATE VIEW "reporting"."buyers"');
      expect(immvs!.sql).toContain('CREATE TABLE "immv_reporting"."buyers"');
      expect(immvs!.sql).toContain("--> statement-breakpoint");
      const state = JSON.parse(project.read("drizzle/immv-state.json"));
      expect(state.views.map((v: { name: string }) => v.name)).toEqual(["big_orders", "buyers", "order_lines"]);
      // drizzle-kit on its own sees nothing left to do: the IMMVs are not a diff it would act on.
      const again = await project.drizzleKit(["generate"]);
      expect(again.status, again.output).toBe(0);
      expect(project.migrations()).toHaveLength(3);
    });

    test(`db.select() from an IMMV is typed, and insert/update/delete do not compile (tsc, drizzle-orm of drizzle-kit ${kit})`, async () => {
      project.write("tsconfig.json", tsconfig);
      project.write("src/types.ts", types);
      const result = await project.tsc();
      expect(result.status, result.output).toBe(0);
    });

    test("migrate() applies both; writes through drizzle keep every IMMV equal to its query; reads are typed rows", async () => {
      await run(["migrate"]);
      await run(["write", "1"]);
      await expectExact();
      const read = JSON.parse(await run(["read", "orderLines", "bigOrders", "buyers"]));
      expect(read.orderLines).toHaveLength(3);
      expect(Object.keys(read.orderLines[0]).sort()).toEqual(["amount", "customer", "id"]);
      expect(read.bigOrders.map((r: { amount: number }) => r.amount).sort()).toEqual([120, 250]);
      expect(Object.keys(read.bigOrders[0]).sort()).toEqual(["amount", "customerId", "id"]);
      expect(read.buyers.map((r: { name: string }) => r.name).sort()).toEqual(["ada1", "bobby1"]);
      const check = await project.immvDrizzle(["check", "--data"], env);
      expect(check.status, check.output).toBe(0);
      expect(check.stdout).toContain("3 IMMV(s) ok");
    });

    test("generate with nothing changed writes no migration", async () => {
      const before = project.migrations().length;
      expect(await generate()).toContain("3 IMMV(s) up to date; no migration");
      expect(project.migrations()).toHaveLength(before);
    });

    test("a changed definition rebuilds that IMMV only, in a migration of its own", async () => {
      const before = project.migrations().length;
      threshold = 200;
      project.write("src/schema.ts", schemaV1({ bigThreshold: threshold }));
      expect(await generate()).toMatch(/changed big_orders \(keyed\): definition changed/);
      const added = project.migrations().slice(before);
      expect(added).toHaveLength(1);
      expect(added[0]!.sql).toContain('CREATE VIEW "public"."big_orders"');
      expect(added[0]!.sql).not.toContain('"order_lines"');
      // the header names the change, with the old and the new definition
      expect(added[0]!.sql).toMatch(
        /^-- {3}changed big_orders \(definition changed\)\n-- {5}was: SELECT .*\n-- {5}now: SELECT /m,
      );
      await run(["migrate"]);
      await expectExact();
      await run(["write", "2"]);
      await expectExact();
    });

    test("a changed base column rebuilds the IMMVs that read it, after drizzle-kit's ALTER; an unused new column does not", async () => {
      const numeric = `numeric("amount", { precision: 12, scale: 2 })`;
      let before = project.migrations().length;
      project.write("src/schema.ts", schemaV1({ bigThreshold: threshold, amountType: numeric }));
      const output = await generate();
      expect(output).toMatch(
        /changed big_orders \(keyed\): base columns changed \(- public\.orders\.amount integer not null, \+ public\.orders\.amount numeric\(12,2\) not null\)/,
      );
      expect(output).toMatch(/changed order_lines/);
      expect(output).not.toMatch(/buyers/);
      // Dropped before the ALTER (no column type change meets an IMMV that reads it), created after.
      const [drop, alter, rebuild, ...rest] = project.migrations().slice(before);
      expect(rest).toEqual([]);
      expect(drop!.tag).toMatch(/immv_drop/);
      expect(drop!.sql).toContain(`CALL "immv"."drop"('order_lines', true)`);
      expect(drop!.sql).toContain(`CALL "immv"."drop"('big_orders', true)`);
      expect(drop!.sql).not.toContain("buyers");
      expect(alter!.sql).toMatch(/ALTER TABLE "orders" ALTER COLUMN "amount" SET DATA TYPE numeric\(12, ?2\)/);
      expect(rebuild!.sql).toContain('CREATE VIEW "public"."order_lines"');
      expect(rebuild!.sql).not.toContain('CREATE VIEW "reporting"."buyers"');
      await run(["migrate"]);
      await expectExact();
      const types = await client.query(
        "SELECT format_type(atttypid, atttypmod) AS t FROM pg_attribute WHERE attrelid = 'order_lines'::regclass AND attname = 'amount'",
      );
      expect(types.rows[0].t).toBe("numeric(12,2)");
      await run(["write", "3"]);
      await expectExact();

      before = project.migrations().length;
      project.write(
        "src/schema.ts",
        schemaV1({ bigThreshold: threshold, amountType: numeric, extraOrderColumns: `\n  note: text("note"),` }),
      );
      expect(await generate()).toContain("3 IMMV(s) up to date; no migration");
      const added = project.migrations().slice(before);
      expect(added).toHaveLength(1);
      expect(added[0]!.sql).toContain('ADD COLUMN "note" text');
      await run(["migrate"]);
      await run(["write", "4"]);
      await expectExact();
    });

    test("a removed immv() is dropped by the next migration", async () => {
      const before = project.migrations().length;
      const numeric = `numeric("amount", { precision: 12, scale: 2 })`;
      project.write(
        "src/schema.ts",
        schemaWithoutBuyers({
          bigThreshold: threshold,
          amountType: numeric,
          extraOrderColumns: `\n  note: text("note"),`,
        }),
      );
      expect(await generate()).toMatch(/removed buyers/);
      const added = project.migrations().slice(before);
      expect(added).toHaveLength(1);
      expect(added[0]!.tag).toMatch(/immv_buyers_drop/);
      expect(added[0]!.sql).toContain(`CALL "immv_reporting"."drop"('buyers', true)`);
      await run(["migrate"]);
      const gone = await client.query(
        "SELECT to_regclass('reporting.buyers') AS view, (SELECT count(*)::int FROM immv_reporting.views WHERE name = 'buyers') AS catalog, (SELECT count(*)::int FROM pg_trigger WHERE tgname LIKE 'immv_buyers_%') AS triggers",
      );
      expect(gone.rows[0]).toEqual({ view: null, catalog: 0, triggers: 0 });
      await run(["write", "5"]);
      await expectExact();
    });

    test("check reports drift and exits 1: a dropped trigger, a view refreshed empty", async () => {
      await client.query(`DROP TRIGGER "immv_order_lines_1_insert" ON orders`);
      await client.query(`SELECT immv.refresh('big_orders', false)`);
      const check = await project.immvDrizzle(["check"], env);
      expect(check.status, check.output).toBe(1);
      expect(check.stdout).toMatch(
        /drift {2}order_lines\n.*trigger immv_order_lines_1_insert on "public"\."orders" is missing/,
      );
      expect(check.stdout).toMatch(/drift {2}big_orders\n.*not populated/);
      expect(check.stdout).toContain("2 of 2 IMMV(s) drifted");
    });
  });
}
