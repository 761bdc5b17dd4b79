import type { FuncCall, Node, SortBy, WindowDef } from "@pgsql/types";
import type { SortKey, WindowCall, WindowSpecification } from "../ir/relational.js";
import { findNode, tagOf, unwrap } from "../parse/ast.js";
import type { AnalyzeContext } from "./context.js";
import { analyzeExpression, type TypedExpression } from "./expression.js";
import type { FromScope } from "./scope.js";

/**
 * Binds `f(args) OVER (…)` of a select list: its arguments and window are bound in the FROM
 * scope and the call is recorded for the window node of the SELECT. Whether it can be
 * maintained is the planner's question. The result is typed as the function's overload for the
 * argument types, where one is found.
 */
export function analyzeWindowCall(
  call: FuncCall,
  name: string,
  scope: FromScope,
  ctx: AnalyzeContext,
  calls: WindowCall[],
): TypedExpression {
  // Window functions cannot nest, and an aggregate argument is read per row here.
  const inner: AnalyzeContext = { ...ctx, windowCalls: undefined };
  const args = (call.args ?? []).map((a) => analyzeExpression(a, scope, inner));
  const over = bindWindowSpecification(call.over as WindowDef, scope, inner);
  calls.push({ name, args, over, position: ctx.parsed.position(call.location) });
  const types = args.map((a) => a.type);
  const resolution = types.every((t) => t !== undefined) ? ctx.types.resolveFunction(name, types) : undefined;
  return {
    expr: { FuncCall: { ...call, args: args.map((a) => a.expr) } },
    type: resolution?.ok ? resolution.result : undefined,
  };
}

/** A window of OVER (…) or of a WINDOW clause. */
export function bindWindowSpecification(def: WindowDef, scope: FromScope, ctx: AnalyzeContext): WindowSpecification {
  return {
    name: def.name ?? def.refname,
    partitionBy: (def.partitionClause ?? []).map((n) => analyzeExpression(n, scope, ctx)),
    orderBy: (def.orderClause ?? []).map((n) => bindSortBy(n, (key) => analyzeExpression(key, scope, ctx))),
  };
}

/** A sort key (`x DESC NULLS LAST`), its value bound by `bind`. */
export function bindSortBy(node: Node, bind: (key: Node) => TypedExpression): SortKey {
  const sortBy = unwrap(node)[1] as SortBy;
  const key = sortBy.node as Node;
  // Subquery expressions are not bound yet (see analyzeExpression).
  const subquery = findNode(key, (n) => tagOf(n) === "SubLink") !== undefined;
  return {
    value: subquery ? undefined : bind(key),
    direction: sortBy.sortby_dir === "SORTBY_DESC" ? "desc" : sortBy.sortby_dir === "SORTBY_ASC" ? "asc" : "default",
    nulls:
      sortBy.sortby_nulls === "SORTBY_NULLS_FIRST"
        ? "first"
        : sortBy.sortby_nulls === "SORTBY_NULLS_LAST"
          ? "last"
          : "default",
  };
}
