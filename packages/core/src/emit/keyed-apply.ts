import type { ExistsCondition, Occurrence } from "../ir.js";
import type { BaseTable, MaintenancePlan, OccurrenceKey } from "../plan/plan.js";
import { existsWhere, sourcesAroundChange } from "./exists-delta.js";
import { netChangeRows } from "./net-change.js";
import { type DeltaSource, fromWhere, keyOutputList, occurrenceSource, outputList, tableOf } from "./query.js";
import { ident, indent, qualified, record } from "./sql.js";

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

/** Every occurrence read from its table as it is now. */
function postSources(plan: MaintenancePlan): string[] {
  return plan.query.occurrences.map((o) => occurrenceSource(plan, o, "post"));
}

function deleteStale(
  plan: MaintenancePlan,
  key: OccurrenceKey,
  changedKeys: string,
  sources: string[] = postSources(plan),
): string {
  const sameRow = plan.occurrenceKeys.flatMap((k) =>
    k.columns.map((c) => `${ident(k.occurrence.alias)}.${ident(c.base)} = "__ivm_s".${ident(c.storage)}`),
  );
  const keyColumns = key.columns.map((c) => `"__ivm_s".${ident(c.storage)}`).join(", ");
  return [
    `-- rows built from changed ${key.occurrence.alias} rows that no longer satisfy the view`,
    `DELETE FROM ${storage(plan)} AS "__ivm_s"`,
    `WHERE (${keyColumns}) IN (${changedKeys})`,
    "  AND NOT EXISTS (",
    `    SELECT ${indent(fromWhere(plan, sources, sameRow), 4).trimStart()})`,
  ].join("\n");
}

/** Upserts the view rows `sources` produce, restricted to `key`'s changed keys when given. */
function upsertCurrent(
  plan: MaintenancePlan,
  key: OccurrenceKey,
  changedKeys: string | undefined,
  sources: string[] = postSources(plan),
): string {
  const alias = ident(key.occurrence.alias);
  const inChanged =
    changedKeys === undefined
      ? []
      : [`(${key.columns.map((c) => `${alias}.${ident(c.base)}`).join(", ")}) IN (${changedKeys})`];
  const visible = plan.query.outputs.map((o) => ident(o.name));
  const storageColumns = [...visible, ...plan.uniqueKey.map(ident)];
  return [
    `-- current rows built from changed ${key.occurrence.alias} rows`,
    `INSERT INTO ${storage(plan)} AS "__ivm_s" (${storageColumns.join(", ")})`,
    `SELECT ${[...outputList(plan), ...keyOutputList(plan)].join(",\n       ")}`,
    fromWhere(plan, sources, inChanged),
    `ON CONFLICT (${plan.uniqueKey.map(ident).join(", ")}) DO UPDATE`,
    `SET ${visible.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}`,
    // Skips rewriting rows whose binary images are the same: an equal value printed differently
    // (numeric 1.0 and 1.00) is still written, and types without "=" (json) compare too.
    `WHERE ${record(visible.map((c) => `"__ivm_s".${c}`))} OPERATOR(pg_catalog.*<>) ${record(visible.map((c) => `EXCLUDED.${c}`))}`,
  ].join("\n");
}

/**
 * The statements for one statement on `table` alone, read straight from its transition tables,
 * when the table occurs once in the view and in no EXISTS subquery (else undefined). The rows now
 * under the changed keys are the statement's net new rows, so the view rows to upsert are built
 * from them, joined with the other tables — no lookup of the changed table by key, and estimates
 * of the statement's own size. An UPDATE's rows are its net change to the columns the view reads
 * (net-change.ts): intermediate versions of an FK cascade within the table cancel out.
 */
export function keyedApplyFromTransition(
  plan: MaintenancePlan,
  table: BaseTable,
  event: "INSERT" | "UPDATE" | "DELETE",
): string[] | undefined {
  const key = plan.occurrenceKeys.find((k) => tableOf(plan, k.occurrence) === table);
  const once = plan.occurrenceKeys.filter((k) => tableOf(plan, k.occurrence) === table).length === 1;
  const inExists = plan.query.exists.some((c) => c.occurrences.some((o) => tableOf(plan, o) === table));
  if (key === undefined || !once || inExists) return undefined;
  const keyList = key.columns.map((c) => ident(c.base)).join(", ");
  const oldRows =
    event === "UPDATE" ? `(${netChangeRows(table.columns, table.relation.primaryKey, "removed")})` : '"immv_old"';
  const oldKeys = `SELECT ${keyList} FROM ${oldRows} AS "__ivm_r"`;
  if (event === "DELETE") {
    const keyColumns = key.columns.map((c) => ident(c.storage)).join(", ");
    return [
      `-- rows built from deleted ${key.occurrence.alias} rows\nDELETE FROM ${storage(plan)} WHERE (${keyColumns}) IN (${oldKeys})`,
    ];
  }
  const newRows =
    event === "UPDATE" ? `(${netChangeRows(table.columns, table.relation.primaryKey, "added")})` : '"immv_new"';
  const withNewRows = plan.query.occurrences.map((o) =>
    o === key.occurrence ? `${newRows} AS ${ident(o.alias)}` : occurrenceSource(plan, o, "post"),
  );
  const upsert = upsertCurrent(plan, key, undefined, withNewRows);
  return event === "INSERT" ? [upsert] : [deleteStale(plan, key, oldKeys, withNewRows), upsert];
}
