import { createHash } from "node:crypto";
import { deparseSync } from "pgsql-deparser";
import { analyzeDefinition } from "./analyze/analyze.js";
import type { Catalog } from "./catalog.js";
import { describeCompiled, type ImmvDescriptor } from "./descriptor.js";
import { RUNTIME_VERSION, type RuntimeMode } from "./emit/runtime.js";
import { createScript, dropScript, type ScriptInfo, type StorageIndex } from "./emit/script.js";
import { ImmvError } from "./errors.js";
import { checkCompileOptions, withNestingGuard } from "./input-guards.js";
import { loadParser, parseDefinition } from "./parse/parse-definition.js";
import { describePlan } from "./plan/describe.js";
import { boundedIdentifier } from "./plan/identifiers.js";
import { type MaintenancePlan, planMaintenance } from "./plan/plan.js";
import { lowerToSelectProjectJoin } from "./plan/select-project-join.js";
import { planWarnings } from "./plan/warnings.js";

export const COMPILER_VERSION = "0.1.0";

export interface CompileOptions {
  /** Name of the view applications query (an identifier; not schema-qualified). */
  name: string;
  /** The defining SELECT. */
  query: string;
  catalog: Catalog;
  /** Schema of storage, catalog and functions. Default `immv`. */
  schema?: string;
  /** Schema of the user-facing view. Default `public`. */
  viewSchema?: string;
  /** Wrap scripts in BEGIN/COMMIT (for psql); migration runners bring their own transaction. */
  transaction?: boolean;
  /**
   * Extra (non-unique) indexes on the storage table for the application's own queries, each a
   * list of the view's column names.
   */
  indexes?: string[][];
  /**
   * `install` (default): the creation script installs or upgrades immv's runtime itself.
   * `require`: it only checks for a recent enough runtime, which a migration of its own installs
   * (see runtimeSql); then a runtime upgrade changes neither the script nor its hash.
   */
  runtime?: RuntimeMode;
}

export interface CompiledView {
  name: string;
  /** What tools record and check about the view (base tables, triggers, functions, versions). */
  descriptor: ImmvDescriptor;
  /** The definition as PostgreSQL's grammar normalises it (comments and layout removed). */
  normalizedDefinition: string;
  /** Identifies what gets installed: changes exactly when the emitted SQL would (the definition
   * counts as PostgreSQL normalises it, so layout and comments do not). */
  hash: string;
  /** The view's columns in order, with the PostgreSQL type when the compiler can tell it. */
  columns: { name: string; type: string | undefined }[];
  createSql: string;
  /** The runtime version this compiler installs (see runtimeSql). */
  runtimeVersion: number;
  dropSql: string;
  /** Human-readable description of the maintenance plan. */
  explain: string;
  /** Things that compile but deserve the user's attention (e.g. floating-point sums may drift). */
  warnings: string[];
}

/** Compiles a view definition into the SQL that creates and maintains it. */
export async function compile(options: CompileOptions): Promise<CompiledView> {
  const { plan: _, ...view } = await compileWithPlan(options);
  return view;
}

/**
 * `compile`, with the maintenance plan the SQL was emitted from. Internal: for core's own tests of
 * the planner; the package exports `compile` only, and tools read the descriptor.
 */
export async function compileWithPlan(options: CompileOptions): Promise<CompiledView & { plan: MaintenancePlan }> {
  checkCompileOptions(options);
  return withNestingGuard(() => compileChecked(options));
}

async function compileChecked(options: CompileOptions): Promise<CompiledView & { plan: MaintenancePlan }> {
  await loadParser();
  validateName(options.name);
  const parsed = parseDefinition(options.query);
  const plan = planMaintenance(lowerToSelectProjectJoin(analyzeDefinition(parsed, options.catalog)), {
    name: options.name,
    schema: options.schema ?? "immv",
    viewSchema: options.viewSchema ?? "public",
  });
  const indexes = storageIndexes(
    options.indexes ?? [],
    plan.query.outputs.map((o) => o.name),
    options.name,
  );
  const normalizedDefinition = deparseSync({ SelectStmt: parsed.select }, { pretty: false });
  const transaction = options.transaction ?? false;
  const warnings = planWarnings(plan);
  const script = (info: ScriptInfo) =>
    createScript(plan, info, transaction, warnings, indexes, options.runtime ?? "install");
  // The hash covers what gets installed — the script, with the definition as PostgreSQL's grammar
  // normalises it (layout and comments do not count) — so a compiler whose output changes, even
  // at the same version, makes migrations rebuild the IMMV.
  const hashed = script({ definition: "", normalizedDefinition, hash: "", compilerVersion: COMPILER_VERSION });
  const info: ScriptInfo = {
    definition: options.query,
    normalizedDefinition,
    hash: createHash("sha256").update(hashed).digest("hex").slice(0, 16),
    compilerVersion: COMPILER_VERSION,
  };
  return {
    name: options.name,
    descriptor: describeCompiled(plan, info),
    plan,
    normalizedDefinition,
    hash: info.hash,
    columns: plan.query.outputs.map((o) => ({ name: o.name, type: o.type })),
    createSql: script(info),
    runtimeVersion: RUNTIME_VERSION,
    dropSql: dropScript(plan, transaction),
    explain: describePlan(plan, warnings),
    warnings,
  };
}

function storageIndexes(indexes: string[][], columns: string[], view: string): StorageIndex[] {
  return indexes.map((cols) => {
    const unknown = cols.find((c) => !columns.includes(c));
    if (cols.length === 0 || unknown !== undefined) {
      throw new ImmvError(
        "unknown_column",
        cols.length === 0
          ? `an extra index of view "${view}" lists no columns`
          : `an extra index of view "${view}" names column "${unknown}", which the view does not have`,
        undefined,
        `index the view's own columns: ${columns.join(", ")}`,
      );
    }
    return { columns: cols, name: boundedIdentifier(`${view}$i_${cols.join("_")}`) };
  });
}

function validateName(name: string): void {
  const problem =
    name.length === 0
      ? "is empty"
      : Buffer.byteLength(name) > 63
        ? "is longer than 63 bytes"
        : name.startsWith("__ivm_")
          ? "starts with the reserved prefix __ivm_"
          : /[\0]/.test(name)
            ? "contains a NUL character"
            : name === "views" || name === "views_pkey"
              ? "is the name of immv's catalog table or its index"
              : name.includes("$")
                ? "contains $, which immv reserves for the names it generates (e.g. <name>$key)"
                : undefined;
  if (problem) {
    throw new ImmvError(
      "invalid_name",
      `view name "${name}" ${problem}`,
      undefined,
      "choose a name of 1–63 bytes, e.g. order_totals",
    );
  }
}
