import type { Catalog } from "../catalog.js";
import { ImmvError, type ImmvErrorCode } from "../errors.js";
import type { AggregateCallForm, BoundAggregateCall, RelationalNode, WindowCall } from "../ir/relational.js";
import type { Occurrence } from "../ir.js";
import type { ParsedDefinition } from "../parse/parse-definition.js";
import type { TypeSystem } from "../types/index.js";
import type { FromScope } from "./scope.js";
import type { CteMap } from "./select.js";

/** State shared by the analysis of one definition (all nesting levels). */
export interface AnalyzeContext {
  parsed: ParsedDefinition;
  catalog: Catalog;
  /** PostgreSQL's types, functions, operators and casts, for typing and judging expressions. */
  types: TypeSystem;
  /** Base-table occurrences found so far, across inlined subqueries and CTEs. */
  occurrences: Occurrence[];
  /** Every FROM item bound so far, innermost first: when binding fails later, the planner reports
   * a problem in these first (see AnalysisResult). */
  boundFromItems: RelationalNode[];
  /** The aggregate calls of the view's own SELECT (see AnalysisResult). */
  viewAggregates: AggregateCollector;
  /** Trees of the CTEs nothing refers to (see checkUnusedCtes), in the order they are bound. */
  unreferencedCtes: RelationalNode[];
  /** Present only while a select list or HAVING is analyzed, where aggregates may appear;
   * collects each distinct call. */
  aggregateCalls?: AggregateCollector;
  /** Present only while a select list is analyzed, where window functions may appear. */
  windowCalls?: WindowCall[];
  /** Inside an EXISTS or scalar subquery: the scope of the query around it, for correlated
   * names, and the context that scope was bound in (itself possibly inside another subquery). */
  outer?: { scope: FromScope; ctx: AnalyzeContext };
  /** The CTEs visible where expressions are bound, for the subqueries in them. */
  ctes?: CteMap;
}

/** Where an error would point, worked out only when it is raised: finding a clause or an alias
 * scans the tokens, which a definition that compiles never needs. */
export type Locate = () => number | undefined;

/** Throws a located error; `byteLocation` is libpg-query's, `position` a text index. */
export function fail(
  ctx: AnalyzeContext,
  code: ImmvErrorCode,
  message: string,
  at: { byteLocation?: number | undefined; position?: number | undefined },
  hint: string,
): never {
  const position = at.position ?? ctx.parsed.position(at.byteLocation);
  throw new ImmvError(code, message, position, hint);
}

/** An occurrence alias not yet used in the flattened query. */
export function uniqueAlias(ctx: AnalyzeContext, wanted: string): string {
  const taken = new Set(ctx.occurrences.map((o) => o.alias));
  if (!taken.has(wanted)) return wanted;
  for (let i = 2; ; i++) {
    const candidate = `${wanted}_${i}`;
    if (!taken.has(candidate)) return candidate;
  }
}

/** The aggregate calls of one SELECT. */
export interface AggregateCollector {
  /** Each distinct call once, in the order they are written. */
  calls: BoundAggregateCall[];
  /** Every call whose binding has begun. */
  begun: AggregateCallForm[];
}
