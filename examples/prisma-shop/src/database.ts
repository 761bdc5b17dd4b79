import { PGlite } from "@electric-sql/pglite";
import { createDatabase, dropDatabase } from "@immv/devdb";
import type { MigrationTarget } from "@immv/prisma";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { PrismaPGlite } from "pglite-prisma-adapter";

export interface ShopDatabase {
  /** Where the data lives, for the output. */
  label: string;
  /** A session for applying migrations and running immv's SQL API. */
  sql: MigrationTarget;
  /** Prisma's driver adapter for the same database. */
  adapter: PrismaPg | PrismaPGlite;
  close(): Promise<void>;
}

/**
 * A scratch database on DATABASE_URL's server (created now, dropped on close), else an
 * in-memory PGlite: the example needs no setup.
 */
export async function openDatabase(): Promise<ShopDatabase> {
  const serverUrl = process.env.DATABASE_URL;
  if (serverUrl) {
    const url = await createDatabase(serverUrl, "prisma_shop");
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    return {
      label: `a scratch database on ${new URL(url).host} (DATABASE_URL)`,
      sql: { exec: (s) => client.query(s), query: (s, p) => client.query(s, p) as never },
      adapter: new PrismaPg({ connectionString: url }),
      async close() {
        await client.end();
        await dropDatabase(serverUrl, url);
      },
    };
  }
  const db = new PGlite();
  return {
    label: "an in-memory PGlite (set DATABASE_URL to use a PostgreSQL server)",
    sql: { exec: (s) => db.exec(s), query: (s, p) => db.query(s, p) as never },
    adapter: new PrismaPGlite(db as never),
    close: () => db.close(),
  };
}
