import type { Expression } from "./expression.js";

/**
 * `e` with each direct subexpression replaced by `f` of it — the one place that knows which
 * fields of each kind hold subexpressions; every walk over expressions is built on it.
 */
export function mapChildren(e: Expression, f: (child: Expression) => Expression): Expression {
  const optional = (c: Expression | undefined) => (c === undefined ? undefined : f(c));
  switch (e.kind) {
    case "column":
    case "constant":
    case "group_key":
    case "aggregate_result":
    case "window_result":
    case "subquery":
      return e;
    case "scalar_subquery":
      return { ...e, predicates: e.predicates.map(f), value: f(e.value) };
    case "aggregate_call":
    case "function":
    case "bool":
    case "coalesce":
    case "greatest_least":
    case "row":
      return { ...e, args: e.args.map(f) };
    case "array":
      return { ...e, elements: e.elements.map(f) };
    case "operator":
      return { ...e, left: optional(e.left), right: f(e.right) };
    case "nullif":
    case "scalar_array":
    case "distinct_from":
      return { ...e, left: f(e.left), right: f(e.right) };
    case "cast":
    case "null_test":
    case "boolean_test":
    case "field":
    case "collate":
      return { ...e, arg: f(e.arg) };
    case "subscript":
      return { ...e, arg: f(e.arg), lower: optional(e.lower), upper: optional(e.upper) };
    case "case":
      return {
        ...e,
        subject: optional(e.subject),
        whens: e.whens.map((w) => ({ condition: f(w.condition), result: f(w.result) })),
        otherwise: optional(e.otherwise),
      };
    case "in_list":
      return { ...e, arg: f(e.arg), items: e.items.map(f) };
    case "between":
      return { ...e, arg: f(e.arg), low: f(e.low), high: f(e.high) };
  }
}

/**
 * A copy of `e` in which every subexpression (outermost first) for which `replace` returns an
 * expression is replaced by it; the rest are copied with their children visited in turn.
 */
export function replaceExpressions(e: Expression, replace: (e: Expression) => Expression | undefined): Expression {
  return replace(e) ?? mapChildren(e, (child) => replaceExpressions(child, replace));
}

/** The first subexpression of `e` (itself included, outermost first) for which `test` holds. */
export function findExpression(e: Expression, test: (e: Expression) => boolean): Expression | undefined {
  if (test(e)) return e;
  let found: Expression | undefined;
  mapChildren(e, (child) => {
    found ??= findExpression(child, test);
    return child;
  });
  return found;
}

/** `e` and every expression inside it, outermost first. */
export function subexpressions(e: Expression): Expression[] {
  const all = [e];
  mapChildren(e, (child) => {
    all.push(...subexpressions(child));
    return child;
  });
  return all;
}

/** Whether two expressions are the same (how PostgreSQL matches select-list expressions to
 * GROUP BY keys, and aggregate calls to one another). */
export function sameExpression(a: Expression, b: Expression): boolean {
  return sameValue(a, b);
}

function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  // A field left undefined is the same as one left out.
  const keys = (o: object) => Object.keys(o).filter((k) => (o as Record<string, unknown>)[k] !== undefined);
  const [ka, kb] = [keys(a), keys(b)];
  return (
    ka.length === kb.length &&
    ka.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}
