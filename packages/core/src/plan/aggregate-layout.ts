import type { Expression } from "../ir/expression.js";
import type { AggregateCall, SpjQuery } from "../ir.js";
import { COUNT_COLUMN } from "./columns.js";
import { boundedIdentifier } from "./identifiers.js";

/** Where an aggregate view keeps each group key and each aggregate's running state. */
export interface AggregateLayout {
  /** One storage column per GROUP BY key, in GROUP BY order. */
  groupColumns: GroupColumn[];
  calls: AggregateColumns[];
  /** Whether a min or max is kept — of min()/max() or of a numeric scale (a removed extremum
   * means recomputing it for its group). */
  hasExtrema: boolean;
}

export interface GroupColumn {
  name: string;
  /** A NOT NULL base column: matched with `=`, else NULL-safely. */
  notNull: boolean;
}

export interface AggregateColumns {
  call: AggregateCall;
  /** count, sum, min, max: the result; avg: the running sum. count(*) shares `__ivm_count__`. */
  value: string;
  /** sum and avg: how many arguments were not NULL (the sum is NULL while there are none). */
  nonNull?: string;
  /** sum and avg of numeric: the largest scale of the arguments, which the result shows
   * (1.50 + 1 is 2.50) — a running sum only ever grows it, a recomputation would not. */
  scale?: string;
}

/**
 * Names the storage columns of an aggregate view. A group key or aggregate that an output shows
 * as it is takes the output's name, so the storage table reads like the view; the rest are
 * hidden `__ivm_` columns.
 */
export function aggregateLayout(query: SpjQuery, branches: readonly SpjQuery[] = [query]): AggregateLayout {
  const aggregation = query.aggregation;
  if (!aggregation) throw new Error("aggregateLayout: not an aggregate view");
  const shownAs = (kind: "group_key" | "aggregate_result", index: number) =>
    query.outputs.find((o) => o.expr.kind === kind && o.expr.index === index)?.name;
  const groupColumns = aggregation.groupKeys.map((key, i) => ({
    name: shownAs("group_key", i) ?? boundedIdentifier(`__ivm_g${i + 1}`),
    notNull: isNotNullColumn(query, branches, key),
  }));
  const calls = aggregation.calls.map((call, j): AggregateColumns => {
    if (call.fn === "count" && call.arg === undefined) return { call, value: COUNT_COLUMN };
    const hidden = `__ivm_a${j + 1}`;
    const shown = call.fn === "avg" ? undefined : shownAs("aggregate_result", j);
    const value = shown ?? (call.fn === "avg" ? `${hidden}_sum` : hidden);
    if (call.fn !== "sum" && call.fn !== "avg") return { call, value };
    const scale = call.argType === "numeric" ? { scale: `${hidden}_scale` } : {};
    return { call, value, nonNull: `${hidden}_n`, ...scale };
  });
  const hasExtrema = calls.some((c) => c.call.fn === "min" || c.call.fn === "max" || c.scale !== undefined);
  return { groupColumns, calls, hasExtrema };
}

/** A NOT NULL column of a table that no outer join NULL-extends. */
function isNotNullColumn(query: SpjQuery, branches: readonly SpjQuery[], key: Expression): boolean {
  if (key.kind !== "column") return false;
  const occurrence = query.occurrences.find((o) => o.alias === key.alias);
  if (branches.some((b) => b.nulled.some((o) => o === occurrence))) return false;
  return occurrence?.relation.columns.find((c) => c.name === key.column)?.notNull ?? false;
}
