import type { MaintenancePlan } from "./plan.js";

/** What `immv explain` prints: how the view will be stored and maintained. */
export function describePlan(plan: MaintenancePlan): string {
  const q = (schema: string, name: string) => `${schema}.${name}`;
  const lines = [
    `view:        ${q(plan.viewSchema, plan.name)} (reads ${q(plan.schema, plan.storageTable)})`,
    `strategy:    ${plan.strategy}${plan.query.distinct ? " (DISTINCT)" : ""}`,
    plan.strategy === "keyed"
      ? "             each row is identified by the primary keys of the base rows it joins; a write recomputes only the rows whose keys it touched"
      : "             rows are stored once per distinct value with a count; a write adds its signed delta to the counts",
    `row identity: unique (${plan.uniqueKey.join(", ")})`,
  ];
  if (plan.occurrenceKeys.length > 0) {
    lines.push("hidden columns:");
    for (const k of plan.occurrenceKeys) {
      for (const c of k.columns) lines.push(`  ${c.storage} = ${k.occurrence.alias}.${c.base}`);
    }
  } else {
    lines.push(
      `hidden columns:\n  __ivm_count__ = multiplicity${plan.expandsMultiplicity ? " (the view repeats each row that many times)" : ""}`,
    );
  }
  lines.push("triggers:");
  for (const t of plan.baseTables) {
    const occ = t.occurrences.map((o) => o.alias).join(", ");
    lines.push(
      `  ${q(t.relation.schema, t.relation.name)} (as ${occ}): BEFORE statement + AFTER INSERT/UPDATE/DELETE (transition tables) + AFTER TRUNCATE -> ${q(plan.schema, t.functionName)}()`,
    );
  }
  lines.push(
    `locking:     ${plan.locksView ? "join view: maintenance is serialised per view (row lock on its catalog row, held to commit); REPEATABLE READ/SERIALIZABLE raise 40001 when another transaction maintained it since the snapshot" : "single-table view: no view-level lock; row locks and upserts let concurrent writers proceed"}`,
  );
  return lines.join("\n");
}
