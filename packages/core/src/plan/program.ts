import type { ScalarSubqueryExpression } from "../ir/expression.js";
import { subexpressions } from "../ir/expression-walk.js";
import type { ExistsCondition, Occurrence, SpjQuery } from "../ir.js";
import { type Correlation, correlationOf } from "./correlation.js";
import type { BaseTable, MaintenancePlan, OccurrenceKey } from "./plan.js";
import { scalarSubqueries } from "./scalar-subqueries.js";

/**
 * What a view does when its base tables change, as data: per base table and event, the ordered
 * steps and the change relations they read. `emit/program-sql.ts` renders each step once; the
 * runtime (`immv.install_program`) binds the change relations per event and writes the trigger
 * functions around them; `immv explain` prints it (plan/describe.ts).
 */
export interface MaintenanceProgram {
  readonly plan: MaintenancePlan;
  readonly tables: readonly TableProgram[];
  /**
   * Counted and aggregate views: how a change of some base tables changes the view's input rows,
   * as terms of the telescoping delta (see `InputTerm`). A statement on one table reads the terms
   * of that table; a batch reads them all.
   */
  readonly inputs: readonly InputTerm[];
  /** Counted and aggregate views: the steps that apply the change of the input rows, for a
   * change of any table. */
  readonly viewSteps: readonly ProgramStep[];
}

/**
 * `insert`, `update`, `delete`: one statement on the table alone, read from its transition
 * tables. `batch`: the changes of several statements (FK cascades, triggers, writable CTEs),
 * collected in the session's stash tables and applied once when the outermost statement ends.
 */
export type Event = "insert" | "update" | "delete" | "batch";

export const EVENTS: readonly Event[] = ["insert", "update", "delete", "batch"];

export interface TableProgram {
  readonly table: BaseTable;
  /** Rows added to this table can remove view rows (it feeds a NOT EXISTS): an INSERT then runs
   * what an UPDATE runs. */
  readonly insertsRemoveRows: boolean;
  /** Keyed views: this table's own steps. */
  readonly steps: readonly ProgramStep[];
  readonly onTruncate: TruncateProgram;
}

export interface ProgramStep {
  readonly step: Step;
  /** When it runs (for a table whose inserts only add rows). */
  readonly events: readonly Event[];
}

/**
 * A relation of one table's change; the runtime binds it per event (docs/maintenance.md):
 * - `changes`: signed change rows, the table's read columns plus `__ivm_m__` (+1 added, −1 removed);
 *   of a table the event did not change, none;
 * - `added`: the rows now under the changed primary keys (an INSERT's new rows, an UPDATE's net
 *   new versions);
 * - `removed`: rows under the changed primary keys as they were, or at least their keys.
 */
export interface ChangeRelation {
  readonly kind: "changes" | "added" | "removed";
  readonly table: BaseTable;
}

/** Which stored rows of a keyed view a step revisits: those with these keys of `key`'s occurrence. */
export type KeySource =
  | { readonly kind: "changed"; readonly relation: ChangeRelation }
  /** Outer rows an EXISTS subquery (or a subquery used as a value) relates to a changed row of
   * `table` (old or new); with `flipped`, only those whose EXISTS the change flipped. */
  | {
      readonly kind: "correlated";
      readonly condition: ExistsCondition;
      readonly table: BaseTable;
      readonly flipped: Correlation | undefined;
    }
  /** Every row: an uncorrelated subquery used as a value may change all of them at once. */
  | { readonly kind: "all" };

export type Step =
  /** Keyed: delete the rows built from removed base rows. */
  | { readonly kind: "delete_rows"; readonly key: OccurrenceKey; readonly removed: ChangeRelation }
  /** Keyed: delete the rows under `keys` that the view no longer produces. */
  | {
      readonly kind: "delete_stale";
      readonly key: OccurrenceKey;
      readonly keys: KeySource;
      /** The key's occurrence read as these rows instead of the whole table. */
      readonly current: ChangeRelation | undefined;
    }
  /** Keyed: insert or update the rows the view now produces under `keys` (all of `current`'s). */
  | {
      readonly kind: "upsert_current";
      readonly key: OccurrenceKey;
      readonly keys: KeySource | undefined;
      readonly current: ChangeRelation | undefined;
    }
  /** Counted: add the change of each distinct row to its count. */
  | { readonly kind: "add_counts" }
  /** Aggregate with GROUP BY: fold each group's change into its row. */
  | { readonly kind: "fold_groups" }
  /** Aggregate without GROUP BY: fold the change into the single row. */
  | { readonly kind: "fold_total" }
  /** Counted and aggregate: delete rows and groups whose count reached zero. */
  | { readonly kind: "delete_empty" }
  /** Aggregate: recompute a group's min / max where a removed value may have been it. */
  | { readonly kind: "recompute_extrema" };

