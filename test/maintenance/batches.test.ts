import { beforeAll, describe, expect, test } from "vitest";
import { freshDatabase } from "../support/database.js";
import { createImmv, diffImmv } from "../support/immv.js";

describe("multi-statement batches", async () => {
  const { client } = await freshDatabase("batches");

  beforeAll(async () => {
    await client.query(`
      CREATE TABLE p (id int PRIMARY KEY, k int);
      CREATE TABLE c (id int PRIMARY KEY, p_id int REFERENCES p ON DELETE CASCADE, k int, t text);
      INSERT INTO p SELECT i, i % 3 FROM generate_series(1, 6) i;
      INSERT INTO c SELECT i, 1 + i % 6, i % 4, 'x' || i FROM generate_series(1, 12) i;`);
  });

  test("a view recompiled with other columns never reuses a session's old stash table", async () => {
    const first = "SELECT DISTINCT k, t FROM c WHERE t <> 'x1'";
    await createImmv(client, "v", first);
    // MERGE fires three statement triggers: a batch, stashed in this session's temp tables
    await client.query(`MERGE INTO c USING (VALUES (1, 2), (20, 3)) AS s(id, k) ON c.id = s.id
      WHEN MATCHED THEN UPDATE SET k = s.k WHEN NOT MATCHED THEN INSERT VALUES (s.id, NULL, s.k, 'y')`);
    expect(await diffImmv(client, "v", first)).toEqual({ missing: [], extra: [] });
    const second = "SELECT DISTINCT k FROM c";
    await createImmv(client, "v", second);
    await client.query(`MERGE INTO c USING (VALUES (2, 1), (21, 4)) AS s(id, k) ON c.id = s.id
      WHEN MATCHED THEN UPDATE SET k = s.k WHEN NOT MATCHED THEN INSERT VALUES (s.id, NULL, s.k, 'z')`);
    expect(await diffImmv(client, "v", second)).toEqual({ missing: [], extra: [] });
  });

  test("an FK cascade and a writable CTE each apply once, and ROLLBACK TO undoes a batch", async () => {
    const join = "SELECT c.id, p.k AS pk, c.k FROM c JOIN p ON p.id = c.p_id";
    await createImmv(client, "j", join);
    await client.query("DELETE FROM p WHERE id = 2");
    expect(await diffImmv(client, "j", join)).toEqual({ missing: [], extra: [] });
    await client.query(
      "WITH np AS (INSERT INTO p VALUES (9, 1) RETURNING id) INSERT INTO c SELECT 30, id, 2, 'w' FROM np",
    );
    expect(await diffImmv(client, "j", join)).toEqual({ missing: [], extra: [] });
    await client.query("BEGIN");
    await client.query("SAVEPOINT a");
    await client.query("DELETE FROM p WHERE id = 9");
    expect(await diffImmv(client, "j", join)).toEqual({ missing: [], extra: [] });
    await client.query("ROLLBACK TO SAVEPOINT a");
    expect(await diffImmv(client, "j", join)).toEqual({ missing: [], extra: [] });
    await client.query("UPDATE p SET id = 10 WHERE id = 9 AND false");
    await client.query("COMMIT");
    const { rows } = await client.query("SELECT count(*)::int AS n FROM j WHERE id = 30");
    expect(rows[0].n).toBe(1);
  });
});
