import type { A_Const, FuncCall, Node, SubLink, TypeCast } from "@pgsql/types";
import type { BooleanTestExpression, ConstantValue, Expression } from "../ir/expression.js";
import { names, unwrap } from "../parse/ast.js";
import type { TypeName } from "../types/index.js";
import { type AnalyzeContext, fail } from "./context.js";
import { analyzeFunctionCall } from "./function-call.js";
import { checkLiteral } from "./literal-forms.js";
import { analyzeOperatorExpression, judgeOperator } from "./operator-expression.js";
import { resolveColumn } from "./resolve-column.js";
import { analyzeScalarSubquery } from "./scalar-subquery.js";
import type { FromScope } from "./scope.js";
import { analyzeTypeCast } from "./type-cast.js";

/** An analyzed expression, with what the analyzer still needs to know about how it is written. */
export interface TypedExpression {
  readonly expr: Expression;
  /** The type it is read as: its expression's type, or for an output of a set operation the
   * branches' common type. Undefined when the type cannot be told (see ScopeColumn.type).
   * `unknown` for an untyped literal or a bare NULL, which take their type from where they are
   * used, as in PostgreSQL. */
  readonly type: TypeName | undefined;
  /** An untyped string literal: its text, checked against the type it is read as. */
  readonly literal?: { readonly text: string; readonly byteLocation: number | undefined };
  /** A bare `NULL`. */
  readonly isNull?: boolean;
}

/**
 * Checks an expression of the definition and binds it into an expression node (ir/expression.ts)
 * in which every column reference is what it stands for (a scan's column or an inlined subquery
 * output) and every function carries its schema (maintenance runs with
 * `search_path = pg_catalog`), with its type. Every function, operator and cast is judged by the
 * overload PostgreSQL picks for the argument types.
 */
