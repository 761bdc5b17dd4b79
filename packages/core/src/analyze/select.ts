import type { CommonTableExpr, Node, SelectStmt } from "@pgsql/types";
import type { AggregateCall, Aggregation } from "../ir.js";
import { names, unwrap } from "../parse/ast.js";
import { type AnalyzeContext, fail } from "./context.js";
import { analyzeExists, conjuncts, isExists } from "./exists.js";
import { rewriteExpression } from "./expression.js";
import { analyzeFromItem } from "./from-clause.js";
import { analyzeGrouping } from "./group-by.js";
import { joinScopes } from "./join-scopes.js";
import type { FromScope, ScopeColumn } from "./scope.js";
import { analyzeTargetList } from "./target-list.js";
import { rejectUnsupportedClauses } from "./unsupported-clauses.js";

/** A CTE visible at a point of the query, with the CTEs visible to its own body. */
export interface CteDefinition {
  query: SelectStmt;
  columnNames: string[];
  visible: CteMap;
  /** Set once a FROM item refers to it; unused CTEs are still checked (see checkUnusedCtes). */
  used: boolean;
}

export type CteMap = Map<string, CteDefinition>;

export interface SelectResult {
  outputs: ScopeColumn[];
  predicates: Node[];
  distinct: boolean;
  aggregation?: Aggregation;
}

/**
 * Analyzes one SELECT level. Subqueries and CTEs are analyzed by recursion and inlined, so their
 * tables join the shared occurrence list and their conditions the returned predicates.
 */
export function analyzeSelect(
  stmt: SelectStmt,
  ctx: AnalyzeContext,
  outerCtes: CteMap,
  topLevel: boolean,
): SelectResult {
  rejectUnsupportedClauses(stmt, ctx, topLevel);
  const ctes = collectCtes(stmt, outerCtes, ctx);
  const from = stmt.fromClause ?? [];
  if (from.length === 0) {
    const p = ctx.parsed;
    fail(
      ctx,
      "unsupported_clause",
      "a SELECT without FROM has nothing to maintain",
      { position: p.keywordBefore(["select"], p.startOf(stmt.targetList)) ?? (topLevel ? 0 : undefined) },
      "select from at least one table",
    );
  }
  let scope: FromScope = { ranges: [], columns: [] };
  const predicates: Node[] = [];
  for (const item of from) {
    const result = analyzeFromItem(item, ctx, ctes);
    scope = joinScopes(scope, result.scope, ctx);
    predicates.push(...result.predicates);
  }
  for (const term of stmt.whereClause ? conjuncts(stmt.whereClause) : []) {
    if (isExists(term)) ctx.exists.push(analyzeExists(term, scope, ctx, ctes));
    else predicates.push(rewriteExpression(term, scope, ctx));
  }
  // Aggregates may appear in the outer select list only.
  const calls: AggregateCall[] = [];
  const located = analyzeTargetList(stmt.targetList ?? [], scope, topLevel ? { ...ctx, aggregateCalls: calls } : ctx);
  const outputs = located.map((o) => o.column);
  if (topLevel && outputs.length === 0) {
    // `SELECT FROM t`: the empty list is between SELECT and FROM.
    const p = ctx.parsed;
    fail(
      ctx,
      "unsupported_clause",
      "the view has no output columns",
      { position: p.keywordBefore(["select"], p.keywordBefore(["from"], p.startOf(from))) },
      "select at least one column",
    );
  }
  checkUnusedCtes(ctes, outerCtes, ctx);
  const distinct = (stmt.distinctClause?.length ?? 0) > 0;
  if (calls.length === 0 && stmt.groupClause === undefined) return { outputs, predicates, distinct };
  if (distinct) {
    const p = ctx.parsed;
    fail(
      ctx,
      "aggregate",
      "DISTINCT together with GROUP BY or aggregates is not supported",
      { position: p.keywordBefore(["distinct"], p.startOf(stmt.targetList)) },
      "remove DISTINCT: grouped rows are already distinct when every group key is selected",
    );
  }
  const exists = ctx.exists[0];
  if (exists) {
    fail(
      ctx,
      "subquery_expression",
      "EXISTS in an aggregate view is not supported yet",
      { position: exists.position },
      "aggregate over a join with the EXISTS tables, or keep EXISTS in a plain view and aggregate when reading",
    );
  }
  const grouped = analyzeGrouping(stmt, located, calls, scope, ctx);
  return { outputs: grouped.outputs, predicates, distinct, aggregation: grouped.aggregation };
}

function collectCtes(stmt: SelectStmt, outer: CteMap, ctx: AnalyzeContext): CteMap {
  const withClause = stmt.withClause;
  if (!withClause) return outer;
  const ctes: CteMap = new Map(outer);
  const own = new Set<string>();
  for (const node of withClause.ctes ?? []) {
    const cte = unwrap(node)[1] as CommonTableExpr;
    // An outer CTE of the same name is shadowed; two in one WITH are an error.
    if (own.has(cte.ctename as string)) {
      fail(
        ctx,
        "duplicate_alias",
        `WITH query name "${cte.ctename}" specified more than once`,
        { byteLocation: cte.location },
        "give each CTE its own name",
      );
    }
    own.add(cte.ctename as string);
    ctes.set(cte.ctename as string, {
      query: unwrap(cte.ctequery as Node)[1] as SelectStmt,
      columnNames: names(cte.aliascolnames),
      visible: new Map(ctes),
      used: false,
    });
  }
  return ctes;
}

/**
 * A CTE nothing refers to adds no rows, but it stays in the stored definition, which must still
 * be valid and mean the same under any search_path: it is analyzed like the rest (unknown tables,
 * non-IMMUTABLE functions and unsupported clauses are rejected) and its tables are dropped.
 */
function checkUnusedCtes(ctes: CteMap, outer: CteMap, ctx: AnalyzeContext): void {
  for (const [name, cte] of ctes) {
    if (cte.used || outer.get(name) === cte) continue;
    cte.used = true;
    analyzeSelect(cte.query, { ...ctx, occurrences: [...ctx.occurrences] }, cte.visible, false);
  }
}
