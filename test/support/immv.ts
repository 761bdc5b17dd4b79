import { introspectCatalog } from "@immv/cli";
import { type CompiledView, compile } from "@immv/core";
import type pg from "pg";

/** Compiles `query` against the database's current schema and applies it in one transaction. */
export async function createImmv(client: pg.Client, name: string, query: string): Promise<CompiledView> {
  const compiled = await compile({ name, query, catalog: await introspectCatalog(client) });
  await client.query("BEGIN");
  try {
    await client.query(compiled.createSql);
    await client.query("COMMIT");
  } catch (error) {
    await client.query("ROLLBACK");
    throw error;
  }
  return compiled;
}

/**
 * Rows that differ between the IMMV and a fresh run of its defining query, as a multiset
 * (symmetric EXCEPT ALL). Empty when the view is exact. Independent of immv.check, which it tests.
 */
export async function diffImmv(
  client: pg.Client,
  name: string,
  query: string,
): Promise<{ missing: unknown[]; extra: unknown[] }> {
  const view = `"${name.replaceAll('"', '""')}"`;
  const { rows } = await client.query(
    `SELECT 'missing' AS side, to_jsonb(d) AS row FROM (SELECT * FROM (${query}) q EXCEPT ALL SELECT * FROM ${view}) d
     UNION ALL
     SELECT 'extra', to_jsonb(d) FROM (SELECT * FROM ${view} EXCEPT ALL SELECT * FROM (${query}) q) d`,
  );
  return {
    missing: rows.filter((r) => r.side === "missing").map((r) => r.row),
    extra: rows.filter((r) => r.side === "extra").map((r) => r.row),
  };
}
