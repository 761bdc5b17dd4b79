import { replaceExpressions } from "../ir/expression-walk.js";
import { COUNT_COLUMN } from "../plan/columns.js";
import type { MaintenancePlan } from "../plan/plan.js";
import { planProgram } from "../plan/program.js";
import { maintenanceFunctionSignatures } from "../plan/signatures.js";
import { resultExpression } from "./aggregate-state.js";
import { dependencyViewSql } from "./dependency-view.js";
import { expressionSql } from "./expression-sql.js";
import { populateSelect } from "./populate.js";
import { programSql } from "./program-sql.js";
import { tableName } from "./query.js";
import { type RuntimeMode, requireRuntimeSql, runtimeSql } from "./runtime.js";
import { ident, literal, qualified } from "./sql.js";

/** An index the user asked for on the storage table, over visible columns. */
export interface StorageIndex {
  name: string;
  columns: string[];
}

export interface ScriptInfo {
  definition: string;
  normalizedDefinition: string;
  hash: string;
  compilerVersion: string;
}

/**
 * The whole creation script of one IMMV: runtime (or a check for it), removal of an earlier version, storage, view,
 * functions, triggers, catalog row and initial data. Base tables are locked against writers first,
 * so no change can slip between populating and the triggers taking over. Must run inside one
 * transaction (migration runners do; `transaction: true` adds BEGIN/COMMIT).
 */
export function createScript(
  plan: MaintenancePlan,
  info: ScriptInfo,
  transaction: boolean,
  warnings: string[] = [],
  extraIndexes: StorageIndex[] = [],
  runtime: RuntimeMode = "install",
): string {
  const storage = qualified(plan.schema, plan.storageTable);
  const view = qualified(plan.viewSchema, plan.name);
  const visible = plan.query.outputs.map((o) => ident(o.name));
  const populate = `INSERT INTO ${storage}\n${populateSelect(plan)}`;
  const grouped = plan.strategy !== "aggregate" || plan.uniqueKey.length > 0;
  const indexes = [
    // Aggregate views without GROUP BY have exactly one row and need no key.
    ...(grouped
      ? [
          `CREATE UNIQUE INDEX ${ident(plan.names.uniqueIndex)} ON ${storage} (${plan.uniqueKey.map(ident).join(", ")})${plan.strategy === "keyed" && plan.branches.length === 1 ? "" : " NULLS NOT DISTINCT"};`,
        ]
      : []),
    // Keyed: find rows by each later occurrence's key too (the unique index serves the first).
    ...plan.occurrenceKeys
      .slice(1)
      .map(
        (k) =>
          `CREATE INDEX ${ident(k.indexName)} ON ${storage} (${k.columns.map((c) => ident(c.storage)).join(", ")});`,
      ),
    ...(plan.strategy !== "keyed" && grouped
      ? [
          `CREATE INDEX ${ident(plan.names.emptyRowsIndex)} ON ${storage} (${ident(COUNT_COLUMN)}) WHERE ${ident(COUNT_COLUMN)} <= 0;`,
        ]
      : []),
    ...extraIndexes.map((i) => `CREATE INDEX ${ident(i.name)} ON ${storage} (${i.columns.map(ident).join(", ")});`),
  ];
  const viewBody = viewSelect(plan, storage, visible);
  const catalogRow = `INSERT INTO ${qualified(plan.schema, "views")}
  ("name", "view", "storage", "definition", "normalized_definition", "hash", "compiler_version", "strategy", "populate", "base_tables", "functions")
VALUES (
  ${literal(plan.name)}, ${literal(view)}, ${literal(storage)},
  ${literal(info.definition)},
  ${literal(info.normalizedDefinition)},
  ${literal(info.hash)}, ${literal(info.compilerVersion)}, ${literal(plan.strategy)},
  ${literal(populate)},
  ARRAY[${plan.baseTables.map((t) => literal(tableName(t))).join(", ")}]::text[],
  ARRAY[${maintenanceFunctionSignatures(plan).map(literal).join(", ")}]::text[]
);`;
  const parts = [
    `-- immv ${info.compilerVersion}: incrementally maintained view ${view}`,
    [
      `-- strategy: ${plan.strategy}; base tables: ${plan.baseTables.map(tableName).join(", ")}`,
      ...warnings.map((w) => `-- warning: ${w}`),
    ].join("\n"),
    runtime === "install" ? runtimeSql(plan.schema) : requireRuntimeSql(plan.schema),
    `-- replace an earlier version of this view\nCALL ${qualified(plan.schema, "drop")}(${literal(plan.name)}, true);`,
    `-- keep writers out until the triggers are in place\nLOCK TABLE ${plan.baseTables.map(tableName).join(", ")} IN SHARE ROW EXCLUSIVE MODE;`,
    `-- storage: visible columns plus hidden row identity; PostgreSQL derives the column types\nCREATE TABLE ${storage} AS\n${populateSelect(plan)}\nWITH NO DATA;`,
    catalogRow,
    // Populated by refresh, so the first fill resolves names exactly as maintenance will
    // (search_path = pg_catalog), not with this session's search_path.
    `-- initial population\nDO $immv$ BEGIN PERFORM ${qualified(plan.schema, "refresh")}(${literal(plan.name)}); END $immv$;`,
    indexes.join("\n"),
    `REVOKE ALL ON ${storage} FROM PUBLIC;`,
    `CREATE TRIGGER ${ident(plan.names.guardTrigger)} BEFORE INSERT OR UPDATE OR DELETE OR TRUNCATE ON ${storage}
  FOR EACH STATEMENT
  WHEN (pg_catalog.pg_trigger_depth() < 1 AND pg_catalog.current_setting('immv.writing', true) IS DISTINCT FROM 'on')
  EXECUTE FUNCTION ${qualified(plan.schema, "refuse_write")}();`,
    `-- what applications query\nCREATE VIEW ${view} AS\n${viewBody};`,
    programSql(planProgram(plan)),
    dependencyViewSql(plan),
  ];
  const script = `${parts.join("\n\n")}\n`;
  return transaction ? `BEGIN;\n\n${script}\nCOMMIT;\n` : script;
}

