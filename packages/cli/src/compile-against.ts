import { type CompiledView, compile } from "@immv/core";
import type pg from "pg";
import { introspectCatalog } from "./introspect.js";

export interface SchemaOptions {
  schema: string;
  viewSchema: string;
}

/** Compiles a definition against the connected database's current schema. */
export async function compileAgainst(
  client: pg.Client,
  name: string,
  query: string,
  options: SchemaOptions & { transaction?: boolean },
): Promise<CompiledView> {
  return compile({
    name,
    query,
    catalog: await introspectCatalog(client, options.schema),
    schema: options.schema,
    viewSchema: options.viewSchema,
    transaction: options.transaction ?? false,
  });
}

export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
