import type { A_Const, FuncCall, Node, TypeCast } from "@pgsql/types";
import { unwrap } from "../parse/ast.js";
import type { TypeName } from "../types/index.js";
import { type AnalyzeContext, fail } from "./context.js";
import { analyzeFunctionCall } from "./function-call.js";
import { checkLiteral } from "./literal-forms.js";
import { analyzeOperatorExpression, judgeOperator } from "./operator-expression.js";
import { resolveColumn } from "./resolve-column.js";
import type { FromScope } from "./scope.js";
import { analyzeTypeCast } from "./type-cast.js";

/** An analyzed expression: rewritten to read base columns, with the type PostgreSQL gives it. */
export interface TypedExpression {
  readonly expr: Node;
  /** Undefined when the type cannot be told (see ScopeColumn.type). `unknown` for an untyped
   * literal or a bare NULL, which take their type from where they are used, as in PostgreSQL. */
  readonly type: TypeName | undefined;
  /** An untyped string literal: its text, checked against the type it is read as. */
  readonly literal?: { readonly text: string; readonly byteLocation: number | undefined };
  /** A bare `NULL`. */
  readonly isNull?: boolean;
}

/**
 * Checks an expression of the definition and returns a copy in which every column reference is
 * replaced by what it stands for (`"<occurrence>"."<column>"` or an inlined subquery output), and
 * every function is schema-qualified (maintenance runs with `search_path = pg_catalog`), with its
 * type. Every function, operator and cast is judged by the overload PostgreSQL picks for the
 * argument types.
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
      return constant(body as A_Const, node);
    case "TypeCast":
      return analyzeTypeCast(body as TypeCast, scope, ctx);
    case "FuncCall":
      return analyzeFunctionCall(body as FuncCall, scope, ctx);
    case "A_Expr":
      return analyzeOperatorExpression(body, scope, ctx);
    case "BoolExpr": {
      const args = (body.args as Node[]).map(sub);
      for (const a of args) readAs(a, "bool", ctx);
      return { expr: { BoolExpr: { ...body, args: args.map((a) => a.expr) } }, type: "bool" };
    }
    case "NullTest":
    case "BooleanTest": {
      const arg = sub(body.arg);
      if (tag === "BooleanTest") readAs(arg, "bool", ctx);
      return { expr: { [tag]: { ...body, arg: arg.expr } } as Node, type: "bool" };
    }
    case "CoalesceExpr":
    case "MinMaxExpr": {
      const args = (body.args as Node[]).map(sub);
      const type = commonTypeOf(args, location, ctx);
      return { expr: { [tag]: { ...body, args: args.map((a) => a.expr) } } as Node, type };
    }
    case "CaseExpr":
      return caseExpression(body, scope, ctx);
    case "A_ArrayExpr": {
      const elements = ((body.elements as Node[] | undefined) ?? []).map(sub);
      const element = elements.length === 0 ? undefined : commonTypeOf(elements, location, ctx);
      const type = element === undefined ? undefined : ctx.types.type(element)?.array || undefined;
      return { expr: { A_ArrayExpr: { ...body, elements: elements.map((e) => e.expr) } }, type };
    }
    case "RowExpr": {
      const args = ((body.args as Node[] | undefined) ?? []).map(sub);
      return { expr: { RowExpr: { ...body, args: args.map((a) => a.expr) } }, type: "record" };
    }
    case "A_Indirection":
      return indirection(body, scope, ctx);
    case "CollateClause": {
      const arg = sub(body.arg);
      return { expr: { CollateClause: { ...body, arg: arg.expr } }, type: arg.type };
    }
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

/** The rewritten expression alone, for callers that do not need its type. */
export function rewriteExpression(node: Node, scope: FromScope, ctx: AnalyzeContext): Node {
  return analyzeExpression(node, scope, ctx).expr;
}

/** A constant's type as PostgreSQL's parser assigns it: integers that fit int4 are int4, larger
 * ones int8 and then numeric, other numbers numeric, strings unknown until used. */
function constant(body: A_Const, node: Node): TypedExpression {
  const expr = structuredClone(node);
  if (body.isnull) return { expr, type: "unknown", isNull: true };
  if (body.ival !== undefined) return { expr, type: "int4" };
  if (body.boolval !== undefined) return { expr, type: "bool" };
  if (body.bsval !== undefined) return { expr, type: "bit" };
  if (body.fval !== undefined) {
    const text = body.fval.fval ?? "0";
    const integer = /^[+-]?\d+$/.test(text);
    const fitsInt8 = integer && BigInt(text) >= -(2n ** 63n) && BigInt(text) < 2n ** 63n;
    return { expr, type: fitsInt8 ? "int8" : "numeric" };
  }
  return { expr, type: "unknown", literal: { text: body.sval?.sval ?? "", byteLocation: body.location } };
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
    return { when, condition, result: sub(when.result) };
  });
  const otherwise = body.defresult === undefined ? undefined : sub(body.defresult);
  const results = [...whens.map((w) => w.result), ...(otherwise ? [otherwise] : [])];
  const type = commonTypeOf(results, body.location as number | undefined, ctx);
  return {
    expr: {
      CaseExpr: {
        ...body,
        ...(subject ? { arg: subject.expr } : {}),
        args: whens.map((w) => ({ CaseWhen: { ...w.when, expr: w.condition.expr, result: w.result.expr } })),
        ...(otherwise ? { defresult: otherwise.expr } : {}),
      },
    },
    type,
  };
}

function indirection(body: Record<string, unknown>, scope: FromScope, ctx: AnalyzeContext): TypedExpression {
  const arg = analyzeExpression(body.arg as Node, scope, ctx);
  let type = arg.type;
  const steps = (body.indirection as Node[]).map((step) => {
    const [tag, inner] = unwrap(step);
    if (tag !== "A_Indices") {
      // A field of a composite value: its type is not in the catalog immv reads.
      type = undefined;
      return step;
    }
    const element = type === undefined ? undefined : ctx.types.type(type)?.element || undefined;
    type = inner.is_slice ? type : element;
    const index = (n: unknown) => {
      if (n === undefined) return undefined;
      const i = analyzeExpression(n as Node, scope, ctx);
      readAs(i, "int4", ctx);
      return i.expr;
    };
    return { A_Indices: { ...inner, lidx: index(inner.lidx), uidx: index(inner.uidx) } };
  });
  return { expr: { A_Indirection: { ...body, arg: arg.expr, indirection: steps } }, type };
}
