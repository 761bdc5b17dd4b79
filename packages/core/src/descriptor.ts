import { RUNTIME_REQUIRED_BY_VIEWS, RUNTIME_VERSION } from "./emit/runtime.js";
import type { MaintenancePlan, Strategy } from "./plan/plan.js";
import { maintenanceFunctionSignatures } from "./plan/signatures.js";

/** A table by its names, unquoted. */
export interface TableName {
  readonly schema: string;
  readonly name: string;
}

/** A base-table column as the view was compiled against it: retyping it invalidates the IMMV. */
export interface DescribedBaseColumn {
  readonly name: string;
  readonly type: string;
  readonly notNull: boolean;
}

export interface DescribedBaseTable extends TableName {
  /** Columns maintenance reads (those the view uses, and the primary key), in table order. */
  readonly columns: readonly DescribedBaseColumn[];
  /** Empty for a table without one (the view is then `counted`). */
  readonly primaryKey: readonly string[];
}

/** A trigger that must exist, enabled, for the IMMV to stay current. */
export interface DescribedTrigger {
  readonly table: TableName;
  readonly name: string;
}

/**
 * What tools need to know about a compiled IMMV — to record it, check a database against it, or
 * decide it must be rebuilt — without the compiler's internals. Plain JSON: it can be written to
 * a file and read back equal. `descriptorVersion` changes when a field changes meaning or goes;
 * new fields may be added without it.
 */
export interface ImmvDescriptor {
  readonly descriptorVersion: 1;
  readonly name: string;
  /** Schema of the storage table, the maintenance functions and immv's runtime and catalog. */
  readonly schema: string;
  /** Schema of the view applications query. */
  readonly viewSchema: string;
  readonly strategy: Strategy;
  /** The view's columns in order; `type` is null where the compiler cannot tell it. */
  readonly columns: readonly { readonly name: string; readonly type: string | null }[];
  /** Every table the view reads, EXISTS subqueries included, in the order of the definition. */
  readonly baseTables: readonly DescribedBaseTable[];
  /** Maintenance triggers on each base table, then the guard on the storage table. */
  readonly triggers: readonly DescribedTrigger[];
  /** Maintenance function signatures as immv's catalog records them (`"immv"."v$before"()`). */
  readonly functions: readonly string[];
  /** The compiler's hash of the creation script (as in immv.views.hash). */
  readonly hash: string;
  /** The runtime version this compiler installs. */
  readonly runtimeVersion: number;
  /** The oldest runtime the view's own code works with. */
  readonly runtimeRequired: number;
  readonly compilerVersion: string;
}

/** The descriptor of the view `plan` describes, whose creation script hashes to `hash`. */
export function describeCompiled(
  plan: MaintenancePlan,
  compiled: { hash: string; compilerVersion: string },
): ImmvDescriptor {
  return {
    descriptorVersion: 1,
    name: plan.name,
    schema: plan.schema,
    viewSchema: plan.viewSchema,
    strategy: plan.strategy,
    columns: plan.query.outputs.map((o) => ({ name: o.name, type: o.type ?? null })),
    baseTables: plan.baseTables.map(({ relation, columns }) => ({
      schema: relation.schema,
      name: relation.name,
      columns: relation.columns
        .filter((c) => columns.includes(c.name))
        .map((c) => ({ name: c.name, type: c.type, notNull: c.notNull })),
      primaryKey: [...relation.primaryKey],
    })),
    triggers: [
      ...plan.baseTables.flatMap(({ relation }) =>
        Object.values(plan.names.triggers).map((name) => ({
          table: { schema: relation.schema, name: relation.name },
          name,
        })),
      ),
      { table: { schema: plan.schema, name: plan.storageTable }, name: plan.names.guardTrigger },
    ],
    functions: maintenanceFunctionSignatures(plan),
    hash: compiled.hash,
    runtimeVersion: RUNTIME_VERSION,
    runtimeRequired: RUNTIME_REQUIRED_BY_VIEWS,
    compilerVersion: compiled.compilerVersion,
  };
}
