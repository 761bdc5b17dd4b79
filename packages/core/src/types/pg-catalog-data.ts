/**
 * The shape of `pg-catalog.generated.ts`: PostgreSQL's own built-in types, casts, functions and
 * operators (schema pg_catalog) with their volatility, read from the catalogs of every supported
 * major by `scripts/extract-pg-catalog.mjs`. The compiler judges an expression by the overload
 * PostgreSQL would pick, never by a name list.
 *
 * Types are named by `pg_type.typname` (`int4`, `timestamptz`, `_int4` for `int4[]`). `versions`
 * is a bit mask over `majors`: bit i set means the row exists in `majors[i]`. A row whose
 * attributes differ between majors appears once per distinct form.
 */
export type Volatility = "i" | "s" | "v";

export interface PgCatalogData {
  /** The majors the rows were read from, in bit order of `versions`. */
  readonly majors: readonly number[];
  readonly types: readonly PgTypeRow[];
  readonly casts: readonly PgCastRow[];
  readonly functions: readonly PgFunctionRow[];
  readonly operators: readonly PgOperatorRow[];
}

/**
 * `[typname, typcategory, typispreferred, typtype, element, array, input volatility, output
 * volatility, versions]`. `element` is the element type of an array type ("" otherwise); `array`
 * the type's array type ("" when it has none); the volatilities are those of `typinput` and
 * `typoutput`, which an I/O conversion cast calls.
 */
export type PgTypeRow = readonly [
  name: string,
  category: string,
  preferred: boolean,
  typtype: string,
  element: string,
  array: string,
  inputVolatility: Volatility,
  outputVolatility: Volatility,
  versions: number,
];

/** `[source, target, castcontext, castmethod, function volatility ("" unless method "f"), versions]`. */
export type PgCastRow = readonly [
  source: string,
  target: string,
  context: "i" | "a" | "e",
  method: "f" | "b" | "i",
  volatility: Volatility | "",
  versions: number,
];

/**
 * `[proname, argument types, variadic element type ("" if not variadic), result type, returns a
 * set, prokind, volatility, strict, number of trailing arguments with defaults, versions]`. Only
 * functions callable from SQL: none taking or returning `internal`, `cstring` or a handler type.
 */
export type PgFunctionRow = readonly [
  name: string,
  args: readonly string[],
  variadic: string,
  result: string,
  returnsSet: boolean,
  kind: "f" | "a" | "w",
  volatility: Volatility,
  strict: boolean,
  defaults: number,
  versions: number,
];

/** `[oprname, left type ("" for a prefix operator), right type, result type, volatility of oprcode,
 * strict, versions]`. */
export type PgOperatorRow = readonly [
  name: string,
  left: string,
  right: string,
  result: string,
  volatility: Volatility,
  strict: boolean,
  versions: number,
];
