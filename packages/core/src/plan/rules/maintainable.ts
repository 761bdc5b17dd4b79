import { ImmvError } from "../../errors.js";
import type { AggregateCallForm, BoundDefinition, RelationalNode } from "../../ir/relational.js";
import { rejectUnmaintainedAggregateCall, rejectUnmaintainedAggregateForm } from "./aggregate-call.js";
import { rejectDistinctOn, rejectNestedDistinct } from "./distinct.js";
import { rejectNestedExists, rejectUncorrelatedExists } from "./exists.js";
import { rejectDistinctAggregate, rejectHaving, rejectNestedAggregate, rejectNestedGroupBy } from "./grouping.js";
import { rejectComputedNullableColumns, rejectOuterJoinInExists } from "./join.js";
import { rejectLimit, rejectSort } from "./order-and-limit.js";
import { queryLevel } from "./query-level.js";
import { rejectSetOperation } from "./set-operation.js";
import { rejectWindowCall, rejectWindowClause } from "./window.js";

/** Where a SELECT stands: the view's own, or nested in a subquery, a CTE or an EXISTS. */
interface Place {
  outermost: boolean;
  insideExists: boolean;
}

/**
 * Throws the located ImmvError for the first part of the tree immv cannot maintain yet. SELECTs
 * are checked outside in, each in the order its parts are written: its clauses first, then its
 * FROM clause, its EXISTS terms, its select list — so that of several problems the one reported
 * is the one users meet first reading the definition from the outside.
 */
export function rejectUnmaintainable(bound: BoundDefinition): void {
  checkQuery(bound.query, { outermost: true, insideExists: false });
  for (const cte of bound.unreferencedCtes) checkQuery(cte, { outermost: false, insideExists: false });
}

/**
 * Checks what was bound before binding failed: the FROM items (innermost first, as
 * AnalysisResult lists them; only the outermost of them, each as a whole, so that of nested
 * problems the outer is reported, as when the whole tree is checked), then the view's aggregate
 * calls.
 */
export function rejectUnmaintainableParts(
  items: readonly RelationalNode[],
  viewAggregateCalls: readonly AggregateCallForm[],
): void {
  const outermost = items.filter((item) => !items.some((other) => other !== item && contains(other, item)));
  for (const item of outermost) checkFrom(item, { outermost: false, insideExists: false });
  for (const call of viewAggregateCalls) rejectUnmaintainedAggregateForm(call);
}

function contains(tree: RelationalNode, node: RelationalNode): boolean {
  if (tree === node) return true;
  switch (tree.kind) {
    case "scan":
      return false;
    case "join":
    case "set_operation":
      return contains(tree.left, node) || contains(tree.right, node);
    case "semi_join":
      return contains(tree.input, node) || contains(tree.subquery, node);
    case "filter":
    case "project":
    case "aggregate":
    case "distinct":
    case "distinct_on":
    case "window":
    case "sort":
    case "limit":
      return contains(tree.input, node);
  }
}

function checkQuery(root: RelationalNode, place: Place): void {
  const level = queryLevel(root);
  if (level.setOperation) rejectSetOperation(level.setOperation);
  if (level.aggregate?.having) rejectHaving(level.aggregate.having);
  if (!place.outermost && level.aggregate?.groupByPosition !== undefined) rejectNestedGroupBy(level.aggregate);
  if (level.window?.clausePosition !== undefined) rejectWindowClause(level.window);
  if (level.sort) rejectSort(level.sort);
  if (level.limit) rejectLimit(level.limit);
  if (level.distinctOn) rejectDistinctOn(level.distinctOn);
  if (!place.outermost && level.distinct) rejectNestedDistinct(level.distinct);
  if (level.from) checkFrom(level.from, { outermost: false, insideExists: place.insideExists });
  for (const semiJoin of level.semiJoins) {
    if (place.insideExists) rejectNestedExists(semiJoin);
    checkQuery(semiJoin.subquery, { outermost: false, insideExists: true });
    rejectUncorrelatedExists(semiJoin);
  }
  if (level.window) rejectWindowCall(level.window);
  if (!place.outermost && level.aggregate) rejectNestedAggregate(level.aggregate);
  for (const call of level.aggregate?.calls ?? []) rejectUnmaintainedAggregateCall(call);
  if (level.distinct && level.aggregate) rejectDistinctAggregate(level.distinct);
}

/** A FROM clause: joins over scans and the SELECTs of subqueries and CTEs. */
function checkFrom(node: RelationalNode, place: Place): void {
  switch (node.kind) {
    case "scan":
      return;
    case "join":
      if (place.insideExists) rejectOuterJoinInExists(node);
      rejectComputedNullableColumns(node);
      checkFrom(node.left, place);
      checkFrom(node.right, place);
      return;
    case "filter":
    case "project":
    case "semi_join":
    case "aggregate":
    case "distinct":
    case "distinct_on":
    case "set_operation":
    case "window":
    case "sort":
    case "limit":
      checkQuery(node, place);
      return;
  }
}

/**
 * A subquery used as a value (a scalar subquery): one SELECT of aggregate calls over inner joins,
 * without GROUP BY, HAVING, DISTINCT, windows, ORDER BY, LIMIT, set operations or subqueries of
 * its own — so that it returns exactly one row, which maintenance recomputes for the rows whose
 * subquery a write may change.
 */
export function rejectUnmaintainableScalarSubquery(root: RelationalNode, position: number | undefined): void {
  const level = queryLevel(root);
  const refuse = (what: string, hint: string): never => {
    throw new ImmvError("subquery_expression", `a subquery used as a value ${what}`, position, hint);
  };
  if (level.setOperation) rejectSetOperation(level.setOperation);
  if (level.sort) rejectSort(level.sort);
  if (level.limit) rejectLimit(level.limit);
  if (level.distinct || level.distinctOn || level.window) {
    refuse("with DISTINCT or window functions is not supported", "aggregate the subquery's rows instead");
  }
  const first = level.semiJoins[0];
  if (first) rejectNestedExists(first);
  const aggregate =
    level.aggregate ??
    refuse(
      "must aggregate its rows (max(x), count(*), …): one that could return several rows is not maintained",
      "wrap its column in an aggregate, e.g. (SELECT max(x) FROM …), or join the table in FROM",
    );
  if (aggregate.groupByPosition !== undefined || aggregate.having) {
    refuse("with GROUP BY or HAVING is not supported", "aggregate all of the subquery's rows, without GROUP BY");
  }
  for (const call of aggregate.calls) {
    if (call.form.distinct || call.form.filter || call.form.ordered) {
      refuse(
        "with DISTINCT, FILTER or ORDER BY inside an aggregate is not supported yet",
        "filter in the subquery's WHERE instead",
      );
    }
  }
  if (level.from) checkFrom(level.from, { outermost: false, insideExists: true });
}
