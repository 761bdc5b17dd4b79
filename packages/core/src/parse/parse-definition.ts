import type { Node, SelectStmt } from "@pgsql/types";
import { loadModule, parseSync } from "libpg-query";
import { ImmvError } from "../errors.js";
import { unwrap } from "./ast.js";
import * as locate from "./locate.js";
import { textOffsets } from "./offsets.js";
import { scanTokens, type Token } from "./tokens.js";

let loaded: Promise<void> | undefined;

/** Loads the WASM parser once; every other function here needs it to have finished. */
export function loadParser(): Promise<void> {
  loaded ??= loadModule();
  return loaded;
}

/** A parsed definition: the SELECT and ways to turn AST locations into text positions. All
 * positions are JS string indices into `sql`; `undefined` in gives `undefined` out. */
export interface ParsedDefinition {
  sql: string;
  select: SelectStmt;
  /** Text index of a libpg-query byte location. */
  position(byteLocation: number | undefined): number | undefined;
  /** Text index of the earliest located node inside an AST value (see locate.ts). */
  startOf(node: unknown): number | undefined;
  /** Text index of the latest located node inside an AST value. */
  lastPositionIn(node: unknown): number | undefined;
  /** Text index of the nearest clause keyword among `words` (lower case) before `index`. */
  keywordBefore(words: readonly string[], index: number | undefined): number | undefined;
  /** Text index of the nearest clause keyword among `words` (lower case) after `index`. */
  keywordAfter(words: readonly string[], index: number | undefined): number | undefined;
  /** Text index of the first token after `index` that spells the identifier `name`. */
  identifierAfter(name: string, index: number | undefined): number | undefined;
  /** Text index of the nearest `(` before `index`. */
  parenBefore(index: number | undefined): number | undefined;
}

/** Parses a view definition: exactly one SELECT statement. Requires `loadParser()` first. */
export function parseDefinition(sql: string): ParsedDefinition {
  if (sql.trim() === "") throw emptyDefinition();
  const offsets = textOffsets(sql);
  let stmts: { stmt?: Node; stmt_location?: number }[];
  try {
    stmts = parseSync(sql).stmts ?? [];
  } catch (error) {
    const e = error as { message?: string; sqlDetails?: { cursorPosition?: number } };
    const cursor = e.sqlDetails?.cursorPosition;
    throw new ImmvError(
      "syntax_error",
      e.message ?? String(error),
      // The parser's cursor counts code points, not UTF-16 units.
      cursor === undefined ? undefined : offsets.fromCodePoint(cursor),
      "fix the SQL syntax; the definition must be a single SELECT statement",
    );
  }
  // Only whitespace, comments (nested ones included) or empty statements (`;`).
  if (stmts.length === 0) throw emptyDefinition();
  let tokens: Token[] | undefined;
  const scanned = () => {
    tokens ??= scanTokens(sql, offsets);
    return tokens;
  };
  const position = (loc: number | undefined) => (loc === undefined ? undefined : offsets.fromByte(loc));
  // A statement's location can sit on leading whitespace; point at its first token.
  const statementStart = (loc: number | undefined) => {
    const at = position(loc ?? 0) as number;
    return scanned().find((t) => t.start >= at)?.start ?? at;
  };
  if (stmts.length !== 1) {
    throw new ImmvError(
      "multiple_statements",
      `the definition holds ${stmts.length} statements; a view is defined by exactly one SELECT`,
      statementStart(stmts[1]?.stmt_location),
      "keep only the SELECT that defines the view",
    );
  }
  const stmt = stmts[0]?.stmt;
  const [tag, body] = stmt ? unwrap(stmt) : ["", {}];
  if (tag !== "SelectStmt") {
    const kind = tag.replace(/Stmt$/, "").toUpperCase() || "non-SELECT";
    throw new ImmvError(
      "not_a_select",
      `the definition is ${/^[AEIOU]/.test(kind) ? "an" : "a"} ${kind} statement, not a SELECT`,
      statementStart(stmts[0]?.stmt_location),
      "define the view with a SELECT statement",
    );
  }
  return {
    sql,
    select: body as SelectStmt,
    position,
    startOf: (node) => position(locate.firstLocation(node)),
    lastPositionIn: (node) => position(locate.lastLocation(node)),
    keywordBefore: (words, index) => (index === undefined ? undefined : locate.keywordBefore(scanned(), words, index)),
    keywordAfter: (words, index) => (index === undefined ? undefined : locate.keywordAfter(scanned(), words, index)),
    identifierAfter: (name, index) =>
      index === undefined ? undefined : locate.identifierAfter(scanned(), name, index),
    parenBefore: (index) => (index === undefined ? undefined : locate.parenBefore(scanned(), index)),
  };
}

function emptyDefinition(): ImmvError {
  return new ImmvError(
    "empty_definition",
    "the view definition is empty",
    undefined,
    "write the SELECT statement whose result the view should hold",
  );
}
