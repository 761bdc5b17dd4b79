import { qualified } from "./sql.js";

/**
 * The prefix of a view's two batch settings, `<prefix>_depth` (statements in progress) and
 * `<prefix>_stash` (changes are stashed), as a call of the runtime's batch_settings: named after
 * the secret in immv.runtime, which only the maintenance functions' owner reads, so no session can
 * learn the names and set them. With a constant argument the call is folded when PL/pgSQL plans
 * the expression, so a session reads the secret once per function, not on every statement.
 */
export function batchSettingsSql(schema: string, view: string): string {
  return `${qualified(schema, "batch_settings")}(${view})`;
}

/**
 * The batch depth after a statement starts (+1) or ends (-1). No setting yet counts as 0 before a
 * statement and as 1 after one (its BEFORE trigger did not run: created during the statement).
 */
export function nextDepthSql(settings: string, step: 1 | -1): string {
  const current = `pg_catalog.current_setting(${settings} || '_depth', true)`;
  return step === 1
    ? `COALESCE(NULLIF(${current}, ''), '0')::integer + 1`
    : `COALESCE(NULLIF(${current}, ''), '1')::integer - 1`;
}
