import { ImmvError } from "../errors.js";
import { COUNT_COLUMN } from "../plan/columns.js";
import type { MaintenancePlan } from "../plan/plan.js";
import type { InputTerm, MaintenanceProgram, Step } from "../plan/program.js";
import { foldSql, recomputeExtremaSql, termColumns } from "./aggregate-apply.js";
import { emptyCounters } from "./aggregate-state.js";
import { addCountsSql, deleteEmptySql } from "./counted-apply.js";
import { inputTermSql } from "./delta-terms.js";
import { deleteRowsSql, deleteStaleSql, upsertCurrentSql } from "./keyed-apply.js";
import { outputList, tableName } from "./query.js";
import { dollarQuote, ident, literal, qualified } from "./sql.js";

/** One step as SQL, its change relations still unbound (see changeRelation). */
export function stepSql(plan: MaintenancePlan, step: Step): string {
  switch (step.kind) {
    case "delete_rows":
      return deleteRowsSql(plan, step.key, step.removed);
    case "delete_stale":
      return deleteStaleSql(plan, step.key, step.keys, step.current);
    case "upsert_current":
      return upsertCurrentSql(plan, step.key, step.keys, step.current);
    case "add_counts":
      return addCountsSql(plan);
    case "fold_groups":
    case "fold_total":
      return foldSql(plan);
    case "delete_empty":
      return deleteEmptySql(plan);
    case "recompute_extrema":
      return recomputeExtremaSql(plan);
  }
}

/** One term of the change of the view's input rows, with the columns the view's steps read. */
export function inputSql(plan: MaintenancePlan, term: InputTerm): string {
  const selectList = plan.aggregate ? termColumns(plan, plan.aggregate) : outputList(plan);
  return inputTermSql(plan, term, selectList);
}

/** What leaves the storage table as over no input rows: empty, or the single row of an
 * aggregate view without GROUP BY with zero counts. */
function emptyViewSql(plan: MaintenancePlan): string {
  const storage = qualified(plan.schema, plan.storageTable);
  const statements = [`TRUNCATE ${storage};`];
  if (plan.aggregate && plan.uniqueKey.length === 0) {
    const counters = [COUNT_COLUMN, ...plan.aggregate.calls.flatMap(emptyCounters)];
    statements.push(
      `INSERT INTO ${storage} (${counters.map(ident).join(", ")}) VALUES (${counters.map(() => "0").join(", ")});`,
    );
  }
  return statements.join("\n");
}

function textArray(values: readonly string[]): string {
  return values.length === 0 ? "ARRAY[]::text[]" : `ARRAY[${values.map(literal).join(", ")}]`;
}

const PLACEHOLDER = /__ivm_(?:changes_\d+|added_\d+|removed_\d+|input)/;

/**
 * The runtime finds change relations by their quoted names (see changeRelation), so nothing else
 * in a statement may spell one: a name from the catalog or a string constant of the definition
 * that contains one is refused (the analyzer refuses `__ivm_` names the definition writes).
 */
function checkPlaceholders(sql: string): void {
  for (const token of sql.matchAll(/"(?:[^"]|"")*"|E?'(?:[^']|'')*'/g)) {
    const text = token[0];
    // a placeholder is a name of its own, never part of a qualified one
    const qualifiedName = sql[token.index - 1] === "." || sql[token.index + text.length] === ".";
    const placeholder = !qualifiedName && PLACEHOLDER.test(text) && `"${text.match(PLACEHOLDER)![0]}"` === text;
    if (PLACEHOLDER.test(text) && !placeholder) {
      throw new ImmvError(
        "reserved_name",
        `the view would read ${text}, which spells a name immv reserves for the change relations of its maintenance statements`,
        undefined,
        text.startsWith('"')
          ? "rename the table or column: immv reserves names starting with __ivm_"
          : "build the string from parts, e.g. '__iv' || 'm_…'",
      );
    }
  }
}

function sqlText(sql: string): string {
  checkPlaceholders(sql);
  return dollarQuote(`\n${sql}\n`, "sql");
}

/**
 * The view's maintenance program as rows of the runtime's catalog, then the call that writes the
 * trigger functions and triggers around them (immv.install_program). Each statement is written
 * here once; the runtime binds its change relations for each event.
 */
export function programSql(program: MaintenanceProgram): string {
  const { plan } = program;
  const table = (name: string) => qualified(plan.schema, name);
  const view = literal(plan.name);
  const fn = (name: string) => literal(qualified(plan.schema, name));
  const tables = program.tables.map((t) =>
    [
      `  (${view}, ${t.table.index}, ${literal(tableName(t.table))},`,
      `   ${textArray(t.table.columns)}, ${textArray(t.table.relation.primaryKey)}, ${t.table.columns.length === t.table.relation.columns.length},`,
      `   ${t.insertsRemoveRows}, ${t.onTruncate === "recompute"}, ${literal(t.table.stashTable)}, ${fn(t.table.functionName)})`,
    ].join("\n"),
  );
  const steps = [
    ...program.viewSteps.map((s) => ({ position: undefined, ...s })),
    ...program.tables.flatMap((t) => t.steps.map((s) => ({ position: t.table.index, ...s }))),
  ];
  const parts = [
    `-- how the view is maintained: each statement once; immv.install_program writes the trigger
-- functions around them, binding "__ivm_changes_<n>" (the signed changes of base table n),
-- "__ivm_added_<n>", "__ivm_removed_<n>" and "__ivm_input" for each event (docs/maintenance.md)
INSERT INTO ${table("programs")} ("view", "before_function", "stash_function", "batch_function", "locks_view", "empty_view", "triggers")
VALUES (${view}, ${fn(plan.names.beforeFunction)}, ${fn(plan.names.prepareStashFunction)}, ${fn(plan.names.applyBatchFunction)}, ${plan.locksView},
  ${literal(emptyViewSql(plan))},
  ${textArray(Object.values(plan.names.triggers))});`,
    `INSERT INTO ${table("program_tables")}
  ("view", "position", "base_table", "columns", "key_columns", "reads_every_column",
   "inserts_remove_rows", "truncate_recomputes", "stash_table", "function_name")
VALUES
${tables.join(",\n")};`,
  ];
  if (program.inputs.length > 0) {
    const rows = program.inputs.map(
      (term, i) =>
        `(${view}, ${i + 1}, ARRAY[${term.tables.map((t) => t.index).join(", ")}], ${sqlText(inputSql(plan, term))})`,
    );
    parts.push(`-- the change of the view's input rows, one term per base table occurrence (and EXISTS condition)
INSERT INTO ${table("program_inputs")} ("view", "ordinal", "tables", "sql")
VALUES
${rows.join(",\n")};`);
  }
  const rows = steps.map(
    (s, i) => `(${view}, ${i + 1}, ${s.position ?? "NULL"}, ${textArray(s.events)}, ${sqlText(stepSql(plan, s.step))})`,
  );
  parts.push(`INSERT INTO ${table("program_steps")} ("view", "ordinal", "position", "events", "sql")
VALUES
${rows.join(",\n")};`);
  parts.push(`SELECT ${table("install_program")}(${view});`);
  return parts.join("\n\n");
}
