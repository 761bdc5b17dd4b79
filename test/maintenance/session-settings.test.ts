import { beforeAll, describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { createImmv, diffImmv } from "../support/immv.js";

/**
 * Maintenance is immune to the writing session's settings: a writer that changes how values
 * print or how SQL text is read must leave every view equal to its query run in a session that
 * sets nothing. Each case writes under one setting and checks in a fresh, default session.
 */
describe("maintenance under the writer's session settings", async () => {
  const { client, connect } = await freshDatabase("settings");
  const oracle = await connect();

  /** Runs `sql` in a new session with `setting` in effect, as a writer would. */
  async function writeWith(setting: string, sql: string): Promise<void> {
    const writer = await connect();
    await writer.query(`SET ${setting}`);
    await writer.query(sql);
    await writer.end();
  }

  async function expectExact(name: string, query: string): Promise<void> {
    expect(await diffImmv(oracle, name, query)).toEqual({ missing: [], extra: [] });
  }

  describe("values that print the same but differ (extra_float_digits)", () => {
    const views = {
      f_keyed: "SELECT id, x FROM f",
      f_total: "SELECT count(*) AS n, max(x) AS mx, min(x) AS mn FROM f",
      f_distinct: "SELECT DISTINCT x FROM f",
      f_grouped: "SELECT x, count(*) AS n FROM f GROUP BY x",
      f_text: "SELECT id, x::text AS printed FROM f",
    };

    beforeAll(async () => {
      // `note` is never read: an UPDATE's rows are compared on the columns the views read
      await client.query(`CREATE TABLE f (id int PRIMARY KEY, x float8, note text);
        INSERT INTO f VALUES (1, 0.1, 'a'), (2, 0.2, 'b'), (3, 1e-7, 'c')`);
      for (const [name, query] of Object.entries(views)) await createImmv(client, name, query);
    });

    test.each([
      ["extra_float_digits = -15", "UPDATE f SET x = 0.24 WHERE id = 2"],
      ["extra_float_digits = 0", "UPDATE f SET x = 0.30000000000000004 WHERE id = 1"],
      ["extra_float_digits = -15", "UPDATE f SET x = 1.00000001e-7 WHERE id = 3"],
      ["extra_float_digits = 3", "UPDATE f SET x = 0.1 WHERE id = 1"],
    ])("%s: %s", async (setting, write) => {
      await writeWith(setting, write);
      for (const [name, query] of Object.entries(views)) await expectExact(name, query);
      // the text a view stores is the text a default session prints
      const { rows } = await oracle.query(
        "SELECT count(*)::int AS n FROM f_text JOIN f USING (id) WHERE printed IS DISTINCT FROM x::text",
      );
      expect(rows[0].n).toBe(0);
    });
  });

  describe("definitions whose literals read differently under a setting", () => {
    beforeAll(async () => {
      await client.query(`CREATE TABLE d (id int PRIMARY KEY, iv interval, arr text[], s text);
        INSERT INTO d VALUES (1, interval '-1 day', '{x,y}', 'a'), (2, interval '0', '{x,z}', NULL)`);
    });

    test.each([
      {
        name: "d_interval_filter",
        setting: "intervalstyle = sql_standard",
        query: "SELECT id, iv FROM d WHERE iv < '-1 2:00:00'::interval",
        write: "INSERT INTO d VALUES (3, interval '-1 day -1 hour', '{}', 'c')",
      },
      {
        name: "d_interval_sum",
        setting: "intervalstyle = sql_standard",
        query: "SELECT id, iv + '-1 2:00:00'::interval AS shifted FROM d",
        write: "INSERT INTO d VALUES (4, interval '1 hour', '{}', 'd')",
      },
      {
        name: "d_array",
        setting: "array_nulls = off",
        query: "SELECT id FROM d WHERE arr = '{x,NULL}'::text[]",
        write: "INSERT INTO d VALUES (5, interval '0', ARRAY['x', NULL], 'e')",
      },
      {
        name: "d_null_equals",
        setting: "transform_null_equals = on",
        query: "SELECT id, s FROM d WHERE s = NULL",
        write: "UPDATE d SET id = id + 10 WHERE s IS NULL",
      },
    ])("$setting: $query", async ({ name, setting, query, write }) => {
      await createImmv(client, name, query);
      await writeWith(setting, write);
      await expectExact(name, query);
    });

    test("immv.refresh and immv.check read the definition as a default session does", async () => {
      const query = "SELECT id FROM d WHERE iv < '-1 2:00:00'::interval";
      await createImmv(client, "d_refreshed", query);
      const writer = await connect();
      await writer.query("SET intervalstyle = sql_standard");
      await writer.query("SELECT immv.refresh('d_refreshed')");
      const { rows } = await writer.query("SELECT count(*)::int AS n FROM immv.check('d_refreshed')");
      await writer.end();
      expect(rows[0].n).toBe(0);
      await expectExact("d_refreshed", query);
    });
  });

  describe("rows compared by their binary images", () => {
    beforeAll(async () => {
      // EXTERNAL: the 1 MB blob is stored out of line, uncompressed, in the TOAST table
      await client.query(`CREATE TABLE n (id int PRIMARY KEY, amount numeric, doc json, blob bytea);
        ALTER TABLE n ALTER blob SET STORAGE EXTERNAL;
        INSERT INTO n VALUES (1, 1.0, '{"a": 1}', decode(repeat('ab', 1000000), 'hex'))`);
      await createImmv(client, "n_keyed", "SELECT id, amount, doc FROM n");
    });

    test("an equal value printed differently (1.0, 1.00) is rewritten, and json compares", async () => {
      await client.query("UPDATE n SET amount = 1.00, doc = '{\"a\":1}' WHERE id = 1");
      const { rows } = await oracle.query("SELECT amount::text AS amount, doc::text AS doc FROM n_keyed");
      expect(rows).toEqual([{ amount: "1.00", doc: '{"a":1}' }]);
    });

    test("a column the view never reads is never read by maintenance", async () => {
      // reading the blob, even to compare or print it, reads the TOAST table
      const toastReads = async () => {
        await client.query("SELECT pg_stat_force_next_flush()");
        await oracle.query("SELECT pg_stat_clear_snapshot()");
        const { rows } = await oracle.query(
          "SELECT COALESCE(toast_blks_read, 0) + COALESCE(toast_blks_hit, 0) AS n FROM pg_statio_user_tables WHERE relname = 'n'",
        );
        return Number(rows[0].n);
      };
      const before = await toastReads();
      await client.query("UPDATE n SET amount = amount + 1 WHERE id = 1");
      expect(await toastReads()).toBe(before);
      // json has no equality: compare the rows' text forms, printed by the default session
      const { rows } = await oracle.query(
        "SELECT (SELECT array_agg(v::text) FROM n_keyed v) = (SELECT array_agg(q::text) FROM (SELECT id, amount, doc FROM n) q) AS same",
      );
      expect(rows[0].same).toBe(true);
    });
  });

  test("an FK cascade within the table whose intermediate row reads the same in the used columns", async () => {
    // UPDATE moves id 1 to 2; the cascade then rewrites that row's `up`, which the view does not
    // read: OLD holds (1,a) and the intermediate (2,b), NEW holds (2,b) twice — net, (2,b) is new.
    await client.query(`CREATE TABLE node (id int PRIMARY KEY, up int REFERENCES node (id) ON UPDATE CASCADE, name text);
      INSERT INTO node VALUES (1, NULL, 'a'); UPDATE node SET up = 1; INSERT INTO node VALUES (3, 1, 'c')`);
    const query = "SELECT id, name FROM node";
    await createImmv(client, "node_names", query);
    await client.query("UPDATE node SET id = 2, name = 'b' WHERE id = 1");
    await expectExact("node_names", query);
    const { rows } = await oracle.query("SELECT id FROM node_names ORDER BY id");
    expect(rows.map((r) => r.id)).toEqual([2, 3]);
  });
});
