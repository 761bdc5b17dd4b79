import type { Node, ResTarget } from "@pgsql/types";
import { names, unwrap } from "../parse/ast.js";
import { type AnalyzeContext, fail } from "./context.js";
import { rewriteExpression } from "./expression.js";
import { resolveColumn } from "./resolve-column.js";
import type { FromScope, ScopeColumn } from "./scope.js";

/** Output columns of a SELECT list: `*` and `alias.*` expanded, every column named. */
export function analyzeTargetList(targets: Node[], scope: FromScope, ctx: AnalyzeContext): ScopeColumn[] {
  const outputs: ScopeColumn[] = [];
  for (const target of targets) {
    const rt = unwrap(target)[1] as ResTarget;
    const val = rt.val as Node;
    const [tag, body] = unwrap(val);
    const fields = tag === "ColumnRef" ? names(body.fields as Node[]) : [];
    if (fields[fields.length - 1] === "*") {
      outputs.push(...expandStar(fields.slice(0, -1), scope, ctx, body.location as number | undefined));
      continue;
    }
    const name = rt.name ?? figureColumnName(val);
    if (name === undefined) {
      fail(
        ctx,
        "unnamed_column",
        "this output column has no name",
        { byteLocation: rt.location },
        "give it a name with AS, e.g. `… AS total`",
      );
    }
    const expr = rewriteExpression(val, scope, ctx);
    const type = tag === "ColumnRef" ? resolveColumn(body, scope, ctx).type : undefined;
    outputs.push({ name, expr, type });
  }
  for (const [i, out] of outputs.entries()) {
    if (out.name.startsWith("__ivm_")) {
      fail(
        ctx,
        "reserved_name",
        `output name "${out.name}" is reserved for immv's hidden columns`,
        { position: undefined },
        "choose another column alias",
      );
    }
    if (outputs.findIndex((o) => o.name === out.name) !== i) {
      const location = (unwrap(targets[Math.min(i, targets.length - 1)] as Node)[1] as ResTarget).location;
      fail(
        ctx,
        "duplicate_column",
        `column name "${out.name}" appears more than once in the output`,
        { byteLocation: location },
        "give each output column a distinct alias with AS",
      );
    }
  }
  return outputs;
}

function expandStar(
  qualifier: string[],
  scope: FromScope,
  ctx: AnalyzeContext,
  location: number | undefined,
): ScopeColumn[] {
  if (qualifier.length === 0) return scope.columns;
  const alias = qualifier[qualifier.length - 1];
  const range = scope.ranges.find((r) => r.alias === alias);
  if (!range) {
    fail(
      ctx,
      "unknown_table",
      `missing FROM-clause entry for table "${qualifier.join(".")}"`,
      { byteLocation: location },
      `use one of: ${scope.ranges.map((r) => r.alias).join(", ")}`,
    );
  }
  return range.columns;
}

/** The name PostgreSQL gives an unaliased output column, or undefined where it would say
 * `?column?` (immv then asks for an alias). */
export function figureColumnName(node: Node): string | undefined {
  const [tag, body] = unwrap(node);
  switch (tag) {
    case "ColumnRef": {
      const parts = names(body.fields as Node[]);
      return parts[parts.length - 1];
    }
    case "FuncCall": {
      const parts = names(body.funcname as Node[]);
      return parts[parts.length - 1];
    }
    case "TypeCast": {
      const inner = figureColumnName(body.arg as Node);
      const [argTag] = unwrap(body.arg as Node);
      if (inner !== undefined && ["ColumnRef", "FuncCall", "A_Indirection"].includes(argTag)) return inner;
      const typeNames = names((body.typeName as { names?: Node[] }).names);
      return typeNames[typeNames.length - 1];
    }
    case "A_Indirection": {
      const ind = (body.indirection as Node[]).map((n) => unwrap(n));
      const last = ind[ind.length - 1];
      if (last && last[0] === "String") return String(last[1].sval);
      return figureColumnName(body.arg as Node);
    }
    case "CollateClause":
      return figureColumnName(body.arg as Node);
    case "CoalesceExpr":
      return "coalesce";
    case "MinMaxExpr":
      return body.op === "IS_GREATEST" ? "greatest" : "least";
    case "CaseExpr":
      return "case";
    case "A_ArrayExpr":
      return "array";
    case "RowExpr":
      return "row";
    case "A_Expr":
      return body.kind === "AEXPR_NULLIF" ? "nullif" : undefined;
    default:
      return undefined;
  }
}
