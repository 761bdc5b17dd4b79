import type { Node, SelectStmt, SubLink } from "@pgsql/types";
import { conditionsOf } from "../ir/conditions.js";
import type { Expression } from "../ir/expression.js";
import { findExpression } from "../ir/expression-walk.js";
import type { RelationalNode, SemiJoinNode } from "../ir/relational.js";
import { unwrap } from "../parse/ast.js";
import { type AnalyzeContext, fail } from "./context.js";
import { analyzeExpression, type TypedExpression } from "./expression.js";
import { judgeOperator, operatorName } from "./operator-expression.js";
import { withPositionalNames } from "./scalar-subquery.js";
import type { FromScope, ScopeColumn } from "./scope.js";
import { analyzeSelect, type CteMap, type SelectResult } from "./select.js";

/** The AND-terms of a condition (`a AND (b AND c)` gives a, b, c). */
export function conjuncts(node: Node): Node[] {
  const [tag, body] = unwrap(node);
  if (tag === "BoolExpr" && body.boolop === "AND_EXPR") return (body.args as Node[]).flatMap(conjuncts);
  return [node];
}

const SEMI_JOIN_LINKS = new Set(["EXISTS_SUBLINK", "ANY_SUBLINK", "ALL_SUBLINK"]);

/** Whether an AND-term of WHERE is `[NOT] EXISTS (…)`, `[NOT] x IN (SELECT …)` or
 * `[NOT] x op ANY / ALL (SELECT …)`, which analyzeExists binds as a semi join. */
export function isExists(node: Node): boolean {
  const [tag, body] = unwrap(node);
  const [innerTag, inner] =
    tag === "BoolExpr" && body.boolop === "NOT_EXPR" ? unwrap((body.args as Node[])[0] as Node) : [tag, body];
  return innerTag === "SubLink" && SEMI_JOIN_LINKS.has(inner.subLinkType as string);
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
  const not = tag === "BoolExpr";
  const link = unwrap(not ? ((body.args as Node[])[0] as Node) : node)[1] as SubLink;
  const sub = unwrap(link.subselect as Node)[1] as SelectStmt;
  const outerAliases = new Set(ctx.occurrences.map((o) => o.alias));
  const before = ctx.occurrences.length;
  const inner: AnalyzeContext = { ...ctx, outer: { scope, ctx } };
  const exists = link.subLinkType === "EXISTS_SUBLINK";
  // The select list of an EXISTS subquery does not matter; everything else is bound as usual.
  const result = analyzeSelect(
    exists ? { ...sub, targetList: undefined } : withPositionalNames(sub),
    inner,
    ctes,
    false,
  );
  const { subquery, negated } = exists
    ? { subquery: result.node, negated: not }
    : quantified(link, not, result, scope, ctx);
  // Scans of the subquery do not take aliases from those bound after it (see SemiJoinNode).
  ctx.occurrences.splice(before);
  const predicates = conditionsOf(subquery);
  const correlated = [...outerAliases].filter((alias) =>
    predicates.some((p) => findExpression(p.expr, (e) => e.kind === "column" && e.alias === alias) !== undefined),
  );
  return {
    kind: "semi_join",
    negated,
    subquery,
    correlated,
    position: ctx.parsed.position(link.location),
  };
}

/**
 * `x op ANY (SELECT y …)` (`x IN (SELECT y …)` is `= ANY`) and `x op ALL (SELECT y …)`, possibly
 * negated, as an AND-term of WHERE, where NULL counts as false: a semi or anti join on the
 * comparison, whose three-valued result decides —
 *   x op ANY (S)      EXISTS     (s in S with (x op y))
 *   NOT x op ANY (S)  NOT EXISTS (s in S with (x op y) IS NOT FALSE)   — NOT IN: a NULL y, or a
 *                                                                       NULL x and any row, refuse
 *   x op ALL (S)      NOT EXISTS (s in S with (x op y) IS NOT TRUE)
 *   NOT x op ALL (S)  EXISTS     (s in S with (x op y) IS FALSE)
 * A row `(a, b) IN (SELECT x, y …)` compares column by column, ANDed for `=` and ORed for `<>`.
 */
function quantified(
  link: SubLink,
  not: boolean,
  result: SelectResult,
  scope: FromScope,
  ctx: AnalyzeContext,
): { subquery: RelationalNode; negated: boolean } {
  const at = { byteLocation: link.location };
  const [, op] = link.operName ? operatorName(link.operName) : [undefined, "="];
  const [testTag, testBody] = unwrap(link.testexpr as Node);
  const tests = (testTag === "RowExpr" ? (testBody.args as Node[]) : [link.testexpr as Node]).map((t) =>
    analyzeExpression(t, scope, ctx),
  );
  if (tests.length !== result.outputs.length) {
    fail(
      ctx,
      "subquery_expression",
      `the subquery returns ${result.outputs.length} column${result.outputs.length === 1 ? "" : "s"}, compared with ${tests.length}`,
      at,
      "select as many columns in the subquery as are compared with it",
    );
  }
  if (tests.length > 1 && op !== "=" && op !== "<>") {
    fail(
      ctx,
      "subquery_expression",
      `a row compared by ${op} with a subquery is not supported`,
      at,
      "compare the columns one by one",
    );
  }
  const comparisons = tests.map((test, i): Expression => {
    const output = result.outputs[i] as ScopeColumn;
    const type = judgeOperator(op, test, output, link.location, ctx);
    return { kind: "operator", schema: undefined, name: op, left: test.expr, right: output.expr, type };
  });
  const comparison: Expression =
    comparisons.length === 1
      ? (comparisons[0] as Expression)
      : { kind: "bool", op: op === "=" ? "and" : "or", args: comparisons, type: "bool" };
  const all = link.subLinkType === "ALL_SUBLINK";
  const test = (value: "true" | "false", negated: boolean): Expression => ({
    kind: "boolean_test",
    arg: comparison,
    test: value,
    negated,
    type: "bool",
  });
  const [negated, condition] = !all
    ? not
      ? [true, test("false", true)]
      : [false, comparison]
    : not
      ? [false, test("false", false)]
      : [true, test("true", true)];
  return { subquery: filteredBelowProject(result.node, { expr: condition, type: "bool" }), negated };
}

/** The subquery with `condition` added to its WHERE, below its select list (and a DISTINCT,
 * which a semi join does not need). */
function filteredBelowProject(node: RelationalNode, condition: TypedExpression): RelationalNode {
  if (node.kind === "distinct") return filteredBelowProject(node.input, condition);
  if (node.kind !== "project") return { kind: "filter", input: node, predicates: [condition] };
  return { ...node, input: { kind: "filter", input: node.input, predicates: [condition] } };
}
