import type { DatamodelEnum, Field } from "@prisma/dmmf";

/** PostgreSQL types of Prisma's scalars without `@db.*`, as `format_type` prints them. */
const DEFAULT_TYPES: Record<string, string> = {
  String: "text",
  Boolean: "boolean",
  Int: "integer",
  BigInt: "bigint",
  Float: "double precision",
  Decimal: "numeric(65,30)",
  DateTime: "timestamp(3) without time zone",
  Json: "jsonb",
  Bytes: "bytea",
};

/** `@db.*` native types: how `format_type` prints each, given its arguments. */
const NATIVE_TYPES: Record<string, (args: readonly string[]) => string> = {
  Text: () => "text",
  VarChar: (a) => withArgs("character varying", a),
  Char: (a) => withArgs("character", a),
  Uuid: () => "uuid",
  Xml: () => "xml",
  Inet: () => "inet",
  Citext: () => "citext",
  Bit: (a) => withArgs("bit", a),
  VarBit: (a) => withArgs("bit varying", a),
  Boolean: () => "boolean",
  SmallInt: () => "smallint",
  Integer: () => "integer",
  Oid: () => "oid",
  BigInt: () => "bigint",
  Real: () => "real",
  DoublePrecision: () => "double precision",
  Decimal: (a) => withArgs("numeric", a),
  Money: () => "money",
  Date: () => "date",
  Timestamp: (a) => `${withArgs("timestamp", a)} without time zone`,
  Timestamptz: (a) => `${withArgs("timestamp", a)} with time zone`,
  Time: (a) => `${withArgs("time", a)} without time zone`,
  Timetz: (a) => `${withArgs("time", a)} with time zone`,
  Json: () => "json",
  JsonB: () => "jsonb",
  ByteA: () => "bytea",
};

function withArgs(name: string, args: readonly string[]): string {
  return args.length ? `${name}(${args.join(",")})` : name;
}

/** The PostgreSQL type Prisma Migrate creates for a scalar or enum field. */
export function postgresType(field: Field, enums: readonly DatamodelEnum[]): string {
  let base: string;
  if (field.kind === "enum") {
    const e = enums.find((x) => x.name === field.type);
    base = e?.dbName ?? field.type;
  } else if (field.nativeType) {
    const [name, args] = field.nativeType;
    base = NATIVE_TYPES[name]?.(args) ?? name.toLowerCase();
  } else {
    base = DEFAULT_TYPES[field.type] ?? field.type.toLowerCase();
  }
  return field.isList ? `${base}[]` : base;
}

/** Prisma scalar for each PostgreSQL type family (type name without modifiers). */
const SCALARS: Record<string, string> = {
  smallint: "Int",
  integer: "Int",
  oid: "Int",
  bigint: "BigInt",
  real: "Float",
  "double precision": "Float",
  numeric: "Decimal",
  money: "Decimal",
  text: "String",
  "character varying": "String",
  character: "String",
  uuid: "String",
  xml: "String",
  inet: "String",
  citext: "String",
  bit: "String",
  "bit varying": "String",
  boolean: "Boolean",
  date: "DateTime",
  "timestamp without time zone": "DateTime",
  "timestamp with time zone": "DateTime",
  "time without time zone": "DateTime",
  "time with time zone": "DateTime",
  json: "Json",
  jsonb: "Json",
  bytea: "Bytes",
};

/**
 * The Prisma field type that reads a PostgreSQL type (`Int`, `Decimal`, an enum's name …), and
 * whether it is a list; `undefined` when the type is not one Prisma maps.
 */
export function prismaTypeFor(
  pgType: string,
  enums: readonly DatamodelEnum[],
): { type: string; isList: boolean } | undefined {
  const isList = pgType.endsWith("[]");
  const base = (isList ? pgType.slice(0, -2) : pgType).replace(/\(\s*\d+(\s*,\s*\d+)?\s*\)/, "");
  const scalar = SCALARS[base];
  if (scalar) return { type: scalar, isList };
  const e = enums.find((x) => (x.dbName ?? x.name) === base.replace(/^"(.*)"$/, "$1"));
  return e ? { type: e.name, isList } : undefined;
}
