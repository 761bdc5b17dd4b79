import type { Expression } from "../ir/expression.js";
import { mapChildren } from "../ir/expression-walk.js";
import type { Occurrence, SpjQuery } from "../ir.js";

/** Records in each occurrence the columns the view reads from it (maintenance reads only those
 * from changed rows). */
export function markColumnsUsed(query: SpjQuery): void {
  const aggregated = query.aggregation
    ? [...query.aggregation.groupKeys, ...query.aggregation.calls.flatMap((c) => (c.arg ? [c.arg] : []))]
    : [];
  const all = [...query.occurrences, ...query.nulled, ...query.exists.flatMap((e) => e.occurrences)];
  const existsPredicates = query.exists.flatMap((e) => e.predicates);
  for (const expr of [...query.predicates, ...query.outputs.map((o) => o.expr), ...aggregated, ...existsPredicates]) {
    mark(expr, all);
  }
}

/** Marks the columns `e` reads; inside a scalar subquery its own scans come first (their
 * aliases are its own there). */
function mark(e: Expression, scans: readonly Occurrence[]): void {
  if (e.kind === "column") {
    scans.find((o) => o.alias === e.alias)?.columnsUsed.add(e.column);
    return;
  }
  const within = e.kind === "scalar_subquery" ? [...e.occurrences, ...scans] : scans;
  mapChildren(e, (child) => {
    mark(child, within);
    return child;
  });
}