/**
 * One term of the change of the view's input rows, ΔV = Σ Q(…, Δ at one place, …): the
 * occurrences of its branch (see SpjQuery) are ordered by base table, then by position, and in
 * the term of `at` those before it are read as they are now, those after it as they were before
 * the change, `at` as its change; EXISTS conditions come first in that order, so the terms of
 * occurrences read them as they are now. A batch applies every term at once; a statement on one
 * table, whose other tables did not change, only that table's terms. `exists`: the term of an
 * EXISTS condition's own change (outer rows, as they were, whose condition flipped), for a change
 * of any of `tables`.
 */
export type InputTerm =
  | {
      readonly kind: "occurrence";
      readonly branch: SpjQuery;
      readonly at: Occurrence;
      readonly tables: readonly BaseTable[];
    }
  | {
      readonly kind: "exists";
      readonly branch: SpjQuery;
      readonly condition: ExistsCondition;
      readonly tables: readonly BaseTable[];
    };

/**
 * What TRUNCATE of the table leaves: `empty` — no row, every row of an inner join involves it
 * (an aggregate view without GROUP BY keeps its one row with zero counts); `recompute` — the table
 * is read only by NOT EXISTS, so emptying it can add any row and the view is recomputed (which
 * makes every table's stashed changes void, not just its own).
 */
export type TruncateProgram = "empty" | "recompute";

export function tableOf(plan: MaintenancePlan, occurrence: Occurrence): BaseTable {
  return plan.baseTables.find((t) => t.relation === occurrence.relation) as BaseTable;
}

/** The program of `plan`'s view. */
export function planProgram(plan: MaintenancePlan): MaintenanceProgram {
  const { branches } = plan;
  const tablesOf = (c: ExistsCondition) =>
    plan.baseTables.filter((t) => c.occurrences.some((o) => o.relation === t.relation));
  const notExists = branches.flatMap((b) => b.exists.filter((c) => c.negated));
  const subqueries = scalarSubqueries(plan.query);
  const tables = plan.baseTables.map((table): TableProgram => {
    // More rows in a NOT EXISTS, or in a subquery used as a value, can remove view rows.
    const insertsRemoveRows =
      notExists.some((c) => tablesOf(c).includes(table)) ||
      subqueries.some((s) => s.occurrences.some((o) => o.relation === table.relation));
    // TRUNCATE empties the view when every branch needs a row of the table (reads it, or in an
    // EXISTS); otherwise emptying it can add rows anywhere.
    const reads = (occurrences: readonly Occurrence[]) => occurrences.some((o) => o.relation === table.relation);
    const inEveryRow = branches.every(
      (b) => reads(b.occurrences) || b.exists.some((c) => !c.negated && reads(c.occurrences)),
    );
    return {
      table,
      insertsRemoveRows,
      steps: plan.strategy === "keyed" ? keyedSteps(plan, table) : [],
      onTruncate: inEveryRow ? "empty" : "recompute",
    };
  });
  if (plan.strategy === "keyed") return { plan, tables, inputs: [], viewSteps: [] };
  const inputs = branches.flatMap((branch): InputTerm[] => {
    const ordered = plan.baseTables.flatMap((t) => branch.occurrences.filter((o) => o.relation === t.relation));
    return [
      ...ordered.map((at): InputTerm => ({ kind: "occurrence", branch, at, tables: [tableOf(plan, at)] })),
      ...branch.exists.map(
        (condition): InputTerm => ({ kind: "exists", branch, condition, tables: tablesOf(condition) }),
      ),
    ];
  });
  return { plan, tables, inputs, viewSteps: viewSteps(plan) };
}

const ALL: readonly Event[] = EVENTS;
/** Everything but an insert-only change, which removes no row, empties no group and removes no
 * extremum. */
const REMOVING: readonly Event[] = ["update", "delete", "batch"];

function viewSteps(plan: MaintenancePlan): ProgramStep[] {
  if (plan.strategy === "counted") {
    return [
      { step: { kind: "add_counts" }, events: ALL },
      { step: { kind: "delete_empty" }, events: REMOVING },
    ];
  }
  const layout = plan.aggregate!;
  const grouped = layout.groupColumns.length > 0;
  return [
    { step: { kind: grouped ? "fold_groups" : "fold_total" }, events: ALL },
    ...(grouped ? [{ step: { kind: "delete_empty" } as const, events: REMOVING }] : []),
    ...(layout.hasExtrema ? [{ step: { kind: "recompute_extrema" } as const, events: REMOVING }] : []),
  ];
}

