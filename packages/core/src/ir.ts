import type { Relation } from "./catalog.js";
import type { Expression } from "./ir/expression.js";

/**
 * The analyzed view in select-project-join normal form: subqueries and CTEs are inlined, so the
 * view is `SELECT [DISTINCT] outputs FROM occurrences WHERE predicates` over base tables only.
 * Expressions are ir/expression.ts nodes whose columns all read an occurrence.
 *
 * A view with outer joins is the UNION ALL of several such queries, its *branches* (see
 * plan/select-project-join.ts): one where every join found its match, and one per way a side can
 * find none, in which that side's occurrences are `nulled` — read as one row of NULLs — and a NOT
 * EXISTS says it found no match. Branches share outputs, aggregation and occurrence objects.
 */
export interface SpjQuery {
  occurrences: Occurrence[];
  /** Occurrences whose columns read NULL in this branch: the unmatched side of an outer join. */
  nulled: Occurrence[];
  /** Conjunction of join conditions and WHERE terms. */
  predicates: Expression[];
  outputs: OutputColumn[];
  distinct: boolean;
  /** EXISTS (…) AND-terms of WHERE; `predicates` hold the rest. */
  exists: ExistsCondition[];
  /** Set for GROUP BY / aggregate views: their outputs then read group keys and aggregates only,
   * through `group_key` and `aggregate_result` expressions. */
  aggregation?: Aggregation;
}

/** `[NOT] EXISTS (SELECT … FROM <occurrences> WHERE <predicates>)`, correlated with the outer
 * query. */
export interface ExistsCondition {
  negated: boolean;
  /** The subquery's base-table occurrences; their aliases are unique in the whole query. */
  occurrences: Occurrence[];
  /** Conjunction of the subquery's join and WHERE conditions, referring to its own occurrences
   * and to outer ones. */
  predicates: Expression[];
  /** Aliases of the outer occurrences the subquery refers to, in the outer query's order. */
  correlated: string[];
  /** Where `EXISTS` is written, for errors about it. */
  position: number | undefined;
}

export type AggregateFunction = "count" | "sum" | "avg" | "min" | "max";

export interface Aggregation {
  /** GROUP BY expressions over occurrences; empty for one row over the whole input. */
  groupKeys: Expression[];
  /** Each distinct aggregate call of the select list, once. */
  calls: AggregateCall[];
}

export interface AggregateCall {
  fn: AggregateFunction;
  /** The argument over occurrences; undefined for count(*). */
  arg: Expression | undefined;
  /** The argument's type (normalized, e.g. `int4`, `numeric`) where it can be told. */
  argType: string | undefined;
}

/** One appearance of a base table in the view; a self-join has two occurrences of one table. */
export interface Occurrence {
  /** Unique within the query; the range alias every expression uses for this occurrence. */
  alias: string;
  relation: Relation;
  /** Columns the view reads from this occurrence (the primary key is added by the planner). */
  columnsUsed: Set<string>;
}

export interface OutputColumn {
  name: string;
  expr: Expression;
  /** Catalog type when the output is a plain base column, else undefined. */
  type: string | undefined;
}
