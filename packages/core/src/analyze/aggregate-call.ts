import type { FuncCall } from "@pgsql/types";
import { type AggregateCall, type AggregateFunction, aggregateRef } from "../ir.js";
import { type AggregateCollector, type AnalyzeContext, fail } from "./context.js";
import { analyzeExpression, isOpaque, type TypedExpression } from "./expression.js";
import { sameExpression } from "./same-expression.js";
import type { FromScope } from "./scope.js";

const MAINTAINED: ReadonlySet<string> = new Set<AggregateFunction>(["count", "sum", "avg", "min", "max"]);

/** Argument types whose sum and avg immv keeps exact (its fold of change summaries handles these). */
const ACCEPTED_TYPES: Record<string, string[]> = {
  sum: ["int2", "int4", "int8", "numeric", "float4", "float8", "money", "interval"],
  avg: ["int2", "int4", "int8", "numeric", "float4", "float8", "interval"],
};

/**
 * Checks an aggregate call of a select list or HAVING and returns the placeholder that stands for
 * its result, with the result's type. Only the forms whose result can be updated from a change
 * alone are accepted.
 */
export function analyzeAggregateCall(
  call: FuncCall,
  name: string,
  scope: FromScope,
  ctx: AnalyzeContext,
  collector: AggregateCollector,
): TypedExpression {
  const at = { byteLocation: call.location };
  collector.written.push({ name, position: ctx.parsed.position(call.location) });
  const calls = collector.calls;
  const written = `${name}(${call.agg_star ? "*" : "…"})`;
  if (!MAINTAINED.has(name)) {
    fail(
      ctx,
      "aggregate",
      `aggregate ${name}() cannot be maintained incrementally yet`,
      at,
      "use count, sum, avg, min or max, or aggregate when reading the view",
    );
  }
  if (call.agg_distinct) {
    fail(
      ctx,
      "aggregate",
      `${name}(DISTINCT …) is not supported yet`,
      at,
      `select the distinct values in a DISTINCT view and apply ${name}() when reading it`,
    );
  }
  if (call.agg_filter) {
    fail(
      ctx,
      "aggregate",
      `${written} FILTER (WHERE …) is not supported`,
      { position: ctx.parsed.keywordBefore(["filter"], ctx.parsed.startOf(call.agg_filter)) },
      `move the condition into the argument, e.g. ${name === "count" ? "sum(CASE WHEN … THEN 1 ELSE 0 END)" : `${name}(CASE WHEN … THEN x END)`}`,
    );
  }
  if (call.agg_order || call.agg_within_group) {
    fail(
      ctx,
      "aggregate",
      `ORDER BY inside ${written} is not supported`,
      at,
      "remove the ORDER BY; it does not change count, sum, avg, min or max",
    );
  }
  if (call.func_variadic) {
    fail(ctx, "aggregate", `VARIADIC ${name}() is not supported`, at, "pass the argument directly");
  }
  const args = call.args ?? [];
  if (call.agg_star ? name !== "count" : args.length !== 1) {
    fail(
      ctx,
      "aggregate",
      call.agg_star ? `${name}(*) does not exist` : `${name}() takes exactly one argument here`,
      at,
      call.agg_star ? "pass a column, e.g. sum(amount)" : `write ${name}(expression)`,
    );
  }
  const argNode = args[0];
  // An aggregate inside an aggregate's argument is an error, as in PostgreSQL.
  const typed =
    argNode === undefined ? undefined : analyzeExpression(argNode, scope, { ...ctx, aggregateCalls: undefined });
  const arg = typed?.expr;
  const argType =
    typed?.type === "unknown" || (typed?.type !== undefined && isOpaque(typed.type, ctx)) ? undefined : typed?.type;
  if ((name === "avg" || name === "sum") && argType === undefined) {
    fail(
      ctx,
      "aggregate",
      `the type of ${name}()'s argument cannot be told, and how its result is kept exact depends on it`,
      at,
      `cast the argument, e.g. ${name}((price * quantity)::numeric)`,
    );
  }
  const accepted = ACCEPTED_TYPES[name];
  if (argType !== undefined && accepted !== undefined && !accepted.includes(argType)) {
    fail(
      ctx,
      "aggregate",
      `PostgreSQL has no ${name}(${argType})`,
      at,
      `${name}() takes ${accepted.join(", ")}; cast the argument to one of them`,
    );
  }
  const resolution = ctx.types.resolveFunction(name, argType === undefined ? [] : [argType]);
  const result =
    resolution.ok && (argType !== undefined || arg === undefined)
      ? resolution.result
      : name === "count"
        ? "int8"
        : undefined;
  const found: AggregateCall = { fn: name as AggregateFunction, arg, argType };
  let index = calls.findIndex(
    (c) =>
      c.fn === found.fn && (c.arg === undefined ? arg === undefined : arg !== undefined && sameExpression(c.arg, arg)),
  );
  if (index < 0) index = calls.push(found) - 1;
  return { expr: aggregateRef(index), type: result };
}
