import type { ExistsCondition, Occurrence } from "../ir.js";
import { COUNT_COLUMN, SIGN_COLUMN } from "../plan/columns.js";
import type { BaseTable, MaintenancePlan } from "../plan/plan.js";
import { type ChangeRelation, tableOf } from "../plan/program.js";
import { initialState } from "./aggregate-state.js";
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

/** `FROM … WHERE …` of the view, with each occurrence bound as given and extra conditions. */
export function fromWhere(
  plan: MaintenancePlan,
  sources: string[],
  extra: string[] = [],
  exists: ExistsSql = (c) => existsSql(plan, c),
): string {
  const conditions = [
    ...plan.query.predicates.map((p) => `(${expressionSql(p)})`),
    ...plan.query.exists.map(exists),
    ...extra,
  ];
  const from = `FROM ${sources.join(",\n     ")}`;
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

/** The query that fills the storage table: visible columns plus hidden identity columns. */
export function populateSelect(plan: MaintenancePlan): string {
  const post = plan.query.occurrences.map((o) => occurrenceSource(plan, o, "post"));
  if (plan.aggregate) {
    const layout = plan.aggregate;
    const keys = plan.query.aggregation!.groupKeys.map(
      (k, i) => `${expressionSql(k)} AS ${ident(layout.groupColumns[i]!.name)}`,
    );
    const state = layout.calls.flatMap((c) => initialState(c, c.call.arg ? expressionSql(c.call.arg) : "*"));
    const items = [...keys, `pg_catalog.count(*) AS ${ident(COUNT_COLUMN)}`, ...state];
    const groupBy = keys.length > 0 ? `\nGROUP BY ${keys.map((_, i) => String(i + 1)).join(", ")}` : "";
    return `SELECT ${items.join(",\n       ")}\n${fromWhere(plan, post)}${groupBy}`;
  }
  if (plan.strategy === "keyed") {
    return `SELECT ${[...outputList(plan), ...keyOutputList(plan)].join(",\n       ")}\n${fromWhere(plan, post)}`;
  }
  const groupBy = plan.query.outputs.map((_, i) => String(i + 1)).join(", ");
  return `SELECT ${[...outputList(plan), `pg_catalog.count(*) AS ${ident(COUNT_COLUMN)}`].join(",\n       ")}\n${fromWhere(plan, post)}\nGROUP BY ${groupBy}`;
}
