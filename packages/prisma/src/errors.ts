/** Stable codes: tests and tools match on these, never on message text. */
export type PrismaImmvErrorCode =
  | "annotation_syntax"
  | "sql_file"
  | "not_a_view"
  | "duplicate_view"
  | "compile_error"
  | "field_mismatch"
  | "base_table_not_migrated"
  | "migrations_outdated"
  | "invalid_option";

/**
 * A problem in the user's schema or migrations: what is wrong, where (schema file and line), and
 * what to do. Rendered without a stack trace, since Prisma prints `stack` when a generator fails.
 */
export class PrismaImmvError extends Error {
  override readonly name = "PrismaImmvError";
  constructor(
    readonly code: PrismaImmvErrorCode,
    message: string,
    /** `path:line` of the view block, when the problem has one. */
    readonly location: string | undefined,
    readonly hint: string,
  ) {
    super(message);
    this.stack = this.format();
  }

  format(): string {
    return [
      `error[${this.code}]: ${this.message}`,
      ...(this.location ? [`  --> ${this.location}`] : []),
      `hint: ${this.hint}`,
    ].join("\n");
  }
}
