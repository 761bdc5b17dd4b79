import type { Catalog } from "../catalog.js";
import { ImmvError } from "../errors.js";
import type { AggregateCallForm, BoundDefinition, RelationalNode } from "../ir/relational.js";
import type { ParsedDefinition } from "../parse/parse-definition.js";
import { builtinTypes } from "./builtins.js";
import type { AnalyzeContext } from "./context.js";
import { analyzeSelect } from "./select.js";

/**
 * The definition bound into a relational tree, or the located error that stopped binding (unknown
 * names, non-IMMUTABLE expressions, SELECT INTO, WITH RECURSIVE, …) with the FROM items and the
 * view's aggregate calls bound before it. Errors are reported in binding order: the planner
 * reports a problem in those (a LEFT JOIN, a subquery with ORDER BY, string_agg()) before the
 * binding error of a later part.
 */
export type AnalysisResult =
  | { readonly kind: "bound"; readonly definition: BoundDefinition }
  | {
      readonly kind: "failed";
      readonly error: ImmvError;
      /** Innermost first. */
      readonly boundFromItems: readonly RelationalNode[];
      /** The aggregate calls of the view's own select list whose binding had begun. */
      readonly viewAggregateCalls: readonly AggregateCallForm[];
    };

/** Binds a parsed definition against the catalog. What immv can maintain is the planner's to
 * decide. */
export function analyzeDefinition(parsed: ParsedDefinition, catalog: Catalog): AnalysisResult {
  const ctx: AnalyzeContext = {
    parsed,
    catalog,
    types: builtinTypes(),
    occurrences: [],
    boundFromItems: [],
    viewAggregates: { calls: [], begun: [] },
    unreferencedCtes: [],
  };
  try {
    const result = analyzeSelect(parsed.select, ctx, new Map(), true);
    return { kind: "bound", definition: { query: result.node, unreferencedCtes: ctx.unreferencedCtes } };
  } catch (error) {
    if (!(error instanceof ImmvError)) throw error;
    return {
      kind: "failed",
      error,
      boundFromItems: ctx.boundFromItems,
      viewAggregateCalls: ctx.viewAggregates.begun,
    };
  }
}
