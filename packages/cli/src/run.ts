import { CommanderError } from "commander";
import { ExitCode } from "./exit-codes.js";
import { buildProgram } from "./program.js";
import { reportError } from "./report.js";

/** Runs the `immv` command line with `argv` (without node and script) and returns the exit code. */
export async function run(argv: string[]): Promise<ExitCode> {
  const program = buildProgram();
  try {
    await program.parseAsync(argv, { from: "user" });
    return ExitCode.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      // Commander has printed its message (or the help) already.
      return error.exitCode === 0 ? ExitCode.ok : ExitCode.badInput;
    }
    return reportError(error);
  }
}
