import { COUNT_COLUMN, SIGN_COLUMN } from "../plan/columns.js";
import type { MaintenancePlan } from "../plan/plan.js";
import { deltaTerms } from "./delta-terms.js";
import { type DeltaSource, outputList } from "./query.js";
import { ident, indent, qualified } from "./sql.js";

/**
 * Statements that add a batch's signed delta (see deltaTerms) to a counted storage table: rows are
 * summed per distinct value and upserted into the counts, in key order so that concurrent
 * writers lock rows in the same order; rows whose count reaches zero are deleted.
 */
export function countedApply(
  plan: MaintenancePlan,
  delta: DeltaSource,
  changedTables: Set<string>,
  insertsOnly = false,
): string[] {
  const terms = deltaTerms(plan, delta, changedTables, outputList(plan));
  const visible = plan.query.outputs.map((o) => ident(o.name));
  const storage = qualified(plan.schema, plan.storageTable);
  const groupBy = visible.map((_, i) => String(i + 1)).join(", ");
  const count = ident(COUNT_COLUMN);
  return [
    [
      "-- add the signed change of every distinct row to its count",
      `INSERT INTO ${storage} AS "__ivm_s" (${[...visible, count].join(", ")})`,
      `SELECT ${visible.join(", ")}, ${ident(SIGN_COLUMN)}`,
      "FROM (",
      `  SELECT ${visible.join(", ")}, pg_catalog.sum(${ident(SIGN_COLUMN)}) AS ${ident(SIGN_COLUMN)}`,
      "  FROM (",
      terms.map((t) => indent(t, 4)).join("\n    UNION ALL\n"),
      '  ) AS "__ivm_t"',
      `  GROUP BY ${groupBy}`,
      `) AS "__ivm_d"`,
      `WHERE ${ident(SIGN_COLUMN)} <> 0`,
      `ORDER BY ${groupBy}`,
      `ON CONFLICT (${visible.join(", ")}) DO UPDATE`,
      `SET ${count} = "__ivm_s".${count} + EXCLUDED.${count}`,
    ].join("\n"),
    // inserts only add to counts
    ...(insertsOnly
      ? []
      : [`-- rows whose count reached zero are gone from the view\nDELETE FROM ${storage} WHERE ${count} <= 0`]),
  ];
}
