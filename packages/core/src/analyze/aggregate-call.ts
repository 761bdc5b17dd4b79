import type { FuncCall } from "@pgsql/types";
import type { AggregateCallForm, BoundAggregateCall } from "../ir/relational.js";
import { aggregateRef } from "../ir.js";
import type { TypeName } from "../types/index.js";
import type { AggregateCollector, AnalyzeContext } from "./context.js";
import { analyzeExpression, isOpaque, type TypedExpression } from "./expression.js";
import { sameExpression } from "./same-expression.js";
import type { FromScope } from "./scope.js";
import { bindSortBy } from "./window-call.js";

/**
 * Binds an aggregate call of a select list or HAVING — its arguments, FILTER and ORDER BY — and
 * returns the placeholder that stands for its result, with the result's type. Which aggregates
 * can be maintained is the planner's question (plan/rules/aggregate-call.ts). Each distinct call
 * is collected once.
 */
export function analyzeAggregateCall(
  call: FuncCall,
  name: string,
  scope: FromScope,
  ctx: AnalyzeContext,
  collector: AggregateCollector,
): TypedExpression {
  const p = ctx.parsed;
  const form: AggregateCallForm = {
    name,
    argCount: call.args?.length ?? 0,
    star: call.agg_star ?? false,
    distinct: call.agg_distinct ?? false,
    variadic: call.func_variadic ?? false,
    filter: call.agg_filter ? { position: p.keywordBefore(["filter"], p.startOf(call.agg_filter)) } : undefined,
    ordered: call.agg_order !== undefined || call.agg_within_group === true,
    position: p.position(call.location),
  };
  // Recorded before the arguments are bound: see AnalysisResult.
  collector.begun.push(form);
  // An aggregate inside an aggregate's argument, FILTER or ORDER BY is an error, as in PostgreSQL.
  const inner: AnalyzeContext = { ...ctx, aggregateCalls: undefined, windowCalls: undefined };
  const args = (call.args ?? []).map((a) => analyzeExpression(a, scope, inner));
  const first = args[0]?.type;
  const found: BoundAggregateCall = {
    form,
    args,
    argType: first === "unknown" || (first !== undefined && isOpaque(first, ctx)) ? undefined : first,
    filter: call.agg_filter ? analyzeExpression(call.agg_filter, scope, inner) : undefined,
    orderBy: (call.agg_order ?? []).map((s) => bindSortBy(s, (key) => analyzeExpression(key, scope, inner))),
  };
  let index = collector.calls.findIndex((c) => sameCall(c, found));
  if (index < 0) index = collector.calls.push(found) - 1;
  return { expr: aggregateRef(index), type: resultType(found, ctx) };
}

/** The result type of PostgreSQL's overload for the arguments, where it can be told. */
function resultType(call: BoundAggregateCall, ctx: AnalyzeContext): TypeName | undefined {
  const { name } = call.form;
  const types =
    call.args.length <= 1 ? (call.argType === undefined ? [] : [call.argType]) : call.args.map((a) => a.type);
  if (types.some((t) => t === undefined)) return undefined;
  const resolution = ctx.types.resolveFunction(name, types as TypeName[]);
  if (resolution.ok && (call.argType !== undefined || call.args.length === 0)) return resolution.result;
  return name === "count" ? "int8" : undefined;
}

/** Calls computing the same value: one aggregate state serves both. */
function sameCall(a: BoundAggregateCall, b: BoundAggregateCall): boolean {
  const plain = (c: BoundAggregateCall) => c.form.filter === undefined && !c.form.ordered;
  return (
    plain(a) &&
    plain(b) &&
    a.form.name === b.form.name &&
    a.form.star === b.form.star &&
    a.form.distinct === b.form.distinct &&
    a.form.variadic === b.form.variadic &&
    a.args.length === b.args.length &&
    a.args.every((arg, i) => sameExpression(arg.expr, (b.args[i] as TypedExpression).expr))
  );
}
