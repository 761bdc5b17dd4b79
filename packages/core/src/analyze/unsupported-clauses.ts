import type { CommonTableExpr, Node, SelectStmt } from "@pgsql/types";
import { unwrap } from "../parse/ast.js";
import { type AnalyzeContext, fail } from "./context.js";

/**
 * Rejects the clauses of one SELECT level that a select-project-join view cannot have. Each error
 * points at the clause's keyword, found next to a node that has a location (see parse/locate.ts):
 * the first token spelling the word could be in a subquery, a string or a label.
 */
export function rejectUnsupportedClauses(stmt: SelectStmt, ctx: AnalyzeContext, topLevel: boolean): void {
  const p = ctx.parsed;
  const before = (word: string, node: unknown) => ({ position: p.keywordBefore([word], p.startOf(node)) });
  if (stmt.op && stmt.op !== "SETOP_NONE") {
    const word = { SETOP_UNION: "union", SETOP_INTERSECT: "intersect", SETOP_EXCEPT: "except" }[stmt.op] ?? "union";
    fail(
      ctx,
      "set_operation",
      `${word.toUpperCase()} is not supported yet`,
      { position: p.keywordAfter([word], p.lastPositionIn(stmt.larg)) },
      "define one view per branch, or wait for set-operation support",
    );
  }
  if (stmt.valuesLists) {
    fail(
      ctx,
      "unsupported_clause",
      "VALUES lists cannot be maintained",
      before("values", stmt.valuesLists),
      "put the values in a table and select from it",
    );
  }
  if (stmt.intoClause) {
    fail(
      ctx,
      "unsupported_clause",
      "SELECT INTO is not a view definition",
      before("into", stmt.intoClause),
      "remove INTO",
    );
  }
  if (stmt.lockingClause) {
    fail(
      ctx,
      "unsupported_clause",
      "FOR UPDATE / FOR SHARE cannot appear in a view",
      { position: p.keywordAfter(["for"], p.lastPositionIn(withoutTrailingClauses(stmt))) },
      "remove the locking clause",
    );
  }
  if (stmt.havingClause) {
    fail(
      ctx,
      "aggregate",
      "HAVING is not supported yet",
      before("having", stmt.havingClause),
      "keep every group in the view and filter the groups when reading it (WHERE on the view's columns)",
    );
  }
  if (stmt.groupClause && !topLevel) {
    fail(
      ctx,
      "aggregate",
      "GROUP BY inside a subquery or CTE is not supported",
      before("group", stmt.groupClause),
      "group in the outer SELECT of the view",
    );
  }
  if (stmt.groupDistinct) {
    fail(
      ctx,
      "aggregate",
      "GROUP BY DISTINCT is not supported",
      before("group", stmt.groupClause),
      "remove DISTINCT after GROUP BY",
    );
  }
  if (stmt.windowClause) {
    fail(
      ctx,
      "window_function",
      "WINDOW clauses are not supported",
      before("window", stmt.windowClause),
      "compute window functions when reading the view",
    );
  }
  if (stmt.sortClause) {
    fail(
      ctx,
      "unsupported_clause",
      "ORDER BY has no meaning in a maintained view",
      before("order", stmt.sortClause),
      "remove ORDER BY from the definition and order when reading the view",
    );
  }
  if (stmt.limitCount || stmt.limitOffset) {
    // `FETCH FIRST ROW ONLY` has no located count; look after everything that precedes it.
    const position = p.keywordAfter(["limit", "offset", "fetch"], p.lastPositionIn(withoutTrailingClauses(stmt)));
    fail(
      ctx,
      "unsupported_clause",
      "LIMIT / OFFSET / FETCH cannot be maintained incrementally yet",
      { position },
      "remove the limit and apply it when reading the view",
    );
  }
  const distinct = stmt.distinctClause ?? [];
  if (distinct.length > 0 && Object.keys(distinct[0] as object).length > 0) {
    fail(
      ctx,
      "unsupported_clause",
      "DISTINCT ON is not supported yet",
      before("distinct", distinct),
      "use DISTINCT, or select the rows and pick one per group when reading",
    );
  }
  if (distinct.length > 0 && !topLevel) {
    fail(
      ctx,
      "unsupported_clause",
      "DISTINCT inside a subquery or CTE is not supported",
      // Plain DISTINCT has no node; it stands right before the select list.
      before("distinct", stmt.targetList ?? stmt.fromClause),
      "move DISTINCT to the outer SELECT of the view",
    );
  }
  rejectUnsupportedWith(stmt, ctx);
}

function rejectUnsupportedWith(stmt: SelectStmt, ctx: AnalyzeContext): void {
  const withClause = stmt.withClause;
  if (!withClause) return;
  const p = ctx.parsed;
  if (withClause.recursive) {
    const first = unwrap(withClause.ctes?.[0] as Node)[1] as CommonTableExpr;
    fail(
      ctx,
      "unsupported_clause",
      "WITH RECURSIVE cannot be maintained incrementally",
      { position: p.keywordBefore(["recursive"], p.position(first.location)) },
      "use a non-recursive CTE or a subquery",
    );
  }
  for (const node of withClause.ctes ?? []) {
    const cte = unwrap(node)[1] as CommonTableExpr;
    const [tag] = unwrap(cte.ctequery as Node);
    if (tag !== "SelectStmt") {
      const verb = tag.replace(/Stmt$/, "").toLowerCase();
      fail(
        ctx,
        "unsupported_clause",
        `data-modifying statements in WITH (${verb.toUpperCase()}) cannot define a view`,
        { position: p.keywordBefore([verb], p.startOf(cte.ctequery)) ?? p.position(cte.location) },
        "use a SELECT in the CTE",
      );
    }
  }
}

/** The statement without the clauses that may follow everything else, so that the last location
 * left is where they begin after. */
function withoutTrailingClauses(stmt: SelectStmt): SelectStmt {
  return { ...stmt, limitCount: undefined, limitOffset: undefined, lockingClause: undefined };
}
