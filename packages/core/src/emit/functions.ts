import { COUNT_COLUMN, SIGN_COLUMN } from "../plan/columns.js";
import type { BaseTable, MaintenancePlan } from "../plan/plan.js";
import { maintenanceFunctionSignatures } from "../plan/signatures.js";
import { aggregateApply } from "./aggregate-apply.js";
import { emptyCounters } from "./aggregate-state.js";
import { batchSettingsSql, nextDepthSql } from "./batch-settings.js";
import { countedApply } from "./counted-apply.js";
import { keyedApply, keyedApplyFromTransition } from "./keyed-apply.js";
import { readColumnsChanged } from "./net-change.js";
import { COUNTER_SETTINGS, MAINTENANCE_SETTINGS } from "./pinned-settings.js";
import { PLPGSQL_PRELUDE } from "./plpgsql.js";
import type { DeltaSource } from "./query.js";
import { populateSelect, tableName, tableOf } from "./query.js";
import { dollarQuote, ident, indent, literal, qualified } from "./sql.js";
import { stashOwnerCheck } from "./stash-guard.js";
import { language } from "./table-function.js";

type Event = "INSERT" | "UPDATE" | "DELETE";

function executeStatement(sql: string): string {
  return `EXECUTE ${dollarQuote(`\n${sql}\n`, "sql")};`;
}

/** Signed change rows of one statement, read straight from its transition tables. */
function transitionSource(event: Event): DeltaSource {
  return (table) => {
    const cols = table.columns.map(ident).join(", ");
    const oldRows = `SELECT ${cols}, -1 AS ${ident(SIGN_COLUMN)} FROM "immv_old"`;
    const newRows = `SELECT ${cols}, 1 AS ${ident(SIGN_COLUMN)} FROM "immv_new"`;
    if (event === "INSERT") return newRows;
    if (event === "DELETE") return oldRows;
    return `${oldRows} UNION ALL ${newRows}`;
  };
}

/** Signed change rows of a multi-statement batch, collected in the session's stash tables. */
const stashSource: DeltaSource = (table) =>
  `SELECT ${table.columns.map(ident).join(", ")}, ${ident(SIGN_COLUMN)} FROM pg_temp.${ident(table.stashTable)}`;

/**
 * The maintenance statements for changes of `tables`. `insertsOnly`: the change adds rows and
 * removes none (an INSERT statement), so nothing can become stale, no count can drop and no
 * extremum can be removed.
 */
function applyStatements(
  plan: MaintenancePlan,
  source: DeltaSource,
  tables: BaseTable[],
  insertsOnly = false,
): string[] {
  const changed = new Set(tables.map((t) => t.functionName));
  // More rows in a NOT EXISTS subquery can remove view rows: not an inserts-only change then.
  const removesRows = plan.query.exists.some(
    (c) => c.negated && c.occurrences.some((o) => changed.has(tableOf(plan, o).functionName)),
  );
  const onlyAdds = insertsOnly && !removesRows;
  switch (plan.strategy) {
    case "keyed":
      return tables.flatMap((t) => keyedApply(plan, source, t.functionName, changed, onlyAdds));
    case "counted":
      return countedApply(plan, source, changed, onlyAdds);
    case "aggregate":
      return aggregateApply(plan, source, changed, onlyAdds);
  }
}

/**
 * What TRUNCATE of `table` leaves. Usually an empty view — every row of an inner join involves
 * the table — or the single row of an aggregate view without GROUP BY, with zero counts and NULL
 * results; the table's stashed changes are void. When the table is read only by a NOT EXISTS
 * subquery, emptying it can add any row: the view is recomputed, and the whole batch's stashed
 * changes, which the tables now reflect, are dropped.
 */
