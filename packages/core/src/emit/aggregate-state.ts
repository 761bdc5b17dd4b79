import type { Expression } from "../ir/expression.js";
import type { AggregateColumns } from "../plan/aggregate-layout.js";
import { COUNT_COLUMN, SIGN_COLUMN } from "../plan/columns.js";
import type { TypeName } from "../types/index.js";
import { ident, qualified } from "./sql.js";

/**
 * How each aggregate keeps its running state in the storage table: what fills it, what a batch's
 * change adds to it, and how the view reads the result from it. `x` is the aggregate's argument
 * as a SQL expression; `s` and `d` are the aliases of the stored row and of the summarised change.
 */

const m = ident(SIGN_COLUMN);

/** avg(real) sums in double precision, as PostgreSQL's avg does. */
function summed(c: AggregateColumns, x: string): string {
  return c.call.fn === "avg" && c.call.argType === "float4" ? `(${x})::double precision` : x;
}

/** Select items that compute the state from the base rows (population, recomputation). */
export function initialState(c: AggregateColumns, x: string): string[] {
  const value = ident(c.value);
  switch (c.call.fn) {
    case "count":
      return c.value === COUNT_COLUMN ? [] : [`pg_catalog.count(${x}) AS ${value}`];
    case "sum":
    case "avg":
      return [
        `pg_catalog.sum(${summed(c, x)}) AS ${value}`,
        `pg_catalog.count(${x}) AS ${ident(c.nonNull!)}`,
        ...trackedExtrema(c, x).map((e) => `${e.over} AS ${ident(e.column)}`),
      ];
    case "min":
    case "max":
      return trackedExtrema(c, x).map((e) => `${e.over} AS ${ident(e.column)}`);
  }
}

/** A min or max kept in a state column: of a min()/max() argument, or of a numeric's scale. */
export interface TrackedExtremum {
  column: string;
  fn: "min" | "max";
  /** The value it is the extremum of. */
  of: string;
  /** The aggregate over the rows at hand. */
  over: string;
}

export function trackedExtrema(c: AggregateColumns, x: string): TrackedExtremum[] {
  const tracked = (column: string, fn: "min" | "max", of: string) => ({
    column,
    fn,
    of,
    over: `pg_catalog.${fn}(${of})`,
  });
  if (c.call.fn === "min" || c.call.fn === "max") return [tracked(c.value, c.call.fn, x)];
  return c.scale ? [tracked(c.scale, "max", `pg_catalog.scale(${x})`)] : [];
}

/**
 * Select items that summarise a batch's signed change rows per group into the same columns:
 * counts of added minus removed rows, the sum of added minus removed values, and the extremum
 * of the added values (removed ones are dealt with by `removedExtremum`).
 */
export function changeState(c: AggregateColumns, x: string): string[] {
  const value = ident(c.value);
  const nonNullCount = `COALESCE(pg_catalog.sum(${m}) FILTER (WHERE ${x} IS NOT NULL), 0)`;
  switch (c.call.fn) {
    case "count":
      return c.value === COUNT_COLUMN ? [] : [`${nonNullCount} AS ${value}`];
    case "sum":
    case "avg": {
      // No unary minus exists for money: subtract from a zero of the argument's own type.
      const added = `pg_catalog.sum(${summed(c, x)}) FILTER (WHERE ${m} > 0)`;
      const removed = `pg_catalog.sum(${summed(c, x)}) FILTER (WHERE ${m} < 0)`;
      return [
        `CASE WHEN ${removed} IS NULL THEN ${added} WHEN ${added} IS NULL THEN (${removed} - ${removed}) - ${removed} ELSE ${added} - ${removed} END AS ${value}`,
        `${nonNullCount} AS ${ident(c.nonNull!)}`,
        ...addedExtrema(c, x),
      ];
    }
    case "min":
    case "max":
      return addedExtrema(c, x);
  }
}

function addedExtrema(c: AggregateColumns, x: string): string[] {
  return trackedExtrema(c, x).map((e) => `${e.over} FILTER (WHERE ${m} > 0) AS ${ident(e.column)}`);
}

