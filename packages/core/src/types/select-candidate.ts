/**
 * Choosing among signatures that accept the arguments (parse_func.c `func_match_argtypes` and
 * `func_select_candidate`), shared by functions and operators.
 */
import type { CatalogIndex } from "./catalog-index.js";
import { baseType, canCoerceImplicitly } from "./coercion.js";
import type { TypeName } from "./model.js";
import { isPolymorphic, resolvePolymorphism } from "./polymorphic.js";

/** A signature as a call sees it: its parameter types after variadic or default expansion. */
export interface Expanded<T> {
  readonly of: T;
  readonly args: readonly TypeName[];
}

/** `can_coerce_type` in the implicit context, polymorphic parameters included. */
export function acceptsArguments(
  index: CatalogIndex,
  actual: readonly TypeName[],
  params: readonly TypeName[],
): boolean {
  let generic = false;
  for (const [i, param] of params.entries()) {
    if (isPolymorphic(param)) generic = true;
    else if (!canCoerceImplicitly(index, actual[i]!, param)) return false;
  }
  if (!generic) return true;
  // The result type plays no part in whether a signature matches.
  return resolvePolymorphism(index, actual, params, "void").status !== "mismatch";
}

/** The signatures that accept the arguments with implicit coercions. */
export function matchingCandidates<T>(
  index: CatalogIndex,
  actual: readonly TypeName[],
  candidates: readonly Expanded<T>[],
): Expanded<T>[] {
  return candidates.filter((c) => acceptsArguments(index, actual, c.args));
}

/**
 * `func_select_candidate`: narrows several matching signatures down to one by exact matches,
 * preferred types, and the categories untyped literals most plausibly belong to. Undefined when
 * the call is ambiguous.
 */
export function selectCandidate<T>(
  index: CatalogIndex,
  actual: readonly TypeName[],
  candidates: readonly Expanded<T>[],
): Expanded<T> | undefined {
  // Domains count as their base types, so functions on the base type are exact matches.
  const inputs = actual.map((t) => (t === "unknown" ? t : baseType(index, t)));
  const known = (i: number) => inputs[i] !== "unknown";
  const category = (t: TypeName) => index.types.get(t)?.category ?? "";
  const preferred = (t: TypeName) => index.types.get(t)?.preferred ?? false;

  // 1. Most exact matches at known positions.
  let kept = keepBest(candidates, (c) => inputs.filter((t, i) => known(i) && c.args[i] === t).length);
  if (kept.length === 1) return kept[0];

  // 2. Most positions with an exact match or a preferred type of the input's category.
  kept = keepBest(
    kept,
    (c) =>
      inputs.filter(
        (t, i) => known(i) && (c.args[i] === t || (preferred(c.args[i]!) && category(c.args[i]!) === category(t))),
      ).length,
  );
  if (kept.length === 1) return kept[0];

  const unknowns = inputs.flatMap((type, i) => (type === "unknown" ? [i] : []));
  if (unknowns.length === 0) return undefined;

  // 3. Each untyped literal takes the category the candidates agree on, string when one offers it.
  const slots = new Map<number, { category: string; preferred: boolean }>();
  for (const i of unknowns) {
    let slot: { category: string; preferred: boolean } | undefined;
    let conflict = false;
    for (const c of kept) {
      const type = c.args[i]!;
      if (slot === undefined) slot = { category: category(type), preferred: preferred(type) };
      else if (category(type) === slot.category) slot.preferred ||= preferred(type);
      else if (category(type) === "S") slot = { category: "S", preferred: preferred(type) };
      else conflict = true;
    }
    if (slot === undefined || (conflict && slot.category !== "S")) break;
    slots.set(i, slot);
  }
  if (slots.size === unknowns.length) {
    const fitting = kept.filter((c) =>
      unknowns.every((i) => {
        const slot = slots.get(i)!;
        const type = c.args[i]!;
        return category(type) === slot.category && (!slot.preferred || preferred(type));
      }),
    );
    if (fitting.length > 0) kept = fitting;
    if (kept.length === 1) return kept[0];
  }

  // 4. If all known inputs have one type, take the literals as that type too.
  const knownTypes = new Set(inputs.filter((t) => t !== "unknown"));
  if (knownTypes.size === 1) {
    const [only] = knownTypes;
    const assumed = inputs.map(() => only!);
    const fitting = kept.filter((c) => acceptsArguments(index, assumed, c.args));
    if (fitting.length === 1) return fitting[0];
  }
  return undefined;
}

/** The candidates with the highest score (all of them when every score is equal). */
function keepBest<T>(candidates: readonly T[], score: (c: T) => number): T[] {
  let best = -1;
  let kept: T[] = [];
  for (const c of candidates) {
    const s = score(c);
    if (s > best) {
      best = s;
      kept = [c];
    } else if (s === best) kept.push(c);
  }
  return kept;
}
