import { parseSync } from "libpg-query";
import { textOffsets } from "./offsets.js";
import { loadParser } from "./parse-definition.js";

/**
 * Splits an SQL script into its statements (text of each, trimmed, without the final `;`), by
 * PostgreSQL's own grammar, so `;` inside dollar-quoted function bodies, strings and comments
 * stays where it is. Migration runners that send one statement per call (drizzle's
 * `--> statement-breakpoint`, PGlite's `query`) need this.
 */
export async function splitStatements(script: string): Promise<string[]> {
  await loadParser();
  const offsets = textOffsets(script);
  const stmts = parseSync(script).stmts ?? [];
  let from = 0;
  return stmts
    .map((s, i) => {
      const start = s.stmt_location ?? 0;
      // The last statement's length is absent when it runs to the end of the text.
      const end = s.stmt_len ? start + s.stmt_len : i === stmts.length - 1 ? Buffer.byteLength(script) : start;
      // From the end of the previous statement: the comments before a statement stay with it.
      const text = script.slice(offsets.fromByte(from), offsets.fromByte(end));
      from = end + 1;
      return text.trim().replace(/;$/, "").trim();
    })
    .filter((s) => s !== "");
}