/** What the user-facing view selects from the storage table. */
function viewSelect(plan: MaintenancePlan, storage: string, visible: string[]): string {
  if (plan.aggregate) {
    const layout = plan.aggregate;
    const outputs = plan.query.outputs.map((o) => {
      const expr = replaceExpressions(o.expr, (e) => {
        if (e.kind === "group_key") {
          return { kind: "column", alias: "s", column: layout.groupColumns[e.index]!.name, type: e.type };
        }
        return e.kind === "aggregate_result" ? resultExpression(layout.calls[e.index]!, "s", e.type) : undefined;
      });
      return `${expressionSql(expr)} AS ${ident(o.name)}`;
    });
    return `SELECT ${outputs.join(",\n       ")}\nFROM ${storage} AS "s"`;
  }
  if (plan.expandsMultiplicity) {
    return `SELECT ${visible.map((c) => `"s".${c}`).join(", ")}\nFROM ${storage} AS "s"\nCROSS JOIN LATERAL pg_catalog.generate_series(1, "s".${ident(COUNT_COLUMN)}) AS "n"`;
  }
  return `SELECT ${visible.join(", ")}\nFROM ${storage}`;
}

/** Removes the IMMV; harmless when it does not exist. */
export function dropScript(plan: MaintenancePlan, transaction: boolean): string {
  return dropViewSql(plan, transaction);
}

/**
 * Removes the IMMV `name` whose storage lives in `schema`; harmless when it (or immv's runtime)
 * does not exist. Needs no compiled plan, so a view whose definition is gone can still be dropped.
 */
export function dropViewSql(view: { name: string; schema?: string; viewSchema?: string }, transaction = false): string {
  const schema = view.schema ?? "immv";
  const script = `-- immv: remove the incrementally maintained view ${qualified(view.viewSchema ?? "public", view.name)}
DO $immv$
BEGIN
  IF pg_catalog.to_regprocedure(${literal(`${ident(schema)}.drop(text,boolean)`)}) IS NOT NULL THEN
    CALL ${qualified(schema, "drop")}(${literal(view.name)}, true);
  END IF;
END
$immv$;
`;
  return transaction ? `BEGIN;\n${script}COMMIT;\n` : script;
}
