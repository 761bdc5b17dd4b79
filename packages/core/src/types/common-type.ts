/**
 * PostgreSQL's `select_common_type` / `select_common_type_from_oids` and the check its callers
 * make (`coerce_to_common_type`, `verify_common_type`): the type that CASE, COALESCE, GREATEST,
 * ARRAY[…], UNION and the anycompatible family convert their inputs to.
 */
import type { CatalogIndex } from "./catalog-index.js";
import { baseType, canCoerceImplicitly } from "./coercion.js";
import type { TypeName } from "./model.js";

/** The common type, or undefined when two inputs are of different categories or one cannot convert. */
export function commonType(index: CatalogIndex, types: readonly TypeName[]): TypeName | undefined {
  const chosen = selectCommonType(index, types);
  if (chosen === undefined) return undefined;
  return types.every((t) => canCoerceImplicitly(index, t, chosen)) ? chosen : undefined;
}

function selectCommonType(index: CatalogIndex, types: readonly TypeName[]): TypeName | undefined {
  const [first, ...rest] = types;
  if (first === undefined) return undefined;
  // Only identical inputs keep a domain type; otherwise domains count as their base types.
  if (first !== "unknown" && rest.every((t) => t === first)) return first;
  let chosen = baseType(index, first);
  for (const next of rest.map((t) => baseType(index, t))) {
    if (next === "unknown" || next === chosen) continue;
    if (chosen === "unknown") {
      chosen = next;
      continue;
    }
    const current = index.types.get(chosen);
    if (index.types.get(next)?.category !== current?.category) return undefined;
    // Move to a type the current one converts to implicitly (and not back), unless on a preferred type.
    if (!current?.preferred && canCoerceImplicitly(index, chosen, next) && !canCoerceImplicitly(index, next, chosen)) {
      chosen = next;
    }
  }
  // Only untyped literals: they are text.
  return chosen === "unknown" ? "text" : chosen;
}
