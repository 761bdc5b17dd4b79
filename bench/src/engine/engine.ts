/** One connection. Statements are sent as plain text (simple query protocol) so every contender
 * pays the same client cost. */
export interface Session {
  query<R extends object = Record<string, unknown>>(sql: string): Promise<{ rows: R[] }>;
  /** Runs a script of one or more statements. */
  exec(sql: string): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  /** "PostgreSQL 15.20 (server)" or "PGlite 0.5.14 (PostgreSQL 17.x in WASM)". */
  description: string;
  kind: "postgres" | "pglite";
  /** How many sessions can run statements at the same time (PGlite has one). */
  maxSessions: number;
  /** The session used for setup, verification and single-session scenarios. */
  main: Session;
  /** A further session for concurrent writers; only when maxSessions > 1. */
  connect(): Promise<Session>;
  /** Why pg_ivm cannot be used here, or undefined when `CREATE EXTENSION pg_ivm` worked. */
  pgIvmMissing: string | undefined;
  close(): Promise<void>;
}

/** Runs a script in one transaction, rolling back when it fails so the session stays usable. */
export async function inTransaction(session: Session, sql: string): Promise<void> {
  try {
    await session.exec(`BEGIN;\n${sql}\nCOMMIT;`);
  } catch (error) {
    await session.exec("ROLLBACK");
    throw error;
  }
}
