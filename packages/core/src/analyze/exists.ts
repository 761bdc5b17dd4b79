import type { Node, SelectStmt, SubLink } from "@pgsql/types";
import type { ExistsCondition } from "../ir.js";
import { findNode, names, tagOf, unwrap } from "../parse/ast.js";
import { type AnalyzeContext, fail } from "./context.js";
import type { FromScope } from "./scope.js";
import { analyzeSelect, type CteMap } from "./select.js";

/** The AND-terms of a condition (`a AND (b AND c)` gives a, b, c). */
export function conjuncts(node: Node): Node[] {
  const [tag, body] = unwrap(node);
  if (tag === "BoolExpr" && body.boolop === "AND_EXPR") return (body.args as Node[]).flatMap(conjuncts);
  return [node];
}

/** Whether an AND-term of WHERE is `[NOT] EXISTS (…)`, which analyzeExists handles. */
export function isExists(node: Node): boolean {
  const [tag, body] = unwrap(node);
  const [innerTag, inner] =
    tag === "BoolExpr" && body.boolop === "NOT_EXPR" ? unwrap((body.args as Node[])[0] as Node) : [tag, body];
  return innerTag === "SubLink" && inner.subLinkType === "EXISTS_SUBLINK";
}

/**
 * Analyzes `[NOT] EXISTS (SELECT … FROM … WHERE …)`, an AND-term of a WHERE clause whose scope is
 * `scope`. The subquery's tables become occurrences of their own (they add no rows, they only
 * filter), its conditions may refer to the outer query, and it must do so: an uncorrelated EXISTS
 * switches every row of the view at once.
 */
export function analyzeExists(node: Node, scope: FromScope, ctx: AnalyzeContext, ctes: CteMap): ExistsCondition {
  const [tag, body] = unwrap(node);
  const negated = tag === "BoolExpr";
  const link = unwrap(negated ? ((body.args as Node[])[0] as Node) : node)[1] as SubLink;
  const sub = unwrap(link.subselect as Node)[1] as SelectStmt;
  const at = { byteLocation: link.location };
  if (ctx.outerScope) {
    fail(
      ctx,
      "subquery_expression",
      "EXISTS inside an EXISTS subquery is not supported",
      at,
      "join the inner tables into the outer EXISTS subquery",
    );
  }
  const outerAliases = new Set(ctx.occurrences.map((o) => o.alias));
  const before = ctx.occurrences.length;
  // The select list of an EXISTS subquery does not matter; everything else is checked as usual.
  const result = analyzeSelect({ ...sub, targetList: undefined }, { ...ctx, outerScope: scope }, ctes, false);
  const occurrences = ctx.occurrences.splice(before);
  const correlated = [...outerAliases].filter((alias) =>
    result.predicates.some((p) => findNode(p, (n) => referencesAlias(n, alias)) !== undefined),
  );
  if (correlated.length === 0) {
    fail(
      ctx,
      "subquery_expression",
      "this EXISTS does not refer to the outer query, so any change to its tables would switch every row of the view at once",
      at,
      "correlate it with the outer query (e.g. WHERE o.customer_id = c.id), or test it when reading the view",
    );
  }
  return {
    negated,
    occurrences,
    predicates: result.predicates,
    correlated,
    position: ctx.parsed.position(link.location),
  };
}

function referencesAlias(node: Node, alias: string): boolean {
  return tagOf(node) === "ColumnRef" && names(unwrap(node)[1].fields as Node[])[0] === alias;
}
