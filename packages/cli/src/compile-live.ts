import { type CompiledView, compile, ImmvError } from "@immv/core";
import type pg from "pg";
import { introspectCatalog } from "./introspect.js";

/** A definition the compiler rejected, with the SQL its position refers to. */
export class DefinitionError extends Error {
  override readonly name = "DefinitionError";
  constructor(
    readonly error: ImmvError,
    readonly sql: string,
  ) {
    super(error.message);
  }
}

export interface LiveCompileOptions {
  name: string;
  query: string;
  schema: string;
  viewSchema: string;
  transaction?: boolean;
}

/** Compiles `query` against the tables and functions of the connected database. */
export async function compileAgainst(db: pg.Client, options: LiveCompileOptions): Promise<CompiledView> {
  const catalog = await introspectCatalog(db, options.schema);
  try {
    return await compile({ ...options, catalog });
  } catch (error) {
    if (error instanceof ImmvError) throw new DefinitionError(error, options.query);
    throw error;
  }
}
