import type { FuncCall } from "@pgsql/types";
import { names, stringNode } from "../parse/ast.js";
import type { Resolution, TypeName } from "../types/index.js";
import { analyzeAggregateCall } from "./aggregate-call.js";
import { isBuiltinAggregate, isBuiltinFunction } from "./builtins.js";
import { type AnalyzeContext, fail } from "./context.js";
import { analyzeExpression, isOpaque, readAs, type TypedExpression } from "./expression.js";
import { localTimeHint, requireImmutable } from "./immutable.js";
import type { FromScope } from "./scope.js";
import { analyzeWindowCall } from "./window-call.js";

/**
 * A function call: window calls go to analyzeWindowCall, aggregates to analyzeAggregateCall; a built-in function is resolved for its
 * argument types as PostgreSQL resolves it and must be IMMUTABLE in that overload
 * (`date_trunc(text, timestamp)` is, `date_trunc(text, timestamptz)` is not); a user function must
 * be IMMUTABLE in every overload the catalog knows. The name is schema-qualified, in the rewritten
 * expression and in the stored definition, so it means the same under any search_path.
 */
export function analyzeFunctionCall(call: FuncCall, scope: FromScope, ctx: AnalyzeContext): TypedExpression {
  const parts = names(call.funcname);
  const name = parts[parts.length - 1] as string;
  const schema = parts.length > 1 ? parts[0] : undefined;
  const at = { byteLocation: call.location };
  if (call.over && ctx.windowCalls) return analyzeWindowCall(call, name, scope, ctx, ctx.windowCalls);
  if (call.over) {
    // Outside a select list (WHERE, GROUP BY, another call's argument), as in PostgreSQL.
    fail(
      ctx,
      "window_function",
      `window function ${name}() OVER (…) is not supported`,
      at,
      "window functions are planned for a later release; compute them when reading the view",
    );
  }
  const builtin = schema === undefined || schema === "pg_catalog";
  const isAggregate = call.agg_star || call.agg_distinct || call.agg_order || call.agg_filter || call.agg_within_group;
  if (isAggregate || (builtin && isBuiltinAggregate(name))) {
    if (ctx.aggregateCalls) return analyzeAggregateCall(call, name, scope, ctx, ctx.aggregateCalls);
    fail(
      ctx,
      "aggregate",
      `aggregate ${name}() is not allowed here`,
      at,
      "aggregates may appear only in the select list of the outer query (not in WHERE, JOIN, GROUP BY, subqueries, CTEs or another aggregate's argument)",
    );
  }
  if (call.func_variadic) {
    fail(ctx, "unsupported_expression", `VARIADIC arguments are not supported`, at, `pass the values one by one`);
  }
  const args = (call.args ?? []).map((a) => {
    if ("NamedArgExpr" in a) {
      fail(
        ctx,
        "unsupported_expression",
        "named arguments (name => value) are not supported",
        { byteLocation: (a.NamedArgExpr as { location?: number }).location },
        "pass the arguments by position",
      );
    }
    return analyzeExpression(a, scope, ctx);
  });
  const resolution = builtin ? resolveBuiltin(name, args, at, ctx) : undefined;
  let qualified: string;
  let type: TypeName | undefined;
  if (resolution?.ok) {
    args.forEach((a, i) => {
      readAs(a, resolution.argTargets[i], ctx);
    });
    const hint = localTimeHint(
      { FuncCall: call },
      (call.args ?? []).map((node, i) => ({ node, type: args[i]?.type, target: resolution.argTargets[i] })),
      (types) => {
        const fixed = ctx.types.resolveFunction(name, types);
        return fixed.ok && fixed.volatility === "i";
      },
      true,
    );
    requireImmutable(
      ctx,
      resolution.volatility,
      `function ${chosen(name, resolution.candidate.args, args, ctx)}`,
      at,
      hint,
    );
    qualified = "pg_catalog";
    type = resolution.result;
  } else {
    qualified = userFunctionSchema(schema, name, args, resolution, at, ctx);
    type = undefined;
  }
  // Qualify in the definition too, so it means the same under any search_path.
  call.funcname = [stringNode(qualified), stringNode(name)];
  return {
    expr: { FuncCall: { ...call, funcname: [stringNode(qualified), stringNode(name)], args: args.map((a) => a.expr) } },
    type,
  };
}

/** The built-in overload PostgreSQL would call, or the failure when there is none; undefined when
 * no built-in function has the name. */
function resolveBuiltin(
  name: string,
  args: readonly TypedExpression[],
  at: { byteLocation: number | undefined },
  ctx: AnalyzeContext,
): Resolution | undefined {
  if (!isBuiltinFunction(name)) return undefined;
  const untyped = args.find((a) => a.type === undefined || isOpaque(a.type, ctx));
  if (untyped !== undefined) {
    fail(
      ctx,
      "unknown_type",
      `the type of an argument of ${name}() ${untyped.type === undefined ? "cannot be told" : `is ${untyped.type}, which immv has no description of`}, so which ${name}() applies cannot be decided`,
      at,
      `cast the argument to a built-in type, e.g. ${name}((x)::text)`,
    );
  }
  return ctx.types.resolveFunction(
    name,
    args.map((a) => a.type as TypeName),
  );
}

/**
 * The schema of a function that is not a built-in the resolver could match, after checking that
 * the catalog knows it and every overload is IMMUTABLE (its argument types are not compared).
 */
function userFunctionSchema(
  schema: string | undefined,
  name: string,
  args: readonly TypedExpression[],
  builtin: Resolution | undefined,
  at: { byteLocation: number | undefined },
  ctx: AnalyzeContext,
): string {
  const written = schema ? `${schema}.${name}` : name;
  const info = ctx.catalog.functionVolatility?.(schema, name);
  if (info && info.schema !== "pg_catalog") {
    requireImmutable(
      ctx,
      info.volatility === "immutable" ? "i" : info.volatility === "stable" ? "s" : "v",
      `function ${written}()`,
      at,
    );
    return info.schema;
  }
  if (builtin !== undefined && !builtin.ok) {
    return fail(
      ctx,
      "unknown_function",
      builtin.reason === "ambiguous"
        ? `function ${signature(name, args, ctx)} is not unique`
        : `function ${signature(name, args, ctx)} does not exist`,
      at,
      builtin.candidates.length > 0
        ? `add explicit casts to match one of: ${builtin.candidates
            .slice(0, 4)
            .map((c) => `${name}(${c.args.map((t) => ctx.types.display(t)).join(", ")})`)
            .join(", ")}`
        : "check the function's name and arguments",
    );
  }
  return fail(
    ctx,
    "unknown_function",
    `cannot tell whether function ${written}() is IMMUTABLE`,
    at,
    "compile against a live database (immv CLI with --url) so its volatility can be read from pg_proc",
  );
}

/** The overload as PostgreSQL declares it, and the argument types it was chosen for when they
 * differ (`date_trunc(text, timestamp with time zone)` for `(unknown, date)`). */
function chosen(
  name: string,
  declared: readonly TypeName[],
  args: readonly TypedExpression[],
  ctx: AnalyzeContext,
): string {
  const overload = `${name}(${declared.map((t) => ctx.types.display(t)).join(", ")})`;
  const given = signature(name, args, ctx);
  return overload === given ? overload : `${overload}, which PostgreSQL picks for ${given},`;
}

function signature(name: string, args: readonly TypedExpression[], ctx: AnalyzeContext): string {
  return `${name}(${args.map((a) => (a.type === undefined ? "?" : ctx.types.display(a.type))).join(", ")})`;
}
