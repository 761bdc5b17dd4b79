import { scanSync } from "libpg-query";
import type { TextOffsets } from "./offsets.js";

/** One lexical token of the definition, comments left out. */
export interface Token {
  /** JS string index of the first character. */
  start: number;
  /** The token as written (quoted identifiers keep their quotes). */
  text: string;
  /** Lower-cased keyword when the scanner classifies the token as one; quoted names,
   * strings and plain identifiers are never keywords. */
  keyword: string | undefined;
  /** True for a keyword spelled where only a name can stand: after `AS` or `.`
   * (`SELECT id AS order`, `o.order`). Such a token never starts a clause. */
  isLabel: boolean;
}

export function scanTokens(sql: string, offsets: TextOffsets): Token[] {
  const tokens: Token[] = [];
  for (const t of scanSync(sql).tokens) {
    if (t.tokenName === "SQL_COMMENT" || t.tokenName === "C_COMMENT") continue;
    const previous = tokens[tokens.length - 1];
    tokens.push({
      start: offsets.fromByte(t.start),
      text: t.text,
      keyword: t.keywordKind !== 0 ? t.text.toLowerCase() : undefined,
      isLabel: previous !== undefined && (previous.keyword === "as" || previous.text === "."),
    });
  }
  return tokens;
}

/** The name an identifier token spells: quotes removed, or folded to lower case as PostgreSQL
 * folds it (ASCII letters only). */
export function identifierValue(token: Token): string | undefined {
  if (token.text.startsWith('"')) return token.text.slice(1, -1).replaceAll('""', '"');
  if (/^[\p{L}_][\p{L}\p{N}_$]*$/u.test(token.text)) return token.text.replace(/[A-Z]+/g, (s) => s.toLowerCase());
  return undefined;
}
