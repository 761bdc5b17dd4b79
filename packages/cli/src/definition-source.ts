import { isUtf8 } from "node:buffer";
import { readFile } from "node:fs/promises";
import type { Command } from "commander";
import { CliError, ExitCode } from "./exit-codes.js";

export interface DefinitionOptions {
  query?: string;
  file?: string;
}

/** Adds `--query` and `--file` to a command that takes a view definition. */
export function withDefinitionOptions(command: Command): Command {
  return command
    .option("-q, --query <sql>", "the defining SELECT")
    .option("-f, --file <path>", "read the defining SELECT from a file ('-' for stdin)");
}

/** Whether the user gave a definition explicitly (`--query` or `--file`). */
export function hasExplicitDefinition(options: DefinitionOptions): boolean {
  return options.query !== undefined || options.file !== undefined;
}

/**
 * The view definition from `--query`, `--file <path>`, `--file -` (stdin), or, when neither is
 * given and stdin is not a terminal, from stdin. Anything missing or unreadable is bad input.
 */
export async function readDefinition(
  options: DefinitionOptions,
  stdin: NodeJS.ReadStream = process.stdin,
): Promise<string> {
  if (options.query !== undefined && options.file !== undefined) {
    throw new CliError(ExitCode.badInput, "give the definition once: --query or --file, not both");
  }
  if (options.query !== undefined) return options.query;
  if (options.file === "-") return readStdin(stdin);
  if (options.file !== undefined) {
    let bytes: Buffer;
    try {
      bytes = await readFile(options.file);
    } catch (error) {
      const reason = (error as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (error as Error).message;
      throw new CliError(ExitCode.badInput, `cannot read ${options.file}: ${reason}`);
    }
    return utf8Text(bytes, options.file);
  }
  if (!stdin.isTTY) {
    const text = await readStdin(stdin);
    if (text.trim() !== "") return text;
  }
  throw new CliError(
    ExitCode.badInput,
    "no view definition: pass --query <sql>, --file <path>, or pipe the SELECT on stdin",
    `e.g. --query "SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id"`,
  );
}

async function readStdin(stdin: NodeJS.ReadStream): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stdin) chunks.push(typeof chunk === "string" ? Buffer.from(chunk) : chunk);
  return utf8Text(Buffer.concat(chunks), "standard input");
}

/** Decodes a definition; bytes that are not UTF-8 would otherwise turn silently into U+FFFD. */
function utf8Text(bytes: Buffer, source: string): string {
  if (!isUtf8(bytes)) {
    throw new CliError(
      ExitCode.badInput,
      `cannot read ${source}: the definition is not valid UTF-8`,
      "save the file as UTF-8 (PostgreSQL identifiers and literals are stored as UTF-8)",
    );
  }
  return bytes.toString("utf8");
}
