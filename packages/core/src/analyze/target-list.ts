import type { Node, ResTarget } from "@pgsql/types";
import { names, unwrap } from "../parse/ast.js";
import { figureColumnName } from "./column-name.js";
import { type AnalyzeContext, fail } from "./context.js";
import { analyzeExpression } from "./expression.js";
import type { LocatedOutput } from "./group-by.js";
import { rejectReservedName } from "./reserved.js";
import { rangesNamed, resolveColumn } from "./resolve-column.js";
import type { FromScope, ScopeColumn } from "./scope.js";

/** Output columns of a SELECT list: `*` and `alias.*` expanded, every column named, each with
 * where its name is written (the alias, else the expression or `*`). */
export function analyzeTargetList(targets: Node[], scope: FromScope, ctx: AnalyzeContext): LocatedOutput[] {
  const outputs: LocatedOutput[] = [];
  for (const target of targets) {
    const rt = unwrap(target)[1] as ResTarget;
    const val = rt.val as Node;
    const [tag, body] = unwrap(val);
    const p = ctx.parsed;
    const start = () => p.position(rt.location);
    const fields = tag === "ColumnRef" ? names(body.fields as Node[]) : [];
    if (fields[fields.length - 1] === "*") {
      for (const column of expandStar(fields.slice(0, -1), scope, ctx, start())) {
        outputs.push({ column, locate: start });
      }
      continue;
    }
    const name = rt.name ?? figureColumnName(val);
    if (name === undefined) {
      fail(
        ctx,
        "unnamed_column",
        "this output column has no name",
        { position: start() },
        "give it a name with AS, e.g. `… AS total`",
      );
    }
    const { expr, type } = analyzeExpression(val, scope, ctx);
    const declaredType = tag === "ColumnRef" ? resolveColumn(body, scope, ctx).declaredType : undefined;
    // An alias has no location of its own; it is the first token after the expression naming it.
    const alias = rt.name;
    const locate = alias ? () => p.identifierAfter(alias, p.lastPositionIn(val)) ?? start() : start;
    outputs.push({ column: { name, expr, type, ...(declaredType ? { declaredType } : {}) }, locate });
  }
  for (const [i, { column, locate }] of outputs.entries()) {
    rejectReservedName(ctx, column.name, "output column", locate, "choose another column alias");
    if (outputs.findIndex((o) => o.column.name === column.name) !== i) {
      fail(
        ctx,
        "duplicate_column",
        `column name "${column.name}" appears more than once in the output`,
        { position: locate() },
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
  position: number | undefined,
): ScopeColumn[] {
  if (qualifier.length === 0) return scope.columns;
  const ranges = rangesNamed(qualifier, scope);
  const written = qualifier.join(".");
  if (ranges.length !== 1) {
    fail(
      ctx,
      ranges.length === 0 ? "unknown_table" : "ambiguous_column",
      ranges.length === 0
        ? `missing FROM-clause entry for table "${written}"`
        : `table reference "${written}" is ambiguous`,
      { position },
      ranges.length === 0
        ? `use one of: ${scope.ranges.map((r) => r.alias).join(", ")}`
        : "qualify it with its schema, or give the tables aliases",
    );
  }
  return (ranges[0] as (typeof ranges)[number]).columns;
}
