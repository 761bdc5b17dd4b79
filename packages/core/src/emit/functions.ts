import { COUNT_COLUMN, SIGN_COLUMN } from "../plan/columns.js";
import type { BaseTable, MaintenancePlan } from "../plan/plan.js";
import { aggregateApply } from "./aggregate-apply.js";
import { emptyCounters } from "./aggregate-state.js";
import { countedApply } from "./counted-apply.js";
import { keyedApply, keyedApplyFromTransition } from "./keyed-apply.js";
import type { DeltaSource } from "./query.js";
import { populateSelect, tableName, tableOf } from "./query.js";
import { PLPGSQL_PRELUDE } from "./runtime.js";
import { dollarQuote, ident, indent, literal, qualified } from "./sql.js";
import { stashOwnerCheck } from "./stash-guard.js";

type Event = "INSERT" | "UPDATE" | "DELETE";

/**
 * Every maintenance function runs as its owner with only pg_catalog (and pg_temp, last) on the
 * search_path, and without JIT: its statements are short, and the cost estimates of min/max
 * recomputations would otherwise pay tens of milliseconds of code generation per statement.
 */
const FUNCTION_SETTINGS = "LANGUAGE plpgsql SECURITY DEFINER SET search_path = pg_catalog, pg_temp SET jit = off AS";

/**
 * Statements with at least this many rows run their maintenance through EXECUTE, planned for
 * their size. Smaller ones use static SQL, whose plan PL/pgSQL caches per session: index nested
 * loops that suit a few rows but would crawl through a bulk statement (and vice versa).
 */
const LARGE_STATEMENT_ROWS = 256;

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

/** Serialises maintenance of a join view and, under REPEATABLE READ / SERIALIZABLE, fails with
 * 40001 when a concurrent transaction maintained the view after this snapshot was taken. */
function lockStatement(plan: MaintenancePlan): string[] {
  if (!plan.locksView) return [];
  return [
    "-- one maintainer at a time for a join view; a newer concurrent maintenance raises 40001",
    // Once per transaction: later statements already hold the lock, and each further update of
    // the same row would add a version the next one must walk past.
    `UPDATE ${qualified(plan.schema, "views")} SET "last_maintained_xid" = pg_catalog.pg_current_xact_id()`,
    `WHERE "name" = ${literal(plan.name)} AND "last_maintained_xid" IS DISTINCT FROM pg_catalog.pg_current_xact_id();`,
  ];
}

function functionDdl(name: string, body: string, comment: string): string {
  return [
    `-- ${comment}`,
    `CREATE FUNCTION ${name}() RETURNS trigger`,
    FUNCTION_SETTINGS,
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
    `BEGIN
  PERFORM ${batching(plan, "statement_started")};
  RETURN NULL;
END`,
    "counts statements in progress on the base tables, so nested ones (FK cascades, triggers, writable CTEs) form one batch",
  );
}

function tableFunction(plan: MaintenancePlan, table: BaseTable): string {
  const stash = `pg_temp.${ident(table.stashTable)}`;
  const cols = table.columns.map(ident).join(", ");
  const branch = (event: Event) => {
    const statements =
      (plan.strategy === "keyed" ? keyedApplyFromTransition(plan, table, event) : undefined) ??
      applyStatements(plan, transitionSource(event), [table], event === "INSERT");
    const probe = event === "INSERT" ? '"immv_new"' : '"immv_old"';
    return indent(
      [
        `IF NOT EXISTS (SELECT FROM ${probe} OFFSET ${LARGE_STATEMENT_ROWS - 1}) THEN`,
        indent(statements.map((s) => `${s};`).join("\n"), 2),
        "ELSE",
        `  -- ${LARGE_STATEMENT_ROWS}+ rows: plan for this statement's size instead of reusing the cached plan`,
        indent(statements.map(executeStatement).join("\n"), 2),
        "END IF;",
      ].join("\n"),
      4,
    );
  };
  const body = `DECLARE
  "__ivm_step" text := ${batching(plan, "statement_ended")};
BEGIN
  IF TG_OP = 'TRUNCATE' THEN
${indent(truncateStatements(plan, table).join("\n"), 4)}
    RETURN NULL;
  END IF;
  IF "__ivm_step" <> 'apply' THEN
    -- one of several statements of a batch: collect its changes, apply them all at the end
    PERFORM ${qualified(plan.schema, plan.names.prepareStashFunction)}();
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
      INSERT INTO ${stash} (${cols}, ${ident(SIGN_COLUMN)}) SELECT ${cols}, -1 FROM "immv_old";
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
      INSERT INTO ${stash} (${cols}, ${ident(SIGN_COLUMN)}) SELECT ${cols}, 1 FROM "immv_new";
    END IF;
    IF "__ivm_step" = 'stash_and_apply' THEN
      PERFORM ${qualified(plan.schema, plan.names.applyBatchFunction)}();
    END IF;
    RETURN NULL;
  END IF;
${indent(unusedColumnsOnly(table), 2)}
${indent(lockStatement(plan).join("\n"), 2)}
  -- a statement on ${tableName(table)} alone: apply its transition tables directly
  IF TG_OP = 'INSERT' THEN
${branch("INSERT")}
  ELSIF TG_OP = 'UPDATE' THEN
${branch("UPDATE")}
  ELSE
${branch("DELETE")}
  END IF;
  RETURN NULL;
END`;
  return functionDdl(
    qualified(plan.schema, table.functionName),
    body,
    `maintains ${plan.name} after INSERT, UPDATE, DELETE or TRUNCATE on ${tableName(table)}`,
  );
}

/**
 * An UPDATE whose rows read the same in every column the view uses (only other columns changed)
 * changes nothing the view depends on: return before taking the view's lock. Rows are compared
 * by their text form, which works for every type and errs towards maintaining.
 */
function unusedColumnsOnly(table: BaseTable): string {
  if (table.columns.length === table.relation.columns.length) return "";
  const image = `ROW(${table.columns.map(ident).join(", ")})::text`;
  // Nested: PL/pgSQL would plan the transition-table query even when TG_OP is not UPDATE.
  return `IF TG_OP = 'UPDATE' THEN
  IF NOT EXISTS (SELECT ${image} FROM "immv_old" EXCEPT ALL SELECT ${image} FROM "immv_new") THEN
    -- only columns the view does not read changed
    RETURN NULL;
  END IF;
END IF;`;
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
    FUNCTION_SETTINGS,
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
    FUNCTION_SETTINGS,
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
  const q = (name: string) => `${qualified(plan.schema, name)}()`;
  return {
    ddl: [
      beforeFunction(plan),
      ...plan.baseTables.map((t) => tableFunction(plan, t)),
      prepareStashFunction(plan),
      applyBatchFunction(plan),
    ],
    signatures: [
      q(plan.names.beforeFunction),
      ...plan.baseTables.map((t) => q(t.functionName)),
      q(plan.names.prepareStashFunction),
      q(plan.names.applyBatchFunction),
    ],
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
