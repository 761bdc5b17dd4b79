/**
 * How SQL spells types: the grammar's names for built-in types (`integer`, `double precision`,
 * `timestamp(3) with time zone`, `varchar(20)[]`) mapped to pg_type names, and back the way
 * `format_type` prints them.
 */

import { ident } from "../quote.js";
import type { CatalogIndex } from "./catalog-index.js";
import type { TypeName } from "./model.js";

/** SQL-standard and grammar names (lowercase, single-spaced, typmods removed) → pg_type names. */
const SQL_NAMES: Readonly<Record<string, TypeName>> = {
  int: "int4",
  integer: "int4",
  smallint: "int2",
  bigint: "int8",
  real: "float4",
  float: "float8",
  "double precision": "float8",
  dec: "numeric",
  decimal: "numeric",
  boolean: "bool",
  char: "bpchar",
  character: "bpchar",
  nchar: "bpchar",
  "national character": "bpchar",
  "national char": "bpchar",
  "character varying": "varchar",
  "char varying": "varchar",
  "nchar varying": "varchar",
  "national character varying": "varchar",
  "national char varying": "varchar",
  "bit varying": "varbit",
  "time without time zone": "time",
  "time with time zone": "timetz",
  "timestamp without time zone": "timestamp",
  "timestamp with time zone": "timestamptz",
};

/** pg_type names that format_type prints in SQL-standard form. */
const DISPLAY: Readonly<Record<TypeName, string>> = {
  bool: "boolean",
  bpchar: "character",
  varchar: "character varying",
  float4: "real",
  float8: "double precision",
  int2: "smallint",
  int4: "integer",
  int8: "bigint",
  time: "time without time zone",
  timetz: "time with time zone",
  timestamp: "timestamp without time zone",
  timestamptz: "timestamp with time zone",
  varbit: "bit varying",
  char: '"char"',
};

/** `interval`'s field qualifiers (`interval day to second`) do not change the type. */
const INTERVAL_FIELDS = /^interval( (year|month|day|hour|minute|second)( to (month|hour|minute|second))?)?$/;

/** Types whose name is a reserved word, which format_type quotes. */
const RESERVED = new Set(["any"]);

/** Array-like types format_type prints by name rather than as `element[]`. */
const NAMED_VECTORS = new Set(["int2vector", "oidvector"]);

export function typeNamed(index: CatalogIndex, spelling: string): TypeName | undefined {
  let text = spelling.trim();
  let dimensions = 0;
  for (;;) {
    const array = /^(.*?)\s*(\[\s*\d*\s*\]|\barray(\s*\[\s*\d*\s*\])?)$/i.exec(text);
    if (array === null) break;
    text = array[1]!;
    dimensions++;
  }
  const float = /^float\s*\(\s*(\d+)\s*\)$/i.exec(text);
  const element = float !== null ? (Number(float[1]) <= 24 ? "float4" : "float8") : baseTypeNamed(index, text);
  if (element === undefined || dimensions === 0) return element;
  return index.types.get(element)?.array;
}

function baseTypeNamed(index: CatalogIndex, text: string): TypeName | undefined {
  const parts = identifierParts(text.replace(/\([^)]*\)/g, " "));
  if (parts === undefined) return undefined;
  if (parts.length === 1 || (parts.length === 2 && parts[0] === "pg_catalog")) {
    const name = parts[parts.length - 1]!;
    // A quoted name is a pg_type name as written: "char" is not char(1).
    const quoted = text.trim().endsWith('"');
    const builtin = quoted ? name : INTERVAL_FIELDS.test(name) ? "interval" : (SQL_NAMES[name] ?? name);
    if (index.types.has(builtin) && !builtin.includes(".")) return builtin;
    if (parts.length === 2) return undefined;
    // An unqualified user type: the one user type of that name.
    const named = [...index.types.keys()].filter((t) => t.slice(t.indexOf(".") + 1) === name && t.includes("."));
    return named.length === 1 ? named[0] : undefined;
  }
  if (parts.length !== 2) return undefined;
  const qualified = `${parts[0]}.${parts[1]}`;
  return index.types.has(qualified) ? qualified : undefined;
}

/**
 * The dot-separated names of a type spelling: unquoted words lowercased and single-spaced,
 * quoted identifiers exact. Undefined when the spelling is malformed.
 */
function identifierParts(text: string): string[] | undefined {
  const parts: string[] = [];
  let current = "";
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') {
      const end = text.indexOf('"', i + 1);
      if (end < 0) return undefined;
      current += text.slice(i + 1, end);
      i = end + 1;
    } else if (ch === ".") {
      parts.push(current.trim());
      current = "";
      i++;
    } else if (/\s/.test(ch)) {
      if (current !== "" && !current.endsWith(" ")) current += " ";
      i++;
    } else {
      current += ch.toLowerCase();
      i++;
    }
  }
  parts.push(current.trim());
  return parts.every((p) => p !== "") ? parts : undefined;
}

export function displayType(index: CatalogIndex, name: TypeName): string {
  const info = index.types.get(name);
  if (info?.element !== undefined && !NAMED_VECTORS.has(name)) return `${displayType(index, info.element)}[]`;
  const sql = DISPLAY[name];
  if (sql !== undefined) return sql;
  return name.split(".").map(quoteIdentifier).join(".");
}

/** As PostgreSQL's quote_identifier: quotes unless lowercase-plain and not reserved. */
function quoteIdentifier(part: string): string {
  if (/^[a-z_][a-z0-9_$]*$/.test(part) && !RESERVED.has(part)) return part;
  return ident(part);
}
