import type { MaintenancePlan } from "../plan/plan.js";
import { ident, literal } from "./sql.js";

/**
 * PL/pgSQL that refuses stash tables this role did not create. Stash tables are session temp
 * tables with predictable names, and any session may create temp tables: one planted under a
 * stash name (with rows, or with a trigger that would run as the maintenance functions' owner)
 * must never be read or written. Runs on the multi-statement path only, before any stash access.
 */
export function stashOwnerCheck(plan: MaintenancePlan): string {
  const stashes = plan.baseTables.map((t) => `pg_catalog.to_regclass(${literal(`pg_temp.${ident(t.stashTable)}`)})`);
  return `IF EXISTS (
    SELECT FROM pg_catalog.pg_class c
    WHERE c.oid IN (${stashes.join(", ")})
      AND c.relowner <> (SELECT r.oid FROM pg_catalog.pg_roles r WHERE r.rolname = CURRENT_USER)
  ) THEN
    RAISE EXCEPTION 'immv: a temporary table of this session has the name of a stash table of %, and immv did not create it', ${literal(plan.name)}
      USING ERRCODE = 'insufficient_privilege', HINT = 'drop the temporary tables named immv_… in this session';
  END IF;`;
}
