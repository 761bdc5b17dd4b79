import type { ChangeRelation, InputTerm, KeySource, MaintenanceProgram, Step, TableProgram } from "./program.js";
import { EVENTS, type Event, stepsFor } from "./program.js";

/**
 * The maintenance program as `immv explain` prints it: per base table, what each event runs, in
 * order, and what it reads. Printed from the same data the SQL is rendered from, so it cannot
 * drift from what is installed.
 */
export function describeProgram(program: MaintenanceProgram): string[] {
  const lines = ["maintenance program (each step is one statement; see docs/maintenance.md):"];
  for (const table of program.tables) {
    const name = `${table.table.relation.schema}.${table.table.relation.name}`;
    lines.push(`  ${name} (table ${table.table.index}):`);
    const terms = program.inputs.filter((t) => t.tables.includes(table.table));
    if (terms.length > 0) lines.push(`    input change: ${inputOf(terms)}`);
    for (const event of EVENTS.filter((e) => e !== "batch")) {
      lines.push(`    ${EVENT_TITLE[event]}:`, ...numbered(stepLines(program, table, event)));
    }
    lines.push(
      `    TRUNCATE: ${table.onTruncate === "recompute" ? "recompute the view (emptying the table can add rows anywhere: a NOT EXISTS, an outer join or a subquery reads it)" : "empty the view (every row involves this table)"}`,
    );
  }
  lines.push(
    "  a batch (statements nested in one another: FK cascades, triggers, writable CTEs) stashes each change, then runs once:",
    ...numbered(program.tables.length > 0 ? batchLines(program) : []),
  );
  return lines;
}

const EVENT_TITLE: Record<Event, string> = {
  insert: "INSERT",
  update: "UPDATE (net change of the read columns; none: nothing runs)",
  delete: "DELETE",
  batch: "batch",
};

function numbered(steps: string[]): string[] {
  return steps.map((s, i) => `      ${i + 1}. ${s}`);
}

function stepLines(program: MaintenanceProgram, table: TableProgram, event: Event): string[] {
  const own = stepsFor(table.steps, event, table.insertsRemoveRows).map((s) => describeStep(s, event));
  const shared = stepsFor(program.viewSteps, event, table.insertsRemoveRows).map((s) => describeStep(s, event));
  return [...own, ...shared];
}

function batchLines(program: MaintenanceProgram): string[] {
  return [
    ...(program.inputs.length > 0 ? [`input change: ${inputOf(program.inputs)}, from the stashed changes`] : []),
    ...stepsFor(program.viewSteps, "batch", false).map((s) => describeStep(s, "batch")),
    ...program.tables.flatMap((t) =>
      stepsFor(t.steps, "batch", false).map((s) => `${t.table.relation.name}: ${describeStep(s, "batch")}`),
    ),
  ];
}

/** What the change of the view's input rows is made of: one term per occurrence (read as its
 * change, later tables as they were before) and per EXISTS condition (outer rows whose condition
 * flipped). */
function inputOf(terms: readonly InputTerm[]): string {
  return terms
    .map((t) => {
      const term =
        t.kind === "occurrence"
          ? `Δ${t.at.alias}`
          : `flips of ${t.condition.negated ? "NOT " : ""}EXISTS (${t.condition.occurrences.map((o) => o.alias).join(", ")})`;
      // an outer join's branch: which sides found no match
      const unmatched = t.branch.nulled.map((o) => o.alias);
      return unmatched.length > 0 ? `${term} [${unmatched.join(", ")} unmatched]` : term;
    })
    .join(" + ");
}

function relation(r: ChangeRelation, event: Event): string {
  const rows: Record<ChangeRelation["kind"], Partial<Record<Event, string>>> = {
    changes: { insert: "new rows", update: "old and new rows", delete: "old rows", batch: "stashed rows" },
    added: { insert: "new rows", update: "net new versions", batch: "current rows under the stashed keys" },
    removed: { update: "net old versions", delete: "old rows", batch: "stashed rows" },
  };
  return `${r.table.relation.name}'s ${rows[r.kind][event] ?? r.kind}`;
}

function keys(source: KeySource, event: Event): string {
  switch (source.kind) {
    case "changed":
      return `the keys of ${relation(source.relation, event)}`;
    case "correlated":
      return source.flipped
        ? `outer rows whose EXISTS ${source.table.relation.name}'s changed rows flipped (probed by their ${source.flipped.pairs.map((p) => `${p.outer.alias}.${p.outer.column}`).join(", ")} values)`
        : `outer rows that its subquery relates to ${source.table.relation.name}'s changed rows`;
    case "all":
      return "any key (an uncorrelated subquery used as a value may change every row)";
  }
}

export function describeStep(step: Step, event: Event): string {
  const input = "the input change";
  switch (step.kind) {
    case "delete_rows":
      return `delete rows whose ${step.key.occurrence.alias} key is among ${relation(step.removed, event)}`;
    case "delete_stale":
      return `delete rows under ${keys(step.keys, event)} that the view no longer produces`;
    case "upsert_current":
      return step.keys
        ? `upsert the rows the view produces under ${keys(step.keys, event)}`
        : `upsert the rows the view produces from ${relation(step.current!, event)}`;
    case "add_counts":
      return `add ${input} to each distinct row's count`;
    case "fold_groups":
      return `fold ${input}, summarised per group, into each group's row (one upsert, in key order)`;
    case "fold_total":
      return `fold ${input} into the single row`;
    case "delete_empty":
      return "delete rows whose count reached zero";
    case "recompute_extrema":
      return "recompute min / max (and numeric scale) of the groups that lost a value equal to it";
  }
}
