export { ident, qualified } from "../quote.js";

/** A string constant that reads the same whatever `standard_conforming_strings` says: text with
 * a backslash is written as an escape string (`E'…'`), in which a doubled backslash is one. */
export function literal(text: string): string {
  const quoted = text.replaceAll("'", "''");
  return text.includes("\\") ? `E'${quoted.replaceAll("\\", "\\\\")}'` : `'${quoted}'`;
}

/** Dollar-quotes `body` with a tag that does not occur in it. */
export function dollarQuote(body: string, tag = "immv"): string {
  let t = tag;
  for (let i = 1; body.includes(`$${t}$`); i++) t = `${tag}${i}`;
  return `$${t}$${body}$${t}$`;
}

export function indent(text: string, spaces: number): string {
  const pad = " ".repeat(spaces);
  return text
    .split("\n")
    .map((l) => (l.length > 0 ? pad + l : l))
    .join("\n");
}

/**
 * `ROW(…)` typed as a whole record: an operator between two bare ROW(…) constructors is applied
 * column by column, so the record image operators (`*=`, `*<>`, `*<`) need one of these.
 */
export function record(values: readonly string[]): string {
  return `ROW(${values.join(", ")})::pg_catalog.record`;
}
