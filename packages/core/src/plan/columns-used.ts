import type { Node } from "@pgsql/types";
import type { Occurrence, SpjQuery } from "../ir.js";
import { unwrap } from "../parse/ast.js";

/** Records in each occurrence the columns the view reads from it (maintenance reads only those
 * from changed rows). */
export function markColumnsUsed(query: SpjQuery): void {
  const aggregated = query.aggregation
    ? [...query.aggregation.groupKeys, ...query.aggregation.calls.flatMap((c) => (c.arg ? [c.arg] : []))]
    : [];
  const all = [...query.occurrences, ...query.exists.flatMap((e) => e.occurrences)];
  const existsPredicates = query.exists.flatMap((e) => e.predicates);
  for (const expr of [...query.predicates, ...query.outputs.map((o) => o.expr), ...aggregated, ...existsPredicates]) {
    mark(expr, all);
  }
}

function mark(value: unknown, occurrences: Occurrence[]): void {
  if (Array.isArray(value)) {
    for (const v of value) mark(v, occurrences);
    return;
  }
  if (value === null || typeof value !== "object") return;
  const keys = Object.keys(value);
  if (keys.length === 1 && keys[0] === "ColumnRef") {
    const fields = (unwrap(value as Node)[1].fields as Node[]).map((f) => String(unwrap(f)[1].sval));
    occurrences.find((o) => o.alias === fields[0])?.columnsUsed.add(fields[1] as string);
    return;
  }
  for (const v of Object.values(value)) mark(v, occurrences);
}