function truncateStatements(plan: MaintenancePlan, table: BaseTable): string[] {
  const storage = qualified(plan.schema, plan.storageTable);
  const stashed = (tables: BaseTable[]) => [
    `IF "__ivm_step" <> 'apply' THEN`,
    `  PERFORM ${qualified(plan.schema, plan.names.prepareStashFunction)}();`,
    ...tables.map((t) => `  DELETE FROM pg_temp.${ident(t.stashTable)};`),
    "END IF;",
  ];
  const onlyInNotExists =
    table.occurrences.length === 0 &&
    plan.query.exists.some((c) => c.negated && c.occurrences.some((o) => o.relation === table.relation));
  if (onlyInNotExists) {
    return [
      "-- rows whose NOT EXISTS now holds may appear anywhere: recompute the view",
      `TRUNCATE ${storage};`,
      `INSERT INTO ${storage}\n${populateSelect(plan)};`,
      ...stashed(plan.baseTables),
    ];
  }
  const statements = ["-- every row of an inner join involves this table", `TRUNCATE ${storage};`];
  if (plan.aggregate && plan.uniqueKey.length === 0) {
    const counters = [COUNT_COLUMN, ...plan.aggregate.calls.flatMap(emptyCounters)];
    statements.push(
      `INSERT INTO ${storage} (${counters.map(ident).join(", ")}) VALUES (${counters.map(() => "0").join(", ")});`,
    );
  }
  return [...statements, ...stashed([table])];
}

/** Serialises maintenance of a join view (see the runtime's lock_view). */
function lockStatement(plan: MaintenancePlan): string[] {
  return plan.locksView ? [`PERFORM ${batching(plan, "lock_view")};`] : [];
}

function functionDdl(name: string, body: string, comment: string, settings = MAINTENANCE_SETTINGS): string {
  return [
    `-- ${comment}`,
    `CREATE FUNCTION ${name}() RETURNS trigger`,
    language(settings),
    `${dollarQuote(`\n${PLPGSQL_PRELUDE}\n${body}\n`)};`,
  ].join("\n");
}

/** A call of one of the runtime's batching functions for this view. */
function batching(plan: MaintenancePlan, name: string, ...args: string[]): string {
  return `${qualified(plan.schema, name)}(${[literal(plan.name), ...args].join(", ")})`;
}

function beforeFunction(plan: MaintenancePlan): string {
  return functionDdl(
    qualified(plan.schema, plan.names.beforeFunction),
    `DECLARE
  "__ivm_settings" text := ${batchSettingsSql(plan.schema, literal(plan.name))};
BEGIN
  PERFORM pg_catalog.set_config("__ivm_settings" || '_depth', (${nextDepthSql('"__ivm_settings"', 1)})::text, true);
  RETURN NULL;
END`,
    "counts statements in progress on the base tables, so nested ones (FK cascades, triggers, writable CTEs) form one batch",
    COUNTER_SETTINGS,
  );
}

/** A view's statements as an array of SQL texts, each dollar-quoted as written. */
function statementArray(statements: string[]): string {
  if (statements.length === 0) return "ARRAY[]::text[]";
  return `ARRAY[\n${statements.map((s) => dollarQuote(`\n${s}\n`, "sql")).join(",\n")}\n]`;
}

/**
 * The trigger function for `table`, written by the runtime (create_table_function) around the
 * view's statements for each event, so that each is written once here.
 */
function tableFunction(plan: MaintenancePlan, table: BaseTable): string {
  const fromTransition = (event: Event) =>
    plan.strategy === "keyed" ? keyedApplyFromTransition(plan, table, event) : undefined;
  const byKey = (event: Event) => applyStatements(plan, transitionSource(event), [table], event === "INSERT");
  const statements = (event: Event) => fromTransition(event) ?? byKey(event);
  // The few rows of a small UPDATE are looked up by key: cheaper than its net change
  // (net-change.ts), which a large one pays once to be planned for its size.
  const smallUpdate = fromTransition("UPDATE") === undefined ? "NULL" : statementArray(byKey("UPDATE"));
  const unused =
    table.columns.length < table.relation.columns.length
      ? dollarQuote(`\n${readColumnsChanged(table.columns, table.relation.primaryKey)}\n`, "sql")
      : "NULL";
  const fn = (name: string) => literal(qualified(plan.schema, name));
  return `-- maintains ${plan.name} after INSERT, UPDATE, DELETE or TRUNCATE on ${tableName(table)}
SELECT ${qualified(plan.schema, "create_table_function")}(
  view => ${literal(plan.name)},
  function_name => ${fn(table.functionName)},
  base_table => ${literal(tableName(table))},
  columns => ARRAY[${table.columns.map(literal).join(", ")}]::text[],
  -- an UPDATE that changes none of the columns the view reads returns at once (when it has others)
  read_columns_changed => ${unused},
  stash_table => ${literal(table.stashTable)},
  stash_function => ${fn(plan.names.prepareStashFunction)},
  batch_function => ${fn(plan.names.applyBatchFunction)},
  locks_view => ${plan.locksView},
  on_truncate => ${dollarQuote(`\n${indent(truncateStatements(plan, table).join("\n"), 4)}\n`, "plpgsql")},
  on_insert => ${statementArray(statements("INSERT"))},
  on_update => ${statementArray(statements("UPDATE"))},
  -- an UPDATE of fewer than 256 rows (NULL: as on_update)
  on_small_update => ${smallUpdate},
  on_delete => ${statementArray(statements("DELETE"))}
);`;
}

