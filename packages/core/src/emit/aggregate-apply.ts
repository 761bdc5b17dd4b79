import type { Expression } from "../ir/expression.js";
import type { AggregateLayout, GroupColumn } from "../plan/aggregate-layout.js";
import { COUNT_COLUMN, SIGN_COLUMN } from "../plan/columns.js";
import type { MaintenancePlan } from "../plan/plan.js";
import {
  changeState,
  foldedState,
  mayHaveRemovedExtremum,
  removedExtremum,
  type TrackedExtremum,
  trackedExtrema,
} from "./aggregate-state.js";
import { expressionSql } from "./expression-sql.js";
import { fromWhere, INPUT_RELATION, occurrenceSource } from "./query.js";
import { ident, indent, qualified } from "./sql.js";

/**
 * An aggregate view's steps over the change of its input rows (`__ivm_input`): the change is
 * summarised to one row per group, then folded into the stored groups with one upsert (groups
 * appear, change in place, and are deleted when no input row is left — see deleteEmptySql). When
 * a removed value may have been a group's min or max, only that group's extremum is recomputed
 * from the base tables — in a statement of its own, so that in READ COMMITTED it sees every
 * transaction that committed before this one locked the group.
 */
export function foldSql(plan: MaintenancePlan): string {
  const layout = plan.aggregate as AggregateLayout;
  return layout.groupColumns.length > 0 ? upsertGroups(plan, layout) : updateTotal(plan, layout);
}

function storage(plan: MaintenancePlan): string {
  return qualified(plan.schema, plan.storageTable);
}

export function argumentColumn(j: number): string {
  return ident(`__ivm_x${j + 1}`);
}

/** The input rows carry each group key under its storage name and each argument as __ivm_x<j>. */
export function termColumns(plan: MaintenancePlan, layout: AggregateLayout): string[] {
  const aggregation = plan.query.aggregation!;
  return [
    ...aggregation.groupKeys.map((k, i) => `${expressionSql(k)} AS ${ident(layout.groupColumns[i]!.name)}`),
    ...layout.calls.flatMap((c, j) => (c.call.arg ? [`${expressionSql(c.call.arg)} AS ${argumentColumn(j)}`] : [])),
  ];
}

/** The input change summarised per group (or in all, without GROUP BY) into `items`. */
function perGroup(layout: AggregateLayout, items: string[]): string {
  const keys = layout.groupColumns.map((g) => ident(g.name));
  return [
    `SELECT ${[...keys, ...items].join(",\n       ")}`,
    `FROM ${INPUT_RELATION} AS "__ivm_t"`,
    ...(keys.length > 0 ? [`GROUP BY ${keys.join(", ")}`] : []),
  ].join("\n");
}

/** The summarised change: the state columns' deltas, per group. */
function summary(layout: AggregateLayout, extra: string[] = []): string {
  return perGroup(layout, [
    `COALESCE(pg_catalog.sum(${ident(SIGN_COLUMN)}), 0) AS ${ident(COUNT_COLUMN)}`,
    ...layout.calls.flatMap((c, j) => changeState(c, argumentColumn(j))),
    ...extra,
  ]);
}

function stateColumns(layout: AggregateLayout): string[] {
  return [
    COUNT_COLUMN,
    ...layout.calls.flatMap((c) =>
      c.value === COUNT_COLUMN ? [] : [c.value, ...(c.nonNull ? [c.nonNull] : []), ...(c.scale ? [c.scale] : [])],
    ),
  ];
}

function assignments(layout: AggregateLayout, s: string, d: string): string {
  const count = ident(COUNT_COLUMN);
  const all: [string, string][] = [
    [COUNT_COLUMN, `${s}.${count} + ${d}.${count}`],
    ...layout.calls.flatMap((c) => foldedState(c, s, d)),
  ];
  return all.map(([column, expr]) => `${ident(column)} = ${expr}`).join(",\n    ");
}

