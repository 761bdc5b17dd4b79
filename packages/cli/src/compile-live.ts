import { type CompiledView, compile, ImmvError } from "@immv/core";
import type pg from "pg";
import { introspectCatalog } from "./introspect.js";
import { err, stderrColors } from "./output.js";

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

/** Compiles `query` against the tables and functions of the connected database; its warnings
 * go to stderr unless the caller shows them itself (`quiet`). */
export async function compileAgainst(db: pg.Client, options: LiveCompileOptions, quiet = false): Promise<CompiledView> {
  const catalog = await introspectCatalog(db, options.schema);
  let compiled: CompiledView;
  try {
    compiled = await compile({ ...options, catalog });
  } catch (error) {
    if (error instanceof ImmvError) throw new DefinitionError(error, options.query);
    throw error;
  }
  const colors = stderrColors();
  if (!quiet) for (const warning of compiled.warnings) err(`${colors.yellow("warning:")} ${warning}`);
  return compiled;
}
