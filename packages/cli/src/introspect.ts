import type { Catalog, FunctionInfo, Relation, RelationKind } from "@immv/core";

/** Anything with pg's `query(text, values)` (pg.Client, pg.PoolClient). */
export interface Queryable {
  query<R extends object = Record<string, unknown>>(text: string, values?: unknown[]): Promise<{ rows: R[] }>;
}

const KINDS: Record<string, RelationKind> = {
  r: "table",
  v: "view",
  m: "materialized_view",
  p: "partitioned_table",
  f: "foreign_table",
};

const VOLATILITY = { i: "immutable", s: "stable", v: "volatile" } as const;

/**
 * Reads the tables, columns, primary keys and function volatilities of a live database into a
 * Catalog, resolving unqualified names along the session's search_path as PostgreSQL would.
 */
export async function introspectCatalog(db: Queryable, immvSchema = "immv"): Promise<Catalog> {
  const { rows: relations } = await db.query<{
    schema: string;
    name: string;
    relkind: string;
    relhassubclass: boolean;
    relispartition: boolean;
    columns: { name: string; type: string; notNull: boolean }[];
    pk: string[];
  }>(`
    SELECT n.nspname AS schema, c.relname AS name, c.relkind, c.relhassubclass, c.relispartition,
      COALESCE((SELECT json_agg(json_build_object('name', a.attname, 'type', format_type(a.atttypid, a.atttypmod), 'notNull', a.attnotnull) ORDER BY a.attnum)
                FROM pg_attribute a WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped), '[]') AS columns,
      COALESCE((SELECT json_agg(a.attname ORDER BY array_position(i.indkey::int2[], a.attnum))
                FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
                WHERE i.indrelid = c.oid AND i.indisprimary), '[]') AS pk
    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
    WHERE c.relkind IN ('r', 'v', 'm', 'p', 'f')
      AND n.nspname NOT IN ('pg_catalog', 'information_schema') AND n.nspname !~ '^pg_(toast|temp)'`);
  const { rows: pathRows } = await db.query<{ path: string[] }>("SELECT current_schemas(false)::text[] AS path");
  const searchPath = pathRows[0]?.path ?? ["public"];
  const { rows: functions } = await db.query<{ schema: string; name: string; volatility: "i" | "s" | "v" }>(`
    SELECT n.nspname AS schema, p.proname AS name, max(p.provolatile::text) AS volatility
    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
    WHERE p.prokind = 'f'
    GROUP BY 1, 2`);
  const byName = new Map<string, Relation>();
  for (const r of relations) {
    const relation: Relation = {
      schema: r.schema,
      name: r.name,
      kind: KINDS[r.relkind] ?? "other",
      columns: r.columns,
      primaryKey: r.pk,
    };
    if (r.schema === immvSchema)
      relation.unsupportedReason = "is immv's own storage; views over IMMVs are not supported yet";
    else if (r.relhassubclass) relation.unsupportedReason = "has inheritance children, which immv does not maintain";
    else if (r.relispartition) relation.unsupportedReason = "is a partition; partitioned tables are not supported yet";
    byName.set(`${r.schema}.${r.name}`, relation);
  }
  const functionInfo = new Map<string, FunctionInfo>();
  for (const f of functions) {
    functionInfo.set(`${f.schema}.${f.name}`, { schema: f.schema, volatility: VOLATILITY[f.volatility] });
  }
  return {
    relation(schema, name) {
      for (const s of schema === undefined ? searchPath : [schema]) {
        const found = byName.get(`${s}.${name}`);
        if (found) return found;
      }
      return undefined;
    },
    functionVolatility(schema, name) {
      for (const s of schema === undefined ? ["pg_catalog", ...searchPath] : [schema]) {
        const found = functionInfo.get(`${s}.${name}`);
        if (found) return found;
      }
      return undefined;
    },
  };
}
