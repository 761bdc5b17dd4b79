import type { Node } from "@pgsql/types";
import type { Expression } from "../ir/expression.js";
import { names, unwrap } from "../parse/ast.js";
import { ident } from "../quote.js";
import type { TypeName } from "../types/index.js";
import { type AnalyzeContext, fail } from "./context.js";
import { analyzeExpression, isOpaque, readAs, type TypedExpression, typed } from "./expression.js";
import { localTimeHint, requireImmutable } from "./immutable.js";
import type { FromScope } from "./scope.js";

/** Operators every type that has them defines as IMMUTABLE btree comparisons (enums, domains
 * and other user types immv has no description of are compared with these). */
const COMPARISONS = new Set(["=", "<>", "<", "<=", ">", ">="]);

/**
 * `a op b`, `op b`, and the forms PostgreSQL turns into operators: `IS [NOT] DISTINCT FROM`,
 * `NULLIF`, `IN (…)`, `op ANY / ALL (array)`, `[NOT] LIKE / ILIKE / SIMILAR TO`, `[NOT] BETWEEN`.
 * Each operator is resolved for its operand types and must be IMMUTABLE.
 */
export function analyzeOperatorExpression(
  body: Record<string, unknown>,
  scope: FromScope,
  ctx: AnalyzeContext,
): TypedExpression {
  const sub = (n: unknown) => analyzeExpression(n as Node, scope, ctx);
  const location = body.location as number | undefined;
  const [schema, op] = operatorName(body.name as Node[]);
  const left = body.lexpr === undefined ? undefined : sub(body.lexpr);
  // Every form but a plain operator has a left operand.
  const l = () => (left as TypedExpression).expr;
  switch (body.kind) {
    case "AEXPR_OP":
    case "AEXPR_LIKE":
    case "AEXPR_ILIKE":
    case "AEXPR_SIMILAR": {
      // LIKE, ILIKE and SIMILAR TO are their operators (~~, ~~*, ~), as PostgreSQL reads them.
      const right = sub(body.rexpr);
      const [lhs, rhs] = body.kind === "AEXPR_OP" ? nullComparedByEquality(op, left, right, body, ctx) : [left, right];
      const original = body.kind === "AEXPR_OP" ? ({ A_Expr: body } as Node) : undefined;
      const type = judgeOperator(op, lhs, rhs, location, ctx, original);
      return typed({ kind: "operator", schema, name: op, left: lhs?.expr, right: rhs.expr, type });
    }
    case "AEXPR_OP_ANY":
    case "AEXPR_OP_ALL": {
      const right = sub(body.rexpr);
      // An untyped array literal is read as an array of the left operand's type.
      const array =
        right.type === "unknown" && left?.type !== undefined ? ctx.types.type(left.type)?.array : right.type;
      if (array) readAs(right, array, ctx);
      const element = array === undefined ? undefined : ctx.types.type(array)?.element || undefined;
      judgeOperator(op, left, { expr: right.expr, type: element }, location, ctx);
      const all = body.kind === "AEXPR_OP_ALL";
      return typed({ kind: "scalar_array", schema, op, all, left: l(), right: right.expr, type: "bool" });
    }
    case "AEXPR_DISTINCT":
    case "AEXPR_NOT_DISTINCT": {
      const right = sub(body.rexpr);
      judgeOperator("=", left, right, location, ctx);
      const negated = body.kind === "AEXPR_NOT_DISTINCT";
      return typed({ kind: "distinct_from", negated, left: l(), right: right.expr, type: "bool" });
    }
    case "AEXPR_NULLIF": {
      const right = sub(body.rexpr);
      judgeOperator("=", left, right, location, ctx);
      const type = left?.type === "unknown" ? "text" : left?.type;
      return { expr: { kind: "nullif", left: l(), right: right.expr, type }, type };
    }
    case "AEXPR_IN": {
      const items = listItems(body.rexpr).map(sub);
      for (const item of items) judgeOperator(op, left, item, location, ctx);
      const negated = op === "<>";
      return typed({ kind: "in_list", negated, arg: l(), items: items.map((i) => i.expr), type: "bool" });
    }
    case "AEXPR_BETWEEN":
    case "AEXPR_NOT_BETWEEN":
    case "AEXPR_BETWEEN_SYM":
    case "AEXPR_NOT_BETWEEN_SYM": {
      const bounds = listItems(body.rexpr).map(sub);
      for (const bound of bounds) {
        judgeOperator(">=", left, bound, location, ctx);
        judgeOperator("<=", left, bound, location, ctx);
      }
      const [low, high] = bounds.map((b) => b.expr) as [Expression, Expression];
      return typed({
        kind: "between",
        negated: body.kind === "AEXPR_NOT_BETWEEN" || body.kind === "AEXPR_NOT_BETWEEN_SYM",
        symmetric: body.kind === "AEXPR_BETWEEN_SYM" || body.kind === "AEXPR_NOT_BETWEEN_SYM",
        arg: l(),
        low,
        high,
        type: "bool",
      });
    }
    default:
      return fail(
        ctx,
        "unsupported_expression",
        `${String(body.kind)} expressions are not supported in a maintained view`,
        { byteLocation: location },
        "rewrite the expression with plain operators",
      );
  }
}

