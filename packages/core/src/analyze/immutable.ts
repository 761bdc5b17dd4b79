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

/** An argument of a call, operator or cast, for the hint: as written, its type, and the type
 * the chosen overload reads it as. */
export interface HintArgument {
  readonly node: Node | undefined;
  readonly type: TypeName | undefined;
  readonly target: TypeName | undefined;
}

/**
 * For an expression that is STABLE because it reads a `timestamp with time zone` in the session's
 * TimeZone: the same expression over local times, which is IMMUTABLE — a timestamptz argument
 * converted in a fixed zone (`placed_at AT TIME ZONE 'UTC'`), a date or timestamp that PostgreSQL
 * would convert to timestamptz cast to timestamp instead (`day::timestamp`). Trailing arguments
 * are dropped when only a shorter form exists (`date_trunc(text, timestamptz, text)` has no
 * timestamp twin). `immutable` says whether the rewritten argument types give an IMMUTABLE result;
 * no hint is offered unless one does.
 */
export function localTimeHint(
  original: Node,
  args: readonly HintArgument[],
  immutable: (types: readonly TypeName[]) => boolean,
  trimmable = false,
): string | undefined {
  const fixes = new Map<Node, Node>();
  const types = args.map((a) => {
    if (a.node === undefined || a.type === undefined) return a.type ?? "unknown";
    if (a.type === "timestamptz") {
      fixes.set(a.node, atTimeZone(a.node));
      return "timestamp";
    }
    if (a.target === "timestamptz" && (a.type === "date" || a.type === "timestamp")) {
      if (a.type === "date") fixes.set(a.node, castTo(a.node, "timestamp"));
      return "timestamp";
    }
    return a.type;
  });
  if (fixes.size === 0) return undefined;
  for (let kept = args.length; kept >= (trimmable ? 1 : args.length); kept--) {
    if (!immutable(types.slice(0, kept))) continue;
    const dropped = new Set(args.slice(kept).map((a) => a.node));
    const fixed = replaceNodes(dropArguments(original, dropped), (n) => fixes.get(n));
    return `use local times, which are IMMUTABLE: ${deparseSync(fixed)}`;
  }
  return undefined;
}

function atTimeZone(node: Node): Node {
  return {
    FuncCall: {
      funcname: [stringNode("pg_catalog"), stringNode("timezone")],
      args: [{ A_Const: { sval: { sval: "UTC" } } }, node],
      funcformat: "COERCE_SQL_SYNTAX",
    },
  };
}

function castTo(node: Node, type: string): Node {
  return { TypeCast: { arg: node, typeName: { names: [stringNode(type)], typemod: -1 } } };
}

function dropArguments(call: Node, dropped: ReadonlySet<Node | undefined>): Node {
  if (dropped.size === 0 || !("FuncCall" in call)) return call;
  const body = call.FuncCall as { args?: Node[] };
  return { FuncCall: { ...body, args: body.args?.filter((a) => !dropped.has(a)) } } as Node;
}
