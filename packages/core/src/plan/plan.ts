import type { Relation } from "../catalog.js";
import { ImmvError } from "../errors.js";
import type { Occurrence, SpjQuery } from "../ir.js";
import { type AggregateLayout, aggregateLayout } from "./aggregate-layout.js";
import { boundedIdentifier, shortHash } from "./identifiers.js";
import { scalarSubqueries } from "./scalar-subqueries.js";

/**
 * How the storage table identifies its rows.
 * - `keyed`: every occurrence has a primary key; the tuple of those keys (hidden columns) is
 *   unique, and maintenance recomputes exactly the rows whose keys a statement touched.
 * - `counted`: DISTINCT views and views over tables without a primary key; rows are kept once
 *   per distinct value with a multiplicity, and maintenance adds signed deltas to it.
 * - `aggregate`: GROUP BY / aggregate views; one row per group holds each aggregate's running
 *   state, and maintenance folds each statement's change, summarised per group, into it.
 */
export type Strategy = "keyed" | "counted" | "aggregate";

export interface MaintenancePlan {
  name: string;
  /** Schema of the catalog, the API, the storage table and the trigger functions. */
  schema: string;
  /** Schema of the user-facing view. */
  viewSchema: string;
  strategy: Strategy;
  /** The view's query; with outer joins, its first branch (every join matched). */
  query: SpjQuery;
  /** Every branch of the view's query (one without outer joins; see SpjQuery). */
  branches: SpjQuery[];
  storageTable: string;
  /** Storage columns forming the unique row identity. */
  uniqueKey: string[];
  /** Hidden primary-key columns (keyed strategy), one group per occurrence. */
  occurrenceKeys: OccurrenceKey[];
  /** Storage of group keys and aggregate state (aggregate strategy). */
  aggregate?: AggregateLayout;
  /** Whether the public view repeats each stored row `__ivm_count__` times (counted, not DISTINCT). */
  expandsMultiplicity: boolean;
  /** Views over several occurrences serialise their maintenance (see docs/maintenance.md). */
  locksView: boolean;
  baseTables: BaseTable[];
  names: GeneratedNames;
}

export interface OccurrenceKey {
  occurrence: Occurrence;
  /** Pairs of base primary-key column and the hidden storage column holding it. */
  columns: { base: string; storage: string }[];
  /** Name of the storage index that finds rows by this occurrence's key. */
  indexName: string;
}

export interface BaseTable {
  relation: Relation;
  /** 1-based position among the view's base tables (those of EXISTS subqueries included);
   * part of generated names. */
  index: number;
  occurrences: Occurrence[];
  /** Columns maintenance reads from this table (used columns plus the primary key). */
  columns: string[];
  /** Trigger function that maintains the view after a statement on this table. */
  functionName: string;
  /** Session temp table that holds this table's changes during a multi-statement batch. */
  stashTable: string;
}

export interface GeneratedNames {
  beforeFunction: string;
  prepareStashFunction: string;
  applyBatchFunction: string;
  uniqueIndex: string;
  emptyRowsIndex: string;
  guardTrigger: string;
  /** The maintenance triggers each base table gets: BEFORE statement, AFTER INSERT, UPDATE,
   * DELETE, TRUNCATE. */
  triggers: { before: string; insert: string; update: string; delete: string; truncate: string };
}

/** Types without a default btree operator class cannot be compared for DISTINCT / row counts. */
const TYPES_WITHOUT_EQUALITY = new Set(["json", "xml", "point", "line", "lseg", "box", "path", "polygon", "circle"]);

export interface PlanOptions {
  name: string;
  schema: string;
  viewSchema: string;
}

