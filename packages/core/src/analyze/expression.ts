import type { FuncCall, Node, TypeCast } from "@pgsql/types";
import { names, stringNode, unwrap } from "../parse/ast.js";
import { analyzeAggregateCall } from "./aggregate-call.js";
import { AGGREGATES, IMMUTABLE_BUILTINS, NON_IMMUTABLE_BUILTINS } from "./builtins.js";
import { type AnalyzeContext, fail } from "./context.js";
import { resolveColumn } from "./resolve-column.js";
import type { FromScope } from "./scope.js";
import { rewriteTypeCast } from "./type-cast.js";

/** Node kinds that only carry sub-expressions and need no check of their own. */
const PASS_THROUGH = new Set([
  "A_Const",
  "BoolExpr",
  "NullTest",
  "BooleanTest",
  "CoalesceExpr",
  "MinMaxExpr",
  "CaseExpr",
  "CaseWhen",
  "A_ArrayExpr",
  "RowExpr",
  "A_Indirection",
  "A_Indices",
  "CollateClause",
  "List",
  "String",
  "Integer",
  "Float",
  "Boolean",
  "A_Expr",
]);

/**
 * Checks an expression of the definition and returns a copy in which every column reference is
 * replaced by what it stands for (`"<occurrence>"."<column>"` or an inlined subquery output), and
 * every function is schema-qualified (maintenance runs with `search_path = pg_catalog`).
 */
export function rewriteExpression(node: Node, scope: FromScope, ctx: AnalyzeContext): Node {
  const [tag, body] = unwrap(node);
  const location = typeof body.location === "number" ? body.location : undefined;
  switch (tag) {
    case "ColumnRef":
      return resolveColumn(body, scope, ctx).expr;
    case "FuncCall":
      return rewriteFuncCall(body as FuncCall, scope, ctx);
    case "TypeCast":
      return { TypeCast: rewriteTypeCast(body as TypeCast, scope, ctx) };
    case "SubLink":
      return fail(
        ctx,
        "subquery_expression",
        (body as { subLinkType?: string }).subLinkType === "EXISTS_SUBLINK"
          ? "EXISTS is supported only as an AND-term of WHERE, possibly negated (not under OR, in SELECT or ON)"
          : "subqueries in expressions (IN (SELECT …), ANY, scalar subqueries) are not supported yet",
        { byteLocation: location },
        "write EXISTS (SELECT … WHERE <correlation>) AND-ed into WHERE, or join the table in FROM",
      );
    case "SQLValueFunction":
      return fail(
        ctx,
        "non_immutable_function",
        "CURRENT_DATE, CURRENT_TIMESTAMP, CURRENT_USER and similar change between statements",
        { byteLocation: location },
        "a maintained view may only use IMMUTABLE expressions; filter by time in the query that reads the view",
      );
    case "ParamRef":
      return fail(
        ctx,
        "unsupported_expression",
        "parameters ($1) cannot appear in a view",
        { byteLocation: location },
        "write the value as a literal",
      );
    case "GroupingFunc":
      return fail(
        ctx,
        "aggregate",
        "GROUPING() is only meaningful with grouping sets, which are not supported",
        { byteLocation: location },
        "remove GROUPING()",
      );
  }
  if (!PASS_THROUGH.has(tag)) {
    fail(
      ctx,
      "unsupported_expression",
      `${tag} expressions are not supported in a maintained view`,
      { byteLocation: location },
      "rewrite the expression with operators, CASE, COALESCE and IMMUTABLE functions",
    );
  }
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) copy[key] = rewriteValue(value, scope, ctx);
  return { [tag]: copy } as unknown as Node;
}

function rewriteValue(value: unknown, scope: FromScope, ctx: AnalyzeContext): unknown {
  if (Array.isArray(value)) return value.map((v) => rewriteValue(v, scope, ctx));
  if (value !== null && typeof value === "object") {
    const keys = Object.keys(value);
    // A wrapped node has exactly one key starting with an upper-case letter.
    if (keys.length === 1 && /^[A-Z]/.test(keys[0] as string)) {
      return rewriteExpression(value as Node, scope, ctx);
    }
    const copy: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(value)) copy[key] = rewriteValue(v, scope, ctx);
    return copy;
  }
  return value;
}

function rewriteFuncCall(call: FuncCall, scope: FromScope, ctx: AnalyzeContext): Node {
  const parts = names(call.funcname);
  const name = parts[parts.length - 1] as string;
  const schema = parts.length > 1 ? parts[0] : undefined;
  const at = { byteLocation: call.location };
  if (call.over) {
    fail(
      ctx,
      "window_function",
      `window function ${name}() OVER (…) is not supported`,
      at,
      "window functions are planned for a later release; compute them when reading the view",
    );
  }
  const isAggregate = call.agg_star || call.agg_distinct || call.agg_order || call.agg_filter || call.agg_within_group;
  if (isAggregate || ((schema === undefined || schema === "pg_catalog") && AGGREGATES.has(name))) {
    if (ctx.aggregateCalls) return analyzeAggregateCall(call, name, scope, ctx, ctx.aggregateCalls);
    fail(
      ctx,
      "aggregate",
      `aggregate ${name}() is not allowed here`,
      at,
      "aggregates may appear only in the select list of the outer query (not in WHERE, JOIN, GROUP BY, subqueries, CTEs or another aggregate's argument)",
    );
  }
  const qualifiedSchema = functionSchema(schema, name, ctx, at);
  // Qualify in the definition too, so it means the same under any search_path.
  call.funcname = [stringNode(qualifiedSchema), stringNode(name)];
  return {
    FuncCall: {
      ...call,
      funcname: [stringNode(qualifiedSchema), stringNode(name)],
      args: call.args?.map((a) => rewriteExpression(a, scope, ctx)),
    },
  };
}

/** The schema the function lives in, after checking it is IMMUTABLE. */
function functionSchema(
  schema: string | undefined,
  name: string,
  ctx: AnalyzeContext,
  at: { byteLocation: number | undefined },
): string {
  const written = schema ? `${schema}.${name}` : name;
  const info = ctx.catalog.functionVolatility?.(schema, name);
  if (info) {
    if (info.volatility !== "immutable") {
      fail(
        ctx,
        "non_immutable_function",
        `function ${written}() is ${info.volatility.toUpperCase()}; its result can change without any table changing`,
        at,
        "use IMMUTABLE functions only, or apply this function when reading the view",
      );
    }
    return info.schema;
  }
  if (schema === undefined || schema === "pg_catalog") {
    if (IMMUTABLE_BUILTINS.has(name)) return "pg_catalog";
    if (NON_IMMUTABLE_BUILTINS.has(name)) {
      fail(
        ctx,
        "non_immutable_function",
        `function ${written}() is not IMMUTABLE; its result can change without any table changing`,
        at,
        "use IMMUTABLE functions only, or apply this function when reading the view",
      );
    }
  }
  return fail(
    ctx,
    "unknown_function",
    `cannot tell whether function ${written}() is IMMUTABLE`,
    at,
    "compile against a live database (immv CLI with --url) so its volatility can be read from pg_proc",
  );
}
