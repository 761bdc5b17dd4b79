import type { CommonTableExpr, Node, SelectStmt } from "@pgsql/types";
import { unwrap } from "../parse/ast.js";
import { type AnalyzeContext, fail } from "./context.js";

/**
 * Rejects the clauses of one SELECT level that cannot define a view at all (VALUES, INTO, FOR
 * UPDATE, GROUP BY DISTINCT, WITH RECURSIVE, data-modifying WITH). What a view may have but immv
 * cannot maintain yet is bound into the relational tree and left to the planner (plan/rules/).
 * Each error points at the clause's keyword, found next to a node that has a location (see
 * parse/locate.ts): the first token spelling the word could be in a subquery, a string or a label.
 */
export function rejectUnsupportedClauses(stmt: SelectStmt, ctx: AnalyzeContext): void {
  const p = ctx.parsed;
  const before = (word: string, node: unknown) => ({ position: p.keywordBefore([word], p.startOf(node)) });
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
  if (stmt.groupDistinct) {
    fail(
      ctx,
      "aggregate",
      "GROUP BY DISTINCT is not supported",
      before("group", stmt.groupClause),
      "remove DISTINCT after GROUP BY",
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
export function withoutTrailingClauses(stmt: SelectStmt): SelectStmt {
  return { ...stmt, limitCount: undefined, limitOffset: undefined, lockingClause: undefined };
}
