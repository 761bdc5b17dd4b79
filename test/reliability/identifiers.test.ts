import { beforeAll, describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { createImmv, diffImmv } from "../support/immv.js";

/**
 * Hostile names and hostile definitions: quotes, spaces, unicode, reserved words and 63-byte
 * names compile to correct, distinct objects; text from a definition never escapes its literal.
 */

const { client } = await freshDatabase("identifiers");

/** Names of the objects immv made for one IMMV, as PostgreSQL stored them: relations in its
 * schema (storage, its indexes, the dependency view), functions, and triggers on base tables. */
async function objectsOf(name: string): Promise<{ relations: string[]; functions: string[]; triggers: number }> {
  const { rows } = await client.query(
    `SELECT
       (SELECT array_agg(c.relname::text ORDER BY c.relname) FROM pg_class c
         WHERE c.oid = to_regclass(v.storage)
            OR c.oid IN (SELECT i.indexrelid FROM pg_index i WHERE i.indrelid = to_regclass(v.storage))
            OR c.oid IN (SELECT r.ev_class FROM pg_rewrite r JOIN pg_depend d ON d.objid = r.oid
                          WHERE d.refobjid = ANY (SELECT to_regprocedure(f) FROM unnest(v.functions) f))) AS relations,
       (SELECT array_agg(p.proname::text ORDER BY p.proname) FROM unnest(v.functions) f
         JOIN pg_proc p ON p.oid = to_regprocedure(f)) AS functions,
       (SELECT count(*)::int FROM pg_trigger t
         WHERE t.tgfoid IN (SELECT to_regprocedure(f) FROM unnest(v.functions) f)) AS triggers
     FROM immv.views v WHERE v.name = $1`,
    [name],
  );
  return rows[0];
}

async function writeAndCheck(table: string, views: [string, string][], key: string, value: string): Promise<void> {
  await client.query(`INSERT INTO ${table} (${key}, ${value}) SELECT i, i * 10 FROM generate_series(100, 104) i`);
  await client.query(`UPDATE ${table} SET ${value} = ${value} + 1 WHERE ${key} IN (100, 101)`);
  await client.query(`DELETE FROM ${table} WHERE ${key} = 102`);
  for (const [name, query] of views) {
    expect(await diffImmv(client, name, query), name).toEqual({ missing: [], extra: [] });
    expect((await client.query("SELECT * FROM immv.check($1)", [name])).rows, name).toEqual([]);
  }
}

describe("quotes, spaces, unicode and reserved words", () => {
  const table = '"Order ""Items"" ü"';
  const views: [string, string][] = [
    ['Line "Items" 🚀', `SELECT "select", "from", "a""b" FROM ${table} WHERE "a""b" > 5`],
    ["select", `SELECT o."select" AS "order", o."ünïcödé col" AS "user" FROM ${table} o`],
    ["user table", `SELECT DISTINCT "from" AS "where" FROM ${table}`],
    ["Ünïcödé ✓", `SELECT a."select", b."from" FROM ${table} a JOIN ${table} b ON b."select" = a."a""b"`],
  ];

  beforeAll(async () => {
    await client.query(`
      CREATE TABLE ${table} ("select" int PRIMARY KEY, "from" text, "ünïcödé col" numeric, "a""b" int);
      INSERT INTO ${table} SELECT i, 'f' || (i % 3), i / 2.0, i FROM generate_series(1, 20) i;`);
    for (const [name, query] of views) await createImmv(client, name, query);
  });

  test("every view is created under its exact name and stays exact", async () => {
    const { rows } = await client.query('SELECT name, view FROM immv.views ORDER BY name COLLATE "C"');
    expect(rows).toEqual([
      { name: 'Line "Items" 🚀', view: '"public"."Line ""Items"" 🚀"' },
      { name: "select", view: '"public"."select"' },
      { name: "user table", view: '"public"."user table"' },
      { name: "Ünïcödé ✓", view: '"public"."Ünïcödé ✓"' },
    ]);
    await writeAndCheck(table, views, '"select"', '"a""b"');
  });
});

describe("63-byte names", () => {
  const long = (tail: string) => `${"n".repeat(63 - tail.length)}${tail}`;
  const tableA = long("_table_a");
  const tableB = long("_table_b");
  const column = long("_key");
  const multibyte = `${"é".repeat(31)}x`; // 63 bytes, 32 characters
  const views: [string, string][] = [
    [long("_view_1"), `SELECT a."${column}", a.v FROM "${tableA}" a`],
    [
      long("_view_2"),
      `SELECT a."${column}", b.v FROM "${tableA}" a JOIN "${tableB}" b ON b."${column}" = a."${column}"`,
    ],
    [multibyte, `SELECT "${column}", v FROM "${tableA}"`],
  ];

  beforeAll(async () => {
    await client.query(`
      CREATE TABLE "${tableA}" ("${column}" int PRIMARY KEY, v int);
      CREATE TABLE "${tableB}" ("${column}" int PRIMARY KEY, v int);
      INSERT INTO "${tableA}" SELECT i, i FROM generate_series(1, 10) i;
      INSERT INTO "${tableB}" SELECT i, -i FROM generate_series(1, 10) i;`);
    for (const [name, query] of views) await createImmv(client, name, query);
  });

  test("names that share 56 bytes get distinct, bounded objects", async () => {
    const [one, two, three] = await Promise.all(views.map(([name]) => objectsOf(name)));
    const relations = [one, two, three].flatMap((o) => o?.relations ?? []);
    const functions = [one, two, three].flatMap((o) => o?.functions ?? []);
    // storage, unique index and dependency view of each; the join view has an index per occurrence
    expect(relations).toHaveLength(3 + 3 + 3 + 1);
    expect(new Set(relations).size).toBe(relations.length);
    expect(new Set(functions).size).toBe(functions.length);
    expect(functions).toHaveLength(4 + 5 + 4);
    // one BEFORE + AFTER INSERT/UPDATE/DELETE/TRUNCATE per base table, and the guard is not counted
    expect([one?.triggers, two?.triggers, three?.triggers]).toEqual([5, 10, 5]);
    await writeAndCheck(`"${tableA}"`, views, `"${column}"`, "v");
  });
});

describe("text from a definition stays inside it", () => {
  const hostile = "'); DROP TABLE victims; --";
  const query = `SELECT id, note || ' $immv$ $$ */ ${hostile.replaceAll("'", "''")}' AS note /* $immv$ '); DROP TABLE victims; -- */ FROM victims WHERE note <> '$immv1$'`;

  test("literals and comments holding quotes, dollar tags and statements are kept as data", async () => {
    await client.query(`
      CREATE TABLE victims (id int PRIMARY KEY, note text);
      INSERT INTO victims VALUES (1, 'a'), (2, 'b');`);
    const name = "x'); DROP TABLE victims; --";
    await createImmv(client, name, query);
    await client.query("INSERT INTO victims VALUES (3, 'c')");
    expect(await diffImmv(client, name, query)).toEqual({ missing: [], extra: [] });
    const { rows } = await client.query(`SELECT note FROM "${name}" WHERE id = 1`);
    expect(rows[0].note).toBe(`a $immv$ $$ */ ${hostile}`);
    expect((await client.query("SELECT immv.get_def($1) AS d", [name])).rows[0].d).toBe(query);
    expect((await client.query("SELECT to_regclass('victims') IS NOT NULL AS here")).rows[0].here).toBe(true);
  });
});
