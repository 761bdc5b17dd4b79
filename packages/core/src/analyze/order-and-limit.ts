import type { Node, SelectStmt } from "@pgsql/types";
import type { RelationalNode } from "../ir/relational.js";
import { names, unwrap } from "../parse/ast.js";
import { type AnalyzeContext, fail } from "./context.js";
import { analyzeExpression, type TypedExpression } from "./expression.js";
import type { FromScope, ScopeColumn } from "./scope.js";
import { withoutTrailingClauses } from "./unsupported-clauses.js";
import { bindSortBy } from "./window-call.js";

/**
 * A key of ORDER BY or DISTINCT ON, as PostgreSQL reads it: a number is an output's position, a
 * bare name an output's name when an output has it, anything else an expression over the FROM
 * scope.
 */
export function bindOutputReference(
  key: Node,
  outputs: readonly ScopeColumn[],
  scope: FromScope,
  ctx: AnalyzeContext,
): TypedExpression {
  const [tag, body] = unwrap(key);
  const ordinal = tag === "A_Const" ? (body.ival as { ival?: number } | undefined) : undefined;
  if (ordinal !== undefined) {
    const n = ordinal.ival ?? 0;
    const output = outputs[n - 1];
    if (output === undefined) {
      fail(
        ctx,
        "unknown_column",
        `position ${n} is not in select list`,
        { byteLocation: body.location as number | undefined },
        `use 1 to ${outputs.length}`,
      );
    }
    return output;
  }
  const written = tag === "ColumnRef" ? names(body.fields as Node[]) : [];
  const output = written.length === 1 ? outputs.find((o) => o.name === written[0]) : undefined;
  return output ?? analyzeExpression(key, scope, ctx);
}

/** `node` under the ORDER BY, LIMIT / OFFSET / FETCH of `stmt`, when it has them. */
export function withSortAndLimit(
  node: RelationalNode,
  stmt: SelectStmt,
  outputs: readonly ScopeColumn[],
  scope: FromScope,
  ctx: AnalyzeContext,
): RelationalNode {
  const p = ctx.parsed;
  let result = node;
  if (stmt.sortClause) {
    const keys = stmt.sortClause.map((s) => bindSortBy(s, (key) => bindOutputReference(key, outputs, scope, ctx)));
    const position = p.keywordBefore(["order"], p.startOf(stmt.sortClause));
    result = { kind: "sort", input: result, keys, position };
  }
  if (stmt.limitCount || stmt.limitOffset) {
    // A limit reads no column; `LIMIT ALL` is a NULL count.
    const constant = (n: Node | undefined) => (n ? analyzeExpression(n, { ranges: [], columns: [] }, ctx) : undefined);
    // `FETCH FIRST ROW ONLY` has no located count; look after everything that precedes it.
    const position = p.keywordAfter(["limit", "offset", "fetch"], p.lastPositionIn(withoutTrailingClauses(stmt)));
    result = {
      kind: "limit",
      input: result,
      count: constant(stmt.limitCount),
      offset: constant(stmt.limitOffset),
      position,
    };
  }
  return result;
}
