import { readFileSync } from "node:fs";
import { CliError, EXIT } from "./exit-codes.js";

export interface QueryOptions {
  query?: string;
  file?: string;
}

let lastDefinition: string | undefined;

/** The definition most recently read, to draw a caret under an error's position. */
export function lastReadDefinition(): string | undefined {
  return lastDefinition;
}

/** The view definition from --query, --file, or standard input (when piped). */
export function readQuery(options: QueryOptions): string {
  lastDefinition = readDefinition(options);
  return lastDefinition;
}

function readDefinition(options: QueryOptions): string {
  if (options.query !== undefined && options.file !== undefined) {
    throw new CliError("give the definition with --query or --file, not both", EXIT.badInput);
  }
  if (options.query !== undefined) return options.query;
  if (options.file !== undefined) {
    try {
      return readFileSync(options.file === "-" ? 0 : options.file, "utf8");
    } catch (error) {
      throw new CliError(`cannot read ${options.file}: ${(error as Error).message}`, EXIT.badInput);
    }
  }
  if (!process.stdin.isTTY) return readFileSync(0, "utf8");
  throw new CliError("no definition: pass --query '<SELECT …>' or --file <path>", EXIT.badInput);
}
