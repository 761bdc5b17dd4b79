import type { Occurrence } from "../ir.js";
import type { TypeName } from "../types/index.js";
import type { RelationalNode } from "./relational.js";

/**
 * A bound, typed scalar expression: what the analyzer makes of an expression of the definition
 * and what the planner and emitter work with (emit/expression-sql.ts prints it). Every name is
 * resolved: columns read a scan alias, functions carry the schema of the overload chosen. `type`
 * is the SQL type PostgreSQL gives the value; undefined when it cannot be told (a type immv has no
 * description of, a composite's field).
 *
 * Forms PostgreSQL reads as operators are kept as they are written where the emitted SQL would
 * otherwise change meaning or readability (IN, BETWEEN, IS DISTINCT FROM, NULLIF); `LIKE`, `ILIKE`
 * and `SIMILAR TO` are their operators (`~~`, `~~*`, `~` over similar_to_escape), as in PostgreSQL.
 */
export type Expression =
  | ColumnExpression
  | ConstantExpression
  | FunctionExpression
  | OperatorExpression
  | CastExpression
  | BoolExpression
  | NullTestExpression
  | BooleanTestExpression
  | CaseExpression
  | CoalesceExpression
  | GreatestLeastExpression
  | NullIfExpression
  | ArrayExpression
  | RowExpression
  | SubscriptExpression
  | FieldExpression
  | CollateExpression
  | ScalarArrayExpression
  | DistinctFromExpression
  | InListExpression
  | BetweenExpression
  | GroupKeyExpression
  | AggregateResultExpression
  | WindowResultExpression
  | SubqueryExpression
  | ScalarSubqueryExpression
  | AggregateCallExpression;

export type ExpressionKind = Expression["kind"];

/** `"<alias>"."<column>"`: a column of a scan (scan aliases are unique in the whole tree). */
export interface ColumnExpression {
  readonly kind: "column";
  readonly alias: string;
  readonly column: string;
  readonly type: TypeName | undefined;
}

/** A literal as the parser reads it. */
export type ConstantValue =
  | { readonly form: "null" }
  | { readonly form: "boolean"; readonly value: boolean }
  /** An integer that fits int4. */
  | { readonly form: "integer"; readonly value: number }
  /** Any other number, as written (`1.5`, `1e10`, `9223372036854775808`). */
  | { readonly form: "number"; readonly text: string }
  /** A string constant's value (escapes already applied). */
  | { readonly form: "string"; readonly text: string }
  /** A bit string as the parser holds it: `b1010` for B'1010', `x1F` for X'1F'. */
  | { readonly form: "bit_string"; readonly text: string };

export interface ConstantExpression {
  readonly kind: "constant";
  readonly value: ConstantValue;
  /** `unknown` for an untyped string literal or a bare NULL. */
  readonly type: TypeName | undefined;
}

/** A function call; `schema` is where the overload chosen lives (`pg_catalog` for built-ins). */
export interface FunctionExpression {
  readonly kind: "function";
  readonly schema: string;
  readonly name: string;
  readonly args: readonly Expression[];
  readonly type: TypeName | undefined;
}

/** `left op right`, or prefix `op right`. `schema` when written `OPERATOR(schema.op)`. */
export interface OperatorExpression {
  readonly kind: "operator";
  readonly schema: string | undefined;
  readonly name: string;
  readonly left: Expression | undefined;
  readonly right: Expression;
  readonly type: TypeName | undefined;
}

export interface CastExpression {
  readonly kind: "cast";
  readonly arg: Expression;
  /** The target as SQL spells it, with its modifiers and array bounds (`numeric(10, 2)`,
   * `"shop"."mood"[]`): user types schema-qualified. */
  readonly typeSql: string;
  readonly type: TypeName | undefined;
}

export interface BoolExpression {
  readonly kind: "bool";
  readonly op: "and" | "or" | "not";
  /** One argument for `not`. */
  readonly args: readonly Expression[];
  readonly type: TypeName | undefined;
}

/** `arg IS [NOT] NULL`. */
export interface NullTestExpression {
  readonly kind: "null_test";
  readonly arg: Expression;
  readonly negated: boolean;
  readonly type: TypeName | undefined;
}

/** `arg IS [NOT] TRUE / FALSE / UNKNOWN`. */
export interface BooleanTestExpression {
  readonly kind: "boolean_test";
  readonly arg: Expression;
  readonly test: "true" | "false" | "unknown";
  readonly negated: boolean;
  readonly type: TypeName | undefined;
}

/** `CASE [subject] WHEN … THEN … [ELSE …] END`; with a subject each condition is a value compared
 * with it by `=`. */
export interface CaseExpression {
  readonly kind: "case";
  readonly subject: Expression | undefined;
  readonly whens: readonly { readonly condition: Expression; readonly result: Expression }[];
  readonly otherwise: Expression | undefined;
  readonly type: TypeName | undefined;
}

export interface CoalesceExpression {
  readonly kind: "coalesce";
  readonly args: readonly Expression[];
  readonly type: TypeName | undefined;
}

