import type { ExistsCondition, Occurrence } from "../ir.js";
import { SIGN_COLUMN } from "../plan/columns.js";
import type { MaintenancePlan } from "../plan/plan.js";
import { expressionSql } from "./expression-sql.js";
import { type DeltaSource, existsSql, fromWhere, occurrenceSource, tableOf } from "./query.js";
import { ident } from "./sql.js";

/**
 * EXISTS is not linear in its tables, so the telescoping delta treats each EXISTS condition as one
 * more argument of the view, changed after the outer occurrences: outer changes are joined with
 * every condition as it was before the batch, and a condition's own change contributes, for each
 * outer row it may relate to, +1 if it holds now and not before, -1 the other way round.
 */

function changedOccurrences(plan: MaintenancePlan, c: ExistsCondition, changedTables: Set<string>): Occurrence[] {
  return c.occurrences.filter((o) => changedTables.has(tableOf(plan, o).functionName));
}

/** ` WHERE …` of the subquery (empty when it has no conditions). */
export function existsWhere(c: ExistsCondition): string {
  const conditions = c.predicates.map((p) => `(${expressionSql(p)})`);
  return conditions.length > 0 ? ` WHERE ${conditions.join(" AND ")}` : "";
}

/** The condition over its tables as they were before the batch: changed tables are read as
 * post ⊎ (−Δ), and a combination counts with the product of its rows' signs. */
export function existsBefore(
  plan: MaintenancePlan,
  c: ExistsCondition,
  delta: DeltaSource,
  changedTables: Set<string>,
): string {
  const changed = changedOccurrences(plan, c, changedTables);
  if (changed.length === 0) return existsSql(plan, c);
  const sources = c.occurrences.map((o) => occurrenceSource(plan, o, changed.includes(o) ? "pre" : "post", delta));
  const signs = changed.map((o) => `${ident(o.alias)}.${ident(SIGN_COLUMN)}`).join(" * ");
  const held = `COALESCE((SELECT pg_catalog.sum(${signs}) FROM ${sources.join(", ")}${existsWhere(c)}), 0) > 0`;
  return c.negated ? `NOT (${held})` : held;
}

/** The subquery's tables with occurrence `at` read as its change (old and new rows) and the other
 * changed tables as post ⊎ (−Δ): a superset of their rows before and after the batch. */
export function sourcesAroundChange(
  plan: MaintenancePlan,
  c: ExistsCondition,
  at: Occurrence,
  delta: DeltaSource,
  changedTables: Set<string>,
): string[] {
  const changed = changedOccurrences(plan, c, changedTables);
  return c.occurrences.map((o) =>
    occurrenceSource(plan, o, o === at ? "delta" : changed.includes(o) ? "pre" : "post", delta),
  );
}

/** Outer rows the condition may have changed for: related to a changed row (old or new). */
function relatedToChange(
  plan: MaintenancePlan,
  c: ExistsCondition,
  delta: DeltaSource,
  changedTables: Set<string>,
): string {
  const probes = changedOccurrences(plan, c, changedTables).map(
    (at) =>
      `EXISTS (SELECT FROM ${sourcesAroundChange(plan, c, at, delta, changedTables).join(", ")}${existsWhere(c)})`,
  );
  return probes.length === 1 ? (probes[0] as string) : `(${probes.join(" OR ")})`;
}

/** The terms of the view's change contributed by the EXISTS conditions whose tables changed. */
export function existsChangeTerms(
  plan: MaintenancePlan,
  delta: DeltaSource,
  changedTables: Set<string>,
  selectList: string[],
): string[] {
  const post = plan.query.occurrences.map((o) => occurrenceSource(plan, o, "post"));
  const conditions = plan.query.exists;
  return conditions.flatMap((c, k) => {
    if (changedOccurrences(plan, c, changedTables).length === 0) return [];
    const now = existsSql(plan, c);
    const before = existsBefore(plan, c, delta, changedTables);
    const sign = `(CASE WHEN ${now} THEN 1 ELSE 0 END) - (CASE WHEN ${before} THEN 1 ELSE 0 END)`;
    // Conditions before k are read as they are now, those after k as they were.
    const others = (other: ExistsCondition) =>
      conditions.indexOf(other) < k ? existsSql(plan, other) : existsBefore(plan, other, delta, changedTables);
    const exceptK = (other: ExistsCondition) =>
      other === c ? relatedToChange(plan, c, delta, changedTables) : others(other);
    return [
      `SELECT ${[...selectList, `${sign} AS ${ident(SIGN_COLUMN)}`].join(",\n       ")}\n${fromWhere(plan, post, [], exceptK)}`,
    ];
  });
}
