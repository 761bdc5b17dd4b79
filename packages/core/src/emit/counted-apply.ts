import type { MaintenancePlan } from "../plan/plan.js";
import { COUNT_COLUMN, SIGN_COLUMN } from "../plan/plan.js";
import { type Binding, type DeltaSource, fromWhere, occurrenceSource, outputList, tableOf } from "./query.js";
import { ident, indent, qualified } from "./sql.js";

/**
 * Statements that add a batch's signed delta to a counted storage table. The view delta is the
 * telescoping sum over occurrences i of changed tables:
 *   ΔV = Σᵢ Q(occurrences before i as post-state, Δ at i, occurrences after i as pre-state)
 * where each row's multiplicity is the product of the signs it was built from. Rows are summed per
 * distinct value and upserted into the counts; rows whose count reaches zero are deleted.
 * `changedTables` lists the function names of tables that may have changed (others are bound to
 * their post-state, which equals their pre-state).
 */
export function countedApply(plan: MaintenancePlan, delta: DeltaSource, changedTables: Set<string>): string[] {
  const isChanged = (i: number) => changedTables.has(tableOf(plan, plan.query.occurrences[i]!).functionName);
  const terms: string[] = [];
  plan.query.occurrences.forEach((_, i) => {
    if (!isChanged(i)) return;
    const bindings = plan.query.occurrences.map((_, j): Binding => {
      if (j < i) return "post";
      if (j === i) return "delta";
      return isChanged(j) ? "pre" : "post";
    });
    const sources = plan.query.occurrences.map((o, j) => occurrenceSource(plan, o, bindings[j]!, delta));
    const signs = plan.query.occurrences
      .filter((_, j) => bindings[j] !== "post")
      .map((o) => `${ident(o.alias)}.${ident(SIGN_COLUMN)}`);
    terms.push(
      `SELECT ${[...outputList(plan), `${signs.join(" * ")} AS ${ident(SIGN_COLUMN)}`].join(",\n       ")}\n${fromWhere(plan, sources)}`,
    );
  });
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
      `ON CONFLICT (${visible.join(", ")}) DO UPDATE`,
      `SET ${count} = "__ivm_s".${count} + EXCLUDED.${count}`,
    ].join("\n"),
    `-- rows whose count reached zero are gone from the view\nDELETE FROM ${storage} WHERE ${count} <= 0`,
  ];
}
