import type { Node } from "@pgsql/types";
import type { Catalog } from "../catalog.js";
import type { Occurrence, SpjQuery } from "../ir.js";
import { unwrap } from "../parse/ast.js";
import type { ParsedDefinition } from "../parse/parse-definition.js";
import { builtinTypes } from "./builtins.js";
import type { AnalyzeContext } from "./context.js";
import type { ScopeColumn } from "./scope.js";
import { analyzeSelect } from "./select.js";

/** Binds a parsed definition against the catalog and returns it in select-project-join form, or
 * throws a located ImmvError for anything immv cannot maintain exactly. */
export function analyzeDefinition(parsed: ParsedDefinition, catalog: Catalog): SpjQuery {
  const ctx: AnalyzeContext = { parsed, catalog, types: builtinTypes(), occurrences: [], exists: [] };
  const result = analyzeSelect(parsed.select, ctx, new Map(), true);
  const query: SpjQuery = {
    occurrences: ctx.occurrences,
    predicates: result.predicates,
    exists: ctx.exists,
    outputs: result.outputs.map((o) => ({ name: o.name, expr: o.expr, type: outputType(o, ctx) })),
    distinct: result.distinct,
    ...(result.aggregation ? { aggregation: result.aggregation } : {}),
  };
  const aggregated = result.aggregation
    ? [...result.aggregation.groupKeys, ...result.aggregation.calls.flatMap((c) => (c.arg ? [c.arg] : []))]
    : [];
  const all = [...query.occurrences, ...query.exists.flatMap((e) => e.occurrences)];
  const existsPredicates = query.exists.flatMap((e) => e.predicates);
  for (const expr of [...query.predicates, ...query.outputs.map((o) => o.expr), ...aggregated, ...existsPredicates]) {
    markColumnsUsed(expr, all);
  }
  return query;
}

/** An output's type as `format_type` prints it: a base column's as declared, an expression's as
 * PostgreSQL resolves it (an untyped literal becomes text). */
function outputType(column: ScopeColumn, ctx: AnalyzeContext): string | undefined {
  if (column.declaredType !== undefined) return column.declaredType;
  const type = column.type === "unknown" ? "text" : column.type;
  if (type === undefined || ctx.types.type(type) === undefined) return type;
  return ctx.types.display(type);
}

function markColumnsUsed(value: unknown, occurrences: Occurrence[]): void {
  if (Array.isArray(value)) {
    for (const v of value) markColumnsUsed(v, occurrences);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === "ColumnRef") {
    const fields = (unwrap(value as Node)[1].fields as Node[]).map((f) => String(unwrap(f)[1].sval));
    occurrences.find((o) => o.alias === fields[0])?.columnsUsed.add(fields[1] as string);
    return;
  }
  for (const v of Object.values(value)) markColumnsUsed(v, occurrences);
}