function upsertGroups(plan: MaintenancePlan, layout: AggregateLayout): string {
  const keys = layout.groupColumns.map((g) => ident(g.name));
  const columns = [...keys, ...stateColumns(layout).map(ident)];
  return [
    "-- fold each group's change into its row; groups are locked in key order, so concurrent writers never deadlock",
    `INSERT INTO ${storage(plan)} AS "__ivm_s" (${columns.join(", ")})`,
    `SELECT ${columns.join(", ")}`,
    "FROM (",
    indent(summary(layout), 2),
    ') AS "__ivm_d"',
    `ORDER BY ${keys.join(", ")}`,
    `ON CONFLICT (${keys.join(", ")}) DO UPDATE`,
    `SET ${assignments(layout, '"__ivm_s"', "EXCLUDED")}`,
  ].join("\n");
}

function updateTotal(plan: MaintenancePlan, layout: AggregateLayout): string {
  return [
    "-- fold the change into the view's single row",
    `UPDATE ${storage(plan)} AS "__ivm_s"`,
    `SET ${assignments(layout, '"__ivm_s"', '"__ivm_d"')}`,
    "FROM (",
    indent(summary(layout, ['pg_catalog.count(*) AS "__ivm_rows"']), 2),
    ') AS "__ivm_d"',
    `WHERE "__ivm_d"."__ivm_rows" > 0`,
  ].join("\n");
}

/** `a` and `b` hold the same group key (NULL matching NULL unless the key cannot be NULL). */
function sameKey(group: GroupColumn, a: string, b: string): string {
  return group.notNull ? `${a} = ${b}` : `(${a} = ${b} OR (${a} IS NULL AND ${b} IS NULL))`;
}

export function recomputeExtremaSql(plan: MaintenancePlan): string {
  const layout = plan.aggregate as AggregateLayout;
  const aggregation = plan.query.aggregation!;
  const s = '"__ivm_s"';
  const d = '"__ivm_d"';
  // In the change rows the argument is a column; over the base tables it is the expression (of
  // each branch, in the union of branches of a view with outer joins).
  const single = plan.branches.length === 1;
  const extrema = layout.calls.flatMap((c, j) =>
    c.call.arg
      ? trackedExtrema(c, argumentColumn(j)).map((inChanges, i) => ({
          inChanges,
          overBase: trackedExtrema(c, single ? expressionSql(c.call.arg!) : '"__ivm_v"')[i]!,
          arg: c.call.arg!,
        }))
      : [],
  );
  const ofThisGroup = aggregation.groupKeys.map((k, i) =>
    sameKey(layout.groupColumns[i]!, `(${expressionSql(k)})`, `${s}.${ident(layout.groupColumns[i]!.name)}`),
  );
  const groupRows = (select: string) =>
    plan.branches
      .map(
        (b) =>
          `SELECT ${select}\n${fromWhere(
            plan,
            b,
            b.occurrences.map((o) => occurrenceSource(plan, o, "post")),
            ofThisGroup,
          )}`,
      )
      .join("\nUNION ALL\n");
  const recomputed = (e: TrackedExtremum, arg: Expression) =>
    single
      ? groupRows(e.over)
      : `SELECT ${e.over} FROM (\n${indent(groupRows(`${expressionSql(arg)} AS "__ivm_v"`), 2)}\n) AS "__ivm_u"`;
  const removedMayBeStored = (e: TrackedExtremum) =>
    mayHaveRemovedExtremum(e, `${d}.${ident(e.column)}`, `${s}.${ident(e.column)}`);
  const sets = extrema.map(
    ({ overBase, arg }) =>
      `${ident(overBase.column)} = CASE WHEN ${removedMayBeStored(overBase)}\n      THEN (${indent(recomputed(overBase, arg), 6).trimStart()})\n      ELSE ${s}.${ident(overBase.column)} END`,
  );
  const summaryOfRemoved = perGroup(
    layout,
    extrema.map(({ inChanges }) => removedExtremum(inChanges)),
  );
  const matches = layout.groupColumns.map((g) => sameKey(g, `${s}.${ident(g.name)}`, `${d}.${ident(g.name)}`));
  return [
    "-- a removed value may have been its group's min or max (or largest numeric scale): recompute just those",
    `UPDATE ${storage(plan)} AS ${s}`,
    `SET ${sets.join(",\n    ")}`,
    "FROM (",
    indent(summaryOfRemoved, 2),
    `) AS ${d}`,
    `WHERE ${[...matches, `(${extrema.map(({ overBase }) => removedMayBeStored(overBase)).join(" OR ")})`].join("\n  AND ")}`,
  ].join("\n");
}