/** Assignments that fold a summarised change `d` into the stored row `s`. */
export function foldedState(c: AggregateColumns, s: string, d: string): [column: string, expr: string][] {
  const col = (alias: string, name: string) => `${alias}.${ident(name)}`;
  const value = c.value;
  switch (c.call.fn) {
    case "count":
      return c.value === COUNT_COLUMN ? [] : [[value, `${col(s, value)} + ${col(d, value)}`]];
    case "sum":
    case "avg": {
      const n = c.nonNull!;
      const [sv, dv] = [col(s, value), col(d, value)];
      return [
        [
          value,
          // A stored sum means nothing while its group has no non-NULL value (see resultExpression).
          `CASE WHEN ${col(s, n)} + ${col(d, n)} = 0 THEN NULL WHEN ${col(s, n)} = 0 OR ${sv} IS NULL THEN ${dv} WHEN ${dv} IS NULL THEN ${sv} ELSE ${sv} + ${dv} END`,
        ],
        [n, `${col(s, n)} + ${col(d, n)}`],
        ...foldedExtrema(c, s, d),
      ];
    }
    case "min":
    case "max":
      return foldedExtrema(c, s, d);
  }
}

function foldedExtrema(c: AggregateColumns, s: string, d: string): [string, string][] {
  return trackedExtrema(c, "").map((e) => [
    e.column,
    `${e.fn === "min" ? "LEAST" : "GREATEST"}(${s}.${ident(e.column)}, ${d}.${ident(e.column)})`,
  ]);
}

/** Counters of an empty input (the row a view without GROUP BY keeps after TRUNCATE). */
export function emptyCounters(c: AggregateColumns): string[] {
  if (c.call.fn === "count") return c.value === COUNT_COLUMN ? [] : [c.value];
  return c.nonNull ? [c.nonNull] : [];
}

/** The extremum among a batch's removed values, named after its state column. */
export function removedExtremum(e: TrackedExtremum): string {
  return `${e.over} FILTER (WHERE ${m} < 0) AS ${ident(e.column)}`;
}

/** Whether a removed extremum `removed` may have been the stored one, `stored`. */
export function mayHaveRemovedExtremum(e: TrackedExtremum, removed: string, stored: string): string {
  return e.fn === "min" ? `${removed} <= ${stored}` : `${removed} >= ${stored}`;
}

/**
 * How the view computes the aggregate's result from the stored row `s`. A sum or avg is NULL while
 * its group has no non-NULL value: a new group whose values were added and removed again within
 * one change (a batch, or a self-join's cancelling terms) stores their difference, not NULL.
 */
export function resultExpression(c: AggregateColumns, s: string, type: TypeName | undefined): Expression {
  const column = (name: string, type: TypeName | undefined): Expression => ({
    kind: "column",
    alias: s,
    column: name,
    type,
  });
  const fn = (name: string, args: Expression[]): Expression => ({
    kind: "function",
    schema: "pg_catalog",
    name,
    args,
    type,
  });
  const cast = (arg: Expression, to: TypeName): Expression => ({
    kind: "cast",
    arg,
    typeSql: qualified("pg_catalog", to),
    type: to,
  });
  const op = (name: string, left: Expression, right: Expression, type: TypeName): Expression => ({
    kind: "operator",
    schema: "pg_catalog",
    name,
    left,
    right,
    type,
  });
  // avg keeps a running sum, not its result.
  const value = column(c.value, c.call.fn === "avg" ? undefined : type);
  if (c.nonNull === undefined) return value;
  // A running numeric sum shows the scale it was given once; PostgreSQL's shows the largest now.
  const sum = c.scale ? fn("round", [value, column(c.scale, "int4")]) : value;
  // avg: the same division PostgreSQL's avg ends with, so the result type and digits match.
  const divided = ["int2", "int4", "int8", "numeric"].includes(c.call.argType ?? "") ? "numeric" : "float8";
  const nonNull = column(c.nonNull, "int8");
  const result =
    c.call.fn === "avg"
      ? op("/", divided === "numeric" ? cast(sum, "numeric") : sum, cast(nonNull, divided), divided)
      : sum;
  const zero: Expression = { kind: "constant", value: { form: "integer", value: 0 }, type: "int4" };
  const none: Expression = { kind: "constant", value: { form: "null" }, type: "unknown" };
  return {
    kind: "case",
    subject: undefined,
    whens: [{ condition: op("=", nonNull, zero, "bool"), result: none }],
    otherwise: result,
    type,
  };
}
