/**
 * Function calls resolved as parse_func.c `func_get_detail` does: expand variadic and defaulted
 * signatures (namespace.c `FuncnameGetCandidates`), take an exact match, else a one-argument call
 * named after a type as a cast, else the best of the signatures the arguments coerce to.
 */
import type { CatalogIndex } from "./catalog-index.js";
import { findCoercion } from "./coercion.js";
import type { CallOptions, Candidate, Resolution, TypeName } from "./model.js";
import { ambiguous, noMatch, resolved } from "./resolution.js";
import { type Expanded, matchingCandidates, selectCandidate } from "./select-candidate.js";

/** A signature expanded for a call; `ambiguous` when two signatures expand to the same one. */
interface Form {
  readonly candidate: Candidate;
  readonly expandedVariadic: boolean;
  readonly ambiguous: boolean;
}

export function resolveFunction(
  index: CatalogIndex,
  name: string,
  actual: readonly TypeName[],
  options: CallOptions = {},
): Resolution {
  const all = (index.functions.get(name) ?? []).filter(
    (c) => options.schema === undefined || c.schema === options.schema,
  );
  const forms = expand(all, actual.length, options.variadicArray === true);

  const exact = forms.find((f) => f.args.every((t, i) => t === actual[i]));
  if (exact !== undefined) return finish(index, exact, actual);

  const cast = options.schema === undefined && actual.length === 1 ? castCall(index, name, actual[0]!) : undefined;
  if (cast !== undefined) return cast;

  const matching = matchingCandidates(index, actual, forms);
  if (matching.length === 0) return noMatch(all);
  const best = matching.length === 1 ? matching[0] : selectCandidate(index, actual, matching);
  if (best === undefined) return ambiguous(matching.map((f) => f.of.candidate));
  return finish(index, best, actual);
}

function finish(index: CatalogIndex, form: Expanded<Form>, actual: readonly TypeName[]): Resolution {
  if (form.of.ambiguous) return ambiguous([form.of.candidate]);
  return resolved(index, form.of.candidate, form.args, actual);
}

/**
 * Each signature as a call with `count` arguments sees it: a variadic one with its last parameter
 * repeated (unless the call passes an array with VARIADIC), one with defaults cut to `count`.
 * Two signatures that expand alike: the unexpanded variadic one wins, otherwise the call is
 * ambiguous; a signature of a schema earlier on the path (pg_catalog first) wins.
 */
function expand(candidates: readonly Candidate[], count: number, variadicArray: boolean): Expanded<Form>[] {
  const forms: Expanded<Form>[] = [];
  for (const candidate of candidates) {
    const declared = candidate.args.length;
    let args: readonly TypeName[];
    let expandedVariadic = false;
    if (candidate.variadic !== undefined && !variadicArray && declared <= count) {
      args = [...candidate.args.slice(0, -1), ...Array<TypeName>(count - declared + 1).fill(candidate.variadic)];
      expandedVariadic = true;
    } else if (declared > count && declared - candidate.defaults <= count) {
      args = candidate.args.slice(0, count);
    } else if (declared === count && (!variadicArray || candidate.variadic !== undefined)) {
      args = candidate.args;
    } else continue;

    const form = { of: { candidate, expandedVariadic, ambiguous: false }, args };
    const twin = forms.findIndex((f) => f.args.length === args.length && f.args.every((t, i) => t === args[i]));
    if (twin < 0) {
      forms.push(form);
      continue;
    }
    const seen = forms[twin]!.of;
    const order = pathOrder(candidate) - pathOrder(seen.candidate);
    if (order > 0 || (order === 0 && expandedVariadic && !seen.expandedVariadic)) continue;
    if (order < 0 || (!expandedVariadic && seen.expandedVariadic)) forms[twin] = form;
    else forms[twin] = { ...forms[twin]!, of: { ...seen, ambiguous: true } };
  }
  return forms;
}

/** pg_catalog is searched before every other schema. */
function pathOrder(candidate: Candidate): number {
  return candidate.schema === "pg_catalog" ? 0 : 1;
}

/**
 * `typename(x)` with no function of that name taking x's type: a cast, unless it needs a cast
 * function (that function, named after the type, is found as a function instead).
 */
function castCall(index: CatalogIndex, name: string, from: TypeName): Resolution | undefined {
  const target = index.types.get(name);
  if (target === undefined || target.typtype === "c" || target.typtype === "p") return undefined;
  const coercion = findCoercion(index, from, target.name, "explicit");
  if (coercion === undefined) return undefined;
  if (coercion.kind === "function" && from !== "unknown") return undefined;
  const candidate: Candidate = {
    name,
    schema: "pg_catalog",
    args: [from],
    variadic: undefined,
    result: target.name,
    returnsSet: false,
    kind: "f",
    volatility: from === "unknown" ? "i" : coercion.volatility,
    strict: true,
    defaults: 0,
  };
  return { ok: true, candidate, result: target.name, argTargets: [from], volatility: candidate.volatility };
}
