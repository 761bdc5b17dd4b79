import type { ColumnExpression, Expression } from "../ir/expression.js";
import { subexpressions } from "../ir/expression-walk.js";
import type { ExistsCondition } from "../ir.js";

/**
 * An EXISTS condition that reads the outer query only through equalities `<inner> = outer.col`
 * with one outer occurrence: whether it holds for an outer row depends on those columns' values
 * alone, so the rows whose condition a change flips can be found from the values the changed
 * inner rows carry — a few probes — instead of testing every related outer row.
 */
export interface Correlation {
  readonly outerAlias: string;
  /** Each outer column, and the inner expression it must equal. */
  readonly pairs: readonly { readonly outer: ColumnExpression; readonly inner: Expression }[];
}

export function correlationOf(condition: ExistsCondition): Correlation | undefined {
  const own = new Set(condition.occurrences.map((o) => o.alias));
  const outerAliases = (e: Expression) =>
    new Set(subexpressions(e).flatMap((x) => (x.kind === "column" && !own.has(x.alias) ? [x.alias] : [])));
  const pairs: { outer: ColumnExpression; inner: Expression }[] = [];
  for (const p of condition.predicates.flatMap(andTerms)) {
    if (outerAliases(p).size === 0) continue;
    if (p.kind !== "operator" || p.name !== "=" || p.schema !== undefined || p.left === undefined) return undefined;
    const [outer, inner] = p.right.kind === "column" && !own.has(p.right.alias) ? [p.right, p.left] : [p.left, p.right];
    if (outer.kind !== "column" || own.has(outer.alias) || outerAliases(inner).size > 0) return undefined;
    pairs.push({ outer, inner });
  }
  const aliases = new Set(pairs.map((p) => p.outer.alias));
  const [outerAlias] = aliases;
  return aliases.size === 1 && outerAlias !== undefined ? { outerAlias, pairs } : undefined;
}

/** The AND-terms of `e` (an ON condition is one expression). */
function andTerms(e: Expression): Expression[] {
  return e.kind === "bool" && e.op === "and" ? e.args.flatMap(andTerms) : [e];
}
