import { qualified } from "@immv/core";
import type pg from "pg";
import { CliError, ExitCode } from "./exit-codes.js";
import { isDatabaseError } from "./pg-error.js";

/** Whether immv's catalog table exists in `schema` (any IMMV was ever created there). */
export async function hasRuntime(db: pg.Client, schema: string): Promise<boolean> {
  const { rows } = await db.query<{ present: boolean }>(
    "SELECT pg_catalog.to_regclass(pg_catalog.format('%I.views', $1::text)) IS NOT NULL AS present",
    [schema],
  );
  return rows[0]?.present === true;
}

/** A name that is not an IMMV in the schema (exit 3, like the undefined_object it mirrors). */
export class NoSuchView extends CliError {}

export function noSuchView(name: string, schema: string, runtimePresent: boolean): NoSuchView {
  return new NoSuchView(
    ExitCode.database,
    runtimePresent
      ? `no maintained view named "${name}"`
      : `no maintained view named "${name}": this database has no immv catalog (schema "${schema}")`,
    runtimePresent ? "`immv list` shows the IMMVs in this database" : "pass --schema if the IMMVs live elsewhere",
  );
}

/**
 * Runs `work` with an immv SQL function of an existing IMMV; a database without the runtime, or a
 * name its catalog does not list, becomes a readable NoSuchView (looked up first: no error text is
 * matched).
 */
export async function onExistingView<T>(
  db: pg.Client,
  name: string,
  schema: string,
  work: (fn: (function_: string) => string) => Promise<T>,
): Promise<T> {
  if (!(await hasRuntime(db, schema))) throw noSuchView(name, schema, false);
  const { rows } = await db.query<{ listed: boolean }>(
    `SELECT EXISTS (SELECT FROM ${qualified(schema, "views")} WHERE "name" = $1) AS listed`,
    [name],
  );
  if (rows[0]?.listed !== true) throw noSuchView(name, schema, true);
  try {
    return await work((fn) => qualified(schema, fn));
  } catch (error) {
    // undefined column, table or function: a base table changed under the view (a rename)
    if (isDatabaseError(error) && ["42703", "42P01", "42883"].includes(error.code ?? "")) {
      throw new CliError(
        ExitCode.database,
        `${name} no longer matches its base tables: ${error.message}`,
        `a column or table it reads was renamed: create it again from a definition with the current names (immv create ${name} -q "SELECT …"), or remove it (immv drop ${name})`,
      );
    }
    throw error;
  }
}
