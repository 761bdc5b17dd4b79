import type { Command } from "commander";
import { compileAgainst } from "../compile-live.js";
import {
  type ConnectionOptions,
  type SchemaOptions,
  type ViewSchemaOptions,
  withConnectionOptions,
  withDatabase,
  withViewSchemaOption,
} from "../connection.js";
import { type DefinitionOptions, readDefinition, withDefinitionOptions } from "../definition-source.js";
import { out } from "../output.js";

type ExplainOptions = ConnectionOptions & SchemaOptions & ViewSchemaOptions & DefinitionOptions & { name: string };

export function registerExplain(program: Command): void {
  const command = program
    .command("explain")
    .summary("show how a definition would be maintained, or why it cannot be")
    .description(
      "Compile a view definition against the database's current schema and print the maintenance plan: strategy, row identity, hidden columns, triggers and locking. A definition immv cannot maintain is reported with its error code, position and a hint (exit 2). Nothing is changed in the database.",
    );
  withDefinitionOptions(command);
  command.option("-n, --name <name>", "name the view would have", "view");
  withViewSchemaOption(withConnectionOptions(command));
  command
    .addHelpText(
      "after",
      `
Examples:
  $ immv explain --query "SELECT o.id, c.name FROM orders o JOIN customers c ON c.id = o.customer_id"
  $ immv explain --name order_lines --file views/order_lines.sql`,
    )
    .action(async (options: ExplainOptions) => {
      const query = await readDefinition(options);
      await withDatabase(options, async (db) => {
        const compiled = await compileAgainst(
          db,
          {
            name: options.name,
            query,
            schema: options.schema,
            viewSchema: options.viewSchema,
          },
          true,
        );
        out(compiled.explain);
      });
    });
}
