/**
 * Operators resolved as parse_oper.c does: an exact match first (`binary_oper_exact`: an untyped
 * literal operand is tried as the other operand's type, then as its base type), else the best of
 * the operators the operands coerce to (`oper_select_candidate`).
 */
import type { CatalogIndex } from "./catalog-index.js";
import { baseType } from "./coercion.js";
import type { Candidate, Resolution, TypeName } from "./model.js";
import { ambiguous, noMatch, resolved } from "./resolution.js";
import { type Expanded, matchingCandidates, selectCandidate } from "./select-candidate.js";

export function resolveOperator(
  index: CatalogIndex,
  name: string,
  left: TypeName | undefined,
  right: TypeName,
): Resolution {
  const actual = left === undefined ? [right] : [left, right];
  const forms: Expanded<Candidate>[] = (index.operators.get(name) ?? [])
    .filter((c) => c.args.length === actual.length)
    .map((c) => ({ of: c, args: c.args }));
  const find = (args: readonly TypeName[]) => forms.find((f) => f.args.every((t, i) => t === args[i]));

  let exact = find(actual);
  if (exact === undefined && left !== undefined && (left === "unknown") !== (right === "unknown")) {
    const other = left === "unknown" ? right : left;
    exact = find([other, other]);
    const base = baseType(index, other);
    if (exact === undefined && base !== other) exact = find([base, base]);
  }
  if (exact !== undefined) return resolved(index, exact.of, exact.args, actual);

  const matching = matchingCandidates(index, actual, forms);
  if (matching.length === 0) return noMatch(forms.map((f) => f.of));
  const best = matching.length === 1 ? matching[0] : selectCandidate(index, actual, matching);
  if (best === undefined) return ambiguous(matching.map((f) => f.of));
  return resolved(index, best.of, best.args, actual);
}
