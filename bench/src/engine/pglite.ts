import { PGlite } from "@electric-sql/pglite";
import { pg_ivm } from "@electric-sql/pglite-pg_ivm";
import type { Engine, Session } from "./engine.js";
import { pgIvmMissing } from "./pg-ivm.js";

/** An in-memory PGlite with the pg_ivm extension loaded: one session, no concurrency. */
export async function pgliteEngine(): Promise<Engine> {
  const db = await PGlite.create({ extensions: { pg_ivm } });
  const main: Session = {
    query: (sql) => db.query(sql),
    exec: async (sql) => {
      await db.exec(sql);
    },
    close: async () => {},
  };
  const { rows } = await main.query<{ v: string }>("SELECT current_setting('server_version') AS v");
  return {
    description: `PGlite (PostgreSQL ${rows[0]?.v} in WASM), in memory`,
    kind: "pglite",
    maxSessions: 1,
    main,
    connect: () => Promise.reject(new Error("PGlite has one session")),
    pgIvmMissing: await pgIvmMissing(main),
    close: () => db.close(),
  };
}
