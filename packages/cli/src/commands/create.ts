import { qualified } from "@immv/core";
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
import { displayName } from "../identifiers.js";
import { out, rowCount } from "../output.js";
import { hasRuntime } from "../runtime.js";

type CreateOptions = ConnectionOptions & SchemaOptions & ViewSchemaOptions & DefinitionOptions;

export function registerCreate(program: Command): void {
  const command = program
    .command("create")
    .summary("compile an IMMV and create it in the database")
    .description(
      "Compile a view definition against the database's current schema and apply the creation script in one transaction (rolled back on any error). An IMMV of the same name is replaced. Prints the view, its maintenance strategy and the rows stored.",
    )
    .argument("<name>", "name of the view applications query");
  withDefinitionOptions(command);
  withViewSchemaOption(withConnectionOptions(command));
  command
    .addHelpText(
      "after",
      `
Examples:
  $ immv create order_lines --query "SELECT o.id, c.name, o.amount FROM orders o JOIN customers c ON c.id = o.customer_id"
  $ immv create order_lines --file views/order_lines.sql --url postgresql://app@localhost/app`,
    )
    .action(async (name: string, options: CreateOptions) => {
      const query = await readDefinition(options);
      await withDatabase(options, async (db) => {
        const compiled = await compileAgainst(db, {
          name,
          query,
          schema: options.schema,
          viewSchema: options.viewSchema,
        });
        const existed =
          (await hasRuntime(db, options.schema)) &&
          (await db.query(`SELECT 1 FROM ${qualified(options.schema, "views")} WHERE "name" = $1`, [name])).rows
            .length > 0;
        const started = performance.now();
        let rows: string;
        await db.query("BEGIN");
        try {
          await db.query(compiled.createSql);
          const counted = await db.query<{ n: string }>(
            `SELECT count(*) AS n FROM ${qualified(options.viewSchema, name)}`,
          );
          rows = counted.rows[0]?.n ?? "0";
          await db.query("COMMIT");
        } catch (error) {
          await db.query("ROLLBACK").catch(() => {});
          throw error;
        }
        const ms = Math.round(performance.now() - started);
        out(
          `${existed ? "replaced" : "created"} ${displayName(options.viewSchema, name)} (${compiled.descriptor.strategy}): ${rowCount(rows)} in ${ms} ms`,
        );
      });
    });
}
