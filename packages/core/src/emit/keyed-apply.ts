import { replaceExpressions, subexpressions } from "../ir/expression-walk.js";
import type { ExistsCondition, Occurrence, SpjQuery } from "../ir.js";
import type { Correlation } from "../plan/correlation.js";
import type { BaseTable, MaintenancePlan, OccurrenceKey } from "../plan/plan.js";
import type { ChangeRelation, KeySource } from "../plan/program.js";
import { existsBefore, existsWhere, sourcesAroundChange } from "./exists-delta.js";
import { expressionSql } from "./expression-sql.js";
import {
  changeRelation,
  existsSql,
  fromWhere,
  keyOutputList,
  nullRowSource,
  occurrenceSource,
  outputList,
} from "./query.js";
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
  if (source.flipped) return flippedKeysSql(plan, key, source.condition, source.table, source.flipped);
  // Outer rows that the subquery relates to a changed row (old or new) of the table; a superset
  // is enough, since the rows found are recomputed.
  const { condition, table } = source;
  const outer = condition.correlated.map((alias) =>
    occurrenceSource(plan, plan.query.occurrences.find((o) => o.alias === alias) as Occurrence, "post"),
  );
  // Outer scans its branch leaves unmatched read as their row of NULLs.
  const own = new Set([...condition.occurrences.map((o) => o.alias), ...condition.correlated]);
  const unmatched = plan.query.occurrences.filter(
    (o) =>
      !own.has(o.alias) &&
      condition.predicates.some((p) => subexpressions(p).some((e) => e.kind === "column" && e.alias === o.alias)),
  );
  outer.push(...unmatched.map((o) => nullRowSource(plan, o)));
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

/**
 * Keys of the outer rows whose EXISTS a change of `table` flipped, for a condition correlated by
 * equalities alone (see Correlation): the values the changed inner rows (old and new) give the
 * correlated columns are the candidates; a candidate flipped when the condition, with the outer
 * columns read as that value, holds now and did not before or the other way round (a few probes);
 * only outer rows with a flipped value are revisited.
 */
function flippedKeysSql(
  plan: MaintenancePlan,
  key: OccurrenceKey,
  condition: ExistsCondition,
  table: BaseTable,
  correlation: Correlation,
): string {
  const outer = plan.query.occurrences.find((o) => o.alias === correlation.outerAlias) as Occurrence;
  const alias = ident(outer.alias);
  const value = (i: number) => ident(`v${i + 1}`);
  const own = new Set(condition.occurrences.map((o) => o.alias));
  const innerOnly = condition.predicates.filter((p) =>
    subexpressions(p).every((e) => e.kind !== "column" || own.has(e.alias)),
  );
  const filter = innerOnly.length > 0 ? ` WHERE ${innerOnly.map((p) => `(${expressionSql(p)})`).join(" AND ")}` : "";
  const candidates = condition.occurrences
    .filter((o) => o.relation === table.relation)
    .map(
      (at) =>
        `SELECT ${correlation.pairs.map((p, i) => `${expressionSql(p.inner)} AS ${value(i)}`).join(", ")} FROM ${sourcesAroundChange(plan, condition, at).join(", ")}${filter}`,
    )
    .join(" UNION ALL ");
  // The condition for an outer row whose correlated columns hold a candidate's values.
  const atCandidate: ExistsCondition = {
    ...condition,
    negated: false,
    predicates: condition.predicates.map((p) =>
      replaceExpressions(p, (e) => {
        if (e.kind !== "column" || e.alias !== correlation.outerAlias) return undefined;
        const i = correlation.pairs.findIndex((pair) => pair.outer.column === e.column);
        return { kind: "column", alias: "__ivm_v", column: `v${i + 1}`, type: e.type };
      }),
    ),
  };
  const flipped = `(${existsSql(plan, atCandidate)}) IS DISTINCT FROM (${existsBefore(plan, atCandidate)})`;
  const columns = correlation.pairs.map((p) => `${alias}.${ident(p.outer.column)}`).join(", ");
  const keyList = key.columns.map((c) => `${alias}.${ident(c.base)}`).join(", ");
  return `SELECT ${keyList} FROM ${occurrenceSource(plan, outer, "post")} WHERE (${columns}) IN (SELECT ${correlation.pairs.map((_, i) => `"__ivm_v".${value(i)}`).join(", ")} FROM (${candidates}) AS "__ivm_v" WHERE ${flipped})`;
}

