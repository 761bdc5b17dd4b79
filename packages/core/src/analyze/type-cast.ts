import type { Node, TypeCast } from "@pgsql/types";
import { deepClone, names } from "../parse/ast.js";
import type { TypeName } from "../types/index.js";
import { type AnalyzeContext, fail } from "./context.js";
import { analyzeExpression, isOpaque, readAs, type TypedExpression } from "./expression.js";
import { localTimeHint, requireImmutable } from "./immutable.js";
import type { FromScope } from "./scope.js";

/**
 * `x::type`, `CAST(x AS type)`, `type 'literal'`: a literal is read as the type (and must read the
 * same in every session); any other value is converted by the cast PostgreSQL would use, which
 * must be IMMUTABLE (`timestamptz::date` reads the TimeZone, `text::date` the DateStyle).
 */
export function analyzeTypeCast(cast: TypeCast, scope: FromScope, ctx: AnalyzeContext): TypedExpression {
  const typeNames = names(cast.typeName?.names);
  const typeAt = { byteLocation: cast.typeName?.location ?? cast.location };
  // `x::date` is located at `::`, `CAST(x AS date)` at CAST; `date 'x'` only at its type.
  const castAt = {
    byteLocation: cast.location !== undefined && cast.location >= 0 ? cast.location : typeAt.byteLocation,
  };
  const target = targetType(typeNames, cast.typeName?.arrayBounds !== undefined, typeAt, ctx);
  const arg = analyzeExpression(cast.arg as Node, scope, ctx);
  if (arg.literal !== undefined || arg.isNull) {
    readAs(arg, target, ctx);
  } else if (arg.type !== undefined && !isOpaque(arg.type, ctx) && !isOpaque(target, ctx)) {
    const coercion = ctx.types.coercion(arg.type, target, "explicit");
    const written = `the cast from ${ctx.types.display(arg.type)} to ${ctx.types.display(target)}`;
    if (coercion === undefined) {
      fail(ctx, "unsupported_expression", `${written} does not exist`, castAt, "convert the value with a function");
    }
    const hint = localTimeHint({ TypeCast: cast }, [{ node: cast.arg, type: arg.type, target: arg.type }], (types) => {
      return ctx.types.coercion(types[0] as TypeName, target, "explicit")?.volatility === "i";
    });
    requireImmutable(ctx, coercion.volatility, written, castAt, hint);
  } else if (!isOpaque(target, ctx)) {
    // From a value of a type immv cannot see into, PostgreSQL converts through text: the
    // target's input function decides.
    const input = ctx.types.type(target)?.inputVolatility ?? "i";
    requireImmutable(ctx, input, `reading a value as ${ctx.types.display(target)}`, castAt);
  }
  return { expr: { TypeCast: { ...cast, arg: arg.expr, typeName: deepClone(cast.typeName) } }, type: target };
}

/** The cast's target: a built-in type, or a schema-qualified user type (maintenance runs with
 * `search_path = pg_catalog`, where an unqualified user type would not be found). */
function targetType(
  typeNames: string[],
  array: boolean,
  at: { byteLocation: number | undefined },
  ctx: AnalyzeContext,
): TypeName {
  const spelled = typeNames.filter((n, i) => !(i === 0 && n === "pg_catalog" && typeNames.length > 1)).join(".");
  const builtin = ctx.types.typeNamed(`${spelled}${array ? "[]" : ""}`);
  if (builtin !== undefined) return builtin;
  if (typeNames.length === 1) {
    fail(
      ctx,
      "unsupported_expression",
      `type "${typeNames[0]}" must be schema-qualified`,
      at,
      `write the cast as ::<schema>.${typeNames[0]} (maintenance runs with search_path = pg_catalog)`,
    );
  }
  return `${typeNames.join(".")}${array ? "[]" : ""}`;
}
