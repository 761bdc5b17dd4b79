/**
 * The type system over PostgreSQL 15–18's built-in catalog, plus the user's own types and
 * functions. The built-in data is indexed once, on first use.
 */
import { type CatalogIndex, indexCatalog, withUserObjects } from "./catalog-index.js";
import { findCoercion } from "./coercion.js";
import { commonType } from "./common-type.js";
import type { Candidate, TypeSystem, UserType } from "./model.js";
import { PG_CATALOG } from "./pg-catalog.generated.js";
import { resolveFunction } from "./resolve-function.js";
import { resolveOperator } from "./resolve-operator.js";
import { displayType, typeNamed } from "./type-names.js";

export interface TypeSystemOptions {
  readonly types?: readonly UserType[];
  readonly functions?: readonly Candidate[];
  /**
   * Judge by one major's catalog only (a live server's). By default every supported major's rows
   * count, the most volatile form winning, so a definition is judged for all of them.
   */
  readonly major?: number;
}

const builtins = new Map<number, CatalogIndex>();

function builtinIndex(major: number | undefined): CatalogIndex {
  const bit = major === undefined ? -1 : PG_CATALOG.majors.indexOf(major);
  if (major !== undefined && bit < 0) throw new Error(`PostgreSQL ${major} is not a supported major`);
  const mask = bit < 0 ? (1 << PG_CATALOG.majors.length) - 1 : 1 << bit;
  let index = builtins.get(mask);
  if (index === undefined) {
    index = indexCatalog(PG_CATALOG, mask);
    builtins.set(mask, index);
  }
  return index;
}

export function createTypeSystem(options: TypeSystemOptions = {}): TypeSystem {
  const builtin = builtinIndex(options.major);
  const index = options.types || options.functions ? withUserObjects(builtin, options) : builtin;
  return {
    type: (name) => index.types.get(name),
    typeNamed: (spelling) => typeNamed(index, spelling),
    display: (name) => displayType(index, name),
    coercion: (from, to, context) => findCoercion(index, from, to, context),
    resolveFunction: (name, args, call) => resolveFunction(index, name, args, call),
    resolveOperator: (name, left, right) => resolveOperator(index, name, left, right),
    commonType: (types) => commonType(index, types),
  };
}
