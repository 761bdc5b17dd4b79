import type { Node } from "@pgsql/types";
import type { TypedExpression } from "../analyze/expression.js";
import type { Relation } from "../catalog.js";
import type { TypeName } from "../types/index.js";

/**
 * The bound definition as a tree of relational operators. The analyzer builds it (names bound,
 * every expression typed and judged IMMUTABLE); the planner decides which shapes it can maintain
 * and lowers those to select-project-join form (plan/select-project-join.ts).
 *
 * Column references inside expressions read `"<scan alias>"."<column>"` of a scan: scan aliases
 * are unique in the whole tree, and a name that refers to an output of a subquery, a CTE or a
 * set operation is bound to the expression that output stands for (substituted at binding; our
 * own expression nodes will replace that).
 *
 * `position` fields are 0-based character offsets into the definition: where an error about
 * that node points (a clause keyword, an aggregate or window call).
 */
export type RelationalNode =
  | ScanNode
  | FilterNode
  | ProjectNode
  | JoinNode
  | SemiJoinNode
  | AggregateNode
  | DistinctNode
  | DistinctOnNode
  | SetOperationNode
  | WindowNode
  | SortNode
  | LimitNode;

/** A named value a node produces: its name, what it stands for, and its types. */
export interface BoundColumn {
  readonly name: string;
  readonly expr: Node;
  /** The SQL type; a type immv does not describe keeps the catalog's name; undefined when it
   * cannot be told. */
  readonly type: TypeName | undefined;
  /** As `format_type` prints it, when the column is a plain base column. */
  readonly declaredType?: string;
}

/** One appearance of a base table; a self-join has two scans of one table. */
export interface ScanNode {
  readonly kind: "scan";
  /** Unique in the whole tree (EXISTS subqueries apart, see SemiJoinNode). */
  readonly alias: string;
  readonly relation: Relation;
}

/** The AND-terms of a WHERE clause (EXISTS terms are semi joins above it). */
export interface FilterNode {
  readonly kind: "filter";
  readonly input: RelationalNode;
  readonly predicates: readonly TypedExpression[];
}

/** The select list of one SELECT (of the view, a subquery or a CTE). */
export interface ProjectNode {
  readonly kind: "project";
  readonly input: RelationalNode;
  readonly columns: readonly ProjectedColumn[];
}

export interface ProjectedColumn extends BoundColumn {
  /** The type as PostgreSQL would create the column (`format_type`), where it can be told. */
  readonly displayType: string | undefined;
}

/** `cross` is a comma in FROM; an inner join without a condition (CROSS JOIN) is `inner`. */
export type JoinType = "cross" | "inner" | "left" | "right" | "full";

export interface JoinNode {
  readonly kind: "join";
  readonly joinType: JoinType;
  readonly left: RelationalNode;
  readonly right: RelationalNode;
  /** AND-terms: the equalities USING / NATURAL imply, then the ON condition. */
  readonly condition: readonly TypedExpression[];
  /** The join keyword (LEFT, RIGHT, FULL); undefined for inner and cross joins. */
  readonly position: number | undefined;
}

/** `[NOT] EXISTS (subquery)`, an AND-term of WHERE: a semi join (anti join when negated). */
export interface SemiJoinNode {
  readonly kind: "semi_join";
  readonly negated: boolean;
  readonly input: RelationalNode;
  /** The subquery's FROM and WHERE; its select list does not matter. Its scan aliases are unique
   * with respect to the scans bound before it. */
  readonly subquery: RelationalNode;
  /** Aliases of the scans bound before the subquery that its conditions refer to. */
  readonly correlated: readonly string[];
  /** Where `EXISTS` is written. */
  readonly position: number | undefined;
}

/** GROUP BY and aggregate calls of one SELECT; its project reads group keys and aggregates
 * through placeholder references (ir.ts: groupKeyRef, aggregateRef). */