function prepareStashFunction(plan: MaintenancePlan): string {
  const creates = plan.baseTables.map(
    (t) => `  IF pg_catalog.to_regclass(${literal(`pg_temp.${ident(t.stashTable)}`)}) IS NULL THEN
    CREATE TEMP TABLE ${ident(t.stashTable)} ON COMMIT DELETE ROWS AS
      SELECT ${t.columns.map(ident).join(", ")}, 0 AS ${ident(SIGN_COLUMN)} FROM ${tableName(t)} WITH NO DATA;
  END IF;`,
  );
  return [
    `-- creates this session's stash tables for multi-statement batches (once per session)`,
    `CREATE FUNCTION ${qualified(plan.schema, plan.names.prepareStashFunction)}() RETURNS void`,
    language(MAINTENANCE_SETTINGS),
    `${dollarQuote(`
${PLPGSQL_PRELUDE}
BEGIN
  ${stashOwnerCheck(plan)}
  IF ${batching(plan, "stashing")} THEN
    RETURN;
  END IF;
${creates.join("\n")}
  PERFORM ${batching(plan, "set_stashing", "true")};
END
`)};`,
  ].join("\n");
}

function applyBatchFunction(plan: MaintenancePlan): string {
  // Planned afresh on every call (EXECUTE): batch sizes vary too much for a cached plan.
  const statements = applyStatements(plan, stashSource, plan.baseTables).map((s) => indent(executeStatement(s), 2));
  const clear = plan.baseTables.map((t) => `  DELETE FROM pg_temp.${ident(t.stashTable)};`);
  return [
    "-- applies every change collected during a multi-statement batch, once",
    `CREATE FUNCTION ${qualified(plan.schema, plan.names.applyBatchFunction)}() RETURNS void`,
    language(MAINTENANCE_SETTINGS),
    `${dollarQuote(`
${PLPGSQL_PRELUDE}
BEGIN
${indent(lockStatement(plan).join("\n"), 2)}
${statements.join("\n")}
${clear.join("\n")}
  PERFORM ${batching(plan, "set_stashing", "false")};
END
`)};`,
  ].join("\n");
}

/** Every maintenance function of the view, with the signatures the catalog records for drop. */
export function maintenanceFunctions(plan: MaintenancePlan): { ddl: string[]; signatures: string[] } {
  return {
    ddl: [
      beforeFunction(plan),
      ...plan.baseTables.map((t) => tableFunction(plan, t)),
      prepareStashFunction(plan),
      applyBatchFunction(plan),
    ],
    signatures: maintenanceFunctionSignatures(plan),
  };
}

export function triggerDdl(plan: MaintenancePlan): string[] {
  return plan.baseTables.flatMap((t) => {
    const on = tableName(t);
    const fn = `${qualified(plan.schema, t.functionName)}()`;
    const n = t.triggerNames;
    return [
      `CREATE TRIGGER ${ident(n.before)} BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${on}\n  FOR EACH STATEMENT EXECUTE FUNCTION ${qualified(plan.schema, plan.names.beforeFunction)}();`,
      `CREATE TRIGGER ${ident(n.insert)} AFTER INSERT ON ${on}\n  REFERENCING NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION ${fn};`,
      `CREATE TRIGGER ${ident(n.update)} AFTER UPDATE ON ${on}\n  REFERENCING OLD TABLE AS "immv_old" NEW TABLE AS "immv_new" FOR EACH STATEMENT EXECUTE FUNCTION ${fn};`,
      `CREATE TRIGGER ${ident(n.delete)} AFTER DELETE ON ${on}\n  REFERENCING OLD TABLE AS "immv_old" FOR EACH STATEMENT EXECUTE FUNCTION ${fn};`,
      `CREATE TRIGGER ${ident(n.truncate)} AFTER TRUNCATE ON ${on}\n  FOR EACH STATEMENT EXECUTE FUNCTION ${fn};`,
    ];
  });
}
