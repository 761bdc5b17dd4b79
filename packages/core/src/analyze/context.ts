import type { Catalog } from "../catalog.js";
import { ImmvError, type ImmvErrorCode } from "../errors.js";
import type { AggregateCall, ExistsCondition, Occurrence } from "../ir.js";
import type { ParsedDefinition } from "../parse/parse-definition.js";
import type { TypeSystem } from "../types/index.js";
import type { FromScope } from "./scope.js";

/** State shared by the analysis of one definition (all nesting levels). */
export interface AnalyzeContext {
  parsed: ParsedDefinition;
  catalog: Catalog;
  /** PostgreSQL's types, functions, operators and casts, for typing and judging expressions. */
  types: TypeSystem;
  /** Base-table occurrences found so far, across inlined subqueries and CTEs. */
  occurrences: Occurrence[];
  /** Present only while the outer select list is analyzed, the one place aggregates may appear;
   * collects each distinct call. */
  aggregateCalls?: AggregateCall[];
  /** Inside an EXISTS subquery: the scope of the query around it, for correlated names. */
  outerScope?: FromScope;
  /** EXISTS conditions found so far (AND-terms of a WHERE), with their own occurrences. */
  exists: ExistsCondition[];
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
