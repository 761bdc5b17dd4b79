import type { BoundColumn } from "../ir/relational.js";

/** A column a name in the query can resolve to: a base column or a subquery's output, bound to
 * the expression it stands for. */
export type ScopeColumn = BoundColumn;

/** A range a qualified name (`alias.column`, `alias.*`) can address. */
export interface RangeItem {
  alias: string;
  /** Schema of the base table, for `schema.table.column` references. */
  schema: string | undefined;
  /** True when the range was given an explicit alias (then `schema.table` no longer names it). */
  aliased: boolean;
  columns: ScopeColumn[];
  /** Where the FROM item is written, for errors about it. */
  locate: () => number | undefined;
}

/**
 * Names visible in one FROM clause. `columns` is the unqualified view, in `SELECT *` order:
 * columns merged by USING / NATURAL appear once, first.
 */
export interface FromScope {
  ranges: RangeItem[];
  columns: ScopeColumn[];
}

export function combineScopes(left: FromScope, right: FromScope): FromScope {
  return { ranges: [...left.ranges, ...right.ranges], columns: [...left.columns, ...right.columns] };
}
