import { parseSync } from "libpg-query";
import { loadParser } from "./parse-definition.js";
import { textOffsets } from "./offsets.js";

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
  return stmts
    .map((s, i) => {
      const start = s.stmt_location ?? 0;
      // The last statement's length is absent when it runs to the end of the text.
      const end = s.stmt_len ? start + s.stmt_len : i === stmts.length - 1 ? undefined : start;
      const text = script.slice(offsets.fromByte(start), end === undefined ? undefined : offsets.fromByte(end));
      return text.trim().replace(/;$/, "").trim();
    })
    .filter((s) => s !== "");
}
