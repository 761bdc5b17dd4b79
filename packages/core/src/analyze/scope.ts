import type { Node } from "@pgsql/types";
import type { TypeName } from "../types/index.js";

/** A column a name in the query can resolve to. */
export interface ScopeColumn {
  name: string;
  /** The rewritten expression the column stands for (a base column reference or an inlined
   * subquery output). */
  expr: Node;
  /** The SQL type; for a type immv does not know (a user type the catalog does not describe),
   * its name as the catalog spells it. Undefined when it cannot be told at all. */
  type: TypeName | undefined;
  /** The type as `format_type` prints it, modifiers included, when the column is a plain base
   * column (what ORM checks compare declared fields with). */
  declaredType?: string;
}

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
