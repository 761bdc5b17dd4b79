import { boundedIdentifier } from "../plan/identifiers.js";
import type { MaintenancePlan } from "../plan/plan.js";
import { tableName } from "./query.js";
import { ident, literal, qualified } from "./sql.js";

/** Name of the view that records which base columns an IMMV reads. */
export function dependencyViewName(plan: MaintenancePlan): string {
  return boundedIdentifier(`${plan.name}$base_columns`);
}

/**
 * A view that reads nothing but references every base column maintenance uses, so PostgreSQL
 * itself refuses `DROP COLUMN`, `ALTER COLUMN … TYPE` and `DROP TABLE` on them while the IMMV
 * exists, naming this view — the maintenance functions are PL/pgSQL, which PostgreSQL does not
 * track. It depends on the IMMV's BEFORE trigger function (a regprocedure constant), so
 * `immv.drop`, which drops the functions with CASCADE, removes it too.
 */
export function dependencyViewSql(plan: MaintenancePlan): string {
  const from = plan.baseTables.map((t) => `${tableName(t)} AS ${ident(`b${t.index}`)}`);
  const columns = plan.baseTables.flatMap((t) => t.columns.map((c) => `${ident(`b${t.index}`)}.${ident(c)}`));
  const view = qualified(plan.schema, dependencyViewName(plan));
  const owner = literal(`${qualified(plan.schema, plan.names.beforeFunction)}()`);
  return `-- the base columns this view uses: PostgreSQL refuses to drop or retype them while it exists
CREATE VIEW ${view} AS
SELECT
FROM ${from.join(", ")}
WHERE false AND ROW(${columns.join(", ")}) IS NULL AND ${owner}::pg_catalog.regprocedure IS NULL;
COMMENT ON VIEW ${view} IS ${literal(`Base columns used by the incrementally maintained view ${qualified(plan.viewSchema, plan.name)}. To change them: CALL ${qualified(plan.schema, "drop")}(${literal(plan.name)}), change the table, then create the view again.`)};`;
}
