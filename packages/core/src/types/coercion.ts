/**
 * PostgreSQL's coercion pathways (parse_coerce.c `find_coercion_pathway`, `can_coerce_type`): which
 * conversions a context allows, how they run, and how volatile they are as
 * `contain_mutable_functions` sees them.
 */
import { type CatalogIndex, castKey } from "./catalog-index.js";
import type { Coercion, CoercionContext, TypeInfo, TypeName } from "./model.js";
import { worse } from "./volatility.js";

const ALLOWED: Record<CoercionContext, ReadonlySet<CoercionContext>> = {
  implicit: new Set(["implicit"]),
  assignment: new Set(["implicit", "assignment"]),
  explicit: new Set(["implicit", "assignment", "explicit"]),
};

/** Array-like types that never take an element-wise array coercion. */
const VECTORS = new Set(["int2vector", "oidvector"]);

const NONE: Coercion = { kind: "none", volatility: "i" };
const BINARY: Coercion = { kind: "binary", volatility: "i" };

/** A domain's base type (through domains over domains); any other type itself. */
export function baseType(index: CatalogIndex, name: TypeName): TypeName {
  let current = name;
  for (let info = index.types.get(current); info?.base !== undefined; info = index.types.get(current)) {
    current = info.base;
  }
  return current;
}

/**
 * `find_coercion_pathway`, plus an untyped literal converting to anything (through the target's
 * input function) — the caller decides whether a literal's conversion counts.
 */
export function findCoercion(
  index: CatalogIndex,
  from: TypeName,
  to: TypeName,
  context: CoercionContext,
): Coercion | undefined {
  if (from === to) return NONE;
  if (from === "unknown") return { kind: "io", volatility: index.types.get(to)?.inputVolatility ?? "v" };
  const source = baseType(index, from);
  const target = baseType(index, to);
  if (source === target) return BINARY;

  const cast = index.casts.get(castKey(source, target));
  if (cast !== undefined) {
    if (!ALLOWED[context].has(cast.context)) return undefined;
    if (cast.method === "b") return BINARY;
    if (cast.method === "f") return { kind: "function", volatility: cast.volatility };
    return viaIo(index, from, target);
  }

  const sourceInfo = index.types.get(source);
  const targetInfo = index.types.get(target);
  if (isArray(sourceInfo) && isArray(targetInfo) && !VECTORS.has(target)) {
    // An array converts element by element when its elements do (ArrayCoerceExpr).
    const element = findCoercion(index, sourceInfo.element, targetInfo.element, context);
    if (element !== undefined) return element.kind === "none" ? BINARY : element;
  }
  // Without a pg_cast row: to a string type by assignment, from a string type explicitly, via I/O.
  if (context !== "implicit" && targetInfo?.category === "S") return viaIo(index, from, target);
  if (context === "explicit" && sourceInfo?.category === "S") return viaIo(index, from, target);
  return undefined;
}

function viaIo(index: CatalogIndex, from: TypeName, to: TypeName): Coercion {
  const output = index.types.get(from)?.outputVolatility ?? "v";
  const input = index.types.get(to)?.inputVolatility ?? "v";
  return { kind: "io", volatility: worse(output, input) };
}

function isArray(info: TypeInfo | undefined): info is TypeInfo & { element: TypeName } {
  return info?.element !== undefined;
}

/** A composite type, or a domain over one (`ISCOMPLEX`). */
export function isComposite(index: CatalogIndex, name: TypeName): boolean {
  return index.types.get(baseType(index, name))?.typtype === "c";
}

/**
 * `can_coerce_type` for one argument whose parameter type is not polymorphic: the conversions a
 * function or operator call may apply implicitly.
 */
export function canCoerceImplicitly(index: CatalogIndex, from: TypeName, to: TypeName): boolean {
  if (from === to || to === "any" || from === "unknown") return true;
  if (findCoercion(index, from, to, "implicit") !== undefined) return true;
  if (from === "record" && isComposite(index, to)) return true;
  if (to === "record" && isComposite(index, from)) return true;
  if (to === "_record") {
    const element = index.types.get(baseType(index, from))?.element;
    return element !== undefined && isComposite(index, element);
  }
  return false;
}

/** The coercion a call applies to an argument (record/composite relabels count as binary). */
export function argumentCoercion(index: CatalogIndex, from: TypeName, to: TypeName): Coercion {
  if (from === to || to === "any") return NONE;
  return findCoercion(index, from, to, "implicit") ?? BINARY;
}