/**
 * Resolves `left op right` (or prefix `op right`) for the operand types as PostgreSQL would,
 * reads untyped literals as the chosen operand types, and requires the operator to be
 * IMMUTABLE. Returns the result type. `original` is the expression as written, for the hint.
 */
export function judgeOperator(
  op: string,
  left: TypedExpression | undefined,
  right: TypedExpression,
  byteLocation: number | undefined,
  ctx: AnalyzeContext,
  original?: Node,
): TypeName | undefined {
  const at = { byteLocation };
  const operands = left ? [left, right] : [right];
  if (operands.some((o) => o.type === undefined || isOpaque(o.type, ctx))) {
    // A comparison of a type immv cannot see into (an enum or domain the catalog does not
    // describe) is that type's btree comparison; anything else needs its types known.
    if (COMPARISONS.has(op)) return "bool";
    const untyped = operands.find((o) => o.type === undefined || isOpaque(o.type, ctx)) as TypedExpression;
    return fail(
      ctx,
      "unknown_type",
      `the type of an operand of ${op} ${untyped.type === undefined ? "cannot be told" : `is ${untyped.type}, which immv has no description of`}, so which operator ${op} applies cannot be decided`,
      at,
      "cast the operand to a built-in type, e.g. (x)::text or (x)::numeric",
    );
  }
  const resolution = ctx.types.resolveOperator(op, left?.type, right.type as TypeName);
  const written = `${left ? `${ctx.types.display(left.type as TypeName)} ` : ""}${op} ${ctx.types.display(right.type as TypeName)}`;
  if (!resolution.ok) {
    return fail(
      ctx,
      "unknown_function",
      resolution.reason === "ambiguous" ? `operator is not unique: ${written}` : `operator does not exist: ${written}`,
      at,
      "add explicit casts so the operand types match one operator",
    );
  }
  operands.forEach((o, i) => {
    readAs(o, resolution.argTargets[i], ctx);
  });
  const sides = original === undefined ? undefined : unwrap(original)[1];
  const hint =
    original === undefined
      ? undefined
      : localTimeHint(
          original,
          [
            ...(left
              ? [{ node: sides?.lexpr as Node | undefined, type: left.type, target: resolution.argTargets[0] }]
              : []),
            { node: sides?.rexpr as Node | undefined, type: right.type, target: resolution.argTargets[left ? 1 : 0] },
          ],
          (types) => {
            const fixed = ctx.types.resolveOperator(
              op,
              left ? types[0] : undefined,
              types[types.length - 1] as TypeName,
            );
            return fixed.ok && fixed.volatility === "i";
          },
        );
  requireImmutable(ctx, resolution.volatility, `operator ${written}`, at, hint);
  return resolution.result;
}

/**
 * `x = NULL` is rewritten to compare with a NULL of x's type. With the setting
 * `transform_null_equals` on, PostgreSQL reads a bare `= NULL` as `IS NULL`; a typed NULL it reads
 * as the comparison the definition says (always NULL), whatever the setting. The definition as
 * stored is changed the same way.
 */
function nullComparedByEquality(
  op: string,
  left: TypedExpression | undefined,
  right: TypedExpression,
  body: Record<string, unknown>,
  ctx: AnalyzeContext,
): [TypedExpression | undefined, TypedExpression] {
  if (op !== "=" || left === undefined || (!left.isNull && !right.isNull)) return [left, right];
  const typedNull = (other: TypedExpression, side: "lexpr" | "rexpr"): TypedExpression => {
    const type = other.type === undefined || other.type === "unknown" ? "text" : other.type;
    const spelling = isOpaque(type, ctx) ? type.split(".") : ["pg_catalog", type];
    body[side] = {
      TypeCast: {
        arg: { A_Const: { isnull: true } },
        typeName: { names: spelling.map((sval) => ({ String: { sval } })), typemod: -1 },
      },
    };
    const isNull: Expression = { kind: "constant", value: { form: "null" }, type: "unknown" };
    return typed({ kind: "cast", arg: isNull, typeSql: spelling.map(ident).join("."), type });
  };
  return left.isNull ? [typedNull(right, "lexpr"), right] : [left, typedNull(left, "rexpr")];
}

/** An operator's schema (when written `OPERATOR(pg_catalog.+)`) and name. */
export function operatorName(list: Node[]): [schema: string | undefined, name: string] {
  const parts = names(list);
  return [parts.length > 1 ? parts[0] : undefined, parts[parts.length - 1] as string];
}

function listItems(node: unknown): Node[] {
  const [tag, body] = unwrap(node as Node);
  return tag === "List" ? ((body.items as Node[] | undefined) ?? []) : [node as Node];
}
