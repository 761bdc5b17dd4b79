import { fileURLToPath } from "node:url";
import { getTableColumns, type SQL, sql } from "drizzle-orm";
import { PgView, pgSchema, pgTable, pgView, QueryBuilder } from "drizzle-orm/pg-core";
import { SelectionProxyHandler } from "drizzle-orm/selection-proxy";

/**
 * Where an IMMV keeps what the generate command needs. A registry symbol, not a module-level map:
 * the generate command loads schema.ts through its own loader, which may give this module a second
 * instance, and the property must still be found.
 */
export const IMMV_DEFINITION = Symbol.for("@immv/drizzle.definition");

export interface ImmvOptions {
  /** Schema of the view applications query. Default `public`. */
  schema?: string;
  /** Schema of the storage table, the trigger functions and immv's catalog. Default `immv`. */
  storageSchema?: string;
  /** Extra indexes on the storage table for your own queries, each a list of view column names. */
  indexes?: string[][];
}

/** What `immv()` records for the generate command. */
export interface ImmvDefinition {
  name: string;
  schema: string;
  storageSchema: string;
  indexes: string[][];
  /** `sql` for `.as(sql\`…\`)` with declared columns, `query-builder` for `.as(qb => …)`. */
  form: "sql" | "query-builder";
  /**
   * The defining query under the config's `casing` (known to the generate command, not to
   * schema.ts); rendered to text by the generate command.
   */
  query(casing?: "snake_case" | "camelCase"): SQL;
  /** Declared columns of the `sql` form: their names and SQL types, to check against the query. */
  columns: { key: string; name: string; type: string }[];
  /** `file:line:column` of the `immv()` call, when the stack tells it. */
  callSite: string | undefined;
}

// The column and view types come from the installed drizzle-orm's own `pgView`, so declarations
// type exactly like a `pgView(...).existing()` of that version (0.4x and 1.0 differ here).
type ColumnsArg = Parameters<typeof pgView>[1];
type ManualView<TName extends string, TColumns extends ColumnsArg> = ReturnType<
  ReturnType<typeof pgView<TName, TColumns>>["existing"]
>;
type InferredAs<TName extends string> = ReturnType<typeof pgView<TName>>["as"];

export interface ImmvWithColumns<TName extends string, TColumns extends ColumnsArg> {
  /** The defining SELECT, as drizzle's `sql` template (or plain text). */
  as(query: SQL | string): ManualView<TName, TColumns>;
}

export interface ImmvInferred<TName extends string> {
  /** The defining query, built with drizzle's query builder; the view's type follows the selection. */
  as: InferredAs<TName>;
}

/**
 * Declares an incrementally maintained view in a drizzle `schema.ts`. The result is a read-only
 * drizzle view (`db.select().from(view)` is typed; insert/update/delete do not compile) that
 * drizzle-kit treats as existing, so it emits nothing for it: `immv-drizzle generate` writes the
 * migration that creates and maintains it.
 *
 * ```ts
 * export const orderLines = immv("order_lines").as((qb) =>
 *   qb.select({ id: orders.id, customer: customers.name })
 *     .from(orders).innerJoin(customers, eq(customers.id, orders.customerId)));
 *
 * export const bigOrders = immv("big_orders", { id: integer("id").notNull(), amount: numeric("amount") })
 *   .as(sql`SELECT id, amount FROM orders WHERE amount > 100`);
 * ```
 */
