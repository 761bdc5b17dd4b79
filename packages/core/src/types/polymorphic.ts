/**
 * Polymorphic parameters (parse_coerce.c `check_generic_type_consistency` and
 * `enforce_generic_type_consistency`): whether the actual argument types agree with a signature's
 * polymorphic parameters, and which concrete types the parameters and the result then take.
 *
 * Family 1 (anyelement, anyarray, anynonarray, anyenum, anyrange, anymultirange) needs the same
 * element type everywhere; family 2 (anycompatible…) converts its arguments to their common type.
 */
import type { CatalogIndex } from "./catalog-index.js";
import { baseType, canCoerceImplicitly } from "./coercion.js";
import { commonType } from "./common-type.js";
import type { TypeName } from "./model.js";

const FAMILY_1 = new Set(["anyelement", "anyarray", "anynonarray", "anyenum", "anyrange", "anymultirange"]);
const FAMILY_2 = new Set([
  "anycompatible",
  "anycompatiblearray",
  "anycompatiblenonarray",
  "anycompatiblerange",
  "anycompatiblemultirange",
]);

export function isPolymorphic(name: TypeName): boolean {
  return FAMILY_1.has(name) || FAMILY_2.has(name);
}

export type Polymorphism =
  | { readonly status: "resolved"; readonly args: readonly TypeName[]; readonly result: TypeName }
  /** The actual types contradict the signature: it does not match. */
  | { readonly status: "mismatch" }
  /** The signature matches, but only untyped literals feed a polymorphic type that must be known. */
  | { readonly status: "indeterminate" };

const MISMATCH: Polymorphism = { status: "mismatch" };
const INDETERMINATE: Polymorphism = { status: "indeterminate" };

/**
 * Resolves the polymorphic parameters and result of a signature for the actual argument types.
 * `declared` may hold concrete types too; those are returned unchanged.
 */
