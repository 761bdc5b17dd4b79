/**
 * Which casts between built-in types PostgreSQL marks STABLE: their result reads a setting
 * (TimeZone, DateStyle, IntervalStyle, lc_monetary) or the catalogs, so it can change without any
 * table changing. From pg_cast / pg_type joined with pg_proc (identical in PostgreSQL 15–18).
 */

/** Types a cast to or from goes through the other type's text output / input function. */
const STRING_TYPES = new Set(["text", "varchar", "bpchar", "name", "char"]);

const READS: Record<string, string> = {
  timestamptz: "the session's TimeZone and DateStyle",
  timetz: "the session's TimeZone",
  timestamp: "the session's DateStyle",
  date: "the session's DateStyle",
  time: "the session's DateStyle",
  interval: "the session's IntervalStyle",
  money: "the session's lc_monetary",
  xml: "the session's xmloption",
};

/** Types whose input function (text → type) is STABLE. Ranges and arrays read their elements'. */
const STABLE_INPUT = new Set([
  ...Object.keys(READS),
  "int4range",
  "int8range",
  "numrange",
  "daterange",
  "tsrange",
  "tstzrange",
  "regclass",
  "regtype",
  "regproc",
  "regprocedure",
  "regoper",
  "regoperator",
  "regnamespace",
  "regrole",
  "regconfig",
]);

/** Types whose output function (type → text) is STABLE; time and timetz print the same always. */
const STABLE_OUTPUT = new Set([...STABLE_INPUT].filter((t) => t !== "time" && t !== "timetz" && t !== "xml"));

/** Casts with a conversion function marked STABLE, as `source>target`. */
const STABLE_FUNCTION_CASTS = new Set([
  "date>timestamptz",
  "timestamp>timestamptz",
  "time>timetz",
  "timestamptz>date",
  "timestamptz>time",
  "timestamptz>timetz",
  "timestamptz>timestamp",
  "int4>money",
  "int8>money",
  "numeric>money",
  "money>numeric",
]);

/**
 * Why `source::target` is not IMMUTABLE, or undefined when it is (or is not a built-in cast at
 * all: then PostgreSQL has the last word when the view is created). Both names as
 * normalizeTypeName returns them; arrays end in `[]`.
 */
export function stableCastReason(source: string, target: string): string | undefined {
  if (source === target) return undefined;
  const reads = (t: string) => READS[t] ?? (t.endsWith("[]") ? "its elements' text form" : "the catalogs");
  if (STABLE_FUNCTION_CASTS.has(`${source}>${target}`)) {
    // Each of these converts to or from a time zone or money.
    return reads(["timestamptz", "timetz", "money"].find((t) => t === source || t === target) as string);
  }
  const sourceIsString = STRING_TYPES.has(source);
  const targetIsString = STRING_TYPES.has(target);
  if (targetIsString && !sourceIsString && (STABLE_OUTPUT.has(source) || source.endsWith("[]"))) {
    return reads(source);
  }
  if (sourceIsString && !targetIsString && (STABLE_INPUT.has(target) || target.endsWith("[]"))) {
    return reads(target);
  }
  return undefined;
}

/** A type as format_type prints it (`timestamp(3) with time zone`, `character varying(20)[]`),
 * spelled as a cast's type name is (`timestamptz`, `varchar[]`). */
export function normalizeTypeName(type: string): string {
  const array = type.endsWith("[]") ? "[]" : "";
  const t = type
    .replace(/\[\]$/, "")
    .replace(/\([^)]*\)/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const aliases: Record<string, string> = {
    "timestamp with time zone": "timestamptz",
    "timestamp without time zone": "timestamp",
    "time with time zone": "timetz",
    "time without time zone": "time",
    integer: "int4",
    int: "int4",
    bigint: "int8",
    smallint: "int2",
    boolean: "bool",
    "double precision": "float8",
    real: "float4",
    "character varying": "varchar",
    character: "bpchar",
    "bit varying": "varbit",
    decimal: "numeric",
    '"char"': "char",
  };
  return (aliases[t] ?? t) + array;
}
