import type { Node, ResTarget, SelectStmt, SubLink } from "@pgsql/types";
import { conditionsOf } from "../ir/conditions.js";
import { findExpression } from "../ir/expression-walk.js";
import { unwrap } from "../parse/ast.js";
import { type AnalyzeContext, fail } from "./context.js";
import type { TypedExpression } from "./expression.js";
import type { FromScope } from "./scope.js";
import { analyzeSelect } from "./select.js";

/**
 * Binds `(SELECT <one column> FROM … WHERE …)` in an expression. Its names not defined inside
 * refer to the query around it (correlation), as in PostgreSQL; which outer scans its conditions
 * and value read is recorded for the planner, which decides what it can maintain.
 */
export function analyzeScalarSubquery(link: SubLink, scope: FromScope, ctx: AnalyzeContext): TypedExpression {
  const sub = unwrap(link.subselect as Node)[1] as SelectStmt;
  const outerAliases = new Set(ctx.occurrences.map((o) => o.alias));
  const before = ctx.occurrences.length;
  const inner: AnalyzeContext = {
    ...ctx,
    outer: { scope, ctx },
    aggregateCalls: undefined,
    windowCalls: undefined,
  };
  const result = analyzeSelect(withPositionalNames(sub), inner, ctx.ctes ?? new Map(), false);
  // Its scans do not take aliases from those bound after it (as for EXISTS).
  ctx.occurrences.splice(before);
  const [output, ...more] = result.outputs;
  if (output === undefined || more.length > 0) {
    fail(
      ctx,
      "subquery_expression",
      `a subquery used as a value must return one column, not ${result.outputs.length}`,
      { byteLocation: link.location },
      "select exactly one column in the subquery",
    );
  }
  const reads = [...conditionsOf(result.node).map((c) => c.expr), output.expr];
  const correlated = [...outerAliases].filter((alias) =>
    reads.some((e) => findExpression(e, (x) => x.kind === "column" && x.alias === alias) !== undefined),
  );
  const type = output.type;
  return {
    expr: {
      kind: "subquery",
      node: result.node,
      correlated,
      position: ctx.parsed.position(link.location),
      type,
    },
    type,
  };
}

/**
 * `stmt` with its select list named by position: the names of a subquery in an expression (a
 * value, or what IN compares with) are never read, and PostgreSQL lets them be missing or repeat.
 */
export function withPositionalNames(stmt: SelectStmt): SelectStmt {
  if (stmt.targetList === undefined) return stmt;
  return {
    ...stmt,
    targetList: stmt.targetList.map((target, i) => {
      const rt = unwrap(target)[1] as ResTarget;
      return { ResTarget: { ...rt, name: `?column?${i + 1}` } };
    }),
  };
}
