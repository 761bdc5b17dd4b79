import type { CommonTableExpr, Node, SelectStmt } from "@pgsql/types";
import { locationOf, names, unwrap } from "../parse/ast.js";
import { type AnalyzeContext, fail } from "./context.js";
import { rewriteExpression } from "./expression.js";
import { analyzeFromItem } from "./from-clause.js";
import { combineScopes, type FromScope, type ScopeColumn } from "./scope.js";
import { analyzeTargetList } from "./target-list.js";

/** CTEs visible at a point of the query, each with the CTEs visible to its own body. */
export type CteMap = Map<string, { query: SelectStmt; columnNames: string[]; visible: CteMap }>;

export interface SelectResult {
  outputs: ScopeColumn[];
  predicates: Node[];
  distinct: boolean;
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
  const ctes = collectCtes(stmt, ctx, outerCtes);
  const from = stmt.fromClause ?? [];
  if (from.length === 0) {
    fail(
      ctx,
      "unsupported_clause",
      "a SELECT without FROM has nothing to maintain",
      { position: 0 },
      "select from at least one table",
    );
  }
  let scope: FromScope = { ranges: [], columns: [] };
  const predicates: Node[] = [];
  for (const item of from) {
    const result = analyzeFromItem(item, ctx, ctes);
    for (const range of result.scope.ranges) {
      if (scope.ranges.some((r) => r.alias === range.alias)) {
        fail(
          ctx,
          "duplicate_alias",
          `table name "${range.alias}" specified more than once`,
          { byteLocation: locationOf(item) },
          "give each occurrence of the table its own alias",
        );
      }
    }
    scope = combineScopes(scope, result.scope);
    predicates.push(...result.predicates);
  }
  if (stmt.whereClause) predicates.push(rewriteExpression(stmt.whereClause, scope, ctx));
  const outputs = analyzeTargetList(stmt.targetList ?? [], scope, ctx);
  return { outputs, predicates, distinct: (stmt.distinctClause?.length ?? 0) > 0 };
}

function collectCtes(stmt: SelectStmt, ctx: AnalyzeContext, outer: CteMap): CteMap {
  const withClause = stmt.withClause;
  if (!withClause) return outer;
  if (withClause.recursive) {
    fail(
      ctx,
      "unsupported_clause",
      "WITH RECURSIVE cannot be maintained incrementally",
      { position: ctx.parsed.keywordPosition("recursive") },
      "use a non-recursive CTE or a subquery",
    );
  }
  const ctes: CteMap = new Map(outer);
  for (const node of withClause.ctes ?? []) {
    const cte = unwrap(node)[1] as CommonTableExpr;
    const [tag, query] = unwrap(cte.ctequery as Node);
    if (tag !== "SelectStmt") {
      fail(
        ctx,
        "unsupported_clause",
        `data-modifying statements in WITH (${tag.replace(/Stmt$/, "").toUpperCase()}) cannot define a view`,
        { byteLocation: cte.location },
        "use a SELECT in the CTE",
      );
    }
    ctes.set(cte.ctename as string, {
      query: query as SelectStmt,
      columnNames: names(cte.aliascolnames),
      visible: new Map(ctes),
    });
  }
  return ctes;
}

function rejectUnsupportedClauses(stmt: SelectStmt, ctx: AnalyzeContext, topLevel: boolean): void {
  const kw = (word: string) => ({ position: ctx.parsed.keywordPosition(word) });
  if (stmt.op && stmt.op !== "SETOP_NONE") {
    const word = { SETOP_UNION: "union", SETOP_INTERSECT: "intersect", SETOP_EXCEPT: "except" }[stmt.op] ?? "union";
    fail(
      ctx,
      "set_operation",
      `${word.toUpperCase()} is not supported yet`,
      kw(word),
      "define one view per branch, or wait for set-operation support",
    );
  }
  if (stmt.valuesLists) {
    fail(
      ctx,
      "unsupported_clause",
      "VALUES lists cannot be maintained",
      kw("values"),
      "put the values in a table and select from it",
    );
  }
  if (stmt.intoClause) {
    fail(ctx, "unsupported_clause", "SELECT INTO is not a view definition", kw("into"), "remove INTO");
  }
  if (stmt.lockingClause) {
    fail(
      ctx,
      "unsupported_clause",
      "FOR UPDATE / FOR SHARE cannot appear in a view",
      kw("for"),
      "remove the locking clause",
    );
  }
  if (stmt.groupClause || stmt.havingClause) {
    const word = stmt.groupClause ? "group" : "having";
    fail(
      ctx,
      "aggregate",
      `${word === "group" ? "GROUP BY" : "HAVING"} is not supported in this kind of view yet`,
      kw(word),
      "aggregate views come with aggregate support; until then maintain the rows and aggregate when reading",
    );
  }
  if (stmt.windowClause) {
    fail(
      ctx,
      "window_function",
      "WINDOW clauses are not supported",
      kw("window"),
      "compute window functions when reading the view",
    );
  }
  if (stmt.sortClause) {
    fail(
      ctx,
      "unsupported_clause",
      "ORDER BY has no meaning in a maintained view",
      kw("order"),
      "remove ORDER BY from the definition and order when reading the view",
    );
  }
  if (stmt.limitCount || stmt.limitOffset) {
    const word = stmt.limitCount ? (ctx.parsed.keywordPosition("limit") !== undefined ? "limit" : "fetch") : "offset";
    fail(
      ctx,
      "unsupported_clause",
      "LIMIT / OFFSET / FETCH cannot be maintained incrementally yet",
      kw(word),
      "remove the limit and apply it when reading the view",
    );
  }
  const distinct = stmt.distinctClause ?? [];
  if (distinct.length > 0 && Object.keys(distinct[0] as object).length > 0) {
    fail(
      ctx,
      "unsupported_clause",
      "DISTINCT ON is not supported yet",
      kw("on"),
      "use DISTINCT, or select the rows and pick one per group when reading",
    );
  }
  if (distinct.length > 0 && !topLevel) {
    fail(
      ctx,
      "unsupported_clause",
      "DISTINCT inside a subquery or CTE is not supported",
      kw("distinct"),
      "move DISTINCT to the outer SELECT of the view",
    );
  }
}
