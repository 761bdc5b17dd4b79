/**
 * The type system over PostgreSQL 15–18's built-in catalog, plus the user's own types and
 * functions. Each major's built-in data is indexed once, on first use.
 */
import { type CatalogIndex, indexCatalog, withUserObjects } from "./catalog-index.js";
import { findCoercion } from "./coercion.js";
import { commonType } from "./common-type.js";
import type { Candidate, Resolution, TypeSystem, UserType } from "./model.js";
import { PG_CATALOG } from "./pg-catalog.generated.js";
import { resolveFunction } from "./resolve-function.js";
import { resolveOperator } from "./resolve-operator.js";
import { displayType, typeNamed } from "./type-names.js";
import { worse } from "./volatility.js";

export interface TypeSystemOptions {
  readonly types?: readonly UserType[];
  readonly functions?: readonly Candidate[];
  /**
   * Judge by one major's catalog only (a live server's). By default a call is resolved in every
   * supported major and judged by the most volatile answer, so a definition holds on all of them.
   */
  readonly major?: number;
}

const builtins = new Map<number, CatalogIndex>();

/** The built-in rows of the majors in `mask` (a bit per entry of PG_CATALOG.majors). */
function builtinIndex(mask: number): CatalogIndex {
  let index = builtins.get(mask);
  if (index === undefined) {
    index = indexCatalog(PG_CATALOG, mask);
    builtins.set(mask, index);
  }
  return index;
}

function maskOf(major: number): number {
  const bit = PG_CATALOG.majors.indexOf(major);
  if (bit < 0) throw new Error(`PostgreSQL ${major} is not a supported major`);
  return 1 << bit;
}

export function createTypeSystem(options: TypeSystemOptions = {}): TypeSystem {
  const withUser = (index: CatalogIndex) =>
    options.types || options.functions ? withUserObjects(index, options) : index;
  const majors = options.major === undefined ? PG_CATALOG.majors : [options.major];
  // Types and casts: every major's rows together. Calls: resolved per major, as each server would.
  const all = lazy(() => withUser(builtinIndex(majors.reduce((mask, m) => mask | maskOf(m), 0))));
  const perMajor = majors.map((m) => lazy(() => withUser(builtinIndex(maskOf(m)))));
  const resolve = (how: (index: CatalogIndex) => Resolution) => acrossMajors(perMajor.map((index) => how(index())));
  return {
    type: (name) => all().types.get(name),
    typeNamed: (spelling) => typeNamed(all(), spelling),
    display: (name) => displayType(all(), name),
    coercion: (from, to, context) => findCoercion(all(), from, to, context),
    resolveFunction: (name, args, call) => resolve((index) => resolveFunction(index, name, args, call)),
    resolveOperator: (name, left, right) => resolve((index) => resolveOperator(index, name, left, right)),
    commonType: (types) => commonType(all(), types),
  };
}

/**
 * One answer from each major's (oldest first): the newest major's resolution, as volatile as the
 * most volatile major makes it; a call that resolves in some majors only is resolvable. A
 * signature that changed between majors (json_strip_nulls gained a defaulted parameter in 18)
 * then resolves as each server resolves it, never as an ambiguity between the two forms.
 */
function acrossMajors(answers: readonly Resolution[]): Resolution {
  const resolved = answers.filter((r) => r.ok);
  const newest = resolved.at(-1);
  if (newest === undefined) return answers.at(-1)!;
  return { ...newest, volatility: resolved.reduce((v, r) => worse(v, r.volatility), newest.volatility) };
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}
