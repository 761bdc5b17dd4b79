import type { Occurrence } from "../ir.js";
import type { MaintenancePlan, OccurrenceKey } from "../plan/plan.js";
import type { ChangeRelation, KeySource } from "../plan/program.js";
import { existsWhere, sourcesAroundChange } from "./exists-delta.js";
import { changeRelation, fromWhere, keyOutputList, occurrenceSource, outputList } from "./query.js";
import { ident, indent, qualified, record } from "./sql.js";

/**
 * A keyed view's steps (see plan/program.ts keyedSteps). Every view row carries the primary keys
 * of the base rows it was built from; the rows revisited are recomputed from the tables as they
 * are now, so no step needs a pre-state.
 */

function storage(plan: MaintenancePlan): string {
  return qualified(plan.schema, plan.storageTable);
}

/** The changed keys of `key`'s occurrence as a query; undefined for every row. */
function keysSql(plan: MaintenancePlan, key: OccurrenceKey, source: KeySource): string | undefined {
  if (source.kind === "all") return undefined;
  if (source.kind === "changed") {
    return `SELECT ${key.columns.map((c) => ident(c.base)).join(", ")} FROM ${changeRelation(source.relation)} AS "__ivm_c"`;
  }
  // Outer rows that the subquery relates to a changed row (old or new) of the table; a superset
  // is enough, since the rows found are recomputed.
  const { condition, table } = source;
  const outer = condition.correlated.map((alias) =>
    occurrenceSource(plan, plan.query.occurrences.find((o) => o.alias === alias) as Occurrence, "post"),
  );
  const alias = ident(key.occurrence.alias);
  const keyList = key.columns.map((c) => `${alias}.${ident(c.base)}`).join(", ");
  return condition.occurrences
    .filter((o) => o.relation === table.relation)
    .map((at) => {
      const inner = sourcesAroundChange(plan, condition, at);
      return `SELECT ${keyList} FROM ${[...outer, ...inner].join(", ")}${existsWhere(condition)}`;
    })
    .join(" UNION ");
}

/** Every occurrence read from its table as it is now, `key`'s as `current` when given. */
function sources(plan: MaintenancePlan, key: OccurrenceKey, current: ChangeRelation | undefined): string[] {
  return plan.query.occurrences.map((o) =>
    o === key.occurrence && current
      ? `${changeRelation(current)} AS ${ident(o.alias)}`
      : occurrenceSource(plan, o, "post"),
  );
}

export function deleteRowsSql(plan: MaintenancePlan, key: OccurrenceKey, removed: ChangeRelation): string {
  const keyColumns = key.columns.map((c) => ident(c.storage)).join(", ");
  const keys = `SELECT ${key.columns.map((c) => ident(c.base)).join(", ")} FROM ${changeRelation(removed)} AS "__ivm_r"`;
  return `-- rows built from deleted ${key.occurrence.alias} rows\nDELETE FROM ${storage(plan)} WHERE (${keyColumns}) IN (${keys})`;
}

export function deleteStaleSql(
  plan: MaintenancePlan,
  key: OccurrenceKey,
  keys: KeySource,
  current: ChangeRelation | undefined,
): string {
  const sameRow = plan.occurrenceKeys.flatMap((k) =>
    k.columns.map((c) => `${ident(k.occurrence.alias)}.${ident(c.base)} = "__ivm_s".${ident(c.storage)}`),
  );
  const keyColumns = key.columns.map((c) => `"__ivm_s".${ident(c.storage)}`).join(", ");
  const changed = keysSql(plan, key, keys);
  const probe = `NOT EXISTS (\n    SELECT ${indent(fromWhere(plan, plan.query, sources(plan, key, current), sameRow), 4).trimStart()})`;
  return [
    changed === undefined
      ? "-- rows that no longer satisfy the view (a change of an uncorrelated subquery may reach any)"
      : `-- rows built from changed ${key.occurrence.alias} rows that no longer satisfy the view`,
    `DELETE FROM ${storage(plan)} AS "__ivm_s"`,
    changed === undefined ? `WHERE ${probe}` : `WHERE (${keyColumns}) IN (${changed})\n  AND ${probe}`,
  ].join("\n");
}

/** Upserts the view rows under `keys` (all that `current` produces when no keys are given). */
export function upsertCurrentSql(
  plan: MaintenancePlan,
  key: OccurrenceKey,
  keys: KeySource | undefined,
  current: ChangeRelation | undefined,
): string {
  const alias = ident(key.occurrence.alias);
  const changed = keys === undefined ? undefined : keysSql(plan, key, keys);
  const inChanged =
    changed === undefined
      ? []
      : [`(${key.columns.map((c) => `${alias}.${ident(c.base)}`).join(", ")}) IN (${changed})`];
  const visible = plan.query.outputs.map((o) => ident(o.name));
  const storageColumns = [...visible, ...plan.uniqueKey.map(ident)];
  return [
    `-- current rows built from changed ${key.occurrence.alias} rows`,
    `INSERT INTO ${storage(plan)} AS "__ivm_s" (${storageColumns.join(", ")})`,
    `SELECT ${[...outputList(plan), ...keyOutputList(plan)].join(",\n       ")}`,
    fromWhere(plan, plan.query, sources(plan, key, current), inChanged),
    `ON CONFLICT (${plan.uniqueKey.map(ident).join(", ")}) DO UPDATE`,
    `SET ${visible.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}`,
    // Skips rewriting rows whose binary images are the same: an equal value printed differently
    // (numeric 1.0 and 1.00) is still written, and types without "=" (json) compare too.
    `WHERE ${record(visible.map((c) => `"__ivm_s".${c}`))} OPERATOR(pg_catalog.*<>) ${record(visible.map((c) => `EXCLUDED.${c}`))}`,
  ].join("\n");
}