export function immv<TName extends string>(name: TName, options?: ImmvOptions): ImmvInferred<TName>;
export function immv<TName extends string, TColumns extends ColumnsArg>(
  name: TName,
  columns: TColumns,
  options?: ImmvOptions,
): ImmvWithColumns<TName, TColumns>;
export function immv(
  name: string,
  columnsOrOptions?: ColumnsArg | ImmvOptions,
  maybeOptions?: ImmvOptions,
): ImmvInferred<string> | ImmvWithColumns<string, ColumnsArg> {
  const callSite = findCallSite(new Error().stack);
  const columns = isColumns(columnsOrOptions) ? columnsOrOptions : undefined;
  const options = (columns ? maybeOptions : (columnsOrOptions as ImmvOptions | undefined)) ?? {};
  const base = {
    name,
    schema: options.schema ?? "public",
    storageSchema: options.storageSchema ?? "immv",
    indexes: options.indexes ?? [],
    callSite,
  };
  const viewSchema = options.schema && options.schema !== "public" ? options.schema : undefined;
  if (columns) {
    return {
      as(query: SQL | string) {
        const view = (viewSchema ? pgSchema(viewSchema).view(name, columns) : pgView(name, columns)).existing();
        const declared = Object.entries(getTableColumns(pgTable(name, columns))).map(([key, c]) => ({
          key,
          name: c.name,
          type: c.getSQLType(),
        }));
        const sqlQuery = typeof query === "string" ? sql.raw(query) : query;
        return attach(view, { ...base, form: "sql", query: () => sqlQuery, columns: declared });
      },
    };
  }
  return {
    as(qb: Parameters<InferredAs<string>>[0]) {
      const built = (typeof qb === "function" ? qb(new QueryBuilder()) : qb) as unknown as {
        getSelectedFields(): Record<string, unknown>;
        getSQL(): SQL;
      };
      // What pgView(name).as(qb) builds, but without a query: drizzle-kit then treats the view as
      // existing and emits nothing, while selections keep the types of the query builder.
      const selection = new SelectionProxyHandler({
        alias: name,
        sqlBehavior: "error",
        sqlAliasedBehavior: "alias",
        replaceOriginalName: true,
      });
      const view = new Proxy(
        new PgView({
          pgConfig: undefined,
          config: {
            name,
            schema: viewSchema,
            selectedFields: new Proxy(built.getSelectedFields(), selection),
            query: undefined,
          },
        } as unknown as ConstructorParameters<typeof PgView>[0]),
        selection,
      );
      // The builder renders the names of selected columns itself, so a casing needs a builder of its own.
      const query = (casing?: "snake_case" | "camelCase") =>
        casing && typeof qb === "function" ? qb(new QueryBuilder({ casing })).getSQL() : built.getSQL();
      return attach(view, { ...base, form: "query-builder", query, columns: [] });
    },
  } as ImmvInferred<string>;
}

/** The IMMV definition of a schema export, or undefined when it is not an `immv()` view. */
export function getImmvDefinition(value: unknown): ImmvDefinition | undefined {
  if (typeof value !== "object" || value === null) return undefined;
  return (value as { [IMMV_DEFINITION]?: ImmvDefinition })[IMMV_DEFINITION];
}

function attach<T>(view: T, definition: ImmvDefinition): T {
  // Symbol-keyed reads pass through drizzle's selection proxy to the view object itself.
  Object.defineProperty(view, IMMV_DEFINITION, { value: definition, enumerable: false });
  return view;
}

function isColumns(value: unknown): value is ColumnsArg {
  if (typeof value !== "object" || value === null) return false;
  const entries = Object.values(value);
  // A column builder is a drizzle entity; the options object holds strings and arrays.
  return entries.length > 0 && entries.every((v) => typeof v === "object" && v !== null && !Array.isArray(v));
}

const THIS_FILE = fileURLToPath(import.meta.url);

/** The first stack frame outside this file: where the user called immv(). */
function findCallSite(stack: string | undefined): string | undefined {
  const frames = (stack ?? "").split("\n").slice(1);
  for (const frame of frames) {
    if (frame.includes(THIS_FILE) || frame.includes(import.meta.url) || frame.includes("node:internal")) continue;
    const match = /\(?((?:file:\/\/)?[^\s()]+:\d+:\d+)\)?\s*$/.exec(frame);
    if (match?.[1]) return match[1].replace(/^file:\/\//, "");
  }
  return undefined;
}
