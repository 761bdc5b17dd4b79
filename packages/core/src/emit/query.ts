import type { ExistsCondition, Occurrence, SpjQuery } from "../ir.js";
import { SIGN_COLUMN } from "../plan/columns.js";
import type { BaseTable, MaintenancePlan } from "../plan/plan.js";
import { type ChangeRelation, tableOf } from "../plan/program.js";
import { expressionSql } from "./expression-sql.js";
import { ident, qualified } from "./sql.js";

/**
 * How an occurrence is read in one term of a delta query:
 * - `post`: the table as it is now (after the change);
 * - `delta`: its signed change rows (`__ivm_m__` = +1 added, -1 removed);
 * - `pre`: the table as it was before the change, rebuilt as post ⊎ (−delta) — no snapshot needed.
 */
export type Binding = "post" | "delta" | "pre";

/**
 * The name a statement reads a change relation by. The runtime replaces each with what the event
 * at hand provides (transition tables, stash tables, nothing) when it writes the trigger
 * functions: the view's statements are written once, whatever the event. The analyzer keeps
 * `__ivm_` out of every name and string of the definition, so these occur nowhere else.
 */
export function changeRelation(relation: ChangeRelation): string {
  return ident(`__ivm_${relation.kind}_${relation.table.index}`);
}

/** The signed change rows of `table`. */
export function changesOf(table: BaseTable): string {
  return changeRelation({ kind: "changes", table });
}

/** The change of the view's input rows (counted and aggregate views): the union of the input
 * terms the runtime picks for the event. */
export const INPUT_RELATION = ident("__ivm_input");

export function tableName(table: BaseTable): string {
  return qualified(table.relation.schema, table.relation.name);
}

function columnList(table: BaseTable, prefix = ""): string {
  return table.columns.map((c) => prefix + ident(c)).join(", ");
}

export function occurrenceSource(plan: MaintenancePlan, occurrence: Occurrence, binding: Binding): string {
  const table = tableOf(plan, occurrence);
  const alias = ident(occurrence.alias);
  if (binding === "post") return `${tableName(table)} AS ${alias}`;
  if (binding === "delta") return `${changesOf(table)} AS ${alias}`;
  return [
    `(SELECT ${columnList(table)}, 1 AS ${ident(SIGN_COLUMN)} FROM ${tableName(table)}`,
    ` UNION ALL SELECT ${columnList(table, '"__ivm_d".')}, -"__ivm_d".${ident(SIGN_COLUMN)} FROM ${changesOf(table)} AS "__ivm_d") AS ${alias}`,
  ].join("\n");
}

/** How an EXISTS condition is written in one query; by default over the tables as they are now. */
export type ExistsSql = (condition: ExistsCondition) => string;

/** `[NOT] EXISTS (SELECT FROM … WHERE …)` with each subquery occurrence read through `source`. */
export function existsSql(
  plan: MaintenancePlan,
  condition: ExistsCondition,
  source: (o: Occurrence) => string = (o) => occurrenceSource(plan, o, "post"),
): string {
  const conditions = condition.predicates.map((p) => `(${expressionSql(p)})`);
  return `${condition.negated ? "NOT " : ""}EXISTS (SELECT FROM ${condition.occurrences.map(source).join(", ")}${conditions.length > 0 ? ` WHERE ${conditions.join(" AND ")}` : ""})`;
}

/** One row of NULLs typed as `occurrence`'s table: an outer join's unmatched side. */
export function nullRowSource(plan: MaintenancePlan, occurrence: Occurrence): string {
  return `(SELECT "__ivm_n".* FROM (SELECT) AS "__ivm_one" LEFT JOIN ${tableName(tableOf(plan, occurrence))} AS "__ivm_n" ON false) AS ${ident(occurrence.alias)}`;
}

/**
 * `FROM … WHERE …` of one branch of the view (`query`), with each of its occurrences read from
 * `sources`, its nulled ones as a row of NULLs, and extra conditions.
 */
export function fromWhere(
  plan: MaintenancePlan,
  query: SpjQuery,
  sources: string[],
  extra: string[] = [],
  exists: ExistsSql = (c) => existsSql(plan, c),
): string {
  const conditions = [...query.predicates.map((p) => `(${expressionSql(p)})`), ...query.exists.map(exists), ...extra];
  const from = `FROM ${[...sources, ...query.nulled.map((o) => nullRowSource(plan, o))].join(",\n     ")}`;
  return conditions.length === 0 ? from : `${from}\nWHERE ${conditions.join("\n  AND ")}`;
}

/** The view's output expressions, named. */
export function outputList(plan: MaintenancePlan): string[] {
  return plan.query.outputs.map((o) => `${expressionSql(o.expr)} AS ${ident(o.name)}`);
}

/** Hidden primary-key columns of every occurrence (keyed strategy). */
export function keyOutputList(plan: MaintenancePlan): string[] {
  return plan.occurrenceKeys.flatMap((k) =>
    k.columns.map((c) => `${ident(k.occurrence.alias)}.${ident(c.base)} AS ${ident(c.storage)}`),
  );
}
