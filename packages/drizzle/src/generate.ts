import { writeFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { expectedTriggers } from "@immv/cli";
import {
  type CompiledView,
  compile,
  dropViewSql,
  formatError,
  ImmvError,
  ident,
  type Relation,
  RUNTIME_VERSION,
  runtimeSql,
  splitStatements,
} from "@immv/core";
import { Column, is, SQL } from "drizzle-orm";
import { getTableConfig, PgDialect, PgTable } from "drizzle-orm/pg-core";
import { drizzleCatalog, relationsOf, sqlType } from "./catalog.js";
import { createCustomMigration, findDrizzleKit, runDrizzleKit } from "./kit.js";
import {
  type DeclaredImmv,
  type DrizzleProject,
  displayPath,
  type LoadedSchema,
  loadProject,
  loadSchema,
} from "./project.js";
import { diffViews, readState, type StateFile, type ViewChange, type ViewState, writeState } from "./state.js";

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
    const callSite = definition.callSite?.replace(
      /^(.*)(:\d+:\d+)$/,
      (_, path: string, at: string) => displayPath(project.cwd, path) + at,
    );
    const heading = `${declared.file}: immv("${definition.name}") (export ${declared.exportName}${callSite ? `, ${callSite}` : ""})`;
    const sqlQuery = definition.query(project.casing);
    const hidden = tablesNotExported(sqlQuery, relations);
    if (hidden.length > 0) {
      errors.push(
        `${heading}\nerror[unknown_table]: the query uses ${hidden.map((t) => `table "${t}"`).join(", ")}, which no schema file exports\nhint: export the table from a file listed in drizzle.config's \`schema\` (drizzle-kit does not create it otherwise)`,
      );
      continue;
    }
    const query = dialect.sqlToQuery(sqlQuery.inlineParams()).sql;
    let compiled: CompiledView;
    try {
      compiled = await compile({
        name: definition.name,
        query,
        catalog,
        schema: definition.storageSchema,
        viewSchema: definition.schema,
        indexes: definition.indexes,
        // installed by a migration of its own (see runtimeMigrationSql)
        runtime: "require",
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

/** The state file's record of a view: the descriptor's facts, plus the options and definition
 * its change reasons name. */
function viewState(definition: DeclaredImmv["definition"], compiled: CompiledView): Omit<ViewState, "migration"> {
  const { descriptor } = compiled;
  const baseColumns = descriptor.baseTables.flatMap((t) => [
    `${t.schema}.${t.name} primary key (${t.primaryKey.join(", ")})`,
    ...t.columns.map((c) => `${t.schema}.${t.name}.${c.name} ${c.type}${c.notNull ? " not null" : ""}`),
  ]);
  return {
    name: descriptor.name,
    schema: descriptor.viewSchema,
    storageSchema: descriptor.schema,
    indexes: definition.indexes,
    hash: descriptor.hash,
    compilerVersion: descriptor.compilerVersion,
    normalizedDefinition: compiled.normalizedDefinition,
    strategy: descriptor.strategy,
    baseColumns: baseColumns.sort(),
    triggers: expectedTriggers(descriptor),
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
  /** The migration files written, in the order they apply. */
  migrations: string[];
  warnings: string[];
}

/**
 * `immv-drizzle generate`: compiles every immv() first (a definition immv cannot maintain stops
 * everything before any file is written), then writes, through drizzle-kit, up to four migrations:
 * - before the tables' migration, one dropping the IMMVs that are removed, or whose base columns
 *   or schemas change (so an ALTER or DROP of a base column never meets an IMMV that reads it);
 * - `drizzle-kit generate`'s own migration for the tables;
 * - one installing or upgrading immv's runtime, when the views need a newer one than the
 *   migrations so far installed (once per database: views never carry it);
 * - after it, one creating the IMMVs that are new or changed.
 * Nothing changed since the state file: no migration of ours.
 */
export async function generate(options: GenerateOptions = {}): Promise<GenerateResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const project = await loadProject(options);
  const schema = await loadSchema(project);
  const views = await compileSchema(project, schema);
  const warnings = views.flatMap((v) => v.warnings.map((w) => `immv("${v.declared.definition.name}"): ${w}`));
  for (const w of warnings) log(`warning: ${w}`);
  const kit = findDrizzleKit(project.cwd);
  const state = readState(project.out);
  const changes = diffViews(
    state.views,
    views.map((v) => ({ ...v.state, migration: "" })),
  );
  const drops = changes.filter((c) => c.kind === "removed" || (c.kind === "changed" && c.dropFirst));
  const creates = changes.filter((c) => c.kind !== "removed");
  const baseName = (options.name ?? (changes.length === 1 ? `immv_${changes[0]!.name}` : "immv")).replace(
    /[^A-Za-z0-9_]/g,
    "_",
  );
  const runtime = runtimeNeeded(state.runtime, views);
  const migrations: string[] = [];
  if (drops.length > 0) {
    const drop = await createCustomMigration(kit, project, `${baseName}_drop`);
    writeFileSync(drop.file, await dropMigrationSql(drops));
    migrations.push(drop.file);
    // drizzle-kit 1.0 names folders to the second: its own must sort after ours.
    if (kit.layout === "folders") await sleep(1100);
  }
  if (!options.skipDrizzleKit) runDrizzleKit(kit, project, ["generate"]);
  if (runtime.install) {
    const install = await createCustomMigration(kit, project, "immv_runtime");
    writeFileSync(install.file, await runtimeMigrationSql(state.runtime, runtime.install));
    migrations.push(install.file);
    if (kit.layout === "folders") await sleep(1100);
  }
  let createTag: string | undefined;
  if (creates.length > 0) {
    const create = await createCustomMigration(kit, project, baseName);
    writeFileSync(create.file, await createMigrationSql(creates, views));
    migrations.push(create.file);
    createTag = create.tag;
  }
  if (changes.length === 0 && !runtime.install) {
    log(
      `immv: ${views.length === 0 ? "no immv() views declared" : `${views.length} IMMV(s) up to date`}; no migration`,
    );
    return { changes, migrations, warnings };
  }
  const recorded = new Map(state.views.map((v) => [v.name, v]));
  writeState(
    project.out,
    views
      .map((v) => ({ ...v.state, migration: recorded.get(v.state.name)?.migration ?? "" }))
      .map((v) => {
        const changed = creates.some((c) => c.name === v.name);
        return changed && createTag ? { ...v, migration: createTag } : v;
      }),
    runtime.next,
  );
  const byName = new Map(views.map((v) => [v.state.name, v]));
  for (const c of changes) {
    const strategy = byName.get(c.name)?.compiled.descriptor.strategy;
    log(
      `immv: ${c.kind} ${c.name}${strategy ? ` (${strategy})` : ""}${c.reasons.length > 0 ? `: ${c.reasons.join("; ")}` : ""}`,
    );
  }
  if (runtime.install) log(`immv: runtime ${state.runtime?.version ?? "(none recorded)"} -> ${RUNTIME_VERSION}`);
  for (const m of migrations) log(`immv: wrote ${m}`);
  return { changes, migrations, warnings };
}

const HEADER = "-- Written by immv-drizzle generate: incrementally maintained views.";

type RecordedRuntime = StateFile["runtime"];

/** The runtime the declared views need, and whether the migrations so far lack it. */
function runtimeNeeded(
  recorded: RecordedRuntime,
  views: CompiledImmv[],
): { next: RecordedRuntime; install: NonNullable<RecordedRuntime> | undefined } {
  const schemas = [...new Set([...(recorded?.schemas ?? []), ...views.map((v) => v.state.storageSchema)])].sort();
  if (schemas.length === 0) return { next: recorded, install: undefined };
  const next = { version: RUNTIME_VERSION, schemas };
  const current = recorded?.version === RUNTIME_VERSION && schemas.every((s) => recorded.schemas.includes(s));
  return { next, install: current ? undefined : next };
}

/** Why a view is in this migration, with the old and new definition when it changed. */
function summary(changes: ViewChange[]): string {
  return changes
    .flatMap((c) => {
      const line = `--   ${c.kind} ${c.name}${c.reasons.length > 0 ? ` (${c.reasons.join("; ")})` : ""}`;
      const before = c.before?.normalizedDefinition;
      const after = c.after?.normalizedDefinition;
      if (c.kind !== "changed" || before === after) return [line];
      return [line, `--     was: ${before}`, `--     now: ${after}`];
    })
    .join("\n");
}

/** drizzle's migrator runs a file statement by statement, split at `--> statement-breakpoint`. */
async function migrationText(header: string, scripts: string[]): Promise<string> {
  const statements = (await Promise.all(scripts.map(splitStatements))).flat();
  return `${header}\n${statements.map((s) => `${s};`).join("\n--> statement-breakpoint\n")}\n`;
}

function runtimeMigrationSql(recorded: RecordedRuntime, next: NonNullable<RecordedRuntime>): Promise<string> {
  const from = recorded
    ? `upgrades runtime ${recorded.version} in place`
    : "installs it, or upgrades an older one in place";
  return migrationText(
    `${HEADER}\n-- immv runtime ${next.version} (${from}): the catalog, SQL API and batching every IMMV uses.\n-- Views are not rebuilt by it.`,
    next.schemas.map(runtimeSql),
  );
}

function dropMigrationSql(drops: ViewChange[]): Promise<string> {
  return migrationText(
    `${HEADER}\n-- Removed before the tables change; changed ones are created again after.\n${summary(drops)}`,
    drops.map((c) => dropViewSql({ name: c.name, schema: c.before!.storageSchema, viewSchema: c.before!.schema })),
  );
}

function createMigrationSql(creates: ViewChange[], views: CompiledImmv[]): Promise<string> {
  const scripts = creates.map((c) => views.find((v) => v.state.name === c.name)!.compiled.createSql);
  // A view schema of the user's own may not exist yet (drizzle-kit creates only exported pgSchema()s).
  const viewSchemas = [...new Set(creates.map((c) => c.after!.schema))].filter((s) => s !== "public");
  const schemas = viewSchemas.map((s) => `CREATE SCHEMA IF NOT EXISTS ${ident(s)};`);
  return migrationText(`${HEADER}\n${summary(creates)}`, [...schemas, ...scripts]);
}
