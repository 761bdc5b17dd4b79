import pg from "pg";

/** PostgreSQL's error as pg delivers it (message, SQLSTATE code, detail, hint). */
export function isDatabaseError(error: unknown): error is pg.DatabaseError {
  return error instanceof pg.DatabaseError;
}
