/**
 * Settings pinned on every function that reads or writes view rows. A function's SET clauses
 * apply while it runs, whatever the calling session set: any role that may write a base table —
 * or a driver — could otherwise change how maintenance reads the SQL it runs (the definition's
 * literals are parsed when a statement is planned, under the settings then in effect) or how it
 * prints values (float8 and bytea to text are IMMUTABLE casts whose output reads a setting).
 * Each is pinned to PostgreSQL's own default, the value a session that sets nothing reads and
 * prints with, so a view equals its query run in such a session.
 */
const VALUE_SETTINGS: readonly (readonly [name: string, value: string])[] = [
  // how date/time literals are read (DMY or MDY) and printed
  ["datestyle", "'ISO, MDY'"],
  // how interval literals with a leading sign are read ('-1 2:00:00'), and how intervals print
  ["intervalstyle", "postgres"],
  // how timestamptz literals without an offset are read; a fixed zone has no daylight saving
  ["timezone", "'UTC'"],
  // float output: 1 prints the shortest text that reads back exactly; less drops digits
  ["extra_float_digits", "1"],
  // whether NULL in an array literal is a null element or the string "NULL"
  ["array_nulls", "on"],
  // whether `x = NULL` is rewritten to `x IS NULL`
  ["transform_null_equals", "off"],
  // whether a backslash in '…' is an escape
  ["standard_conforming_strings", "on"],
  // how bytea prints (hex or escape)
  ["bytea_output", "hex"],
  // whether text cast to xml must be a document
  ["xmloption", "content"],
];

function clauses(settings: readonly (readonly [string, string])[]): string {
  return settings.map(([name, value]) => `SET ${name} = ${value}`).join("\n");
}

/** Only pg_catalog, then pg_temp: with every name schema-qualified, nothing a caller plants is
 * ever resolved. */
const SEARCH_PATH = ["search_path", "pg_catalog, pg_temp"] as const;

/**
 * SET clauses of the function that counts a batch's statements (the BEFORE statement trigger): it
 * reads no row and parses no literal a setting changes, and it runs for every statement, so it
 * pins the search_path alone — each further SET clause costs about a microsecond per call.
 */
export const COUNTER_SETTINGS = clauses([SEARCH_PATH]);

/** SET clauses of the runtime's functions that read or write view rows (refresh, check). */
export const RUNTIME_SETTINGS = clauses([SEARCH_PATH, ...VALUE_SETTINGS]);

/**
 * SET clauses of the per-view maintenance functions: the runtime's, and no JIT — their
 * statements are short, and the cost estimates of min/max recomputations would otherwise pay
 * tens of milliseconds of code generation per statement.
 */
export const MAINTENANCE_SETTINGS = `${RUNTIME_SETTINGS}\nSET jit = off`;
