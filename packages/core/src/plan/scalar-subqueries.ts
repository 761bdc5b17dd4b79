import type { ScalarSubqueryExpression } from "../ir/expression.js";
import { subexpressions } from "../ir/expression-walk.js";
import type { SpjQuery } from "../ir.js";

/** The subqueries `query` uses as values, each once, in the order they are written. */
export function scalarSubqueries(query: SpjQuery): ScalarSubqueryExpression[] {
  const aggregated = query.aggregation
    ? [...query.aggregation.groupKeys, ...query.aggregation.calls.flatMap((c) => (c.arg ? [c.arg] : []))]
    : [];
  const found: ScalarSubqueryExpression[] = [];
  for (const expr of [...query.outputs.map((o) => o.expr), ...query.predicates, ...aggregated]) {
    for (const e of subexpressions(expr)) if (e.kind === "scalar_subquery" && !found.includes(e)) found.push(e);
  }
  return found;
}
