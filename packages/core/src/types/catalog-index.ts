/**
 * The catalog data indexed for lookups by name: built once per set of majors, lazily, because the
 * compiler resolves every expression through it. Rows that exist in several majors with different
 * attributes become one row with the most volatile volatility (and the most permissive cast
 * context), so a definition is judged as it behaves on every supported server.
 */
import type { Candidate, CoercionContext, TypeInfo, TypeName, UserType } from "./model.js";
import type { PgCatalogData, Volatility } from "./pg-catalog-data.js";
import { BUILTIN_RANGES } from "./ranges.js";
import { worse } from "./volatility.js";

export interface CastInfo {
  readonly context: CoercionContext;
  readonly method: "f" | "b" | "i";
  /** The cast function's volatility ("i" unless method is "f"). */
  readonly volatility: Volatility;
}

export interface CatalogIndex {
  readonly types: ReadonlyMap<TypeName, TypeInfo>;
  /** Keyed by `castKey(source, target)`. */
  readonly casts: ReadonlyMap<string, CastInfo>;
  readonly functions: ReadonlyMap<string, readonly Candidate[]>;
  /** Keyed by operator name; prefix operators have one argument. */
  readonly operators: ReadonlyMap<string, readonly Candidate[]>;
}

export function castKey(source: TypeName, target: TypeName): string {
  return `${source} ${target}`;
}

const CONTEXT = { i: "implicit", a: "assignment", e: "explicit" } as const;
const PERMISSIVENESS: Record<CoercionContext, number> = { implicit: 2, assignment: 1, explicit: 0 };

/** The rows of the majors whose bit is in `mask`. */
export function indexCatalog(data: PgCatalogData, mask: number): CatalogIndex {
  const present = (versions: number) => (versions & mask) !== 0;

  const types = new Map<TypeName, TypeInfo>();
  for (const [name, category, preferred, typtype, element, array, input, output, versions] of data.types) {
    if (!present(versions)) continue;
    const seen = types.get(name);
    types.set(name, {
      name,
      category,
      preferred,
      typtype,
      element: element || undefined,
      array: array || undefined,
      base: undefined,
      rangeOf: BUILTIN_RANGES[name],
      inputVolatility: seen ? worse(seen.inputVolatility, input) : input,
      outputVolatility: seen ? worse(seen.outputVolatility, output) : output,
    });
  }

  const casts = new Map<string, CastInfo>();
  for (const [source, target, context, method, volatility, versions] of data.casts) {
    if (!present(versions)) continue;
    const key = castKey(source, target);
    const seen = casts.get(key);
    const row: CastInfo = { context: CONTEXT[context], method, volatility: volatility || "i" };
    casts.set(
      key,
      seen
        ? {
            context: PERMISSIVENESS[seen.context] >= PERMISSIVENESS[row.context] ? seen.context : row.context,
            method: row.method,
            volatility: worse(seen.volatility, row.volatility),
          }
        : row,
    );
  }

  const functions = new Map<string, Candidate>();
  for (const [
    name,
    args,
    variadic,
    result,
    returnsSet,
    kind,
    volatility,
    strict,
    defaults,
    versions,
  ] of data.functions) {
    if (!present(versions)) continue;
    addMerged(functions, {
      name,
      schema: "pg_catalog",
      args,
      variadic: variadic || undefined,
      result,
      returnsSet,
      kind,
      volatility,
      strict,
      defaults,
    });
  }

  const operators = new Map<string, Candidate>();
  for (const [name, left, right, result, volatility, strict, versions] of data.operators) {
    if (!present(versions)) continue;
    addMerged(operators, {
      name,
      schema: "pg_catalog",
      args: left ? [left, right] : [right],
      variadic: undefined,
      result,
      returnsSet: false,
      kind: "f",
      volatility,
      strict,
      defaults: 0,
    });
  }

  return { types, casts, functions: byName(functions.values()), operators: byName(operators.values()) };
}

/** Adds user types (and their array types) and user functions to a built-in index. */
export function withUserObjects(
  index: CatalogIndex,
  user: { readonly types?: readonly UserType[]; readonly functions?: readonly Candidate[] },
): CatalogIndex {
  const types = new Map(index.types);
  for (const t of user.types ?? []) {
    const info = userTypeInfo(t, types);
    types.set(info.name, info);
    if (info.array) types.set(info.array, arrayOf(info));
  }
  const functions = new Map<string, Candidate[]>();
  for (const [name, list] of index.functions) functions.set(name, [...list]);
  for (const f of user.functions ?? []) {
    const list = functions.get(f.name) ?? [];
    list.push(f);
    functions.set(f.name, list);
  }
  return { ...index, types, functions };
}

function addMerged(rows: Map<string, Candidate>, row: Candidate): void {
  const key = JSON.stringify([row.name, row.args, row.variadic, row.result, row.returnsSet, row.kind, row.defaults]);
  const seen = rows.get(key);
  rows.set(key, seen ? { ...seen, volatility: worse(seen.volatility, row.volatility) } : row);
}

function byName(rows: Iterable<Candidate>): Map<string, readonly Candidate[]> {
  const out = new Map<string, Candidate[]>();
  for (const row of rows) {
    const list = out.get(row.name) ?? [];
    list.push(row);
    out.set(row.name, list);
  }
  return out;
}

/** User types' I/O functions are unknown here: enum, domain, record and range I/O are STABLE. */
function userTypeInfo(t: UserType, types: ReadonlyMap<TypeName, TypeInfo>): TypeInfo {
  const dot = t.name.lastIndexOf(".");
  const array = `${t.name.slice(0, dot + 1)}_${t.name.slice(dot + 1)}`;
  const common = { name: t.name, preferred: false, element: undefined, base: undefined, rangeOf: undefined };
  switch (t.kind) {
    case "enum":
      return { ...common, category: "E", typtype: "e", array, inputVolatility: "s", outputVolatility: "s" };
    case "composite":
      return { ...common, category: "C", typtype: "c", array, inputVolatility: "s", outputVolatility: "s" };
    case "range":
      return {
        ...common,
        category: "R",
        typtype: "r",
        array,
        rangeOf: t.base,
        inputVolatility: "s",
        outputVolatility: "s",
      };
    case "domain": {
      const base = t.base === undefined ? undefined : types.get(t.base);
      return {
        ...common,
        category: base?.category ?? "U",
        preferred: base?.preferred ?? false,
        typtype: "d",
        array,
        base: t.base,
        inputVolatility: "s",
        outputVolatility: base?.outputVolatility ?? "v",
      };
    }
    case "base":
      // A user-defined base type's I/O functions could be anything.
      return { ...common, category: "U", typtype: "b", array, inputVolatility: "v", outputVolatility: "v" };
  }
}

function arrayOf(element: TypeInfo): TypeInfo {
  return {
    name: element.array!,
    category: "A",
    preferred: false,
    typtype: "b",
    element: element.name,
    array: undefined,
    base: undefined,
    rangeOf: undefined,
    inputVolatility: "s",
    outputVolatility: "s",
  };
}
