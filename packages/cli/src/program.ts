import { Command } from "commander";
import { registerCheck } from "./commands/check.js";
import { registerCreate } from "./commands/create.js";
import { registerDrop } from "./commands/drop.js";
import { registerExplain } from "./commands/explain.js";
import { registerList } from "./commands/list.js";
import { registerRefresh } from "./commands/refresh.js";
import { registerSql } from "./commands/sql.js";
import { CLI_VERSION } from "./version.js";

/** The `immv` command tree. Errors surface as thrown CommanderErrors (see run.ts). */
export function buildProgram(): Command {
  const program = new Command("immv")
    .description(
      "Incrementally maintained materialized views for PostgreSQL: compile a view definition into plain SQL and PL/pgSQL that keeps a materialized copy exactly current, and manage the views it creates.",
    )
    .version(CLI_VERSION, "-V, --version", "print the immv version")
    .exitOverride()
    .showSuggestionAfterError()
    .configureHelp({ sortSubcommands: false });
  registerSql(program);
  registerExplain(program);
  registerCreate(program);
  registerDrop(program);
  registerRefresh(program);
  registerCheck(program);
  registerList(program);
  program.addHelpText(
    "after",
    `
Connection: every command takes --url <url>, or reads DATABASE_URL.

Exit status:
  0  success
  1  immv check found rows that differ between a view and its query
  2  bad input: unknown command or option, no URL or query, SQL immv cannot maintain
  3  database error, or the database cannot be reached

Examples:
  $ immv sql order_lines --query "SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id" | psql "$DATABASE_URL"
  $ immv explain --query "SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id"
  $ immv check order_lines
  $ immv list`,
  );
  return program;
}