/**
 * A keyed view's steps for `table`. Every view row carries the primary keys of the base rows it
 * was built from, so the rows to revisit are those whose key for an occurrence of the table is
 * among the changed keys: stale ones are deleted, current ones upserted. A table that occurs once
 * and in no EXISTS subquery reads its new rows straight from the change (`added`): no lookup of
 * the table by key, and estimates of the statement's own size.
 */
function keyedSteps(plan: MaintenancePlan, table: BaseTable): ProgramStep[] {
  const keys = plan.occurrenceKeys.filter((k) => tableOf(plan, k.occurrence) === table);
  // EXISTS conditions of every branch (an outer join's NOT EXISTS appears in each branch it
  // leaves unmatched), each once.
  const inExists: ExistsCondition[] = [];
  for (const branch of plan.branches) {
    for (const c of branch.exists) {
      if (!c.occurrences.some((o) => o.relation === table.relation)) continue;
      // Correlated by equality with a side its branch leaves unmatched (NULL), it never holds
      // there and never flips.
      const correlation = correlationOf(c);
      if (correlation && branch.nulled.some((o) => o.alias === correlation.outerAlias)) continue;
      if (!inExists.some((other) => sameCondition(other, c))) inExists.push(c);
    }
  }
  const inSubqueries = scalarSubqueries(plan.query).filter((s) =>
    s.occurrences.some((o) => o.relation === table.relation),
  );
  const relation = (kind: ChangeRelation["kind"]): ChangeRelation => ({ kind, table });
  if (keys.length === 1 && inExists.length === 0 && inSubqueries.length === 0) {
    const key = keys[0]!;
    const added = relation("added");
    return [
      { step: { kind: "delete_rows", key, removed: relation("removed") }, events: ["delete"] },
      {
        step: { kind: "delete_stale", key, keys: { kind: "changed", relation: relation("removed") }, current: added },
        events: ["update", "batch"],
      },
      { step: { kind: "upsert_current", key, keys: undefined, current: added }, events: ["insert", "update", "batch"] },
    ];
  }
  // New rows have new keys, and more rows in an EXISTS subquery only make it hold for more outer
  // rows: an insert leaves no stored row stale (NOT EXISTS and subqueries used as values aside:
  // see insertsRemoveRows).
  const revisit = (key: OccurrenceKey, source: KeySource): ProgramStep[] => [
    { step: { kind: "delete_stale", key, keys: source, current: undefined }, events: REMOVING },
    { step: { kind: "upsert_current", key, keys: source, current: undefined }, events: ALL },
  ];
  // Rows whose condition may have flipped are those of outer rows correlated with a changed row;
  // they are found by the key of the first outer occurrence the subquery refers to.
  const correlated = (condition: ExistsCondition, flipped: Correlation | undefined): ProgramStep[] => {
    const outer = flipped?.outerAlias ?? condition.correlated[0];
    const key = plan.occurrenceKeys.find((k) => k.occurrence.alias === outer);
    return key
      ? revisit(key, { kind: "correlated", condition, table, flipped })
      : revisit(plan.occurrenceKeys[0]!, { kind: "all" });
  };
  return [
    ...keys.flatMap((key) => revisit(key, { kind: "changed", relation: relation("changes") })),
    // An EXISTS changes the view only where it flips; a subquery's value has no such shortcut.
    ...inExists.flatMap((c) => correlated(c, correlationOf(c))),
    ...inSubqueries.flatMap((s) => correlated(subqueryCondition(s), undefined)),
  ];
}

function sameCondition(a: ExistsCondition, b: ExistsCondition): boolean {
  return (
    a.negated === b.negated &&
    a.occurrences.length === b.occurrences.length &&
    a.occurrences.every((o, i) => o === b.occurrences[i]) &&
    a.predicates.length === b.predicates.length &&
    a.predicates.every((p, i) => p === b.predicates[i]) &&
    a.correlated.join() === b.correlated.join()
  );
}

/** A subquery used as a value, as the condition that relates outer rows to its rows: its
 * conditions, correlated through the outer scans they read (none: every outer row is related). */
function subqueryCondition(s: ScalarSubqueryExpression): ExistsCondition {
  const read = new Set(
    s.predicates.flatMap((p) => subexpressions(p).flatMap((e) => (e.kind === "column" ? [e.alias] : []))),
  );
  return {
    negated: false,
    occurrences: [...s.occurrences],
    predicates: [...s.predicates],
    correlated: s.correlated.filter((alias) => read.has(alias)),
    position: s.position,
  };
}

/** The steps `table` runs on `event`, in order (`insertsRemoveRows`: an insert runs the update's). */
export function stepsFor(steps: readonly ProgramStep[], event: Event, insertsRemoveRows: boolean): Step[] {
  const as = event === "insert" && insertsRemoveRows ? "update" : event;
  return steps.filter((s) => s.events.includes(as)).map((s) => s.step);
}
