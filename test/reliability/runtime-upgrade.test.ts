import { readFileSync } from "node:fs";
import { introspectCatalog } from "@immv/cli";
import { compile, RUNTIME_VERSION, runtimeSql } from "@immv/core";
import { beforeAll, describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { diffImmv } from "../support/immv.js";

/**
 * A database whose IMMVs were created by a released runtime keeps working when the current
 * runtime is installed over it, and takes new views; a view compiled to require the runtime
 * refuses an older one, naming what to apply. One fixture per released runtime: what immv emitted
 * then (runtime 1 at commit 61fd72f, which recorded no version; runtime 2 at a7718ab).
 */

const OLD_VIEWS = {
  old_join: "SELECT o.id, o.amount, c.name FROM orders o JOIN customers c ON c.id = o.customer_id",
  old_counted: "SELECT l.sku, o.customer_id FROM lines l JOIN orders o ON o.id = l.order_id",
  old_totals:
    "SELECT o.customer_id, count(*) AS n, sum(l.qty) AS qty, max(l.qty) AS top FROM orders o JOIN lines l ON l.order_id = o.id GROUP BY o.customer_id",
};
const NEW_VIEW = {
  name: "new_totals",
  query: "SELECT o.customer_id, sum(o.amount) AS amount FROM orders o GROUP BY 1",
};

const RELEASED = [
  { version: 1, recorded: null },
  { version: 2, recorded: 2 },
] as const;

const WRITES = [
  "INSERT INTO orders VALUES (3, 1, 30), (4, 2, 40)",
  "INSERT INTO lines VALUES (3, 'c', 3), (4, 'd', 4), (4, 'e', 5)",
  "UPDATE orders SET customer_id = 3 - customer_id WHERE id IN (1, 3)",
  "WITH o AS (INSERT INTO orders VALUES (5, 1, 50) RETURNING id) INSERT INTO lines SELECT id, 'f', 6 FROM o",
  "DELETE FROM lines WHERE qty = 5",
  "WITH d AS (DELETE FROM lines WHERE order_id = 2 RETURNING order_id) DELETE FROM orders WHERE id IN (SELECT order_id FROM d)",
];

describe.each(RELEASED)("runtime $version", (released) => {
  let client: Awaited<ReturnType<typeof freshDatabase>>["client"];
  const fixture = readFileSync(new URL(`fixtures/runtime-${released.version}.sql`, import.meta.url), "utf8");
  beforeAll(async () => {
    client = (await freshDatabase(`upgrade${released.version}`)).client;
    await client.query(`BEGIN; ${fixture} COMMIT;`);
  });

  async function expectExact(views: Record<string, string>): Promise<void> {
    for (const [name, query] of Object.entries(views)) {
      expect({ name, diff: await diffImmv(client, name, query) }).toEqual({ name, diff: { missing: [], extra: [] } });
    }
  }

  async function compileNew(runtime: "install" | "require") {
    return compile({ ...NEW_VIEW, catalog: await introspectCatalog(client), runtime });
  }

  describe(`a database created by runtime ${released.version}`, () => {
    test("records the runtime it had, and its views are exact", async () => {
      const { rows } = await client.query("SELECT to_regclass('immv.runtime') IS NOT NULL AS has");
      const recorded = rows[0].has ? (await client.query('SELECT "version" FROM immv.runtime')).rows[0].version : null;
      expect(recorded).toEqual(released.recorded);
      await expectExact(OLD_VIEWS);
    });

    test(`refuses a view that requires runtime ${RUNTIME_VERSION}, naming what to apply`, async () => {
      const compiled = await compileNew("require");
      await expect(client.query(`BEGIN; ${compiled.createSql} COMMIT;`)).rejects.toMatchObject({
        code: "55000",
        message: `immv: this view needs immv runtime ${RUNTIME_VERSION} or newer in schema immv`,
      });
      await client.query("ROLLBACK");
      expect((await client.query("SELECT to_regclass('public.new_totals') AS t")).rows).toEqual([{ t: null }]);
    });

    test("is upgraded in place by the current runtime; the old views stay exact under writes", async () => {
      await client.query(`BEGIN; ${runtimeSql("immv")} COMMIT;`);
      expect((await client.query('SELECT "version" FROM immv.runtime')).rows).toEqual([{ version: RUNTIME_VERSION }]);
      for (const write of WRITES) {
        await client.query(write);
        await expectExact(OLD_VIEWS);
      }
    });

    test("installing the same runtime again changes nothing (idempotent)", async () => {
      const secret = (await client.query('SELECT "secret" FROM immv.runtime')).rows;
      await client.query(`BEGIN; ${runtimeSql("immv")} COMMIT;`);
      expect((await client.query('SELECT "secret" FROM immv.runtime')).rows).toEqual(secret);
    });

    test("takes new views next to the old ones, in batches that write both", async () => {
      const compiled = await compileNew("require");
      await client.query(`BEGIN; ${compiled.createSql} COMMIT;`);
      const all = { ...OLD_VIEWS, [NEW_VIEW.name]: NEW_VIEW.query };
      await expectExact(all);
      await client.query(
        "WITH o AS (INSERT INTO orders VALUES (6, 2, 60) RETURNING id) INSERT INTO lines SELECT id, 'g', 7 FROM o",
      );
      await client.query("UPDATE orders SET amount = amount + 1");
      await expectExact(all);
    });

    test("keeps the SQL API for old views: check, refresh, drop", async () => {
      expect((await client.query("SELECT * FROM immv.check('old_totals')")).rows).toEqual([]);
      const rows = (await client.query(`SELECT count(*) AS n FROM (${OLD_VIEWS.old_join}) q`)).rows;
      expect((await client.query("SELECT immv.refresh('old_join') AS n")).rows).toEqual(rows);
      await client.query("CALL immv.drop('old_counted')");
      expect((await client.query("SELECT name FROM immv.views ORDER BY 1")).rows.map((r) => r.name)).toEqual([
        "new_totals",
        "old_join",
        "old_totals",
      ]);
      await client.query("DELETE FROM lines");
      await expectExact({ old_join: OLD_VIEWS.old_join, old_totals: OLD_VIEWS.old_totals });
    });

    test("refuses to install an older runtime over a newer one", async () => {
      await client.query(`UPDATE immv.runtime SET "version" = ${RUNTIME_VERSION + 1}`);
      await expect(client.query(`BEGIN; ${runtimeSql("immv")} COMMIT;`)).rejects.toMatchObject({ code: "55000" });
      await client.query("ROLLBACK");
    });
  });
});
