import type { CommonTableExpr, Node, SelectStmt, WindowDef } from "@pgsql/types";
import type { RelationalNode, SemiJoinNode, WindowCall } from "../ir/relational.js";
import { names, unwrap } from "../parse/ast.js";
import { type AggregateCollector, type AnalyzeContext, fail } from "./context.js";
import { analyzeExists, conjuncts, isExists } from "./exists.js";
import { analyzeExpression, type TypedExpression } from "./expression.js";
import { analyzeFromItem } from "./from-clause.js";
import { analyzeGrouping } from "./group-by.js";
import { joinScopes } from "./join-scopes.js";
import { bindOutputReference, withSortAndLimit } from "./order-and-limit.js";
import type { FromScope, ScopeColumn } from "./scope.js";
import { analyzeSetOperation } from "./set-operation.js";
import { analyzeTargetList } from "./target-list.js";
import { rejectUnsupportedClauses } from "./unsupported-clauses.js";
import { bindWindowSpecification } from "./window-call.js";

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
  node: RelationalNode;
  outputs: ScopeColumn[];
}

/**
 * Binds one SELECT (or set operation) into a relational tree. Subqueries and CTEs are bound by
 * recursion; a name that refers to one of their outputs is bound to the expression that output
 * stands for. Whether the tree can be maintained is the planner's question.
 */
export function analyzeSelect(
  stmt: SelectStmt,
  ctx: AnalyzeContext,
  outerCtes: CteMap,
  topLevel: boolean,
): SelectResult {
  rejectUnsupportedClauses(stmt, ctx);
  const ctes = collectCtes(stmt, outerCtes, ctx);
  const bound =
    stmt.op && stmt.op !== "SETOP_NONE"
      ? analyzeSetOperation(stmt, ctx, ctes)
      : analyzeSelectList(stmt, ctx, ctes, topLevel);
  checkUnusedCtes(ctes, outerCtes, ctx);
  return { node: withSortAndLimit(bound.node, stmt, bound.outputs, bound.scope, ctx), outputs: bound.outputs };
}

interface BoundSelect extends SelectResult {
  /** What ORDER BY may refer to besides the outputs. */
  scope: FromScope;
}

/** FROM, WHERE, grouping, windows, the select list and DISTINCT of a plain SELECT. */
function analyzeSelectList(stmt: SelectStmt, ctx: AnalyzeContext, ctes: CteMap, topLevel: boolean): BoundSelect {
  const p = ctx.parsed;
  const from = stmt.fromClause ?? [];
  if (from.length === 0) {
    fail(
      ctx,
      "unsupported_clause",
      "a SELECT without FROM has nothing to maintain",
      { position: p.keywordBefore(["select"], p.startOf(stmt.targetList)) ?? (topLevel ? 0 : undefined) },
      "select from at least one table",
    );
  }
  let scope: FromScope = { ranges: [], columns: [] };
  let node: RelationalNode | undefined;
  for (const item of from) {
    const result = analyzeFromItem(item, ctx, ctes);
    scope = joinScopes(scope, result.scope, ctx);
    node = node ? crossJoin(node, result.node) : result.node;
  }
  // Expressions from here on may hold subqueries, which may read the CTEs.
  const local: AnalyzeContext = { ...ctx, ctes };
  node = analyzeWhere(stmt, node as RelationalNode, scope, local, ctes);
  const aggregates: AggregateCollector = topLevel ? ctx.viewAggregates : { calls: [], begun: [] };
  const windowCalls: WindowCall[] = [];
  const located = analyzeTargetList(stmt.targetList ?? [], scope, {
    ...local,
    aggregateCalls: aggregates,
    windowCalls,
  });
  let outputs = located.map((o) => o.column);
  if (topLevel && outputs.length === 0) {
    // `SELECT FROM t`: the empty list is between SELECT and FROM.
    fail(
      ctx,
      "unsupported_clause",
      "the view has no output columns",
      { position: p.keywordBefore(["select"], p.keywordBefore(["from"], p.startOf(from))) },
      "select at least one column",
    );
  }
  if (aggregates.calls.length > 0 || stmt.groupClause || stmt.havingClause) {
    const grouped = analyzeGrouping(stmt, located, aggregates, scope, local);
    node = { ...grouped.aggregate, input: node };
    outputs = grouped.outputs;
  }
  if (windowCalls.length > 0 || stmt.windowClause) {
    const definitions = (stmt.windowClause ?? []).map((w) =>
      bindWindowSpecification(unwrap(w)[1] as WindowDef, scope, ctx),
    );
    const clausePosition = stmt.windowClause ? p.keywordBefore(["window"], p.startOf(stmt.windowClause)) : undefined;
    node = { kind: "window", input: node, calls: windowCalls, definitions, clausePosition };
  }
  const columns = outputs.map((o) => ({ ...o, displayType: outputType(o, ctx) }));
  node = { kind: "project", input: node, columns };
  return { node: withDistinct(node, stmt, outputs, scope, ctx), outputs, scope };
}

