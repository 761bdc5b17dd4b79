import { readdirSync, readFileSync } from "node:fs";
import { compile, ImmvError } from "@immv/core";
import { tpchCatalog } from "./schema.js";

const QUERIES = new URL("./queries/", import.meta.url);

/** The 22 TPC-H queries (test/tpch/queries/qNN.sql), by name, in order. */
export function tpchQueries(): { name: string; sql: string }[] {
  return readdirSync(QUERIES)
    .filter((f) => f.endsWith(".sql"))
    .sort()
    .map((f) => ({ name: f.replace(/\.sql$/, ""), sql: readFileSync(new URL(f, QUERIES), "utf8") }));
}

export interface TpchOutcome {
  name: string;
  sql: string;
  /** undefined when the query compiles. */
  error?: { code: string; message: string; position: number | undefined };
}

/** Compiles every query against the TPC-H catalog; a refusal is recorded, anything else thrown. */
export async function compileTpch(): Promise<TpchOutcome[]> {
  const catalog = tpchCatalog();
  const outcomes: TpchOutcome[] = [];
  for (const { name, sql } of tpchQueries()) {
    try {
      await compile({ name, query: sql, catalog });
      outcomes.push({ name, sql });
    } catch (error) {
      if (!(error instanceof ImmvError)) throw error;
      outcomes.push({ name, sql, error: { code: error.code, message: error.message, position: error.position } });
    }
  }
  return outcomes;
}