export interface AggregateNode {
  readonly kind: "aggregate";
  readonly input: RelationalNode;
  readonly groupKeys: readonly TypedExpression[];
  /** Each distinct call once, select list first (aggregateRef(i) reads calls[i]). */
  readonly calls: readonly BoundAggregateCall[];
  /** The GROUP keyword; undefined without GROUP BY. */
  readonly groupByPosition: number | undefined;
  readonly having: { readonly condition: TypedExpression; readonly position: number | undefined } | undefined;
}

/** What an aggregate call is, as written, before its arguments are bound. */
export interface AggregateCallForm {
  /** The function's name as written, without a schema. */
  readonly name: string;
  readonly argCount: number;
  readonly star: boolean;
  readonly distinct: boolean;
  readonly variadic: boolean;
  /** Where the FILTER keyword is; undefined without FILTER. */
  readonly filter: { readonly position: number | undefined } | undefined;
  /** ORDER BY inside the call, or WITHIN GROUP. */
  readonly ordered: boolean;
  readonly position: number | undefined;
}

export interface BoundAggregateCall {
  readonly form: AggregateCallForm;
  /** Empty for `count(*)`. */
  readonly args: readonly TypedExpression[];
  /** The first argument's type when it can be told (not for an untyped literal or a type immv
   * does not describe). */
  readonly argType: TypeName | undefined;
  readonly filter: TypedExpression | undefined;
  readonly orderBy: readonly SortKey[];
}

export interface DistinctNode {
  readonly kind: "distinct";
  readonly input: RelationalNode;
  /** The DISTINCT keyword. */
  readonly position: number | undefined;
}

export interface DistinctOnNode {
  readonly kind: "distinct_on";
  readonly input: RelationalNode;
  readonly keys: readonly TypedExpression[];
  readonly position: number | undefined;
}

export type SetOperator = "union" | "intersect" | "except";

export interface SetOperationNode {
  readonly kind: "set_operation";
  readonly operator: SetOperator;
  readonly all: boolean;
  readonly left: RelationalNode;
  readonly right: RelationalNode;
  /** Named after the left branch, typed as the branches' common types. */
  readonly columns: readonly BoundColumn[];
  /** The operator's keyword. */
  readonly position: number | undefined;
}

/** Window function calls of one SELECT, and its WINDOW clause. */
export interface WindowNode {
  readonly kind: "window";
  readonly input: RelationalNode;
  readonly calls: readonly WindowCall[];
  readonly definitions: readonly WindowSpecification[];
  /** The WINDOW keyword; undefined without a WINDOW clause. */
  readonly clausePosition: number | undefined;
}

export interface WindowSpecification {
  /** The name a WINDOW clause gives it, or that an OVER refers to. */
  readonly name: string | undefined;
  readonly partitionBy: readonly TypedExpression[];
  readonly orderBy: readonly SortKey[];
}

export interface WindowCall {
  readonly name: string;
  readonly args: readonly TypedExpression[];
  readonly over: WindowSpecification;
  readonly position: number | undefined;
}

export interface SortKey {
  /** Undefined for a subquery expression, which the analyzer does not bind yet. */
  readonly value: TypedExpression | undefined;
  readonly direction: "default" | "asc" | "desc";
  readonly nulls: "default" | "first" | "last";
}

export interface SortNode {
  readonly kind: "sort";
  readonly input: RelationalNode;
  readonly keys: readonly SortKey[];
  /** The ORDER keyword. */
  readonly position: number | undefined;
}

/** LIMIT / OFFSET / FETCH FIRST. */
export interface LimitNode {
  readonly kind: "limit";
  readonly input: RelationalNode;
  /** Undefined for no limit (LIMIT ALL or only OFFSET). */
  readonly count: TypedExpression | undefined;
  readonly offset: TypedExpression | undefined;
  /** The first of the LIMIT, OFFSET and FETCH keywords. */
  readonly position: number | undefined;
}

/** What the analyzer hands to the planner. */
export interface BoundDefinition {
  readonly query: RelationalNode;
  /** CTEs nothing refers to: bound and checked like the rest, but they add no rows. */
  readonly unreferencedCtes: readonly RelationalNode[];
}
