import { COUNT_COLUMN, SIGN_COLUMN } from "../plan/columns.js";
import type { MaintenancePlan } from "../plan/plan.js";
import { INPUT_RELATION } from "./query.js";
import { ident, qualified } from "./sql.js";

/**
 * Adds the change of the view's input rows to a counted storage table: rows are summed per
 * distinct value and upserted into the counts, in key order so that concurrent writers lock rows
 * in the same order.
 */
export function addCountsSql(plan: MaintenancePlan): string {
  const visible = plan.query.outputs.map((o) => ident(o.name));
  const groupBy = visible.map((_, i) => String(i + 1)).join(", ");
  const count = ident(COUNT_COLUMN);
  const sign = ident(SIGN_COLUMN);
  return [
    "-- add the signed change of every distinct row to its count",
    `INSERT INTO ${qualified(plan.schema, plan.storageTable)} AS "__ivm_s" (${[...visible, count].join(", ")})`,
    `SELECT ${visible.join(", ")}, pg_catalog.sum(${sign})`,
    `FROM ${INPUT_RELATION} AS "__ivm_t"`,
    `GROUP BY ${groupBy}`,
    `HAVING pg_catalog.sum(${sign}) <> 0`,
    `ORDER BY ${groupBy}`,
    `ON CONFLICT (${visible.join(", ")}) DO UPDATE`,
    `SET ${count} = "__ivm_s".${count} + EXCLUDED.${count}`,
  ].join("\n");
}

/** Deletes the rows (counted) or groups (aggregate) whose count reached zero. */
export function deleteEmptySql(plan: MaintenancePlan): string {
  const what = plan.strategy === "counted" ? "rows" : "groups";
  return `-- ${what} whose count reached zero are gone from the view\nDELETE FROM ${qualified(plan.schema, plan.storageTable)} WHERE ${ident(COUNT_COLUMN)} <= 0`;
}
