import type { Node, TypeCast } from "@pgsql/types";
import { deepClone, names, unwrap } from "../parse/ast.js";
import { BUILTIN_TYPES, DATE_TIME_TYPES, TIME_ZONE_SENSITIVE_TYPES } from "./builtins.js";
import { normalizeTypeName, stableCastReason } from "./cast-volatility.js";
import { type AnalyzeContext, fail } from "./context.js";
import { rewriteExpression } from "./expression.js";
import { resolveColumn } from "./resolve-column.js";
import type { FromScope } from "./scope.js";

/** Literals that read the clock when they are converted, not when the view is created. */
const CLOCK_LITERALS = ["now", "today", "tomorrow", "yesterday"];

/** Date/time literals that stay the same in every session: no clock, no zone ambiguity. */
const CONSTANT_LITERALS = ["epoch", "infinity", "-infinity", "allballs"];

/** Checks a cast is IMMUTABLE (as far as the source type is known) and rewrites its argument. */
export function rewriteTypeCast(cast: TypeCast, scope: FromScope, ctx: AnalyzeContext): TypeCast {
  const typeNames = names(cast.typeName?.names);
  const target = (typeNames[typeNames.length - 1] as string) + (cast.typeName?.arrayBounds ? "[]" : "");
  const typeAt = { byteLocation: cast.typeName?.location ?? cast.location };
  // `x::date` is located at `::`, `CAST(x AS date)` at CAST; `date 'x'` only at its type.
  const castAt = {
    byteLocation: cast.location !== undefined && cast.location >= 0 ? cast.location : typeAt.byteLocation,
  };
  if (typeNames.length === 1 && !BUILTIN_TYPES.has(typeNames[0] as string)) {
    fail(
      ctx,
      "unsupported_expression",
      `type "${typeNames[0]}" must be schema-qualified`,
      typeAt,
      `write the cast as ::<schema>.${typeNames[0]} (maintenance runs with search_path = pg_catalog)`,
    );
  }
  const arg = cast.arg as Node;
  const [argTag, argBody] = unwrap(arg);
  const literal = argTag === "A_Const" ? (argBody.sval as { sval?: string } | undefined)?.sval : undefined;
  if (literal !== undefined) {
    checkLiteral(literal, target, { byteLocation: argBody.location as number | undefined }, ctx);
  }
  const rewrittenArg = rewriteExpression(arg, scope, ctx);
  // Only a column's or an inner cast's type is certain enough to clear a conversion.
  const source = argTag === "ColumnRef" || argTag === "TypeCast" ? knownType(arg, scope, ctx) : undefined;
  const reason =
    source !== undefined
      ? stableCastReason(source, target)
      : // Of an expression only the target is known: a conversion into a time zone reads it.
        argTag !== "A_Const" && TIME_ZONE_SENSITIVE_TYPES.has(target)
        ? "the session's TimeZone"
        : undefined;
  if (reason !== undefined) {
    fail(
      ctx,
      "non_immutable_function",
      `this cast ${source ? `from ${source} ` : ""}to ${target} reads ${reason} (PostgreSQL marks it STABLE)`,
      castAt,
      "store the value in the target type, or cast when reading the view",
    );
  }
  return { ...cast, arg: rewrittenArg, typeName: deepClone(cast.typeName) };
}

/** The type of an expression where it can be told without full type inference: a column's
 * catalog type, a cast's target, a numeric literal, and arithmetic, CASE and COALESCE over those
 * (numbers promote int2 < int4 < int8 < numeric < float8, as PostgreSQL's operators do). */
export function knownType(arg: Node, scope: FromScope, ctx: AnalyzeContext): string | undefined {
  const [tag, body] = unwrap(arg);
  const of = (n: unknown) => (n ? knownType(n as Node, scope, ctx) : undefined);
  switch (tag) {
    case "ColumnRef": {
      const type = resolveColumn(body, scope, ctx).type;
      return type === undefined ? undefined : normalizeTypeName(type);
    }
    case "TypeCast": {
      const typeName = (body as TypeCast).typeName;
      const typeNames = names(typeName?.names);
      return normalizeTypeName((typeNames[typeNames.length - 1] as string) + (typeName?.arrayBounds ? "[]" : ""));
    }
    case "A_Const":
      // NULL takes the type of the other branches (see promoted)
      return body.isnull
        ? "unknown"
        : body.ival !== undefined
          ? "int4"
          : body.fval !== undefined
            ? "numeric"
            : undefined;
    case "A_Expr": {
      const op = names(body.name as Node[]).join(".");
      if (body.kind !== "AEXPR_OP" || !["+", "-", "*", "/"].includes(op)) return undefined;
      return body.lexpr === undefined ? of(body.rexpr) : promoted([of(body.lexpr), of(body.rexpr)]);
    }
    case "CaseExpr":
      return promoted([
        ...((body.args as Node[] | undefined) ?? []).map((w) => of(unwrap(w)[1].result)),
        ...(body.defresult ? [of(body.defresult)] : []),
      ]);
    case "CoalesceExpr":
      return promoted(((body.args as Node[] | undefined) ?? []).map(of));
    default:
      return undefined;
  }
}

const NUMBER_RANK = ["int2", "int4", "int8", "numeric", "float8"];

/** The common type of numbers of the given types; undefined unless all are known numbers. */
function promoted(all: (string | undefined)[]): string | undefined {
  const types = all.filter((t) => t !== "unknown");
  let rank = -1;
  for (const t of types) {
    const r = NUMBER_RANK.indexOf(t ?? "");
    if (r < 0) return types.length === 1 ? t : undefined;
    rank = Math.max(rank, r);
  }
  return NUMBER_RANK[rank];
}

/** A string literal cast to a date/time type is converted each time maintenance runs, in the
 * writing session: it must not depend on the clock, the TimeZone or the DateStyle. */
function checkLiteral(
  literal: string,
  target: string,
  at: { byteLocation: number | undefined },
  ctx: AnalyzeContext,
): void {
  if (!DATE_TIME_TYPES.has(target)) return;
  const text = literal.trim().toLowerCase();
  if (CLOCK_LITERALS.includes(text)) {
    fail(
      ctx,
      "non_immutable_function",
      `'${text}'::${target} changes with the clock`,
      at,
      "a maintained view may only use IMMUTABLE expressions; compare with the clock when reading the view",
    );
  }
  if (CONSTANT_LITERALS.includes(text)) return;
  if ((target === "date" || target.startsWith("timestamp")) && /^\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4}/.test(text)) {
    fail(
      ctx,
      "non_immutable_function",
      `'${literal}' reads as day/month or month/day depending on the session's DateStyle`,
      at,
      "write dates as YYYY-MM-DD",
    );
  }
  // A time followed by an offset, `Z` or a zone name reads the same in every TimeZone.
  const explicitZone = /\d:\d{2}(:\d{2}(\.\d*)?)?\s*([+-]\d{1,2}(:?\d{2}){0,2}|z|utc|gmt|[a-z]+\/[a-z_]+)$/i.test(text);
  if (TIME_ZONE_SENSITIVE_TYPES.has(target) && !explicitZone) {
    fail(
      ctx,
      "non_immutable_function",
      `'${literal}'::${target} is read in the session's TimeZone`,
      at,
      "give the literal an explicit offset, e.g. '2024-01-01 00:00+00'",
    );
  }
}
