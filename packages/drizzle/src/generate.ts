import { writeFileSync } from "node:fs";
import {
  COMPILER_VERSION,
  type CompiledView,
  compile,
  dropViewSql,
  formatError,
  ImmvError,
  type Relation,
  splitStatements,
} from "@immv/core";
import { Column, is, SQL } from "drizzle-orm";
import { getTableConfig, PgDialect, PgTable } from "drizzle-orm/pg-core";
import { drizzleCatalog, relationsOf, sqlType } from "./catalog.js";
import { createCustomMigration, findDrizzleKit, runDrizzleKit } from "./kit.js";
import { type DeclaredImmv, type DrizzleProject, type LoadedSchema, loadProject, loadSchema } from "./project.js";
import { diffViews, readState, type ViewChange, type ViewState, writeState } from "./state.js";

/** One declared IMMV, compiled against the schema's tables. */
export interface CompiledImmv {
  declared: DeclaredImmv;
  /** The defining query as text, as the compiler read it. */
  query: string;
  compiled: CompiledView;
  state: Omit<ViewState, "migration">;
  warnings: string[];
}

/** Every declared IMMV that failed to compile, each message naming the file and the immv() call. */
export class SchemaError extends Error {
  override readonly name = "SchemaError";
  constructor(readonly messages: string[]) {
    super(messages.join("\n\n"));
  }
}

/** Compiles every `immv()` of the schema, with the schema's tables as the catalog (no database). */
export async function compileSchema(project: DrizzleProject, schema: LoadedSchema): Promise<CompiledImmv[]> {
  const relations = relationsOf(schema.exports, project.casing);
  const catalog = drizzleCatalog(relations);
  const dialect = new PgDialect({ casing: project.casing });
  const results: CompiledImmv[] = [];
  const errors: string[] = [];
  for (const declared of schema.immvs) {
    const { definition } = declared;
    const heading = `${declared.file}: immv("${definition.name}") (export ${declared.exportName}${definition.callSite ? `, ${definition.callSite}` : ""})`;
    const hidden = tablesNotExported(definition.query, relations);
    if (hidden.length > 0) {
      errors.push(
        `${heading}\nerror[unknown_table]: the query uses ${hidden.map((t) => `table "${t}"`).join(", ")}, which no schema file exports\nhint: export the table from a file listed in drizzle.config's \`schema\` (drizzle-kit does not create it otherwise)`,
      );
      continue;
    }
    const query = dialect.sqlToQuery(definition.query.inlineParams()).sql;
    let compiled: CompiledView;
    try {
      compiled = await compile({
        name: definition.name,
        query,
        catalog,
        schema: definition.storageSchema,
        viewSchema: definition.schema,
        indexes: definition.indexes,
      });
    } catch (error) {
      if (!(error instanceof ImmvError)) throw error;
      const tables = relations.map((r) => (r.schema === "public" ? r.name : `${r.schema}.${r.name}`));
      const extra =
        error.code === "unknown_table"
          ? `\nnote: the schema files export ${tables.length > 0 ? `the tables ${tables.join(", ")}` : "no tables"}`
          : "";
      errors.push(`${heading}\n${formatError(error, query)}${extra}`);
      continue;
    }
    const problems = declaredColumnProblems(declared, compiled);
    if (problems.errors.length > 0) {
      errors.push(`${heading}\n${problems.errors.join("\n")}`);
      continue;
    }
    results.push({ declared, query, compiled, state: viewState(definition, compiled), warnings: problems.warnings });
  }
  if (errors.length > 0) throw new SchemaError(errors);
  return results;
}

/** The `sql` form declares its columns: each must be one the query returns. */
function declaredColumnProblems(
  declared: DeclaredImmv,
  compiled: CompiledView,
): { errors: string[]; warnings: string[] } {
  const errors: string[] = [];
  const warnings: string[] = [];
  const returned = new Map(compiled.columns.map((c) => [c.name, c.type]));
  for (const column of declared.definition.columns) {
    if (!returned.has(column.name)) {
      errors.push(
        `error[unknown_column]: column "${column.name}" (key ${column.key}) is declared, but the query returns only ${[...returned.keys()].join(", ")}\nhint: declare the columns the query returns, under the names it gives them (AS name)`,
      );
      continue;
    }
    // Only a different type is worth a word: `numeric` for a numeric(12,2) column types the same in TypeScript.
    const actual = returned.get(column.name);
    const base = (t: string) => t.replace(/\(.*?\)/g, "");
    if (actual !== undefined && base(sqlType(column.type)) !== base(actual)) {
      warnings.push(`column "${column.name}" is declared as ${column.type}, but the query returns ${actual}`);
    }
  }
  return { errors, warnings };
}

function viewState(definition: DeclaredImmv["definition"], compiled: CompiledView): Omit<ViewState, "migration"> {
  const { plan } = compiled;
  const q = (schema: string, name: string) => `"${schema.replaceAll('"', '""')}"."${name.replaceAll('"', '""')}"`;
  const baseColumns = plan.baseTables.flatMap(({ relation, columns }) => [
    `${relation.schema}.${relation.name} primary key (${relation.primaryKey.join(", ")})`,
    ...relation.columns
      .filter((c) => columns.includes(c.name))
      .map((c) => `${relation.schema}.${relation.name}.${c.name} ${c.type}${c.notNull ? " not null" : ""}`),
  ]);
  return {
    name: definition.name,
    schema: definition.schema,
    storageSchema: definition.storageSchema,
    indexes: definition.indexes,
    hash: compiled.hash,
    compilerVersion: COMPILER_VERSION,
    normalizedDefinition: compiled.normalizedDefinition,
    strategy: plan.strategy,
    baseColumns: baseColumns.sort(),
    triggers: [
      ...plan.baseTables.flatMap(({ relation, triggerNames }) =>
        Object.values(triggerNames).map((name) => ({ table: q(relation.schema, relation.name), name })),
      ),
      { table: q(plan.schema, plan.storageTable), name: plan.names.guardTrigger },
    ],
  };
}