export function resolvePolymorphism(
  index: CatalogIndex,
  actual: readonly TypeName[],
  declared: readonly TypeName[],
  result: TypeName,
): Polymorphism {
  const info = (name: TypeName | undefined) => (name === undefined ? undefined : index.types.get(name));
  const agree = (seen: TypeName | undefined, next: TypeName) => seen === undefined || seen === next;

  // Family 1: one element type, reached through arrays, ranges and multiranges.
  let element: TypeName | undefined;
  let array: TypeName | undefined;
  let range: TypeName | undefined;
  let multirange: TypeName | undefined;
  let family1 = false;
  let needsNonArray = result === "anynonarray";
  let needsEnum = result === "anyenum";
  // Family 2: the common type of the arguments' (element) types.
  const compatible: TypeName[] = [];
  let family2 = false;
  let compatibleRange: TypeName | undefined;

  for (const [i, decl] of declared.entries()) {
    const type = actual[i]!;
    if (FAMILY_1.has(decl)) family1 = true;
    if (FAMILY_2.has(decl)) family2 = true;
    if (decl === "anynonarray") needsNonArray = true;
    if (decl === "anyenum") needsEnum = true;
    if (type === "unknown") continue;
    const flat = baseType(index, type);
    switch (decl) {
      case "anyelement":
      case "anynonarray":
      case "anyenum":
        if (!agree(element, type)) return MISMATCH;
        element = type;
        break;
      case "anyarray":
        if (!agree(array, flat)) return MISMATCH;
        array = flat;
        break;
      case "anyrange":
        if (!agree(range, flat)) return MISMATCH;
        range = flat;
        break;
      case "anymultirange":
        if (!agree(multirange, flat)) return MISMATCH;
        multirange = flat;
        break;
      case "anycompatible":
      case "anycompatiblenonarray":
        compatible.push(type);
        break;
      case "anycompatiblearray": {
        const elementType = info(flat)?.element;
        if (elementType === undefined) return MISMATCH;
        compatible.push(elementType);
        break;
      }
      case "anycompatiblerange":
      case "anycompatiblemultirange": {
        const rangeType = decl === "anycompatiblerange" ? flat : rangeOfKind(index, flat, "m");
        const subtype = rangeOfKind(index, rangeType, "r");
        if (rangeType === undefined || subtype === undefined) return MISMATCH;
        if (!agree(compatibleRange, rangeType)) return MISMATCH;
        if (compatibleRange === undefined) compatible.push(subtype);
        compatibleRange = rangeType;
        break;
      }
    }
  }
  if (!family1 && !family2) return { status: "resolved", args: declared, result };

  if (array !== undefined) {
    const fromArray = info(array)?.element;
    if (fromArray === undefined || !agree(element, fromArray)) return MISMATCH;
    element = fromArray;
  }
  if (multirange !== undefined) {
    const fromMultirange = rangeOfKind(index, multirange, "m");
    if (fromMultirange === undefined || !agree(range, fromMultirange)) return MISMATCH;
    range = fromMultirange;
  }
  if (range !== undefined) {
    const fromRange = rangeOfKind(index, range, "r");
    if (fromRange === undefined || !agree(element, fromRange)) return MISMATCH;
    element = fromRange;
  }
  if (element !== undefined && needsNonArray && isArrayType(index, element)) return MISMATCH;
  // Unlike anynonarray, anyenum needs a known type: an untyped literal alone does not match it.
  if (needsEnum && info(element === undefined ? undefined : baseType(index, element))?.typtype !== "e") {
    return MISMATCH;
  }

  let compatibleType: TypeName | undefined;
  if (compatible.length > 0) {
    compatibleType = commonType(index, compatible);
    if (compatibleType === undefined) return MISMATCH;
    if (declared.includes("anycompatiblenonarray") && isArrayType(index, compatibleType)) return MISMATCH;
    if (compatibleRange !== undefined && rangeOfKind(index, compatibleRange, "r") !== compatibleType) return MISMATCH;
  }

  // Now the types every polymorphic parameter and the result stand for.
  if (family1 && element === undefined) return INDETERMINATE;
  if (family2 && compatibleType === undefined) {
    if (compatibleRange === undefined && usesCompatibleRange(declared, result)) return INDETERMINATE;
    compatibleType = "text"; // only untyped literals: text, as select_common_type decides
  }
  const concrete = (decl: TypeName, type: TypeName): TypeName | undefined => {
    switch (decl) {
      case "anyelement":
      case "anynonarray":
      case "anyenum":
        return type === "unknown" ? element : type;
      case "anyarray":
        return array ?? info(element)?.array;
      case "anyrange":
        return range;
      case "anymultirange":
        return multirange ?? (range === undefined ? undefined : multirangeOf(index, range));
      case "anycompatible":
      case "anycompatiblenonarray":
        return compatibleType;
      case "anycompatiblearray":
        return info(compatibleType)?.array;
      case "anycompatiblerange":
        return compatibleRange;
      case "anycompatiblemultirange":
        return compatibleRange === undefined ? undefined : multirangeOf(index, compatibleRange);
      default:
        return decl;
    }
  };
  const args: TypeName[] = [];
  for (const [i, decl] of declared.entries()) {
    const type = concrete(decl, actual[i]!);
    if (type === undefined) return INDETERMINATE;
    args.push(type);
  }
  // A concrete family-2 type must still be reachable from each argument.
  for (const [i, decl] of declared.entries()) {
    if (FAMILY_2.has(decl) && !canCoerceImplicitly(index, actual[i]!, args[i]!)) return MISMATCH;
  }
  const resolved = concrete(result, "unknown");
  if (resolved === undefined) return INDETERMINATE;
  return { status: "resolved", args, result: resolved };
}

function usesCompatibleRange(declared: readonly TypeName[], result: TypeName): boolean {
  return [...declared, result].some((t) => t === "anycompatiblerange" || t === "anycompatiblemultirange");
}

/** The subtype of a range (`kind` "r") or the range of a multirange (`kind` "m"). */
function rangeOfKind(index: CatalogIndex, name: TypeName | undefined, kind: "r" | "m"): TypeName | undefined {
  const info = name === undefined ? undefined : index.types.get(name);
  return info?.typtype === kind ? info.rangeOf : undefined;
}

function multirangeOf(index: CatalogIndex, range: TypeName): TypeName | undefined {
  for (const info of index.types.values()) {
    if (info.typtype === "m" && info.rangeOf === range) return info.name;
  }
  return undefined;
}

function isArrayType(index: CatalogIndex, name: TypeName): boolean {
  return index.types.get(baseType(index, name))?.element !== undefined;
}
