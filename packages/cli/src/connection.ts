import pg from "pg";
import { CliError, EXIT } from "./exit-codes.js";

export interface ConnectionOptions {
  url?: string;
}

/** Connects to `--url` or DATABASE_URL; runs `fn`; always disconnects. */
export async function withDatabase<T>(options: ConnectionOptions, fn: (client: pg.Client) => Promise<T>): Promise<T> {
  const url = options.url ?? process.env.DATABASE_URL;
  if (!url) {
    throw new CliError("no database: pass --url <postgres://…> or set DATABASE_URL", EXIT.badInput);
  }
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  client.on("error", () => {});
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end().catch(() => {});
  }
}

/** Runs `fn` inside BEGIN/COMMIT; rolls back on any error, so nothing is half-applied. */
export async function inTransaction<T>(client: pg.Client, fn: () => Promise<T>): Promise<T> {
  await client.query("BEGIN");
  try {
    const result = await fn();
    await client.query("COMMIT");
    return result;
  } catch (error) {
    await client.query("ROLLBACK").catch(() => {});
    throw error;
  }
}