/** Every occurrence of `branch` read from its table as it is now, `key`'s as `current` when
 * given. */
function sources(
  plan: MaintenancePlan,
  branch: SpjQuery,
  key: OccurrenceKey,
  current: ChangeRelation | undefined,
): string[] {
  return branch.occurrences.map((o) =>
    o === key.occurrence && current
      ? `${changeRelation(current)} AS ${ident(o.alias)}`
      : occurrenceSource(plan, o, "post"),
  );
}

/** The branches (see SpjQuery) whose rows the step revisits: those that carry `key` (read its
 * occurrence) — every branch when it revisits every row. */
function branchesWith(plan: MaintenancePlan, key: OccurrenceKey, keys: KeySource | undefined): SpjQuery[] {
  if (keys?.kind === "all") return plan.branches;
  return plan.branches.filter((b) => b.occurrences.includes(key.occurrence));
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
  // A stored row is the row of a branch with the same keys; an unmatched side's keys are NULL.
  const sameRow = (branch: SpjQuery) =>
    plan.occurrenceKeys.flatMap((k) =>
      k.columns.map((c) =>
        branch.occurrences.includes(k.occurrence)
          ? `${ident(k.occurrence.alias)}.${ident(c.base)} = "__ivm_s".${ident(c.storage)}`
          : `"__ivm_s".${ident(c.storage)} IS NULL`,
      ),
    );
  const keyColumns = key.columns.map((c) => `"__ivm_s".${ident(c.storage)}`).join(", ");
  const changed = keysSql(plan, key, keys);
  const probes = branchesWith(plan, key, keys).map(
    (b) =>
      `NOT EXISTS (\n    SELECT ${indent(fromWhere(plan, b, sources(plan, b, key, current), sameRow(b)), 4).trimStart()})`,
  );
  const conditions = [...(changed === undefined ? [] : [`(${keyColumns}) IN (${changed})`]), ...probes];
  return [
    changed === undefined
      ? "-- rows that no longer satisfy the view (a change of an uncorrelated subquery may reach any)"
      : `-- rows built from changed ${key.occurrence.alias} rows that no longer satisfy the view`,
    `DELETE FROM ${storage(plan)} AS "__ivm_s"`,
    `WHERE ${conditions.join("\n  AND ")}`,
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
  // One row per key: the branches' rows differ in which keys are NULL.
  const rows = branchesWith(plan, key, keys).map(
    (b) =>
      `SELECT ${[...outputList(plan), ...keyOutputList(plan)].join(",\n       ")}\n${fromWhere(plan, b, sources(plan, b, key, current), inChanged)}`,
  );
  return [
    `-- current rows built from changed ${key.occurrence.alias} rows`,
    `INSERT INTO ${storage(plan)} AS "__ivm_s" (${storageColumns.join(", ")})`,
    rows.join("\nUNION ALL\n"),
    `ON CONFLICT (${plan.uniqueKey.map(ident).join(", ")}) DO UPDATE`,
    `SET ${visible.map((c) => `${c} = EXCLUDED.${c}`).join(", ")}`,
    // Skips rewriting rows whose binary images are the same: an equal value printed differently
    // (numeric 1.0 and 1.00) is still written, and types without "=" (json) compare too.
    `WHERE ${record(visible.map((c) => `"__ivm_s".${c}`))} OPERATOR(pg_catalog.*<>) ${record(visible.map((c) => `EXCLUDED.${c}`))}`,
  ].join("\n");
}
