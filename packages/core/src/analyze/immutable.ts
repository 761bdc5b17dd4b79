import type { Node } from "@pgsql/types";
import { deparseSync } from "pgsql-deparser";
import { replaceNodes, stringNode } from "../parse/ast.js";
import type { TypeName, Volatility } from "../types/index.js";
import { type AnalyzeContext, fail } from "./context.js";

const NAMES: Record<Volatility, string> = { i: "IMMUTABLE", s: "STABLE", v: "VOLATILE" };

/**
 * Rejects a function, operator or cast that is not IMMUTABLE: its result can change while no
 * table changes, so no maintained view can follow it. `rewrite` is the hint's better form of the
 * expression, when there is one.
 */
export function requireImmutable(
  ctx: AnalyzeContext,
  volatility: Volatility,
  what: string,
  at: { byteLocation: number | undefined },
  rewrite?: string,
): void {
  if (volatility === "i") return;
  fail(
    ctx,
    "non_immutable_function",
    `${what} is ${NAMES[volatility]}; its result can change without any table changing`,
    at,
    rewrite ??
      "a maintained view may only use IMMUTABLE functions, operators and casts; apply this one when reading the view",
  );
}

/**
 * For an expression that is STABLE because it reads a `timestamp with time zone` in the session's
 * TimeZone: the same expression over the value's local time in a fixed zone, which is IMMUTABLE
 * (`date_trunc('month', placed_at AT TIME ZONE 'UTC')`). `original` is the expression as written;
 * `args` its arguments and their types.
 */
export function atTimeZoneHint(
  original: Node,
  args: readonly { node: Node | undefined; type: TypeName | undefined }[],
): string | undefined {
  const zoned = new Set(args.filter((a) => a.type === "timestamptz").map((a) => a.node));
  if (zoned.size === 0) return undefined;
  const fixed = replaceNodes(original, (n) =>
    zoned.has(n)
      ? {
          FuncCall: {
            funcname: [stringNode("pg_catalog"), stringNode("timezone")],
            args: [{ A_Const: { sval: { sval: "UTC" } } }, n],
            funcformat: "COERCE_SQL_SYNTAX",
          },
        }
      : undefined,
  );
  return `convert the timestamp with time zone to a local time in a fixed zone first, which is IMMUTABLE: ${deparseSync(fixed)}`;
}
