import type { ExistsCondition, Occurrence } from "../ir.js";
import type { MaintenancePlan, OccurrenceKey } from "../plan/plan.js";
import { existsWhere, sourcesAroundChange } from "./exists-delta.js";
import { type DeltaSource, fromWhere, keyOutputList, occurrenceSource, outputList, tableOf } from "./query.js";
import { ident, indent, qualified } from "./sql.js";

/**
 * Statements that bring a keyed storage table up to date after the base tables in `changed`
 * changed. Every view row carries the primary keys of the base rows it was built from, so the
 * rows to revisit are exactly those whose key for some occurrence of a changed table is among the
 * changed keys: stale ones are deleted, current ones upserted (updated in place when their key
 * survives). Recomputing from the tables as they are now needs no pre-state at all.
 */
export function keyedApply(
  plan: MaintenancePlan,
  changed: DeltaSource,
  onlyTable: string,
  changedTables: Set<string>,
  insertsOnly: boolean,
): string[] {
  // New rows have new keys, and more rows in an EXISTS subquery only make it hold for more outer
  // rows: an insert leaves no stored row stale (the caller rules out NOT EXISTS).
  const refresh = (key: OccurrenceKey, keys: string) =>
    insertsOnly ? [upsertCurrent(plan, key, keys)] : [deleteStale(plan, key, keys), upsertCurrent(plan, key, keys)];
  const statements: string[] = [];
  for (const key of plan.occurrenceKeys) {
    const table = tableOf(plan, key.occurrence);
    if (table.functionName !== onlyTable) continue;
    const changedKeys = `SELECT ${key.columns.map((c) => ident(c.base)).join(", ")} FROM (${changed(table)}) AS "__ivm_c"`;
    statements.push(...refresh(key, changedKeys));
  }
  for (const condition of plan.query.exists) {
    if (!condition.occurrences.some((o) => tableOf(plan, o).functionName === onlyTable)) continue;
    // Rows whose EXISTS may have flipped are those of outer rows correlated with a changed row;
    // they are found by the key of the first outer occurrence the subquery refers to.
    const key = plan.occurrenceKeys.find((k) => k.occurrence.alias === condition.correlated[0]) as OccurrenceKey;
    const keys = correlatedKeys(plan, condition, key, changed, onlyTable, changedTables);
    statements.push(...refresh(key, keys));
  }
  return statements;
}

/** Keys of `key`'s occurrence for outer rows that an EXISTS subquery relates to a row `table`
 * changed (old or new); a superset is enough, since the rows found are recomputed from the
 * tables as they are now. */
function correlatedKeys(
  plan: MaintenancePlan,
  condition: ExistsCondition,
  key: OccurrenceKey,
  changed: DeltaSource,
  table: string,
  changedTables: Set<string>,
): string {
  const outer = condition.correlated.map((alias) =>
    occurrenceSource(plan, plan.query.occurrences.find((o) => o.alias === alias) as Occurrence, "post"),
  );
  const alias = ident(key.occurrence.alias);
  const keyList = key.columns.map((c) => `${alias}.${ident(c.base)}`).join(", ");
  return condition.occurrences
    .filter((o) => tableOf(plan, o).functionName === table)
    .map((at) => {
      const inner = sourcesAroundChange(plan, condition, at, changed, changedTables);
      return `SELECT ${keyList} FROM ${[...outer, ...inner].join(", ")}${existsWhere(condition)}`;
    })
    .join(" UNION ");
}

function storage(plan: MaintenancePlan): string {
  return qualified(plan.schema, plan.storageTable);
}

function deleteStale(plan: MaintenancePlan, key: OccurrenceKey, changedKeys: string): string {
  const post = plan.query.occurrences.map((o) => occurrenceSource(plan, o, "post"));
  const sameRow = plan.occurrenceKeys.flatMap((k) =>
    k.columns.map((c) => `${ident(k.occurrence.alias)}.${ident(c.base)} = "__ivm_s".${ident(c.storage)}`),
  );
  const keyColumns = key.columns.map((c) => `"__ivm_s".${ident(c.storage)}`).join(", ");
  return [
    `-- rows built from changed ${key.occurrence.alias} rows that no longer satisfy the view`,
    `DELETE FROM ${storage(plan)} AS "__ivm_s"`,
    `WHERE (${keyColumns}) IN (${changedKeys})`,
    "  AND NOT EXISTS (",
    `    SELECT ${indent(fromWhere(plan, post, sameRow), 4).trimStart()})`,
  ].join("\n");
}

function upsertCurrent(plan: MaintenancePlan, key: OccurrenceKey, changedKeys: string): string {
  const post = plan.query.occurrences.map((o) => occurrenceSource(plan, o, "post"));
  const alias = ident(key.occurrence.alias);
  const inChanged = `(${key.columns.map((c) => `${alias}.${ident(c.base)}`).join(", ")}) IN (${changedKeys})`;
  const visible = plan.query.outputs.map((o) => ident(o.name));
  const storageColumns = [...visible, ...plan.uniqueKey.map(ident)];
  return [
    `-- current rows built from changed ${key.occurrence.alias} rows`,
    `INSERT INTO ${storage(plan)} AS "__ivm_s" (${storageColumns.join(", ")})`,
    `SELECT ${[...outputList(plan), ...keyOutputList(plan)].join(",\n       ")}`,
    fromWhere(plan, post, [inChanged]),
    `ON CONFLICT (${plan.uniqueKey.map(ident).join(", ")}) DO UPDATE`,
    `SET ${visible.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}`,
    // Comparing the text forms skips no-op rewrites for every type, even those without "=".
    `WHERE ROW(${visible.map((c) => `"__ivm_s".${c}`).join(", ")})::text IS DISTINCT FROM ROW(${visible.map((c) => `EXCLUDED.${c}`).join(", ")})::text`,
  ].join("\n");
}
