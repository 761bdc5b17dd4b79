/**
 * The answer for a chosen signature: its polymorphic types resolved, and its volatility as
 * `contain_mutable_functions` sees the call — the function's own, and that of each implicit
 * coercion of an argument that is not an untyped literal (a literal is converted at parse time).
 */
import type { CatalogIndex } from "./catalog-index.js";
import { argumentCoercion, findCoercion } from "./coercion.js";
import { TEXT_CAST_BODIES } from "./inlined-functions.js";
import type { Candidate, Resolution, TypeName, Volatility } from "./model.js";
import { resolvePolymorphism } from "./polymorphic.js";
import { worse } from "./volatility.js";

export function resolved(
  index: CatalogIndex,
  candidate: Candidate,
  params: readonly TypeName[],
  actual: readonly TypeName[],
): Resolution {
  const poly = resolvePolymorphism(index, actual, params, candidate.result);
  if (poly.status !== "resolved") {
    return { ok: false, reason: poly.status === "mismatch" ? "no_match" : "indeterminate", candidates: [candidate] };
  }
  // A parameter of type "any" takes the argument as it is, an untyped literal included.
  const argTargets = poly.args.map((t, i) => (t === "any" ? actual[i]! : t));
  let volatility = ownVolatility(index, candidate, argTargets);
  for (const [i, from] of actual.entries()) {
    if (from !== "unknown") volatility = worse(volatility, argumentCoercion(index, from, argTargets[i]!).volatility);
  }
  return { ok: true, candidate, result: poly.result, argTargets, volatility };
}

/** The function's volatility, or that of its inlined body (see inlined-functions.ts). */
function ownVolatility(index: CatalogIndex, candidate: Candidate, args: readonly TypeName[]): Volatility {
  const body = TEXT_CAST_BODIES.find(
    (b) =>
      candidate.schema === "pg_catalog" &&
      b.name === candidate.name &&
      b.args.length === candidate.args.length &&
      b.args.every((t, i) => t === candidate.args[i]),
  );
  if (body === undefined) return candidate.volatility;
  return findCoercion(index, args[body.castArgument]!, "text", "explicit")?.volatility ?? candidate.volatility;
}

export function noMatch(candidates: readonly Candidate[]): Resolution {
  return { ok: false, reason: "no_match", candidates };
}

export function ambiguous(candidates: readonly Candidate[]): Resolution {
  return { ok: false, reason: "ambiguous", candidates };
}
