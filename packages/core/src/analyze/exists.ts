import type { Node, SelectStmt, SubLink } from "@pgsql/types";
import { conditionsOf } from "../ir/conditions.js";
import type { SemiJoinNode } from "../ir/relational.js";
import { findNode, names, tagOf, unwrap } from "../parse/ast.js";
import type { AnalyzeContext } from "./context.js";
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
 * Binds `[NOT] EXISTS (SELECT … FROM … WHERE …)`, an AND-term of a WHERE clause whose scope is
 * `scope`, into a semi (anti) join. The subquery's tables become scans of their own (they add no
 * rows, they only filter) and its conditions may refer to the outer query; which outer scans they
 * refer to is recorded, for the planner (an uncorrelated EXISTS switches every row at once).
 */
export function analyzeExists(
  node: Node,
  scope: FromScope,
  ctx: AnalyzeContext,
  ctes: CteMap,
): Omit<SemiJoinNode, "input"> {
  const [tag, body] = unwrap(node);
  const negated = tag === "BoolExpr";
  const link = unwrap(negated ? ((body.args as Node[])[0] as Node) : node)[1] as SubLink;
  const sub = unwrap(link.subselect as Node)[1] as SelectStmt;
  const outerAliases = new Set(ctx.occurrences.map((o) => o.alias));
  const before = ctx.occurrences.length;
  // The select list of an EXISTS subquery does not matter; everything else is bound as usual.
  const inner: AnalyzeContext = { ...ctx, outer: { scope, ctx } };
  const result = analyzeSelect({ ...sub, targetList: undefined }, inner, ctes, false);
  // Scans of the subquery do not take aliases from those bound after it (see SemiJoinNode).
  ctx.occurrences.splice(before);
  const predicates = conditionsOf(result.node);
  const correlated = [...outerAliases].filter((alias) =>
    predicates.some((p) => findNode(p.expr, (n) => referencesAlias(n, alias)) !== undefined),
  );
  return {
    kind: "semi_join",
    negated,
    subquery: result.node,
    correlated,
    position: ctx.parsed.position(link.location),
  };
}
function referencesAlias(node: Node, alias: string): boolean {
  return tagOf(node) === "ColumnRef" && names(unwrap(node)[1].fields as Node[])[0] === alias;
}
