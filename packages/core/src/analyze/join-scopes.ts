import { type AnalyzeContext, fail } from "./context.js";
import { combineScopes, type FromScope, type RangeItem } from "./scope.js";

/**
 * The scope of two FROM items side by side (a comma or a JOIN), after PostgreSQL's check that no
 * name addresses two of them: `orders JOIN orders` needs an alias. Its one exception is kept:
 * two unaliased tables of the same name from different schemas (`public.t, archive.t`), which
 * `schema.table.column` still tells apart.
 */
export function joinScopes(left: FromScope, right: FromScope, ctx: AnalyzeContext): FromScope {
  for (const r of right.ranges) {
    const clash = left.ranges.find((l) => l.alias === r.alias && !differentUnaliasedTables(l, r));
    if (clash) {
      fail(
        ctx,
        "duplicate_alias",
        `table name "${r.alias}" specified more than once`,
        { position: r.locate() },
        "give each occurrence of the table its own alias, e.g. `orders AS o1, orders AS o2`",
      );
    }
  }
  return combineScopes(left, right);
}

function differentUnaliasedTables(a: RangeItem, b: RangeItem): boolean {
  return !a.aliased && !b.aliased && a.schema !== undefined && b.schema !== undefined && a.schema !== b.schema;
}