export function planMaintenance(branches: SpjQuery[], options: PlanOptions): MaintenancePlan {
  const { name } = options;
  const query = branches[0]!;
  // An outer join's unmatched rows are keyed too: NULL keys stand for the sides that found no match.
  const strategy: Strategy = query.aggregation
    ? "aggregate"
    : query.distinct || query.occurrences.some((o) => o.relation.primaryKey.length === 0)
      ? "counted"
      : "keyed";
  const subqueries = scalarSubqueries(query);
  const firstSubquery = subqueries[0];
  if (firstSubquery && strategy !== "keyed") {
    throw new ImmvError(
      "subquery_expression",
      `a subquery used as a value is maintained in views whose rows are identified by the base tables' primary keys; this view is ${strategy === "aggregate" ? "an aggregate view" : `counted (${query.distinct ? "DISTINCT" : "a table without a primary key"})`}`,
      firstSubquery.position,
      "select from tables with primary keys, without DISTINCT or GROUP BY, or join the subquery's table in FROM",
    );
  }
  const aggregate = strategy === "aggregate" ? aggregateLayout(query, branches) : undefined;
  if (query.outputs.length === 0) {
    throw new ImmvError(
      "unsupported_clause",
      "the view has no output columns",
      undefined,
      "select at least one column",
    );
  }
  if (strategy === "counted") {
    for (const out of query.outputs) {
      const type = out.type?.replace(/\(.*\)/, "").replace(/\[\]$/, "");
      if (type && TYPES_WITHOUT_EQUALITY.has(type)) {
        throw new ImmvError(
          "unsupported_expression",
          `output column "${out.name}" has type ${out.type}, which has no equality operator; ${query.distinct ? "DISTINCT" : "a view over a table without a primary key"} needs one to count rows`,
          undefined,
          out.type === "json" ? "cast it to jsonb" : "cast it to text, or give the base table a primary key",
        );
      }
    }
  }
  const bounded = (suffix: string) => boundedIdentifier(`${name}${suffix}`);
  const trigger = (event: string) => boundedIdentifier(`immv_${name}_${event}`);
  const occurrenceKeys: OccurrenceKey[] =
    strategy === "keyed"
      ? query.occurrences.map((occurrence) => ({
          occurrence,
          columns: occurrence.relation.primaryKey.map((base) => ({
            base,
            storage: boundedIdentifier(`__ivm_k_${occurrence.alias}_${base}`),
          })),
          indexName: bounded(`$k_${occurrence.alias}`),
        }))
      : [];
  const relations: Relation[] = [];
  const everyOccurrence = [
    ...new Set([
      ...branches.flatMap((b) => [...b.occurrences, ...b.nulled, ...b.exists.flatMap((e) => e.occurrences)]),
      ...subqueries.flatMap((s) => s.occurrences),
    ]),
  ];
  for (const o of everyOccurrence) if (!relations.includes(o.relation)) relations.push(o.relation);
  const baseTables = relations.map((relation, i): BaseTable => {
    const occurrences = query.occurrences.filter((o) => o.relation === relation);
    const used = new Set(relation.primaryKey);
    for (const o of everyOccurrence) if (o.relation === relation) for (const c of o.columnsUsed) used.add(c);
    // A view may read no column of a keyless table (count(*)); its change rows still need one.
    const read = relation.columns.filter((c) => used.has(c.name));
    const columns = read.length > 0 ? read : relation.columns.slice(0, 1);
    // Session temp tables outlive a migration that recompiles the view: name them after their
    // exact layout, so a session never writes the new layout into an old table.
    const layout = shortHash(
      `${options.schema}.${name}|${relation.schema}.${relation.name}|${columns.map((c) => `${c.name}:${c.type}`).join(",")}`,
    );
    return {
      relation,
      index: i + 1,
      occurrences,
      columns: columns.map((c) => c.name),
      functionName: bounded(`$t${i + 1}_${relation.name}`),
      stashTable: `immv_${layout}_${i + 1}`,
    };
  });
  return {
    name,
    schema: options.schema,
    viewSchema: options.viewSchema,
    strategy,
    query,
    branches,
    storageTable: boundedIdentifier(name),
    uniqueKey: aggregate
      ? aggregate.groupColumns.map((c) => c.name)
      : strategy === "keyed"
        ? occurrenceKeys.flatMap((k) => k.columns.map((c) => c.storage))
        : query.outputs.map((o) => o.name),
    occurrenceKeys,
    ...(aggregate ? { aggregate } : {}),
    expandsMultiplicity: strategy === "counted" && !query.distinct,
    locksView: everyOccurrence.length > 1,
    baseTables,
    names: {
      beforeFunction: bounded("$before"),
      prepareStashFunction: bounded("$stash"),
      applyBatchFunction: bounded("$batch"),
      uniqueIndex: bounded("$key"),
      emptyRowsIndex: bounded("$empty"),
      guardTrigger: "immv_refuse_direct_writes",
      // the same names on every base table
      triggers: {
        before: trigger("0_before"),
        insert: trigger("1_insert"),
        update: trigger("2_update"),
        delete: trigger("3_delete"),
        truncate: trigger("4_truncate"),
      },
    },
  };
}
