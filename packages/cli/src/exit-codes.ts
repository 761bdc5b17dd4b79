/** The `immv` command's exit status. Scripts branch on these; keep them stable. */
export const ExitCode = {
  /** The command did what it was asked. */
  ok: 0,
  /** `immv check` found rows that differ between the view and its query. */
  checkFailed: 1,
  /** Bad input: unknown command or option, missing URL or query, a definition immv cannot maintain. */
  badInput: 2,
  /** The database refused or could not be reached (PostgreSQL's message is printed). */
  database: 3,
} as const;

export type ExitCode = (typeof ExitCode)[keyof typeof ExitCode];

/** A failure the command explains itself: `message` (and an optional hint) go to stderr as they are. */
export class CliError extends Error {
  override readonly name = "CliError";
  constructor(
    readonly exitCode: ExitCode,
    message: string,
    readonly hint?: string,
  ) {
    super(message);
  }
}

/** Ends the command with `exitCode` after it has printed everything it had to say. */
export class QuietExit extends Error {
  override readonly name = "QuietExit";
  constructor(readonly exitCode: ExitCode) {
    super(`exit ${exitCode}`);
  }
}
