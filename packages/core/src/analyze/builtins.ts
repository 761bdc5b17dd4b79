import { createTypeSystem, type TypeSystem } from "../types/index.js";
import { PG_CATALOG } from "../types/pg-catalog.generated.js";

let types: TypeSystem | undefined;
let functions: Set<string> | undefined;
let aggregates: Set<string> | undefined;

/** PostgreSQL's built-in type system, indexed once per process. */
export function builtinTypes(): TypeSystem {
  types ??= createTypeSystem();
  return types;
}

/** Whether pg_catalog has a function of this name (any kind). */
export function isBuiltinFunction(name: string): boolean {
  functions ??= new Set(PG_CATALOG.functions.map((f) => f[0]));
  return functions.has(name);
}

/** Whether pg_catalog has an aggregate or window function of this name. */
export function isBuiltinAggregate(name: string): boolean {
  aggregates ??= new Set(PG_CATALOG.functions.filter((f) => f[5] !== "f").map((f) => f[0]));
  return aggregates.has(name);
}
