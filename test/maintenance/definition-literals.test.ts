import { beforeAll, describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { createImmv, diffImmv } from "../support/immv.js";

/**
 * The definition's literals mean the same in every session (issue 11): the migrating session's
 * `standard_conforming_strings` cannot change a string with a backslash, and a writer's
 * `transform_null_equals` cannot turn `x = NULL` into `x IS NULL`.
 */
describe("literals of the definition under other session settings", async () => {
  const { client, connect } = await freshDatabase("definition_literals");

  beforeAll(async () => {
    await client.query(`
      CREATE TABLE notes (id int PRIMARY KEY, body text, tag text);
      INSERT INTO notes VALUES (1, 'a\\b', NULL), (2, 'ab', 'x'), (3, NULL, NULL);`);
  });

  test("a migration applied with standard_conforming_strings = off keeps a backslash literal", async () => {
    const query = "SELECT id FROM notes WHERE body = 'a\\b'";
    const migrator = await connect();
    await migrator.query("SET standard_conforming_strings = off; SET escape_string_warning = off");
    await createImmv(migrator, "backslashed", query);
    const { rows } = await client.query("SELECT id FROM backslashed");
    expect(rows).toEqual([{ id: 1 }]);
    const definition = await client.query("SELECT immv.get_def('backslashed') AS d");
    expect(definition.rows[0].d).toBe(query);
    await migrator.query("INSERT INTO notes VALUES (4, 'a\\\\b', NULL)");
    expect(await diffImmv(client, "backslashed", query)).toEqual({ missing: [], extra: [] });
    expect((await client.query("SELECT count(*)::int AS n FROM immv.check('backslashed')")).rows[0].n).toBe(0);
  });

  test("x = NULL stays never-true when a writer has transform_null_equals on", async () => {
    const query = "SELECT id FROM notes WHERE tag = NULL";
    await createImmv(client, "null_equal", query);
    const writer = await connect();
    await writer.query("SET transform_null_equals = on");
    await writer.query("INSERT INTO notes VALUES (5, 'c', NULL)");
    await writer.query("UPDATE notes SET tag = NULL WHERE id = 2");
    expect((await client.query("SELECT count(*)::int AS n FROM null_equal")).rows[0].n).toBe(0);
    expect(await diffImmv(client, "null_equal", query)).toEqual({ missing: [], extra: [] });
    // The same session reads the stored definition as written: still no rows.
    expect((await writer.query("SELECT count(*)::int AS n FROM immv.check('null_equal')")).rows[0].n).toBe(0);
  });
});
