import { ImmvError } from "../../errors.js";
import type { AggregateNode, DistinctNode } from "../../ir/relational.js";

/**
 * Aggregation is maintained in the outer SELECT of the view only, without HAVING and without
 * DISTINCT (see plan/aggregate-layout.ts for what is kept per group).
 */
export function rejectHaving(having: NonNullable<AggregateNode["having"]>): never {
  throw new ImmvError(
    "aggregate",
    "HAVING is not supported yet",
    having.position,
    "keep every group in the view and filter the groups when reading it (WHERE on the view's columns)",
  );
}

export function rejectNestedGroupBy(node: AggregateNode): never {
  throw new ImmvError(
    "aggregate",
    "GROUP BY inside a subquery or CTE is not supported",
    node.groupByPosition,
    "group in the outer SELECT of the view",
  );
}

/** Aggregates in a subquery's or CTE's select list. */
export function rejectNestedAggregate(node: AggregateNode): never {
  const first = node.calls[0]?.form;
  throw new ImmvError(
    "aggregate",
    `aggregate ${first?.name ?? "call"}() is not allowed here`,
    first?.position,
    "aggregates may appear only in the select list of the outer query (not in WHERE, JOIN, GROUP BY, subqueries, CTEs or another aggregate's argument)",
  );
}

export function rejectDistinctAggregate(distinct: DistinctNode): never {
  throw new ImmvError(
    "aggregate",
    "DISTINCT together with GROUP BY or aggregates is not supported",
    distinct.position,
    "remove DISTINCT: grouped rows are already distinct when every group key is selected",
  );
}
