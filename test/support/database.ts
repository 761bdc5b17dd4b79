import { createDatabase, dropDatabase } from "@immv/devdb";
import pg from "pg";
import { afterAll, inject } from "vitest";

/**
 * A fresh database for the calling test file, dropped when the file's tests end. Returns its URL
 * and a connected client; `connect()` opens more sessions (for concurrency tests).
 */
export async function freshDatabase(prefix: string): Promise<{
  url: string;
  client: pg.Client;
  connect(): Promise<pg.Client>;
}> {
  const serverUrl = inject("serverUrl");
  const url = await createDatabase(serverUrl, prefix);
  const clients: pg.Client[] = [];
  const connect = async () => {
    const c = new pg.Client({ connectionString: url });
    await c.connect();
    c.on("error", () => {});
    clients.push(c);
    return c;
  };
  const client = await connect();
  afterAll(async () => {
    await Promise.all(clients.map((c) => c.end().catch(() => {})));
    await dropDatabase(serverUrl, url);
  });
  return { url, client, connect };
}
