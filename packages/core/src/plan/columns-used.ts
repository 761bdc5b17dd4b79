import { subexpressions } from "../ir/expression-walk.js";
import type { SpjQuery } from "../ir.js";

/** Records in each occurrence the columns the view reads from it (maintenance reads only those
 * from changed rows). */
export function markColumnsUsed(query: SpjQuery): void {
  const aggregated = query.aggregation
    ? [...query.aggregation.groupKeys, ...query.aggregation.calls.flatMap((c) => (c.arg ? [c.arg] : []))]
    : [];
  const all = [...query.occurrences, ...query.exists.flatMap((e) => e.occurrences)];
  const existsPredicates = query.exists.flatMap((e) => e.predicates);
  for (const expr of [...query.predicates, ...query.outputs.map((o) => o.expr), ...aggregated, ...existsPredicates]) {
    for (const e of subexpressions(expr)) {
      if (e.kind === "column") all.find((o) => o.alias === e.alias)?.columnsUsed.add(e.column);
    }
  }
}
