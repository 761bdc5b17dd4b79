import type { Node, SelectStmt } from "@pgsql/types";
import { loadModule, parseSync, scanSync } from "libpg-query";
import { byteOffsetToIndex, ImmvError } from "../errors.js";
import { unwrap } from "./ast.js";

let loaded: Promise<void> | undefined;

/** Loads the WASM parser once; every other function here needs it to have finished. */
export function loadParser(): Promise<void> {
  loaded ??= loadModule();
  return loaded;
}

/** A parsed definition: the SELECT and a way to turn AST byte offsets into text positions. */
export interface ParsedDefinition {
  sql: string;
  select: SelectStmt;
  /** Text index of a libpg-query byte location (`undefined` stays `undefined`). */
  position(byteLocation: number | undefined): number | undefined;
  /** Text index of the first token spelling `keyword` (case-insensitive) at or after `from`. */
  keywordPosition(keyword: string, fromIndex?: number): number | undefined;
}

/** Parses a view definition: exactly one SELECT statement. Requires `loadParser()` first. */
export function parseDefinition(sql: string): ParsedDefinition {
  if (sql.replace(/--[^\n]*|\/\*[\s\S]*?\*\//g, "").trim() === "") {
    throw new ImmvError(
      "empty_definition",
      "the view definition is empty",
      undefined,
      "write the SELECT statement whose result the view should hold",
    );
  }
  let stmts: { stmt?: Node; stmt_location?: number }[];
  try {
    stmts = parseSync(sql).stmts ?? [];
  } catch (error) {
    const e = error as { message?: string; sqlDetails?: { cursorPosition?: number } };
    throw new ImmvError(
      "syntax_error",
      e.message ?? String(error),
      e.sqlDetails?.cursorPosition,
      "fix the SQL syntax; the definition must be a single SELECT statement",
    );
  }
  const position = (loc: number | undefined) => (loc === undefined ? undefined : byteOffsetToIndex(sql, loc));
  if (stmts.length !== 1) {
    throw new ImmvError(
      "multiple_statements",
      `the definition holds ${stmts.length} statements; a view is defined by exactly one SELECT`,
      position(stmts[1]?.stmt_location),
      "keep only the SELECT that defines the view",
    );
  }
  const stmt = stmts[0]?.stmt;
  const [tag, body] = stmt ? unwrap(stmt) : ["", {}];
  if (tag !== "SelectStmt") {
    throw new ImmvError(
      "not_a_select",
      `the definition is a ${tag.replace(/Stmt$/, "").toUpperCase() || "non-SELECT"} statement, not a SELECT`,
      0,
      "define the view with a SELECT statement",
    );
  }
  let tokens: { start: number; text: string }[] | undefined;
  return {
    sql,
    select: body as SelectStmt,
    position,
    keywordPosition(keyword, fromIndex = 0) {
      tokens ??= scanSync(sql).tokens.map((t) => ({
        start: byteOffsetToIndex(sql, t.start),
        text: t.text,
      }));
      const want = keyword.toLowerCase();
      return tokens.find((t) => t.start >= fromIndex && t.text.toLowerCase() === want)?.start;
    },
  };
}