export interface GreatestLeastExpression {
  readonly kind: "greatest_least";
  readonly op: "greatest" | "least";
  readonly args: readonly Expression[];
  readonly type: TypeName | undefined;
}

export interface NullIfExpression {
  readonly kind: "nullif";
  readonly left: Expression;
  readonly right: Expression;
  readonly type: TypeName | undefined;
}

/** `ARRAY[…]`; a nested `ARRAY[…]` element makes a multidimensional array. */
export interface ArrayExpression {
  readonly kind: "array";
  readonly elements: readonly Expression[];
  readonly type: TypeName | undefined;
}

export interface RowExpression {
  readonly kind: "row";
  readonly args: readonly Expression[];
  readonly type: TypeName | undefined;
}

/** `arg[index]`, or a slice `arg[lower:upper]` (either bound may be left out). */
export interface SubscriptExpression {
  readonly kind: "subscript";
  readonly arg: Expression;
  readonly slice: boolean;
  /** Only for a slice. */
  readonly lower: Expression | undefined;
  /** The index, or a slice's upper bound. */
  readonly upper: Expression | undefined;
  readonly type: TypeName | undefined;
}

/** `(arg).field`, or `(arg).*` when `field` is undefined. */
export interface FieldExpression {
  readonly kind: "field";
  readonly arg: Expression;
  readonly field: string | undefined;
  readonly type: TypeName | undefined;
}

export interface CollateExpression {
  readonly kind: "collate";
  readonly arg: Expression;
  /** The collation's name, schema first when written qualified. */
  readonly collation: readonly string[];
  readonly type: TypeName | undefined;
}

/** `left op ANY (right)` or `left op ALL (right)`, `right` an array. */
export interface ScalarArrayExpression {
  readonly kind: "scalar_array";
  readonly schema: string | undefined;
  readonly op: string;
  readonly all: boolean;
  readonly left: Expression;
  readonly right: Expression;
  readonly type: TypeName | undefined;
}

/** `left IS [NOT] DISTINCT FROM right`; `negated` for NOT DISTINCT. */
export interface DistinctFromExpression {
  readonly kind: "distinct_from";
  readonly negated: boolean;
  readonly left: Expression;
  readonly right: Expression;
  readonly type: TypeName | undefined;
}

/** `arg [NOT] IN (items)`. */
export interface InListExpression {
  readonly kind: "in_list";
  readonly negated: boolean;
  readonly arg: Expression;
  readonly items: readonly Expression[];
  readonly type: TypeName | undefined;
}

/** `arg [NOT] BETWEEN [SYMMETRIC] low AND high`. */
export interface BetweenExpression {
  readonly kind: "between";
  readonly negated: boolean;
  readonly symmetric: boolean;
  readonly arg: Expression;
  readonly low: Expression;
  readonly high: Expression;
  readonly type: TypeName | undefined;
}

/** Above an aggregate node: the value of its group key `index`. */
export interface GroupKeyExpression {
  readonly kind: "group_key";
  readonly index: number;
  readonly type: TypeName | undefined;
}

/** Above an aggregate node: the result of its aggregate call `index`. */
export interface AggregateResultExpression {
  readonly kind: "aggregate_result";
  readonly index: number;
  readonly type: TypeName | undefined;
}

/** Above a window node: the result of its window call `index`. */
export interface WindowResultExpression {
  readonly kind: "window_result";
  readonly index: number;
  readonly type: TypeName | undefined;
}

/**
 * `(SELECT <value> FROM … WHERE …)` in an expression, as the analyzer binds it: the subquery's
 * relational tree, which the planner checks and lowers to a `scalar_subquery`. Walks do not look
 * inside.
 */
export interface SubqueryExpression {
  readonly kind: "subquery";
  readonly node: RelationalNode;
  /** Aliases of the outer scans its conditions refer to. */
  readonly correlated: readonly string[];
  /** Where the subquery is written. */
  readonly position: number | undefined;
  readonly type: TypeName | undefined;
}

/**
 * A scalar subquery as the planner lowers it: an expression over aggregate calls of the rows of
 * `occurrences` that satisfy `predicates` — no GROUP BY, so exactly one row. Its occurrences'
 * aliases are unique in the whole query; predicates may read outer occurrences (`correlated`).
 */
export interface ScalarSubqueryExpression {
  readonly kind: "scalar_subquery";
  readonly occurrences: readonly Occurrence[];
  readonly predicates: readonly Expression[];
  /** Over `aggregate_call` nodes. */
  readonly value: Expression;
  readonly correlated: readonly string[];
  readonly position: number | undefined;
  readonly type: TypeName | undefined;
}

/** An aggregate over the rows of the scalar subquery it is in: `schema.name(args)`, or
 * `name(*)`. */
export interface AggregateCallExpression {
  readonly kind: "aggregate_call";
  readonly schema: string;
  readonly name: string;
  readonly args: readonly Expression[];
  readonly star: boolean;
  readonly type: TypeName | undefined;
}
