import type { ExistsCondition, Occurrence, SpjQuery } from "../ir.js";
import { SIGN_COLUMN } from "../plan/columns.js";
import type { MaintenancePlan } from "../plan/plan.js";
import { expressionSql } from "./expression-sql.js";
import { existsSql, fromWhere, occurrenceSource } from "./query.js";
import { ident } from "./sql.js";

/**
 * EXISTS is not linear in its tables, so the telescoping delta treats each EXISTS condition as one
 * more argument of the view, changed before the outer occurrences: outer changes are joined with
 * every condition as it is now, and a condition's own change contributes, for each outer row (as
 * it was before the change) it may relate to, +1 if the condition holds now and not before, -1
 * the other way round. Every table is read as possibly changed; of a table the event did not
 * change, the runtime binds an empty change.
 */

/** ` WHERE …` of the subquery (empty when it has no conditions). */
export function existsWhere(c: ExistsCondition): string {
  const conditions = c.predicates.map((p) => `(${expressionSql(p)})`);
  return conditions.length > 0 ? ` WHERE ${conditions.join(" AND ")}` : "";
}

/** The condition over its tables as they were before the change: each read as post ⊎ (−Δ), and a
 * combination counts with the product of its rows' signs. */
export function existsBefore(plan: MaintenancePlan, c: ExistsCondition): string {
  const sources = c.occurrences.map((o) => occurrenceSource(plan, o, "pre"));
  const signs = c.occurrences.map((o) => `${ident(o.alias)}.${ident(SIGN_COLUMN)}`).join(" * ");
  const held = `COALESCE((SELECT pg_catalog.sum(${signs}) FROM ${sources.join(", ")}${existsWhere(c)}), 0) > 0`;
  return c.negated ? `NOT (${held})` : held;
}

/** The subquery's tables with occurrence `at` read as its change (old and new rows) and the others
 * as post ⊎ (−Δ): a superset of their rows before and after the change. */
export function sourcesAroundChange(plan: MaintenancePlan, c: ExistsCondition, at: Occurrence): string[] {
  return c.occurrences.map((o) => occurrenceSource(plan, o, o === at ? "delta" : "pre"));
}

/** Outer rows the condition may have changed for: related to a changed row (old or new). */
function relatedToChange(plan: MaintenancePlan, c: ExistsCondition): string {
  const probes = c.occurrences.map(
    (at) => `EXISTS (SELECT FROM ${sourcesAroundChange(plan, c, at).join(", ")}${existsWhere(c)})`,
  );
  return probes.length === 1 ? (probes[0] as string) : `(${probes.join(" OR ")})`;
}

/** The term of the view's change contributed by condition `c`'s own change. */
export function existsChangeTerm(
  plan: MaintenancePlan,
  branch: SpjQuery,
  c: ExistsCondition,
  selectList: string[],
): string {
  const outer = branch.occurrences;
  const pre = outer.map((o) => occurrenceSource(plan, o, "pre"));
  const conditions = branch.exists;
  const k = conditions.indexOf(c);
  const flip = `(CASE WHEN ${existsSql(plan, c)} THEN 1 ELSE 0 END) - (CASE WHEN ${existsBefore(plan, c)} THEN 1 ELSE 0 END)`;
  const sign = [`(${flip})`, ...outer.map((o) => `${ident(o.alias)}.${ident(SIGN_COLUMN)}`)].join(" * ");
  // Conditions before k are read as they are now, those after k as they were.
  const condition = (other: ExistsCondition) =>
    other === c
      ? relatedToChange(plan, c)
      : conditions.indexOf(other) < k
        ? existsSql(plan, other)
        : existsBefore(plan, other);
  return `SELECT ${[...selectList, `${sign} AS ${ident(SIGN_COLUMN)}`].join(",\n       ")}\n${fromWhere(plan, branch, pre, [], condition)}`;
}
