import { type Catalog, catalogFromRelations, type Relation } from "@immv/core";
import { is } from "drizzle-orm";
import { toCamelCase, toSnakeCase } from "drizzle-orm/casing";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";

export type Casing = "snake_case" | "camelCase" | undefined;

/** The tables among a schema's exports, as immv's compiler sees tables. */
export function relationsOf(exports: Iterable<unknown>, casing: Casing): Relation[] {
  const relations: Relation[] = [];
  const seen = new Set<string>();
  for (const value of exports) {
    if (!is(value, PgTable)) continue;
    const config = getTableConfig(value);
    const schema = config.schema ?? "public";
    const key = `${schema}.${config.name}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const columnName = (c: (typeof config.columns)[number]) => applyCasing(c, casing);
    const compositeKey = config.primaryKeys[0]?.columns.map(columnName);
    relations.push({
      schema,
      name: config.name,
      kind: "table",
      columns: config.columns.map((c) => ({ name: columnName(c), type: sqlType(c.getSQLType()), notNull: c.notNull })),
      primaryKey: compositeKey ?? config.columns.filter((c) => c.primary).map(columnName),
    });
  }
  return relations;
}

/** A Catalog over the schema's tables; unqualified names resolve in `public`, as drizzle-kit creates them. */
export function drizzleCatalog(relations: Relation[]): Catalog {
  return catalogFromRelations(relations, { searchPath: ["public"] });
}

/**
 * A drizzle column type in the spelling of PostgreSQL's `format_type`, which the compiler's
 * type rules use: serials are integers with a default, spacing and aliases normalised.
 */
export function sqlType(drizzleType: string): string {
  const t = drizzleType
    .trim()
    .replace(/\s*\(\s*/g, "(")
    .replace(/\s*,\s*/g, ",")
    .replace(/\s*\)/g, ")");
  const serial: Record<string, string> = { smallserial: "smallint", serial: "integer", bigserial: "bigint" };
  if (serial[t]) return serial[t];
  return t
    .replace(/^varchar\b/, "character varying")
    .replace(/^char\b/, "character")
    .replace(/^timestamp\((\d+)\)$/, "timestamp($1) without time zone")
    .replace(/^timestamp$/, "timestamp without time zone")
    .replace(/^time\((\d+)\)$/, "time($1) without time zone")
    .replace(/^time$/, "time without time zone")
    .replace(/^decimal\b/, "numeric");
}

/** Columns declared without a name take their key, which drizzle converts with the config's casing. */
export function applyCasing(column: { name: string; keyAsName: boolean }, casing: Casing): string {
  if (!casing || !column.keyAsName) return column.name;
  return casing === "snake_case" ? toSnakeCase(column.name) : toCamelCase(column.name);
}