function crossJoin(left: RelationalNode, right: RelationalNode): RelationalNode {
  return { kind: "join", joinType: "cross", left, right, condition: [], position: undefined };
}

/** WHERE: a filter of its AND-terms, with a semi join above it for each EXISTS term. */
function analyzeWhere(
  stmt: SelectStmt,
  input: RelationalNode,
  scope: FromScope,
  ctx: AnalyzeContext,
  ctes: CteMap,
): RelationalNode {
  const predicates: TypedExpression[] = [];
  const semiJoins: Omit<SemiJoinNode, "input">[] = [];
  for (const term of stmt.whereClause ? conjuncts(stmt.whereClause) : []) {
    if (isExists(term)) semiJoins.push(analyzeExists(term, scope, ctx, ctes));
    else predicates.push(analyzeExpression(term, scope, ctx));
  }
  let node: RelationalNode = predicates.length > 0 ? { kind: "filter", input, predicates } : input;
  for (const semiJoin of semiJoins) node = { ...semiJoin, input: node };
  return node;
}

function withDistinct(
  node: RelationalNode,
  stmt: SelectStmt,
  outputs: readonly ScopeColumn[],
  scope: FromScope,
  ctx: AnalyzeContext,
): RelationalNode {
  const distinct = stmt.distinctClause ?? [];
  if (distinct.length === 0) return node;
  const p = ctx.parsed;
  // Plain DISTINCT is a list of one empty node; it stands right before the select list.
  if (Object.keys(distinct[0] as object).length === 0) {
    const position = p.keywordBefore(["distinct"], p.startOf(stmt.targetList ?? stmt.fromClause));
    return { kind: "distinct", input: node, position };
  }
  const keys = distinct.map((key) => bindOutputReference(key, outputs, scope, ctx));
  return { kind: "distinct_on", input: node, keys, position: p.keywordBefore(["distinct"], p.startOf(distinct)) };
}

/** An output's type as `format_type` prints it: a base column's as declared, an expression's as
 * PostgreSQL resolves it (an untyped literal becomes text). */
function outputType(column: ScopeColumn, ctx: AnalyzeContext): string | undefined {
  if (column.declaredType !== undefined) return column.declaredType;
  const type = column.type === "unknown" ? "text" : column.type;
  if (type === undefined || ctx.types.type(type) === undefined) return type;
  return ctx.types.display(type);
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
 * be valid and mean the same under any search_path: it is bound like the rest (unknown tables and
 * non-IMMUTABLE functions are rejected here, unsupported clauses by the planner), and its scans
 * take no aliases from the view's.
 */
function checkUnusedCtes(ctes: CteMap, outer: CteMap, ctx: AnalyzeContext): void {
  for (const [name, cte] of ctes) {
    if (cte.used || outer.get(name) === cte) continue;
    cte.used = true;
    const unreferenced = analyzeSelect(cte.query, { ...ctx, occurrences: [...ctx.occurrences] }, cte.visible, false);
    ctx.unreferencedCtes.push(unreferenced.node);
  }
}