/** Tables a query-builder definition reads that are not among the schema's exported tables. */
function tablesNotExported(query: SQL, relations: Relation[]): string[] {
  const known = new Set(relations.map((r) => `${r.schema}.${r.name}`));
  const missing = new Set<string>();
  const visit = (chunk: unknown): void => {
    if (is(chunk, SQL)) {
      for (const c of chunk.queryChunks) visit(c);
    } else if (is(chunk, PgTable)) {
      const config = getTableConfig(chunk);
      const key = `${config.schema ?? "public"}.${config.name}`;
      if (!known.has(key)) missing.add(config.schema ? key : config.name);
    } else if (is(chunk, Column) && is(chunk.table, PgTable)) {
      visit(chunk.table);
    }
  };
  visit(query);
  return [...missing];
}

export interface GenerateOptions {
  config?: string;
  cwd?: string;
  /** Name of the migration (drizzle-kit's `--name`); default `immv` or `immv_<view>`. */
  name?: string;
  /** Skip `drizzle-kit generate` for the tables (it must have run already). */
  skipDrizzleKit?: boolean;
  log?: (line: string) => void;
}

export interface GenerateResult {
  changes: ViewChange[];
  /** The migration file written, when something changed. */
  migration: string | undefined;
  warnings: string[];
}

/**
 * `immv-drizzle generate`: compiles every immv() first (a definition immv cannot maintain stops
 * everything before any file is written), runs `drizzle-kit generate` for the tables, then writes
 * one custom migration for the IMMVs that are new, changed or removed since the state file.
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const project = await loadProject(options);
  const schema = await loadSchema(project);
  const views = await compileSchema(project, schema);
  const warnings = views.flatMap((v) => v.warnings.map((w) => `immv("${v.declared.definition.name}"): ${w}`));
  for (const w of warnings) log(`warning: ${w}`);
  const kit = findDrizzleKit(project.cwd);
  if (!options.skipDrizzleKit) runDrizzleKit(kit, project, ["generate"]);
  const state = readState(project.out);
  const changes = diffViews(
    state.views,
    views.map((v) => ({ ...v.state, migration: "" })),
  );
  if (changes.length === 0) {
    log(
      `immv: ${views.length === 0 ? "no immv() views declared" : `${views.length} IMMV(s) up to date`}; no migration`,
    );
    return { changes, migration: undefined, warnings };
  }
  const name = options.name ?? (changes.length === 1 ? `immv_${changes[0]!.name}` : "immv");
  const migration = await createCustomMigration(kit, project, name.replace(/[^A-Za-z0-9_]/g, "_"));
  writeFileSync(migration.file, await migrationSql(changes, views));
  const byName = new Map(views.map((v) => [v.state.name, v]));
  const recorded = new Map(state.views.map((v) => [v.name, v]));
  writeState(
    project.out,
    views.map((v) => {
      const changed = changes.some((c) => c.name === v.state.name);
      return {
        ...v.state,
        migration: changed ? migration.tag : (recorded.get(v.state.name)?.migration ?? migration.tag),
      };
    }),
  );
  for (const c of changes) {
    const strategy = byName.get(c.name)?.compiled.plan.strategy;
    log(
      `immv: ${c.kind} ${c.name}${strategy ? ` (${strategy})` : ""}${c.reasons.length > 0 ? `: ${c.reasons.join("; ")}` : ""}`,
    );
  }
  log(`immv: wrote ${migration.file}`);
  return { changes, migration: migration.file, warnings };
}

/** The custom migration: drops, then creations, one statement per drizzle statement-breakpoint. */
async function migrationSql(changes: ViewChange[], views: CompiledImmv[]): Promise<string> {
  const scripts: string[] = [];
  for (const change of changes) {
    const old = change.before;
    // A view that moved schemas is not found by the new script's own drop: remove the old one first.
    if (
      old &&
      (change.kind === "removed" ||
        old.storageSchema !== change.after?.storageSchema ||
        old.schema !== change.after?.schema)
    ) {
      scripts.push(dropViewSql({ name: old.name, schema: old.storageSchema, viewSchema: old.schema }));
    }
  }
  for (const change of changes) {
    if (change.kind === "removed") continue;
    const view = views.find((v) => v.state.name === change.name)!;
    scripts.push(view.compiled.createSql);
  }
  const statements = (await Promise.all(scripts.map(splitStatements))).flat();
  const summary = changes
    .map((c) => `--   ${c.kind} ${c.name}${c.reasons.length > 0 ? ` (${c.reasons.join("; ")})` : ""}`)
    .join("\n");
  const header = `-- Written by immv-drizzle generate: incrementally maintained views.\n${summary}\n`;
  return `${header}${statements.map((s) => `${s};`).join("\n--> statement-breakpoint\n")}\n`;
}
