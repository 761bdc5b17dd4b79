/** What the compiler needs to know about the database. Implemented by live introspection,
 * Drizzle table objects and Prisma's DMMF; the compiler itself never connects to a database. */
export interface Catalog {
  /** Resolves a (possibly unqualified) relation name, as PostgreSQL's search_path would. */
  relation(schema: string | undefined, name: string): Relation | undefined;
  /**
   * Volatility of a function as PostgreSQL records it ('i', 's', 'v'); the most volatile of its
   * overloads. `undefined` when the catalog cannot tell (the compiler then consults its own list of
   * immutable built-ins).
   */
  functionVolatility?(schema: string | undefined, name: string): FunctionInfo | undefined;
}

export interface FunctionInfo {
  schema: string;
  volatility: "immutable" | "stable" | "volatile";
}

export type RelationKind = "table" | "view" | "materialized_view" | "partitioned_table" | "foreign_table" | "other";

export interface Relation {
  schema: string;
  name: string;
  kind: RelationKind;
  columns: Column[];
  /** Column names of the primary key, in key order; empty when the table has none. */
  primaryKey: string[];
  /** True for temporary tables and inheritance parents, which immv does not maintain. */
  unsupportedReason?: string;
}

export interface Column {
  name: string;
  /** Type as `format_type` prints it, e.g. `integer`, `numeric(10,2)`, `text`. */
  type: string;
  notNull: boolean;
}

/** A Catalog over a fixed list of relations (tests, ORM adapters). */
export function catalogFromRelations(
  relations: Relation[],
  options: { searchPath?: string[]; functions?: Record<string, FunctionInfo> } = {},
): Catalog {
  const searchPath = options.searchPath ?? ["public"];
  return {
    relation(schema, name) {
      const schemas = schema === undefined ? searchPath : [schema];
      for (const s of schemas) {
        const found = relations.find((r) => r.schema === s && r.name === name);
        if (found) return found;
      }
      return undefined;
    },
    functionVolatility(schema, name) {
      return options.functions?.[schema === undefined ? name : `${schema}.${name}`];
    },
  };
}
