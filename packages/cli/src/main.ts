#!/usr/bin/env node
import { Command, CommanderError, Option } from "commander";
import { checkCommand, dropCommand, listCommand, refreshCommand } from "./commands/admin.js";
import { createCommand } from "./commands/create.js";
import { explainCommand } from "./commands/explain.js";
import { sqlCommand } from "./commands/sql.js";
import { EXIT, reportError } from "./exit-codes.js";
import { lastReadDefinition } from "./query-input.js";

const program = new Command("immv")
  .description("Incrementally maintained materialized views for PostgreSQL, compiled to plain SQL")
  .showHelpAfterError()
  .exitOverride()
  .addHelpText(
    "after",
    `
Connection: --url <postgres://…> or the DATABASE_URL environment variable.
Exit codes: 0 ok, 1 check found drift, 2 bad input or unsupported SQL, 3 database error.`,
  );

const url = () => new Option("--url <url>", "PostgreSQL connection URL (default: $DATABASE_URL)");
const schema = () => new Option("--schema <schema>", "schema of immv's storage, catalog and functions").default("immv");
const viewSchema = () =>
  new Option("--view-schema <schema>", "schema of the view applications query").default("public");
const query = () => new Option("-q, --query <sql>", "the defining SELECT");
const file = () => new Option("-f, --file <path>", "read the defining SELECT from a file (- for stdin)");

program
  .command("sql")
  .description("print the script that creates the IMMV (BEGIN … COMMIT), compiled against the database's schema")
  .argument("<name>", "name of the view applications will query")
  .addOption(query())
  .addOption(file())
  .option("--drop", "print the script that removes it instead")
  .addOption(url())
  .addOption(schema())
  .addOption(viewSchema())
  .addHelpText(
    "after",
    `\nExample:\n  immv sql order_lines -q "SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id" | psql "$DATABASE_URL"`,
  )
  .action((name, options) => sqlCommand(name, options));

program
  .command("explain")
  .description("show how a definition would be stored and maintained, or why it cannot be")
  .addOption(query())
  .addOption(file())
  .option("-n, --name <name>", "name of the view", "view")
  .addOption(url())
  .addOption(schema())
  .addOption(viewSchema())
  .addHelpText("after", `\nExample:\n  immv explain -q "SELECT DISTINCT customer_id FROM orders"`)
  .action((options) => explainCommand(options));

program
  .command("create")
  .description("compile the definition and create the IMMV, in one transaction")
  .argument("<name>", "name of the view applications will query")
  .addOption(query())
  .addOption(file())
  .addOption(url())
  .addOption(schema())
  .addOption(viewSchema())
  .addHelpText(
    "after",
    `\nExample:\n  immv create active_orders -q "SELECT id, amount FROM orders WHERE status = 'active'"`,
  )
  .action((name, options) => createCommand(name, options));

program
  .command("drop")
  .description("remove an IMMV: its view, storage, functions and triggers")
  .argument("<name>")
  .addOption(url())
  .addOption(schema())
  .action((name, options) => dropCommand(name, options));

program
  .command("refresh")
  .description("rebuild an IMMV from its query; --no-data empties it and stops maintenance until the next refresh")
  .argument("<name>")
  .option("--no-data", "empty the view and stop maintaining it")
  .addOption(url())
  .addOption(schema())
  .action((name, options) => refreshCommand(name, options));

program
  .command("check")
  .description("compare an IMMV with a fresh run of its query; exit 1 and show the difference on drift")
  .argument("<name>")
  .addOption(url())
  .addOption(schema())
  .action(async (name, options) => {
    process.exitCode = await checkCommand(name, options);
  });

program
  .command("list")
  .description("list the IMMVs in the database")
  .addOption(url())
  .addOption(schema())
  .action((options) => listCommand(options));

try {
  await program.parseAsync();
} catch (error) {
  if (error instanceof CommanderError) {
    // help and version exit 0; usage errors were already printed by commander
    process.exitCode = error.exitCode === 0 ? EXIT.ok : EXIT.badInput;
  } else {
    process.exitCode = reportError(error, lastReadDefinition());
  }
}
