import type { Node } from "@pgsql/types";
import type { AnalysisResult } from "../analyze/analyze.js";
import type { BoundAggregateCall, RelationalNode, SemiJoinNode } from "../ir/relational.js";
import type { AggregateCall, Aggregation, ExistsCondition, Occurrence, SpjQuery } from "../ir.js";
import { markColumnsUsed } from "./columns-used.js";
import { isMaintainedAggregate } from "./rules/aggregate-call.js";
import { rejectExistsInAggregate } from "./rules/exists.js";
import { rejectUnmaintainable, rejectUnmaintainableParts } from "./rules/maintainable.js";

/**
 * Decides whether the bound definition can be maintained (plan/rules/) and lowers it to the
 * select-project-join form the maintenance strategies are built on: `SELECT [DISTINCT] outputs
 * FROM occurrences WHERE predicates [AND [NOT] EXISTS …]`, optionally aggregated. Subqueries and
 * CTEs are inlined: their scans join the view's occurrences and their conditions its predicates.
 */
export function lowerToSelectProjectJoin(analysis: AnalysisResult): SpjQuery {
  if (analysis.kind === "failed") {
    rejectUnmaintainableParts(analysis.boundFromItems, analysis.viewAggregateCalls);
    throw analysis.error;
  }
  const bound = analysis.definition;
  rejectUnmaintainable(bound);
  const top = bound.query;
  const distinct = top.kind === "distinct";
  const project = distinct ? top.input : top;
  if (project.kind !== "project") throw new Error(`the planner's rules let a view over a ${project.kind} through`);
  let input = project.input;
  let aggregation: Aggregation | undefined;
  if (input.kind === "aggregate") {
    aggregation = { groupKeys: input.groupKeys.map((k) => k.expr), calls: input.calls.map(aggregateCall) };
    input = input.input;
  }
  const flat = flatten(input);
  const firstExists = flat.exists[0];
  if (aggregation && firstExists) rejectExistsInAggregate(firstExists);
  const query: SpjQuery = {
    occurrences: flat.occurrences,
    predicates: flat.predicates,
    exists: flat.exists,
    outputs: project.columns.map((c) => ({ name: c.name, expr: c.expr, type: c.displayType })),
    distinct,
    ...(aggregation ? { aggregation } : {}),
  };
  markColumnsUsed(query);
  return query;
}

interface Flattened {
  occurrences: Occurrence[];
  predicates: Node[];
  exists: ExistsCondition[];
}

/** The scans, conditions and EXISTS terms of an inner-join tree, in the order they are written. */
function flatten(root: RelationalNode): Flattened {
  const flat: Flattened = { occurrences: [], predicates: [], exists: [] };
  const visit = (node: RelationalNode): void => {
    switch (node.kind) {
      case "scan":
        flat.occurrences.push({ alias: node.alias, relation: node.relation, columnsUsed: new Set() });
        return;
      case "filter":
        visit(node.input);
        flat.predicates.push(...node.predicates.map((p) => p.expr));
        return;
      case "join":
        visit(node.left);
        visit(node.right);
        flat.predicates.push(...node.condition.map((c) => c.expr));
        return;
      case "project":
        // A subquery or CTE: its outputs were bound to what they stand for.
        visit(node.input);
        return;
      case "semi_join":
        visit(node.input);
        flat.exists.push(existsCondition(node));
        return;
      case "aggregate":
      case "distinct":
      case "distinct_on":
      case "set_operation":
      case "window":
      case "sort":
      case "limit":
        throw new Error(`the planner's rules let a nested ${node.kind} through`);
    }
  };
  visit(root);
  return flat;
}

function aggregateCall(call: BoundAggregateCall): AggregateCall {
  const { name } = call.form;
  if (!isMaintainedAggregate(name)) throw new Error(`the planner's rules let ${name}() through`);
  return { fn: name, arg: call.args[0]?.expr, argType: call.argType };
}

function existsCondition(node: SemiJoinNode): ExistsCondition {
  const sub = flatten(node.subquery);
  return {
    negated: node.negated,
    occurrences: sub.occurrences,
    predicates: sub.predicates,
    correlated: [...node.correlated],
    position: node.position,
  };
}
