/** Stable error codes: tools and tests match on these, never on message text. */
export type ImmvErrorCode =
  | "syntax_error"
  | "empty_definition"
  | "multiple_statements"
  | "not_a_select"
  | "unknown_table"
  | "unknown_column"
  | "ambiguous_column"
  | "duplicate_alias"
  | "duplicate_column"
  | "unnamed_column"
  | "reserved_name"
  | "unsupported_relation"
  | "unsupported_join"
  | "unsupported_clause"
  | "unsupported_expression"
  | "aggregate"
  | "window_function"
  | "set_operation"
  | "subquery_expression"
  | "non_immutable_function"
  | "unknown_function"
  | "unknown_type"
  | "system_column"
  | "invalid_name"
  | "invalid_options"
  | "too_deeply_nested";

/** A definition immv cannot maintain exactly, with where it is and what to do instead. */
export class ImmvError extends Error {
  override readonly name = "ImmvError";
  constructor(
    readonly code: ImmvErrorCode,
    message: string,
    /** 0-based character offset into the definition, when the problem has a place. */
    readonly position: number | undefined,
    /** What to do instead. */
    readonly hint: string,
  ) {
    super(message);
  }
}

/** Converts a libpg-query UTF-8 byte offset into a JS string index. */
export function byteOffsetToIndex(text: string, byteOffset: number): number {
  const bytes = new TextEncoder().encode(text);
  return new TextDecoder().decode(bytes.subarray(0, byteOffset)).length;
}

/**
 * Renders an error as a message, the offending line of the definition with a caret under the
 * position (multi-line aware), and the hint.
 */
export function formatError(error: ImmvError, sql: string): string {
  const lines = [`error[${error.code}]: ${error.message}`];
  if (error.position !== undefined) {
    const before = sql.slice(0, error.position);
    const lineNo = before.split("\n").length;
    const lineStart = before.lastIndexOf("\n") + 1;
    const lineEnd = sql.indexOf("\n", error.position);
    const line = sql.slice(lineStart, lineEnd === -1 ? undefined : lineEnd).replace(/\r$/, "");
    const column = error.position - lineStart;
    const gutter = `${lineNo} | `;
    // Keep tabs under tabs so the caret lines up however the terminal expands them.
    const pad = Array.from(line.slice(0, column), (ch) => (ch === "\t" ? "\t" : " ")).join("");
    lines.push(`${gutter}${line}`);
    lines.push(`${" ".repeat(gutter.length)}${pad}^`);
    lines.push(`  at line ${lineNo}, column ${column + 1}`);
  }
  lines.push(`hint: ${error.hint}`);
  return lines.join("\n");
}
