import { formatError, ImmvError } from "@immv/core";
import { DefinitionError } from "./compile-live.js";
import { ConnectFailure } from "./connection.js";
import { CliError, ExitCode, QuietExit } from "./exit-codes.js";
import { err, stderrColors } from "./output.js";
import { isDatabaseError } from "./pg-error.js";

type Colors = ReturnType<typeof stderrColors>;

/** Prints `error` for a person (never a stack trace) and returns the exit code it stands for. */
export function reportError(error: unknown): ExitCode {
  if (error instanceof QuietExit) return error.exitCode;
  const c = stderrColors();
  if (error instanceof CliError) {
    err(lines(c, error.message, { hint: error.hint }));
    return error.exitCode;
  }
  if (error instanceof DefinitionError) {
    err(colorDefinitionError(c, formatError(error.error, error.sql)));
    return ExitCode.badInput;
  }
  if (error instanceof ImmvError) {
    err(colorDefinitionError(c, formatError(error, "")));
    return ExitCode.badInput;
  }
  if (error instanceof ConnectFailure) {
    const cause = error.cause;
    if (isDatabaseError(cause)) {
      err(lines(c, `${error.message}: ${cause.message}`, { code: cause.code, detail: cause.detail, hint: cause.hint }));
    } else {
      err(lines(c, `${error.message}: ${systemMessage(cause)}`, { hint: "is the server running and the URL right?" }));
    }
    return ExitCode.database;
  }
  if (isDatabaseError(error)) {
    err(lines(c, error.message, { code: error.code, detail: error.detail, hint: error.hint }));
    return ExitCode.database;
  }
  // Sockets closing mid-command and other runtime failures: report the message, no stack.
  err(lines(c, systemMessage(error)));
  return ExitCode.database;
}

function systemMessage(error: unknown): string {
  if (error instanceof AggregateError && error.errors.length > 0) {
    return [...new Set(error.errors.map(systemMessage))].join("; ");
  }
  if (error instanceof Error) return error.message || error.name;
  return String(error);
}

function lines(
  c: Colors,
  message: string,
  extra: { code?: string | undefined; detail?: string | undefined; hint?: string | undefined } = {},
): string {
  const out = [`${c.bold(c.red("error"))}: ${message}${extra.code ? c.dim(` [SQLSTATE ${extra.code}]`) : ""}`];
  if (extra.detail) out.push(`${c.dim("detail:")} ${extra.detail}`);
  if (extra.hint) out.push(`${c.cyan("hint:")} ${extra.hint}`);
  return out.join("\n");
}

/** Colours formatError's layout: the error line, the gutter, the caret and the hint. */
function colorDefinitionError(c: Colors, text: string): string {
  return text
    .split("\n")
    .map((line) => {
      const heading = /^error\[([^\]]+)\]:(.*)$/.exec(line);
      if (heading) return `${c.bold(c.red(`error[${heading[1]}]`))}:${c.bold(heading[2] ?? "")}`;
      if (/^\s*\^$/.test(line)) return c.red(line);
      const gutter = /^(\d+ \| )(.*)$/.exec(line);
      if (gutter) return `${c.dim(gutter[1] ?? "")}${gutter[2] ?? ""}`;
      if (line.startsWith("hint:")) return `${c.cyan("hint:")}${line.slice("hint:".length)}`;
      if (line.startsWith("  at line")) return c.dim(line);
      return line;
    })
    .join("\n");
}
