import { formatError, ImmvError } from "@immv/core";
import pc from "picocolors";

/** The CLI's exit codes (documented in docs/cli.md). */
export const EXIT = { ok: 0, checkFailed: 1, badInput: 2, database: 3 } as const;

/** An error already explained to the user; carries the exit code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

interface PgError {
  code?: string;
  message: string;
  detail?: string;
  hint?: string;
  where?: string;
}

const useColour = process.stderr.isTTY === true;
const red = (s: string) => (useColour ? pc.red(s) : s);

/** Prints an error the way its kind deserves and returns the exit code. Never a stack trace. */
export function reportError(error: unknown, sql?: string): number {
  if (error instanceof ImmvError) {
    console.error(red(formatError(error, sql ?? "")));
    return EXIT.badInput;
  }
  if (error instanceof CliError) {
    console.error(red(`immv: ${error.message}`));
    return error.exitCode;
  }
  const pgError = error as PgError;
  if (typeof pgError?.message === "string") {
    const lines = [red(`immv: database error${pgError.code ? ` [${pgError.code}]` : ""}: ${pgError.message}`)];
    if (pgError.detail) lines.push(`detail: ${pgError.detail}`);
    if (pgError.hint) lines.push(`hint: ${pgError.hint}`);
    console.error(lines.join("\n"));
    return EXIT.database;
  }
  console.error(red(`immv: ${String(error)}`));
  return EXIT.database;
}
