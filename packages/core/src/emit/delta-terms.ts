import type { ExistsCondition } from "../ir.js";
import { SIGN_COLUMN } from "../plan/columns.js";
import type { MaintenancePlan } from "../plan/plan.js";
import { existsBefore, existsChangeTerms } from "./exists-delta.js";
import { type Binding, type DeltaSource, fromWhere, occurrenceSource, tableOf } from "./query.js";
import { ident } from "./sql.js";

/**
 * The change of the view's input rows after the tables in `changedTables` changed, as a union of
 * SELECTs of `selectList` plus a sign column. It is the telescoping sum over occurrences i of
 * changed tables:
 *   ΔV = Σᵢ Q(occurrences before i as post-state, Δ at i, occurrences after i as pre-state)
 * where each row's sign is the product of the signs it was built from. `changedTables` lists the
 * function names of tables that may have changed (others are read as they are: post = pre).
 * EXISTS conditions are further arguments after the occurrences (see exists-delta.ts).
 */
export function deltaTerms(
  plan: MaintenancePlan,
  delta: DeltaSource,
  changedTables: Set<string>,
  selectList: string[],
): string[] {
  const occurrences = plan.query.occurrences;
  const isChanged = (i: number) => changedTables.has(tableOf(plan, occurrences[i]!).functionName);
  const terms: string[] = [];
  occurrences.forEach((_, i) => {
    if (!isChanged(i)) return;
    const bindings = occurrences.map((_, j): Binding => {
      if (j < i) return "post";
      if (j === i) return "delta";
      return isChanged(j) ? "pre" : "post";
    });
    const sources = occurrences.map((o, j) => occurrenceSource(plan, o, bindings[j]!, delta));
    const signs = occurrences
      .filter((_, j) => bindings[j] !== "post")
      .map((o) => `${ident(o.alias)}.${ident(SIGN_COLUMN)}`);
    // EXISTS conditions come after every occurrence: read as they were before the batch.
    const before = (c: ExistsCondition) => existsBefore(plan, c, delta, changedTables);
    terms.push(
      `SELECT ${[...selectList, `${signs.join(" * ")} AS ${ident(SIGN_COLUMN)}`].join(",\n       ")}\n${fromWhere(plan, sources, [], before)}`,
    );
  });
  return [...terms, ...existsChangeTerms(plan, delta, changedTables, selectList)];
}
