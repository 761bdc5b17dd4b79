import type { TypedExpression } from "../analyze/expression.js";
import type { RelationalNode } from "./relational.js";

/**
 * The join and WHERE conditions of a tree in select-project-join order: a join's inputs before
 * its own condition, a filter's input before its predicates. Conditions of EXISTS subqueries are
 * their own (SemiJoinNode), so they are not included; neither is HAVING.
 */
export function conditionsOf(node: RelationalNode): TypedExpression[] {
  switch (node.kind) {
    case "scan":
      return [];
    case "filter":
      return [...conditionsOf(node.input), ...node.predicates];
    case "join":
      return [...conditionsOf(node.left), ...conditionsOf(node.right), ...node.condition];
    case "set_operation":
      return [...conditionsOf(node.left), ...conditionsOf(node.right)];
    case "project":
    case "semi_join":
    case "aggregate":
    case "distinct":
    case "distinct_on":
    case "window":
    case "sort":
    case "limit":
      return conditionsOf(node.input);
  }
}