export function analyzeExpression(node: Node, scope: FromScope, ctx: AnalyzeContext): TypedExpression {
  const [tag, body] = unwrap(node);
  const location = typeof body.location === "number" ? body.location : undefined;
  const sub = (n: unknown) => analyzeExpression(n as Node, scope, ctx);
  switch (tag) {
    case "ColumnRef": {
      const column = resolveColumn(body, scope, ctx);
      return { expr: column.expr, type: column.type };
    }
    case "A_Const":
      return constant(body as A_Const);
    case "TypeCast":
      return analyzeTypeCast(body as TypeCast, scope, ctx);
    case "FuncCall":
      return analyzeFunctionCall(body as FuncCall, scope, ctx);
    case "A_Expr":
      return analyzeOperatorExpression(body, scope, ctx);
    case "BoolExpr": {
      const args = (body.args as Node[]).map(sub);
      for (const a of args) readAs(a, "bool", ctx);
      const op = body.boolop === "AND_EXPR" ? "and" : body.boolop === "OR_EXPR" ? "or" : "not";
      return typed({ kind: "bool", op, args: args.map((a) => a.expr), type: "bool" });
    }
    case "NullTest": {
      const arg = sub(body.arg);
      const negated = body.nulltesttype === "IS_NOT_NULL";
      return typed({ kind: "null_test", arg: arg.expr, negated, type: "bool" });
    }
    case "BooleanTest": {
      const arg = sub(body.arg);
      readAs(arg, "bool", ctx);
      return typed({
        kind: "boolean_test",
        arg: arg.expr,
        ...(BOOLEAN_TESTS[body.booltesttype as string] as (typeof BOOLEAN_TESTS)[string]),
        type: "bool",
      });
    }
    case "CoalesceExpr": {
      const args = (body.args as Node[]).map(sub);
      const type = commonTypeOf(args, location, ctx);
      return typed({ kind: "coalesce", args: args.map((a) => a.expr), type });
    }
    case "MinMaxExpr": {
      const args = (body.args as Node[]).map(sub);
      const type = commonTypeOf(args, location, ctx);
      const op = body.op === "IS_LEAST" ? "least" : "greatest";
      return typed({ kind: "greatest_least", op, args: args.map((a) => a.expr), type });
    }
    case "CaseExpr":
      return caseExpression(body, scope, ctx);
    case "A_ArrayExpr": {
      const elements = ((body.elements as Node[] | undefined) ?? []).map(sub);
      const element = elements.length === 0 ? undefined : commonTypeOf(elements, location, ctx);
      const type = element === undefined ? undefined : ctx.types.type(element)?.array || undefined;
      return typed({ kind: "array", elements: elements.map((e) => e.expr), type });
    }
    case "RowExpr": {
      const args = ((body.args as Node[] | undefined) ?? []).map(sub);
      return typed({ kind: "row", args: args.map((a) => a.expr), type: "record" });
    }
    case "A_Indirection":
      return indirection(body, scope, ctx);
    case "CollateClause": {
      const arg = sub(body.arg);
      const collation = names(body.collname as Node[]);
      return { expr: { kind: "collate", arg: arg.expr, collation, type: arg.type }, type: arg.type };
    }
    case "SubLink":
      if ((body as { subLinkType?: string }).subLinkType === "EXPR_SUBLINK") {
        return analyzeScalarSubquery(body as SubLink, scope, ctx);
      }
      return fail(
        ctx,
        "subquery_expression",
        (body as { subLinkType?: string }).subLinkType === "EXISTS_SUBLINK"
          ? "EXISTS is supported only as an AND-term of WHERE, possibly negated (not under OR, in SELECT or ON)"
          : "IN / ANY / ALL over a subquery is supported only as an AND-term of WHERE, possibly negated",
        { byteLocation: location },
        "write x IN (SELECT …) or EXISTS (SELECT … WHERE <correlation>) AND-ed into WHERE, or join the table in FROM",
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
    default:
      return fail(
        ctx,
        "unsupported_expression",
        `${tag} expressions are not supported in a maintained view`,
        { byteLocation: location },
        "rewrite the expression with operators, CASE, COALESCE and IMMUTABLE functions",
      );
  }
}

/** An expression read as its own type. */
export function typed(expr: Expression): TypedExpression {
  return { expr, type: expr.type };
}

const BOOLEAN_TESTS: Readonly<Record<string, Pick<BooleanTestExpression, "test" | "negated">>> = {
  IS_TRUE: { test: "true", negated: false },
  IS_NOT_TRUE: { test: "true", negated: true },
  IS_FALSE: { test: "false", negated: false },
  IS_NOT_FALSE: { test: "false", negated: true },
  IS_UNKNOWN: { test: "unknown", negated: false },
  IS_NOT_UNKNOWN: { test: "unknown", negated: true },
};

/** A constant's type as PostgreSQL's parser assigns it: integers that fit int4 are int4, larger
 * ones int8 and then numeric, other numbers numeric, strings unknown until used. */
function constant(body: A_Const): TypedExpression {
  const make = (value: ConstantValue, type: string): Expression => ({ kind: "constant", value, type });
  if (body.isnull) return { expr: make({ form: "null" }, "unknown"), type: "unknown", isNull: true };
  // proto3 leaves out a zero or false value.
  if (body.ival !== undefined) return typed(make({ form: "integer", value: body.ival.ival ?? 0 }, "int4"));
  if (body.boolval !== undefined) return typed(make({ form: "boolean", value: body.boolval.boolval ?? false }, "bool"));
  if (body.bsval !== undefined) return typed(make({ form: "bit_string", text: body.bsval.bsval ?? "" }, "bit"));
  if (body.fval !== undefined) {
    const text = body.fval.fval ?? "0";
    const integer = /^[+-]?\d+$/.test(text);
    const fitsInt8 = integer && BigInt(text) >= -(2n ** 63n) && BigInt(text) < 2n ** 63n;
    return typed(make({ form: "number", text }, fitsInt8 ? "int8" : "numeric"));
  }
  const text = body.sval?.sval ?? "";
  return {
    expr: make({ form: "string", text }, "unknown"),
    type: "unknown",
    literal: { text, byteLocation: body.location },
  };
}

/**
 * Records that `value` is read as `type`: an untyped literal must read the same in every
 * session (see literal-forms.ts).
 */
export function readAs(value: TypedExpression, type: TypeName | undefined, ctx: AnalyzeContext): void {
  if (value.literal !== undefined && type !== undefined && type !== "unknown") {
    checkLiteral(value.literal.text, type, { byteLocation: value.literal.byteLocation }, ctx);
  }
}

/** The common type of CASE results, COALESCE, GREATEST / LEAST or ARRAY elements, as
 * PostgreSQL's select_common_type resolves it; every untyped literal is read as it. */
export function commonTypeOf(
  values: readonly TypedExpression[],
  byteLocation: number | undefined,
  ctx: AnalyzeContext,
): TypeName | undefined {
  const types = values.map((v) => v.type);
  if (types.some((t) => t === undefined || isOpaque(t, ctx))) {
    // A type immv does not know: PostgreSQL decides when the view is created.
    return types.every((t) => t === types[0]) ? types[0] : undefined;
  }
  const common = ctx.types.commonType(types as TypeName[]);
  if (common === undefined) {
    fail(
      ctx,
      "unsupported_expression",
      `types ${[...new Set(types as TypeName[])].map((t) => ctx.types.display(t)).join(" and ")} cannot be matched`,
      { byteLocation },
      "cast the values to one type",
    );
  }
  for (const v of values) readAs(v, common, ctx);
  return common === "unknown" ? "text" : common;
}

/** A type the compiler has no description of: a user type the catalog names but does not define. */
export function isOpaque(type: TypeName, ctx: AnalyzeContext): boolean {
  return ctx.types.type(type) === undefined;
}

function caseExpression(body: Record<string, unknown>, scope: FromScope, ctx: AnalyzeContext): TypedExpression {
  const sub = (n: unknown) => analyzeExpression(n as Node, scope, ctx);
  // `CASE x WHEN v …` compares x = v for each WHEN, with the overload of = for their types.
  const subject = body.arg === undefined ? undefined : sub(body.arg);
  const whens = (body.args as Node[]).map((w) => {
    const when = unwrap(w)[1];
    const condition = sub(when.expr);
    if (subject) {
      judgeOperator("=", subject, condition, when.location as number | undefined, ctx);
    } else {
      readAs(condition, "bool", ctx);
    }
    return { condition, result: sub(when.result) };
  });
  const otherwise = body.defresult === undefined ? undefined : sub(body.defresult);
  const results = [...whens.map((w) => w.result), ...(otherwise ? [otherwise] : [])];
  const type = commonTypeOf(results, body.location as number | undefined, ctx);
  return typed({
    kind: "case",
    subject: subject?.expr,
    whens: whens.map((w) => ({ condition: w.condition.expr, result: w.result.expr })),
    otherwise: otherwise?.expr,
    type,
  });
}

/** `arg[i]`, `arg[i:j]`, `(arg).field`, `(arg).*`, one step after another. */
function indirection(body: Record<string, unknown>, scope: FromScope, ctx: AnalyzeContext): TypedExpression {
  const arg = analyzeExpression(body.arg as Node, scope, ctx);
  let value = arg.expr;
  // The type the value is read as (see TypedExpression.type), then each step's.
  let type = arg.type;
  for (const step of body.indirection as Node[]) {
    const [tag, inner] = unwrap(step);
    if (tag !== "A_Indices") {
      // A field of a composite value: its type is not in the catalog immv reads.
      const field = tag === "String" ? String(inner.sval) : undefined;
      type = undefined;
      value = { kind: "field", arg: value, field, type };
      continue;
    }
    const element = type === undefined ? undefined : ctx.types.type(type)?.element || undefined;
    const index = (n: unknown) => {
      if (n === undefined) return undefined;
      const i = analyzeExpression(n as Node, scope, ctx);
      readAs(i, "int4", ctx);
      return i.expr;
    };
    const slice = inner.is_slice === true;
    const [lower, upper] = [index(inner.lidx), index(inner.uidx)];
    type = slice ? type : element;
    value = { kind: "subscript", arg: value, slice, lower, upper, type };
  }
  return { expr: value, type };
}
