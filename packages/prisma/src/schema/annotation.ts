import { readFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { PrismaImmvError } from "../errors.js";

const MARKER = "@immv(";

/**
 * The defining query of a view block's `/// @immv("SELECT …")` comment, or of the `.sql` file it
 * names (relative to the schema's folder). `undefined` when the documentation has no `@immv(`.
 */
export function immvQuery(
  documentation: string | undefined,
  schemaDir: string,
  location: string | undefined,
): { query: string; source: string } | undefined {
  if (!documentation) return undefined;
  const start = documentation.indexOf(MARKER);
  if (start === -1) return undefined;
  const literal = readStringLiteral(documentation, start + MARKER.length, location);
  if (/^[^\s;]+\.sql$/i.test(literal)) {
    const path = isAbsolute(literal) ? literal : resolve(schemaDir, literal);
    try {
      return { query: readFileSync(path, "utf8"), source: path };
    } catch (error) {
      throw new PrismaImmvError(
        "sql_file",
        `cannot read ${literal} named by @immv(…): ${(error as NodeJS.ErrnoException).code ?? String(error)}`,
        location,
        'give a path relative to the folder of schema.prisma, e.g. @immv("views/order_lines.sql")',
      );
    }
  }
  return { query: literal, source: "schema" };
}

/** Reads `"…"` (with \" and \\ escapes, line breaks allowed) followed by `)`. */
function readStringLiteral(text: string, from: number, location: string | undefined): string {
  const syntaxError = (what: string) =>
    new PrismaImmvError(
      "annotation_syntax",
      `@immv(…) ${what}`,
      location,
      'write /// @immv("SELECT …") with the query in double quotes (\\" for a quote inside), or /// @immv("path/to/query.sql")',
    );
  let i = from;
  while (i < text.length && /\s/.test(text[i]!)) i++;
  if (text[i] !== '"') throw syntaxError("expects a double-quoted string");
  let value = "";
  for (i++; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === "\\" && (text[i + 1] === '"' || text[i + 1] === "\\")) {
      value += text[++i];
    } else if (ch === '"') {
      let j = i + 1;
      while (j < text.length && /\s/.test(text[j]!)) j++;
      if (text[j] !== ")") throw syntaxError("is missing its closing parenthesis");
      if (value.trim() === "") throw syntaxError("has an empty query");
      return value;
    } else {
      value += ch;
    }
  }
  throw syntaxError("has an unterminated string");
}
