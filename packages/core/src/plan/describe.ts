import { expressionSql } from "../emit/expression-sql.js";
import type { AggregateLayout } from "./aggregate-layout.js";
import { COUNT_COLUMN } from "./columns.js";
import { describeProgram } from "./describe-program.js";
import type { MaintenancePlan } from "./plan.js";
import { planProgram } from "./program.js";

/** What `immv explain` prints: how the view will be stored and maintained. */
export function describePlan(plan: MaintenancePlan, warnings: string[] = []): string {
  const q = (schema: string, name: string) => `${schema}.${name}`;
  const lines = [
    `view:        ${q(plan.viewSchema, plan.name)} (reads ${q(plan.schema, plan.storageTable)})`,
    `strategy:    ${plan.strategy}${plan.query.distinct ? " (DISTINCT)" : ""}`,
    STRATEGY_SUMMARY[plan.strategy],
    `row identity: ${plan.uniqueKey.length > 0 ? `unique (${plan.uniqueKey.join(", ")})` : "a single row (no GROUP BY)"}`,
  ];
  if (plan.aggregate) {
    lines.push(...describeAggregate(plan.aggregate, plan.uniqueKey.length > 0));
  } else if (plan.occurrenceKeys.length > 0) {
    lines.push("hidden columns:");
    for (const k of plan.occurrenceKeys) {
      for (const c of k.columns) lines.push(`  ${c.storage} = ${k.occurrence.alias}.${c.base}`);
    }
  } else {
    lines.push(
      `hidden columns:\n  __ivm_count__ = multiplicity${plan.expandsMultiplicity ? " (the view repeats each row that many times)" : ""}`,
    );
  }
  for (const c of plan.query.exists) {
    const tables = c.occurrences.map((o) => `${o.relation.name} ${o.alias}`).join(", ");
    lines.push(
      `exists:      ${c.negated ? "NOT " : ""}EXISTS over ${tables}, correlated with ${c.correlated.join(", ")}: a change to ${c.occurrences.length > 1 ? "these tables" : "this table"} ${
        plan.strategy === "keyed"
          ? `recomputes the view rows of the ${c.correlated[0]} rows related to the changed rows`
          : "adds or removes the rows of the outer rows related to the changed rows whose condition flipped"
      }`,
    );
  }
  lines.push(...describeProgram(planProgram(plan)));
  lines.push("triggers:");
  for (const t of plan.baseTables) {
    const occ = t.occurrences.length > 0 ? t.occurrences.map((o) => o.alias).join(", ") : "in EXISTS only";
    lines.push(
      `  ${q(t.relation.schema, t.relation.name)} (${t.occurrences.length > 0 ? "as " : ""}${occ}): BEFORE statement + AFTER INSERT/UPDATE/DELETE (transition tables) + AFTER TRUNCATE -> ${q(plan.schema, t.functionName)}()`,
    );
  }
  lines.push(...warnings.map((w) => `warning:     ${w}`));
  lines.push(
    `locking:     ${plan.locksView ? "join view: maintenance is serialised per view (row lock on its catalog row, held to commit); REPEATABLE READ/SERIALIZABLE raise 40001 when another transaction maintained it since the snapshot" : "single-table view: no view-level lock; row locks and upserts let concurrent writers proceed"}`,
  );
  return lines.join("\n");
}

const STRATEGY_SUMMARY: Record<MaintenancePlan["strategy"], string> = {
  keyed:
    "             each row is identified by the primary keys of the base rows it joins; a write recomputes only the rows whose keys it touched",
  counted:
    "             rows are stored once per distinct value with a count; a write adds its signed delta to the counts",
  aggregate:
    "             one row per group holds each aggregate's running state; a write summarises its change per group and folds it in with one upsert",
};

function describeAggregate(layout: AggregateLayout, grouped: boolean): string[] {
  const lines = ["storage columns:"];
  for (const g of layout.groupColumns) lines.push(`  ${g.name} = group key`);
  lines.push(`  ${COUNT_COLUMN} = input rows in the group${grouped ? " (the group is deleted at 0)" : ""}`);
  for (const c of layout.calls) {
    const call = `${c.call.fn}(${c.call.arg ? expressionSql(c.call.arg) : "*"})`;
    if (c.value === COUNT_COLUMN) continue;
    if (c.call.fn === "avg") lines.push(`  ${c.value} = running sum for ${call} (the view divides it by ${c.nonNull})`);
    else lines.push(`  ${c.value} = ${call}`);
    if (c.nonNull) lines.push(`  ${c.nonNull} = non-NULL arguments of ${call} (the result is NULL at 0)`);
    if (c.scale) lines.push(`  ${c.scale} = largest scale of the arguments of ${call} (the digits the result shows)`);
  }
  lines.push(
    `recomputes:  ${grouped ? "only the groups a statement's rows belong to (before or after it), one upsert per statement" : "the single row, one update per statement"}${
      layout.hasExtrema
        ? "; a group's min/max (and largest numeric scale) are recomputed from the base tables only when a removed value was the extremum"
        : ""
    }`,
  );
  return lines;
}
