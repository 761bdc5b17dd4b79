import { identifierValue, type Token } from "./tokens.js";

/**
 * Finding where a clause is written. libpg-query records no location for most clauses (ORDER BY,
 * LIMIT, UNION, DISTINCT, LEFT JOIN, …), and searching the text for the first token spelling the
 * keyword finds the wrong one as soon as the word appears earlier: in a subquery, as a label
 * (`AS order`, `o.limit`) or as a function name (`left(note, 2)`). Instead a clause keyword is
 * looked for next to something that does have a location: ORDER BY directly before its first
 * sort expression, LEFT JOIN directly before the joined table, UNION directly after the last
 * located node of its left branch.
 */

/** Every `location` recorded inside an AST value (byte offsets; -1 and absent ones skipped). */
function locationsIn(value: unknown, out: number[] = []): number[] {
  if (Array.isArray(value)) {
    for (const v of value) locationsIn(v, out);
  } else if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) {
      if (key === "location" && typeof v === "number" && v >= 0) out.push(v);
      else locationsIn(v, out);
    }
  }
  return out;
}

/** Byte location of the earliest located node inside `value`: where it starts, give or take
 * opening parentheses and keywords without a node of their own. */
export function firstLocation(value: unknown): number | undefined {
  const all = locationsIn(value);
  return all.length > 0 ? Math.min(...all) : undefined;
}

/** Byte location of the latest located node inside `value`. */
export function lastLocation(value: unknown): number | undefined {
  const all = locationsIn(value);
  return all.length > 0 ? Math.max(...all) : undefined;
}

/** Can this token begin the clause spelled by `words`? Labels (`AS order`) never do. */
function isClauseKeyword(token: Token, words: readonly string[]): boolean {
  return token.keyword !== undefined && !token.isLabel && words.includes(token.keyword);
}

/** Text index of the nearest token before `index` that is one of the keywords `words`. */
export function keywordBefore(tokens: Token[], words: readonly string[], index: number): number | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.start < index && isClauseKeyword(t, words)) return t.start;
  }
  return undefined;
}

/** Text index of the nearest token after `index` that is one of the keywords `words`. */
export function keywordAfter(tokens: Token[], words: readonly string[], index: number): number | undefined {
  return tokens.find((t) => t.start > index && isClauseKeyword(t, words))?.start;
}

/** Text index of the first token after `index` spelling the identifier `name` (aliases have no
 * location of their own; they follow the node they name). */
export function identifierAfter(tokens: Token[], name: string, index: number): number | undefined {
  return tokens.find((t) => t.start > index && identifierValue(t) === name)?.start;
}

/** Text index of the nearest `(` before `index`. */
export function parenBefore(tokens: Token[], index: number): number | undefined {
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i] as Token;
    if (t.start < index && t.text === "(") return t.start;
  }
  return undefined;
}
