import { createDatabase, dropDatabase } from "@immv/devdb";
import pg from "pg";
import type { Engine, Session } from "./engine.js";
import { pgIvmMissing } from "./pg-ivm.js";

async function connect(url: string): Promise<Session> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  client.on("error", () => {});
  return {
    query: (sql) => client.query(sql),
    exec: async (sql) => {
      await client.query(sql);
    },
    close: () => client.end(),
  };
}

/** A scratch database on the server at `serverUrl`, dropped by close() unless `keep`. */
export async function postgresEngine(serverUrl: string, keep: boolean): Promise<Engine> {
  const url = await createDatabase(serverUrl, "immv_bench");
  const main = await connect(url);
  const { rows } = await main.query<{ v: string }>("SELECT current_setting('server_version') AS v");
  return {
    description: `PostgreSQL ${rows[0]?.v} server, database ${new URL(url).pathname.slice(1)}`,
    kind: "postgres",
    maxSessions: Number.POSITIVE_INFINITY,
    main,
    connect: () => connect(url),
    pgIvmMissing: await pgIvmMissing(main),
    async close() {
      await main.close();
      if (!keep) await dropDatabase(serverUrl, url);
    },
  };
}
